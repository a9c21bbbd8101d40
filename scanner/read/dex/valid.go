package dex

// These report, without building any string, whether the resolving
// methods (String, Type, Proto, MethodRef) would succeed: a walk that
// resolves a method's names only when it records something
// (MethodsLazyRange) still finds the methods whose references are broken.
// Each mirrors its resolver's checks; FuzzOpen holds them to the same
// answers.

// typeValid reports whether Type(i) succeeds.
func (f *File) typeValid(i uint32) bool {
	if i >= f.Header.TypeIDsSize {
		return false
	}
	return f.typeErr(i) == nil
}

// typeListValid reports whether typeList succeeds on the list at off.
func (f *File) typeListValid(off uint32) bool {
	if off == 0 {
		return true
	}
	n, err := f.typeListSpan("", -1, off)
	if err != nil {
		return false
	}
	for k := range uint64(n) {
		t, _ := u16At(f.data, uint64(off)+4+2*k)
		if !f.typeValid(uint32(t)) {
			return false
		}
	}
	return true
}

// protoValid reports whether Proto(i) succeeds; answers are cached.
func (f *File) protoValid(i uint32) bool {
	if i >= f.Header.ProtoIDsSize {
		return false
	}
	if f.protos != nil && f.protos[i] != nil {
		return true
	}
	if f.protoOK == nil {
		f.protoOK = make([]int8, f.Header.ProtoIDsSize) // bounded by checkSections
	}
	if v := f.protoOK[i]; v != 0 {
		return v > 0
	}
	id, _ := f.ProtoID(i)
	ok := f.protoShapeErr(i, id) == nil && f.nameErr(id.ShortyIdx, false) == nil && f.typeValid(id.ReturnTypeIdx) && f.typeListValid(id.ParametersOff)
	f.protoOK[i] = -1
	if ok {
		f.protoOK[i] = 1
	}
	return ok
}

// methodRefValid reports whether MethodRef(i) succeeds.
func (f *File) methodRefValid(i uint32) bool {
	id, err := f.MethodID(i)
	if err != nil {
		return false
	}
	return f.typeValid(uint32(id.ClassIdx)) && f.nameErr(id.NameIdx, false) == nil && f.protoValid(uint32(id.ProtoIdx))
}
