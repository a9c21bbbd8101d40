package dex

// EncodedField is one field of a class_data_item, with the index diff
// already resolved to an absolute field_ids index.
type EncodedField struct {
	FieldIdx    uint32
	AccessFlags uint32
}

// EncodedMethod is one method of a class_data_item, with the index diff
// already resolved to an absolute method_ids index.
type EncodedMethod struct {
	MethodIdx   uint32
	AccessFlags uint32
	CodeOff     uint32 // 0 for abstract and native methods
	end         uint32 // where its code_item must end, once the class index knows (0: not yet)
}

// ClassData is a decoded class_data_item.
type ClassData struct {
	StaticFields   []EncodedField
	InstanceFields []EncodedField
	DirectMethods  []EncodedMethod
	VirtualMethods []EncodedMethod
}

// ClassData decodes the class_data_item of cd; it returns nil, nil when the
// class has none. The four counts are uleb128 values from the file, so the
// slices grow only as entries are actually decoded.
func (f *File) ClassData(cd ClassDef) (*ClassData, error) {
	if cd.ClassDataOff == 0 {
		return nil, nil
	}
	cdata := &ClassData{}
	if _, _, err := f.classData(cd, cdata, nil, nil); err != nil {
		return nil, err
	}
	return cdata, nil
}

// classData decodes the class_data_item of cd into cdata. Static and
// instance fields share one backing array, as do direct and virtual
// methods; the entries are appended to fields[:0] and methods[:0], and the
// arrays returned, so a walk can pass last class's arrays and allocate
// only when one grows. Nil arrays are made to fit, the counts capped by
// the bytes left (capHint), not trusted.
func (f *File) classData(cd ClassDef, cdata *ClassData, fields []EncodedField, methods []EncodedMethod) ([]EncodedField, []EncodedMethod, error) {
	c := cursor{data: f.data, pos: uint64(cd.ClassDataOff)}
	var sizes [4]uint32
	for k := range sizes {
		sizes[k] = c.uleb()
	}
	if c.bad {
		return fields, methods, errf(ErrTruncated, "class_data_item", cd.Index, int64(cd.ClassDataOff), "header past end of file")
	}
	if n := uint64(sizes[0]) + uint64(sizes[1]); fields == nil && n > 0 {
		fields = make([]EncodedField, 0, capHint(uint32(min(n, 1<<32-1)), c.remaining(), 2))
	}
	var err error
	if fields, err = f.readFields(&c, cd, sizes[0], fields[:0]); err != nil {
		return fields, methods, err
	}
	cdata.StaticFields = fields[:len(fields):len(fields)]
	if fields, err = f.readFields(&c, cd, sizes[1], fields); err != nil {
		return fields, methods, err
	}
	cdata.InstanceFields = fields[len(cdata.StaticFields):]
	if n := uint64(sizes[2]) + uint64(sizes[3]); methods == nil && n > 0 {
		methods = make([]EncodedMethod, 0, capHint(uint32(min(n, 1<<32-1)), c.remaining(), 3))
	}
	if methods, err = f.readMethods(&c, cd, sizes[2], methods[:0]); err != nil {
		return fields, methods, err
	}
	cdata.DirectMethods = methods[:len(methods):len(methods)]
	if methods, err = f.readMethods(&c, cd, sizes[3], methods); err != nil {
		return fields, methods, err
	}
	cdata.VirtualMethods = methods[len(cdata.DirectMethods):]
	return fields, methods, nil
}

// readFields appends n encoded_field entries (each at least 2 bytes) to
// out. Like ART's verifier, it requires each field to be one of the
// class's own (field_ids names its class) and the indices to increase: a
// class_data_off sent into unrelated bytes then stops at its first entry.
func (f *File) readFields(c *cursor, cd ClassDef, n uint32, out []EncodedField) ([]EncodedField, error) {
	var idx uint32
	for k := uint32(0); k < n; k++ {
		start := c.pos
		diff := c.uleb() // relative to the previous entry of the list
		flags := c.uleb()
		if c.bad {
			return nil, errf(ErrTruncated, "class_data_item", cd.Index, int64(start), "encoded_field %d of %d past end of file", k, n)
		}
		idx += diff
		if err := f.checkMember(cd, start, "field", k, diff, idx); err != nil {
			return nil, err
		}
		out = append(out, EncodedField{FieldIdx: idx, AccessFlags: flags})
	}
	return out, nil
}

// readMethods appends n encoded_method entries (each at least 3 bytes) to
// out, with readFields' checks.
func (f *File) readMethods(c *cursor, cd ClassDef, n uint32, out []EncodedMethod) ([]EncodedMethod, error) {
	var idx uint32
	for k := uint32(0); k < n; k++ {
		start := c.pos
		diff := c.uleb()
		flags := c.uleb()
		code := c.uleb()
		if c.bad {
			return nil, errf(ErrTruncated, "class_data_item", cd.Index, int64(start), "encoded_method %d of %d past end of file", k, n)
		}
		idx += diff
		if err := f.checkMember(cd, start, "method", k, diff, idx); err != nil {
			return nil, err
		}
		out = append(out, EncodedMethod{MethodIdx: idx, AccessFlags: flags, CodeOff: code})
	}
	return out, nil
}

// checkMember checks the k-th field or method of a class_data_item list:
// its index is in range, after the previous one, and names the class.
func (f *File) checkMember(cd ClassDef, at uint64, kind string, k, diff, idx uint32) error {
	size, table, stride := f.Header.MethodIDsSize, f.Header.MethodIDsOff, uint64(8)
	if kind == "field" {
		size, table = f.Header.FieldIDsSize, f.Header.FieldIDsOff
	}
	switch {
	case k > 0 && diff == 0 || idx < diff:
		return errf(ErrMalformed, "class_data_item", cd.Index, int64(at), "encoded_%s %d: %s index %d does not follow the previous one", kind, k, kind, idx)
	case idx >= size:
		return errf(ErrBadIndex, "class_data_item", cd.Index, int64(at), "%s index %d out of range (%d %ss)", kind, idx, size, kind)
	}
	owner, _ := u16At(f.data, uint64(table)+stride*uint64(idx)) // in range: checkSections
	if uint32(owner) != cd.ClassIdx {
		return errf(ErrMalformed, "class_data_item", cd.Index, int64(at), "encoded_%s %d: %s_ids[%d] belongs to type %d, not to this class (type %d)", kind, k, kind, idx, owner, cd.ClassIdx)
	}
	return nil
}
