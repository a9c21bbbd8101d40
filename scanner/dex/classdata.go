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
	c := cursor{data: f.data, pos: uint64(cd.ClassDataOff)}
	var sizes [4]uint32
	for k := range sizes {
		sizes[k] = c.uleb()
	}
	if c.bad {
		return nil, errf(ErrTruncated, "class_data_item", cd.Index, int64(cd.ClassDataOff), "header past end of file")
	}
	cdata := &ClassData{}
	var err error
	if cdata.StaticFields, err = f.readFields(&c, cd, sizes[0]); err != nil {
		return nil, err
	}
	if cdata.InstanceFields, err = f.readFields(&c, cd, sizes[1]); err != nil {
		return nil, err
	}
	if cdata.DirectMethods, err = f.readMethods(&c, cd, sizes[2]); err != nil {
		return nil, err
	}
	if cdata.VirtualMethods, err = f.readMethods(&c, cd, sizes[3]); err != nil {
		return nil, err
	}
	return cdata, nil
}

// readFields decodes n encoded_field entries (each at least 2 bytes).
func (f *File) readFields(c *cursor, cd ClassDef, n uint32) ([]EncodedField, error) {
	if n == 0 {
		return nil, nil
	}
	out := make([]EncodedField, 0, capHint(n, c.remaining(), 2))
	var idx uint32
	for k := uint32(0); k < n; k++ {
		start := c.pos
		idx += c.uleb() // the diff is relative to the previous entry of the list
		flags := c.uleb()
		if c.bad {
			return nil, errf(ErrTruncated, "class_data_item", cd.Index, int64(start), "encoded_field %d of %d past end of file", k, n)
		}
		out = append(out, EncodedField{FieldIdx: idx, AccessFlags: flags})
	}
	return out, nil
}

// readMethods decodes n encoded_method entries (each at least 3 bytes).
func (f *File) readMethods(c *cursor, cd ClassDef, n uint32) ([]EncodedMethod, error) {
	if n == 0 {
		return nil, nil
	}
	out := make([]EncodedMethod, 0, capHint(n, c.remaining(), 3))
	var idx uint32
	for k := uint32(0); k < n; k++ {
		start := c.pos
		idx += c.uleb()
		flags := c.uleb()
		code := c.uleb()
		if c.bad {
			return nil, errf(ErrTruncated, "class_data_item", cd.Index, int64(start), "encoded_method %d of %d past end of file", k, n)
		}
		out = append(out, EncodedMethod{MethodIdx: idx, AccessFlags: flags, CodeOff: code})
	}
	return out, nil
}
