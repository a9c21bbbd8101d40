package dex

// String returns string_ids[i] decoded from MUTF-8 to UTF-8. Invalid
// sequences are decoded leniently (U+FFFD) and recorded in Diagnostics; the
// error is non-nil only when the string cannot be located at all.
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

// readString decodes one string_data_item without caching.
func (f *File) readString(i uint32) (string, error) {
	idOff := uint64(f.Header.StringIDsOff) + 4*uint64(i)
	dataOff, _ := u32At(f.data, idOff) // in range: checkSections
	c := cursor{data: f.data, pos: uint64(dataOff)}
	size := c.uleb()
	if c.bad {
		return "", errf(ErrTruncated, "string_data_item", int(i), int64(dataOff), "string_data_off past end of file")
	}
	s, units, bad := decodeMUTF8(f.data[c.pos:])
	if bad == "" && units != int(size) {
		bad = "utf16_size mismatch"
	}
	if bad != "" {
		f.diags = append(f.diags, errf(ErrBadString, "string_data_item", int(i), int64(dataOff),
			"%s (utf16_size %d, decoded %d units)", bad, size, units))
	}
	return s, nil
}

// Type returns the descriptor of type_ids[i], e.g. "Ljava/lang/String;".
func (f *File) Type(i uint32) (string, error) {
	if i >= f.Header.TypeIDsSize {
		return "", errf(ErrBadIndex, "type_ids", int(i), -1, "type index %d out of range (%d types)", i, f.Header.TypeIDsSize)
	}
	idx, _ := u32At(f.data, uint64(f.Header.TypeIDsOff)+4*uint64(i))
	s, err := f.String(idx)
	if err != nil {
		return "", errf(ErrBadIndex, "type_ids", int(i), int64(f.Header.TypeIDsOff)+4*int64(i), "descriptor_idx: %v", err)
	}
	return s, nil
}

// typeList reads a type_list at off (0 means an empty list) as descriptors.
func (f *File) typeList(section string, index int, off uint32) ([]string, error) {
	if off == 0 {
		return nil, nil
	}
	n, ok := u32At(f.data, uint64(off))
	if !ok {
		return nil, truncated(section, index, int64(off))
	}
	if _, ok := span(f.data, uint64(off)+4, 2*uint64(n)); !ok {
		return nil, errf(ErrTruncated, section, index, int64(off), "type_list of %d entries past end of file", n)
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
