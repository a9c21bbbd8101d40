package dex

import (
	"cmp"
	"fmt"
	"slices"
)

// classStatus says how the walks treat one class_def.
type classStatus uint8

const (
	classOK        classStatus = iota // its class data decodes (or it has none)
	classShared                       // class_data_off already used by an earlier class
	classDuplicate                    // class_idx already defined by an earlier class
	classBadData                      // its class_data_item does not decode
)

// classIndex is what one pass over every class definition finds, once per
// file's bytes: which classes the walks read, where code items may end,
// and whether the file is damaged past its budgets. Because it is worked
// out over the whole table before any walk, a walk over a range of
// classes (one worker's share) sees the same answers as a walk over all.
type classIndex struct {
	status []classStatus
	// first names the class that first used a shared class_data_off or
	// class_idx, for the messages.
	first *firstUse
	// codeSorted holds the distinct code_off of every method read.
	codeSorted []uint32
	// The class data of every class read, decoded once for every walk:
	// spans[data[i]-1] locates class_defs[i]'s lists in fields and
	// methods (data[i] is 0 for a class without).
	data    []int32
	spans   []classSpan
	fields  []EncodedField
	methods []EncodedMethod
	// damagedAt is the first class not read (NumClassDefs when none);
	// damage says why.
	damagedAt int
	damage    string
}

// classIndex builds the index on first use.
func (f *File) classIndex() *classIndex {
	l := f.sh
	l.classOnce.Do(func() { l.classes = f.buildClassIndex(l.budgets) })
	return &l.classes
}

// buildClassIndex decodes the class data of every class definition in
// order. Decoding is bounded by the rules ART enforces (a class lists
// only its own members, each list in increasing index order; see
// classData), so garbage class data stops at its first bad entry, and
// every class's data is decoded once.
func (f *File) buildClassIndex(b Budgets) classIndex {
	n := f.NumClassDefs()
	x := classIndex{status: make([]classStatus, n), data: make([]int32, n), damagedAt: n,
		// Each member is defined once: the id tables bound the lists (and
		// checkSections bounds the tables by the file).
		fields: make([]EncodedField, 0, f.NumFields()), methods: make([]EncodedMethod, 0, f.NumMethods())}
	seen := newFirstUse(f.NumTypes())
	var scratch ClassData
	var fields []EncodedField
	var methods []EncodedMethod
	broken := 0
	units, maxUnits := uint64(0), uint64(b.CodeFactor)*uint64(len(f.data))/2
	for i := 0; i < n; i++ {
		if broken >= b.MaxClassErrors {
			x.damagedAt, x.damage = i, fmt.Sprintf("%d broken class definitions (budget MaxClassErrors)", broken)
			break
		}
		cd, _ := f.ClassDef(i) // in range
		if x.status[i] = seen.class(i, cd); x.status[i] != classOK {
			broken++
			continue
		}
		if cd.ClassDataOff == 0 {
			continue
		}
		var err error
		if fields, methods, err = f.classData(cd, &scratch, fields, methods); err != nil {
			x.status[i] = classBadData
			broken++
			continue
		}
		x.keep(i, &scratch)
		for _, list := range [2][]EncodedMethod{scratch.DirectMethods, scratch.VirtualMethods} {
			for _, m := range list {
				if m.CodeOff != 0 {
					units += uint64(f.insnsSize(m.CodeOff))
				}
			}
		}
		if units > maxUnits {
			x.damagedAt, x.damage = i, fmt.Sprintf("the code of the classes before it reaches %d code units, %d times the file's size (budget CodeFactor)", units, b.CodeFactor)
			break
		}
	}
	x.first = seen
	x.codeWindows(uint64(len(f.data)))
	return x
}

// codeWindows sorts the code offsets of every kept method (with their
// place in x.methods, so each method learns its window once here, not by a
// search per decode: writers do not lay code out in class order) and
// keeps the distinct ones for other lookups.
func (x *classIndex) codeWindows(size uint64) {
	var pairs []uint64 // code_off<<32 | index in x.methods
	for k, m := range x.methods {
		if m.CodeOff != 0 {
			pairs = append(pairs, uint64(m.CodeOff)<<32|uint64(k))
		}
	}
	sortPairs(pairs)
	x.codeSorted = make([]uint32, 0, len(pairs))
	for i := 0; i < len(pairs); {
		off := uint32(pairs[i] >> 32)
		j := i
		for j < len(pairs) && uint32(pairs[j]>>32) == off {
			j++
		}
		end := size
		if j < len(pairs) {
			end = min(pairs[j]>>32, size)
		}
		for _, p := range pairs[i:j] {
			x.methods[uint32(p)].end = uint32(end)
		}
		x.codeSorted = append(x.codeSorted, off)
		i = j
	}
}

// sortPairs sorts by the high 32 bits (code offsets) with a radix sort,
// the order among equal offsets not mattering.
func sortPairs(v []uint64) {
	if slices.IsSortedFunc(v, func(a, b uint64) int { return cmp.Compare(a>>32, b>>32) }) {
		return
	}
	tmp := make([]uint64, len(v))
	src, dst := v, tmp
	for shift := uint(32); shift < 64; shift += 8 {
		var count [257]int
		for _, x := range src {
			count[(x>>shift)&0xff+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, x := range src {
			b := (x >> shift) & 0xff
			dst[count[b]] = x
			count[b]++
		}
		src, dst = dst, src
	}
	// Four passes end in v again.
}

// classSpan locates one class's lists in classIndex.fields and methods.
type classSpan struct {
	field, static, instance uint32
	method, direct, virtual uint32
}

// keep appends class_defs[i]'s decoded data to the index.
func (x *classIndex) keep(i int, d *ClassData) {
	x.spans = append(x.spans, classSpan{field: uint32(len(x.fields)), static: uint32(len(d.StaticFields)), instance: uint32(len(d.InstanceFields)),
		method: uint32(len(x.methods)), direct: uint32(len(d.DirectMethods)), virtual: uint32(len(d.VirtualMethods))})
	x.data[i] = int32(len(x.spans))
	x.fields = append(append(x.fields, d.StaticFields...), d.InstanceFields...)
	x.methods = append(append(x.methods, d.DirectMethods...), d.VirtualMethods...)
}

// classData fills d with the kept data of class_defs[i] (slices of the
// index's arrays, capped so that appending copies); false when it has none.
func (x *classIndex) classData(i int, d *ClassData) bool {
	k := x.data[i]
	if k == 0 {
		return false
	}
	s := x.spans[k-1]
	f, m := s.field, s.method
	d.StaticFields = x.fields[f : f+s.static : f+s.static]
	d.InstanceFields = x.fields[f+s.static : f+s.static+s.instance : f+s.static+s.instance]
	d.DirectMethods = x.methods[m : m+s.direct : m+s.direct]
	d.VirtualMethods = x.methods[m+s.direct : m+s.direct+s.virtual : m+s.direct+s.virtual]
	return true
}

// firstUse finds the class definitions that reuse an earlier one's
// class_data_off or class_idx. Writers lay class data out in class order,
// so offsets usually increase and need no map until one does not; types
// are indexed by an array.
type firstUse struct {
	classes []int32        // by type index: 1 + the first class_def defining it
	extra   map[uint32]int // class_idx past the type table -> first class_def
	offs    []uint32       // class_data offsets seen, while they increase,
	offDefs []int32        // and their class_defs
	data    map[uint32]int // offset -> first class_def, once one did not increase
}

func newFirstUse(types int) *firstUse {
	return &firstUse{classes: make([]int32, types)} // bounded: type_ids exist
}

// class classifies class_defs[i] and records what it uses.
func (u *firstUse) class(i int, cd ClassDef) classStatus {
	off := cd.ClassDataOff
	if off != 0 && u.data == nil && len(u.offs) > 0 && off <= u.offs[len(u.offs)-1] {
		u.data = make(map[uint32]int, len(u.offs))
		for k, o := range u.offs {
			u.data[o] = int(u.offDefs[k])
		}
		u.offs, u.offDefs = nil, nil
	}
	if _, dup := u.data[off]; dup && off != 0 {
		return classShared
	}
	if _, dup := u.firstClass(cd.ClassIdx); dup {
		return classDuplicate
	}
	if int(cd.ClassIdx) < len(u.classes) {
		u.classes[cd.ClassIdx] = int32(i) + 1
	} else {
		if u.extra == nil {
			u.extra = map[uint32]int{}
		}
		u.extra[cd.ClassIdx] = i
	}
	switch {
	case off == 0:
	case u.data != nil:
		u.data[off] = i
	default:
		u.offs, u.offDefs = append(u.offs, off), append(u.offDefs, int32(i))
	}
	return classOK
}

// firstClass returns the class_def that first defined type idx.
func (u *firstUse) firstClass(idx uint32) (int, bool) {
	if int(idx) < len(u.classes) {
		return int(u.classes[idx]) - 1, u.classes[idx] != 0
	}
	i, ok := u.extra[idx]
	return i, ok
}

// insnsSize is the insns_size of the code_item at off, or 0 when its
// instructions do not fit in the file (the walk reports that).
func (f *File) insnsSize(off uint32) uint32 {
	n, _ := u32At(f.data, uint64(off)+12)
	if _, ok := span(f.data, uint64(off)+codeHeaderSize, 2*uint64(n)); !ok {
		return 0
	}
	return n
}

// classError is the walk's message for a class the index does not read.
func (x *classIndex) classError(cd ClassDef) error {
	switch x.status[cd.Index] {
	case classShared:
		return errf(ErrMalformed, "class_defs", cd.Index, int64(cd.ClassDataOff),
			"class_data_off shared with class_defs[%d]; skipped", x.first.data[cd.ClassDataOff])
	case classDuplicate:
		first, _ := x.first.firstClass(cd.ClassIdx)
		return errf(ErrMalformed, "class_defs", cd.Index, -1,
			"class_idx %d already defined by class_defs[%d]; skipped", cd.ClassIdx, first)
	}
	return nil
}

// damagedError reports the classes a walk over [lo, hi) does not read
// because the file is damaged, once: in the walk whose range holds the
// first of them.
func (x *classIndex) damagedError(lo, hi, n int) error {
	if x.damagedAt < lo || x.damagedAt >= hi || x.damagedAt >= n {
		return nil
	}
	return errf(ErrTooLarge, "class_defs", x.damagedAt, -1,
		"dex damaged: %s; the %d classes from here on are not read", x.damage, n-x.damagedAt)
}
