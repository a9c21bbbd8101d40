package dex

import "slices"

// String returns string_ids[i] decoded from MUTF-8 to UTF-8. Invalid
// sequences are decoded leniently (U+FFFD) and recorded in Warnings; the
// error is non-nil only when the string cannot be located at all.
//
// A string is decoded only up to where the next distinct string_data
// offset begins (no valid file lets two overlap), and string ids sharing
// an offset share one decode: strings cost at most the bytes of the file,
// however the ids point into it.
func (f *File) String(i uint32) (string, error) {
	if i >= f.Header.StringIDsSize {
		return "", errf(ErrBadIndex, "string_ids", int(i), -1, "string index %d out of range (%d strings)", i, f.Header.StringIDsSize)
	}
	if f.strs == nil {
		// Bounded by the file: checkSections proved 4*size bytes exist.
		f.strs = make([]string, f.Header.StringIDsSize)
		f.strOK = make([]bool, f.Header.StringIDsSize)
	}
	if f.strOK[i] {
		return f.strs[i], nil
	}
	s, err := f.readString(i)
	if err != nil {
		return "", err
	}
	f.strs[i], f.strOK[i] = s, true
	return s, nil
}

// stringOff returns string_ids[i].string_data_off; i is in range.
func (f *File) stringOff(i uint32) uint32 {
	off, _ := u32At(f.data, uint64(f.Header.StringIDsOff)+4*uint64(i)) // in range: checkSections
	return off
}

// strTable is what every File over the same bytes knows about string i,
// read once from the string_ids and each string's header: where its
// characters start (after the uleb128 utf16_size), where its window ends
// (see shared), its utf16_size, and, when offsets are shared or out of
// order, the rank of its offset among the distinct ones.
type strTable struct {
	body, end, units []uint32
	rank             []int32 // nil when offsets increase (none is shared)
	ranks            int     // distinct offsets
}

// strNone marks a string whose header cannot be read in its window.
const strNone = 0

// strLayout builds the table once (see strTable); the File keeps a
// pointer to it, as every string decode asks for it.
func (f *File) strLayout() *strTable {
	if f.st == nil {
		l := f.sh
		l.strOnce.Do(func() { l.strs = f.buildStrTable() })
		f.st = &l.strs
	}
	return f.st
}

func (f *File) buildStrTable() strTable {
	n := f.Header.StringIDsSize
	t := strTable{body: make([]uint32, n), end: make([]uint32, n), units: make([]uint32, n)} // bounded: 4*n bytes of string_ids exist
	size := uint64(len(f.data))
	mono := true
	for i := uint32(1); i < n && mono; i++ {
		mono = f.stringOff(i) > f.stringOff(i-1)
	}
	var sorted []uint32
	if !mono {
		offs := make([]uint32, n)
		for i := range offs {
			offs[i] = f.stringOff(uint32(i))
		}
		sorted = distinctSorted(offs)
		t.rank, t.ranks = make([]int32, n), len(sorted)
	}
	hint := 0
	for i := uint32(0); i < n; i++ {
		off, end := f.stringOff(i), size
		switch {
		case !mono:
			end = windowEndHint(sorted, off, size, &hint)
			r, _ := slices.BinarySearch(sorted, off) // found: every offset was sorted in
			t.rank[i] = int32(r)
		case i+1 < n:
			end = min(uint64(f.stringOff(i+1)), size)
		}
		t.end[i] = uint32(end)
		if uint64(off) >= end {
			continue
		}
		c := cursor{data: f.data[:end], pos: uint64(off)}
		units := c.uleb()
		if !c.bad && c.pos < 1<<32 {
			t.body[i], t.units[i] = uint32(c.pos), units
		}
	}
	return t
}

// stringBody returns the cursor at string i's characters, over its window
// only, and its utf16_size; ok is false when the header cannot be read
// there. i is in range.
func (f *File) stringBody(i uint32) (c cursor, size uint32, ok bool) {
	t := f.strLayout()
	body := t.body[i]
	if body == strNone {
		return cursor{}, 0, false
	}
	return cursor{data: f.data[:t.end[i]], pos: uint64(body)}, t.units[i], true
}

// readString decodes one string_data_item within its window, through the
// cache by offset when offsets are shared.
func (f *File) readString(i uint32) (string, error) {
	t := f.strLayout()
	rank := -1
	if t.rank != nil {
		rank = int(t.rank[i])
		if f.rankStrs == nil {
			f.rankStrs, f.rankOK = make([]string, t.ranks), make([]bool, t.ranks)
		}
		if f.rankOK[rank] {
			return f.rankStrs[rank], nil
		}
	}
	c, size, ok := f.stringBody(i)
	if off := f.stringOff(i); !ok {
		if uint64(off) >= uint64(len(f.data)) {
			return "", errf(ErrTruncated, "string_data_item", int(i), int64(off), "string_data_off past end of file")
		}
		return "", errf(ErrTruncated, "string_data_item", int(i), int64(off), "utf16_size runs past the next string_data_item")
	}
	s, units, bad := decodeMUTF8(c.data[c.pos:])
	if bad == "" && units != int(size) {
		bad = "utf16_size mismatch"
	}
	if bad != "" {
		f.warn(errf(ErrBadString, "string_data_item", int(i), int64(f.stringOff(i)),
			"%s (utf16_size %d, decoded %d units)", bad, size, units))
	}
	if rank >= 0 {
		f.rankStrs[rank], f.rankOK[rank] = s, true
	}
	return s, nil
}

// Type returns the descriptor of type_ids[i], e.g. "Ljava/lang/String;".
func (f *File) Type(i uint32) (string, error) {
	if i >= f.Header.TypeIDsSize {
		return "", errf(ErrBadIndex, "type_ids", int(i), -1, "type index %d out of range (%d types)", i, f.Header.TypeIDsSize)
	}
	if err := f.typeErr(i); err != nil {
		return "", err
	}
	idx, _ := u32At(f.data, uint64(f.Header.TypeIDsOff)+4*uint64(i))
	s, err := f.String(idx)
	if err != nil {
		return "", errf(ErrBadIndex, "type_ids", int(i), int64(f.Header.TypeIDsOff)+4*int64(i), "descriptor_idx: %v", err)
	}
	return s, nil
}

// listLayout sorts, once, the distinct type_list offsets that class_defs
// (interfaces) and proto_ids (parameters) refer to: a list ends before the
// next one (see shared).
func (f *File) listLayout() []uint32 {
	l := f.sh
	l.listOnce.Do(func() {
		h := &f.Header
		offs := make([]uint32, 0, uint64(h.ClassDefsSize)+uint64(h.ProtoIDsSize)) // bounded: the tables exist
		for i := uint64(0); i < uint64(h.ClassDefsSize); i++ {
			o, _ := u32At(f.data, uint64(h.ClassDefsOff)+32*i+12)
			offs = append(offs, o)
		}
		for i := uint64(0); i < uint64(h.ProtoIDsSize); i++ {
			o, _ := u32At(f.data, uint64(h.ProtoIDsOff)+12*i+8)
			offs = append(offs, o)
		}
		l.listsSorted = distinctSorted(offs)
	})
	return l.listsSorted
}

// typeListSpan checks the type_list at off (not 0): its size and entries
// lie in the file and before the next list. It returns the entry count.
func (f *File) typeListSpan(section string, index int, off uint32) (uint32, error) {
	n, ok := u32At(f.data, uint64(off))
	if !ok {
		return 0, truncated(section, index, int64(off))
	}
	if _, ok := span(f.data, uint64(off)+4, 2*uint64(n)); !ok {
		return 0, errf(ErrTruncated, section, index, int64(off), "type_list of %d entries past end of file", n)
	}
	// A short list costs less than the lookup; only longer ones could make
	// overlapping lists expensive.
	if n <= shortList {
		return n, nil
	}
	if end := windowEnd(f.listLayout(), off, uint64(len(f.data))); uint64(off)+4+2*uint64(n) > end {
		return 0, errf(ErrMalformed, section, index, int64(off), "type_list of %d entries runs into the next type_list at %#x", n, end)
	}
	return n, nil
}

// shortList is the longest type_list not held to its window: decoding a
// few entries again costs less than finding the window.
const shortList = 16

// cachedListMin is the shortest type_list kept by offset: longer lists
// shared by many classes or protos are decoded once; short ones cost less
// to decode again than to look up.
const cachedListMin = 8

// typeList reads a type_list at off (0 means an empty list) as descriptors.
func (f *File) typeList(section string, index int, off uint32) ([]string, error) {
	if off == 0 {
		return nil, nil
	}
	if l, ok := f.lists[off]; ok {
		return l, nil
	}
	n, err := f.typeListSpan(section, index, off)
	if err != nil {
		return nil, err
	}
	out := make([]string, n) // bounded: 2*n bytes exist
	for k := range out {
		t, _ := u16At(f.data, uint64(off)+4+2*uint64(k))
		s, err := f.Type(uint32(t))
		if err != nil {
			return nil, err
		}
		out[k] = s
	}
	if n >= cachedListMin {
		if f.lists == nil {
			f.lists = map[uint32][]string{}
		}
		f.lists[off] = out
	}
	return out, nil
}

// IDStrings marks the string_ids that the id tables use: type descriptors
// (type_ids), shorties (proto_ids) and field and method names (field_ids,
// method_ids). The rest are data: const-string operands, static values,
// annotation elements. Indices out of range are ignored; the tables
// themselves are in the file (checkSections).
func (f *File) IDStrings() []bool {
	ids := make([]bool, f.Header.StringIDsSize)
	mark := func(i uint32) {
		if i < uint32(len(ids)) {
			ids[i] = true
		}
	}
	h := &f.Header
	for i := uint64(0); i < uint64(h.TypeIDsSize); i++ {
		idx, _ := u32At(f.data, uint64(h.TypeIDsOff)+4*i)
		mark(idx)
	}
	for i := uint64(0); i < uint64(h.ProtoIDsSize); i++ {
		idx, _ := u32At(f.data, uint64(h.ProtoIDsOff)+12*i)
		mark(idx)
	}
	for i := uint64(0); i < uint64(h.FieldIDsSize); i++ {
		idx, _ := u32At(f.data, uint64(h.FieldIDsOff)+8*i+4)
		mark(idx)
	}
	for i := uint64(0); i < uint64(h.MethodIDsSize); i++ {
		idx, _ := u32At(f.data, uint64(h.MethodIDsOff)+8*i+4)
		mark(idx)
	}
	return ids
}
