package dex

import (
	"fmt"
	"slices"
	"sync"
)

// Budgets bound the work one dex file may cost beyond what its structure
// already bounds (see shared). The zero value of a field means the default.
type Budgets struct {
	// MaxClassErrors is how many broken class definitions (class data
	// that does not decode, is shared with another class or lists members
	// of another class; a class defined twice) the walks tolerate. At
	// that many the file is reported as damaged and the classes after the
	// last one counted are not read. ART refuses a file with even one.
	MaxClassErrors int
	// CodeFactor bounds the code the walks decode: the bytes of code summed
	// over every method (a code_item shared by several methods counts for
	// each) may reach CodeFactor times the file's size; the classes from
	// the one that passes it on are not read. Real files use about half of
	// their size for code.
	CodeFactor int
	// MaxNameLength caps, in UTF-16 units, a string used as a name: a type
	// descriptor, a field or method name, a shorty. Names are copied into
	// every reference that uses them; real ones are under a few hundred.
	MaxNameLength int
	// ProtoFactor bounds the prototypes' descriptors: their UTF-16 units
	// summed in proto_ids order may reach ProtoFactor times the file's
	// size; later prototypes are errors. Real files use a tenth of it.
	ProtoFactor int
}

// Default budgets.
const (
	DefaultMaxClassErrors = 1000
	DefaultCodeFactor     = 4
	DefaultMaxNameLength  = 4096
	DefaultProtoFactor    = 2
)

func (b Budgets) withDefaults() Budgets {
	if b.MaxClassErrors <= 0 {
		b.MaxClassErrors = DefaultMaxClassErrors
	}
	if b.CodeFactor <= 0 {
		b.CodeFactor = DefaultCodeFactor
	}
	if b.MaxNameLength <= 0 {
		b.MaxNameLength = DefaultMaxNameLength
	}
	if b.ProtoFactor <= 0 {
		b.ProtoFactor = DefaultProtoFactor
	}
	return b
}

// shared is what a dex file's bytes say about where each item may end,
// worked out once and shared by every File reading the same bytes
// (Clone). A valid dex never lets two items of one kind overlap, so an
// item ends before the next distinct offset referenced for its kind: a
// string_data_item before the next string's data, a type_list before the
// next list, a code_item before the next code. Bounding each decode by
// that window, and decoding a shared offset once, makes every byte of
// those sections decoded at most once per File however the ids point
// into them: strings sharing one endless run, or class data sent into
// garbage, cost the size of the file, not ids times size.
type shared struct {
	budgets Budgets

	strOnce sync.Once
	strs    strTable

	listOnce    sync.Once
	listsSorted []uint32 // distinct type_list offsets of class_defs and proto_ids

	classOnce sync.Once
	classes   classIndex

	protoOnce sync.Once
	protoOver []bool // prototypes past Budgets.ProtoFactor; nil when none
}

// windowEnd returns the smallest offset in sorted greater than off, or
// limit: where an item at off must end.
func windowEnd(sorted []uint32, off uint32, limit uint64) uint64 {
	var hint int
	return windowEndHint(sorted, off, limit, &hint)
}

// windowEndHint is windowEnd starting from *hint, the position where the
// previous lookup found its offset: walks ask in file order (code items
// follow their classes), so the next offset is usually the next one.
func windowEndHint(sorted []uint32, off uint32, limit uint64, hint *int) uint64 {
	i := *hint
	switch {
	case i < len(sorted) && sorted[i] == off:
	case i+1 < len(sorted) && sorted[i+1] == off:
		i++
	default:
		var found bool
		if i, found = slices.BinarySearch(sorted, off); !found {
			i-- // the offset below off, so that i+1 is the one above
		}
	}
	*hint = max(i, 0)
	if i+1 < len(sorted) {
		return min(uint64(sorted[i+1]), limit)
	}
	return limit
}

// distinctSorted sorts offs and drops duplicates, in place.
func distinctSorted(offs []uint32) []uint32 {
	switch {
	case slices.IsSorted(offs):
	case len(offs) < 1024:
		slices.Sort(offs)
	default:
		radixSort(offs)
	}
	return slices.Compact(offs)
}

// radixSort sorts offs by bytes, least significant first: every scan sorts
// the code offsets of each dex file (tens of thousands), which this does
// in a third of the time a comparison sort takes.
func radixSort(offs []uint32) {
	tmp := make([]uint32, len(offs))
	src, dst := offs, tmp
	for shift := uint(0); shift < 32; shift += 8 {
		var count [257]int
		for _, v := range src {
			count[(v>>shift)&0xff+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, v := range src {
			b := (v >> shift) & 0xff
			dst[count[b]] = v
			count[b]++
		}
		src, dst = dst, src
	}
	// Four passes end in offs again.
}

// Prepare works out now, rather than on first use, what the bytes say
// about the file's layout (the string table, the class index with its
// code windows, the prototype budget), so that a caller can do it while
// other work runs, not on the way of the walks that need it. It is safe
// for concurrent use with Clones of f.
func (f *File) Prepare() {
	defer func() { _ = recover() }() // the walks report what goes wrong here
	f.strLayout()
	f.classIndex()
	f.protoBudget()
}

// Clone returns a File over the same bytes with caches of its own, for
// another goroutine: what the bytes say about the file's layout is worked
// out once and shared.
func (f *File) Clone() *File {
	return &File{Header: f.Header, data: f.data, sh: f.sh, diags: append([]error(nil), f.diags[:min(len(f.diags), f.headerDiags)]...), headerDiags: f.headerDiags}
}

// maxKept is how many problems a File or a walk keeps; the rest are
// counted in one *Omitted. A hostile file can break every item, and the
// first ones say what is wrong.
const maxKept = 100

// Omitted stands for the problems a File or a walk counted but did not
// keep (see maxKept).
type Omitted struct{ N int }

func (o *Omitted) Error() string { return fmt.Sprintf("dex: %d more problems not listed", o.N) }

// errList keeps the first maxKept errors and counts the rest.
type errList struct {
	errs    []error
	omitted int
}

func (l *errList) add(err error) {
	if len(l.errs) < maxKept {
		l.errs = append(l.errs, err)
	} else {
		l.omitted++
	}
}

// list returns the kept errors and, when some were not kept, an *Omitted.
func (l *errList) list() []error {
	if l.omitted == 0 {
		return l.errs
	}
	return append(l.errs, &Omitted{N: l.omitted})
}

// warn records a non-fatal problem of the File, keeping at most maxKept.
func (f *File) warn(err error) {
	if len(f.diags) < maxKept {
		f.diags = append(f.diags, err)
	} else {
		f.omitted++
	}
}
