package dex

import "strings"

// ProtoID is a raw proto_id_item.
type ProtoID struct {
	ShortyIdx     uint32 // string index of the shorty descriptor
	ReturnTypeIdx uint32 // type index of the return type
	ParametersOff uint32 // offset of a type_list, or 0
}

// Proto is a resolved method prototype.
type Proto struct {
	Shorty     string
	ReturnType string
	Parameters []string // shared with the File's cache: do not modify
	desc       string   // String(), rendered once when the File caches it
}

// String renders the prototype as dexdump does: "(Ljava/lang/String;I)V".
func (p Proto) String() string {
	if p.desc != "" {
		return p.desc
	}
	var b strings.Builder
	b.WriteByte('(')
	for _, t := range p.Parameters {
		b.WriteString(t)
	}
	b.WriteByte(')')
	b.WriteString(p.ReturnType)
	return b.String()
}

// FieldID is a raw field_id_item.
type FieldID struct {
	ClassIdx uint16 // type index of the defining class
	TypeIdx  uint16 // type index of the field's type
	NameIdx  uint32 // string index of the name
}

// FieldRef is a resolved field reference.
type FieldRef struct {
	Class, Name, Type string
}

// String renders the field as dexdump does: "Lcls;.name:Ltype;".
func (r FieldRef) String() string { return r.Class + "." + r.Name + ":" + r.Type }

// MethodID is a raw method_id_item.
type MethodID struct {
	ClassIdx uint16 // type index of the defining class
	ProtoIdx uint16 // proto index
	NameIdx  uint32 // string index of the name
}

// MethodRef is a resolved method reference.
type MethodRef struct {
	Class, Name string
	Proto       Proto
}

// String renders the method as dexdump does: "Lcls;.name:(args)ret".
func (r MethodRef) String() string { return r.Class + "." + r.Name + ":" + r.Proto.String() }

// ProtoID returns proto_ids[i].
func (f *File) ProtoID(i uint32) (ProtoID, error) {
	if i >= f.Header.ProtoIDsSize {
		return ProtoID{}, errf(ErrBadIndex, "proto_ids", int(i), -1, "proto index %d out of range (%d protos)", i, f.Header.ProtoIDsSize)
	}
	off := uint64(f.Header.ProtoIDsOff) + 12*uint64(i)
	a, _ := u32At(f.data, off) // in range: checkSections
	b, _ := u32At(f.data, off+4)
	c, _ := u32At(f.data, off+8)
	return ProtoID{ShortyIdx: a, ReturnTypeIdx: b, ParametersOff: c}, nil
}

// Proto returns proto_ids[i] resolved to strings. Results are cached.
func (f *File) Proto(i uint32) (Proto, error) {
	id, err := f.ProtoID(i)
	if err != nil {
		return Proto{}, err
	}
	if f.protos == nil {
		f.protos = make([]*Proto, f.Header.ProtoIDsSize) // bounded by checkSections
	}
	if p := f.protos[i]; p != nil {
		return *p, nil
	}
	if err := f.protoShapeErr(i, id); err != nil {
		return Proto{}, err
	}
	var p Proto
	if err := f.nameErr(id.ShortyIdx, false); err != nil {
		return Proto{}, wrapAt("proto_ids", int(i), err)
	}
	if p.Shorty, err = f.String(id.ShortyIdx); err != nil {
		return Proto{}, wrapAt("proto_ids", int(i), err)
	}
	if p.ReturnType, err = f.Type(id.ReturnTypeIdx); err != nil {
		return Proto{}, wrapAt("proto_ids", int(i), err)
	}
	if p.Parameters, err = f.typeList("proto_ids", int(i), id.ParametersOff); err != nil {
		return Proto{}, wrapAt("proto_ids", int(i), err)
	}
	p.desc = p.String()
	f.protos[i] = &p
	return p, nil
}

// FieldID returns field_ids[i].
func (f *File) FieldID(i uint32) (FieldID, error) {
	if i >= f.Header.FieldIDsSize {
		return FieldID{}, errf(ErrBadIndex, "field_ids", int(i), -1, "field index %d out of range (%d fields)", i, f.Header.FieldIDsSize)
	}
	off := uint64(f.Header.FieldIDsOff) + 8*uint64(i)
	c, _ := u16At(f.data, off)
	t, _ := u16At(f.data, off+2)
	n, _ := u32At(f.data, off+4)
	return FieldID{ClassIdx: c, TypeIdx: t, NameIdx: n}, nil
}

// FieldRef returns field_ids[i] resolved to strings.
func (f *File) FieldRef(i uint32) (FieldRef, error) {
	id, err := f.FieldID(i)
	if err != nil {
		return FieldRef{}, err
	}
	var r FieldRef
	if r.Class, err = f.Type(uint32(id.ClassIdx)); err != nil {
		return FieldRef{}, wrapAt("field_ids", int(i), err)
	}
	if r.Type, err = f.Type(uint32(id.TypeIdx)); err != nil {
		return FieldRef{}, wrapAt("field_ids", int(i), err)
	}
	if err = f.nameErr(id.NameIdx, false); err != nil {
		return FieldRef{}, wrapAt("field_ids", int(i), err)
	}
	if r.Name, err = f.String(id.NameIdx); err != nil {
		return FieldRef{}, wrapAt("field_ids", int(i), err)
	}
	return r, nil
}

// MethodID returns method_ids[i].
func (f *File) MethodID(i uint32) (MethodID, error) {
	if i >= f.Header.MethodIDsSize {
		return MethodID{}, errf(ErrBadIndex, "method_ids", int(i), -1, "method index %d out of range (%d methods)", i, f.Header.MethodIDsSize)
	}
	off := uint64(f.Header.MethodIDsOff) + 8*uint64(i)
	c, _ := u16At(f.data, off)
	p, _ := u16At(f.data, off+2)
	n, _ := u32At(f.data, off+4)
	return MethodID{ClassIdx: c, ProtoIdx: p, NameIdx: n}, nil
}

// MethodRef returns method_ids[i] resolved to strings.
func (f *File) MethodRef(i uint32) (MethodRef, error) {
	id, err := f.MethodID(i)
	if err != nil {
		return MethodRef{}, err
	}
	var r MethodRef
	if r.Class, err = f.Type(uint32(id.ClassIdx)); err != nil {
		return MethodRef{}, wrapAt("method_ids", int(i), err)
	}
	if err = f.nameErr(id.NameIdx, false); err != nil {
		return MethodRef{}, wrapAt("method_ids", int(i), err)
	}
	if r.Name, err = f.String(id.NameIdx); err != nil {
		return MethodRef{}, wrapAt("method_ids", int(i), err)
	}
	if r.Proto, err = f.Proto(uint32(id.ProtoIdx)); err != nil {
		return MethodRef{}, wrapAt("method_ids", int(i), err)
	}
	return r, nil
}

// wrapAt re-labels an error from a referenced item with the referring item,
// keeping the sentinel, so "method_ids[5]: type index 9 out of range" points
// at the entry that holds the bad reference.
func wrapAt(section string, index int, err error) error {
	fe, ok := err.(*FormatError)
	if !ok {
		return err
	}
	return &FormatError{Section: section, Index: index, Off: -1, Msg: fe.Section + ": " + fe.Msg, Err: fe.Err}
}
