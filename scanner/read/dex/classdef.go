package dex

// ClassDef is a class_def_item. Index is its position in class_defs.
type ClassDef struct {
	Index           int
	ClassIdx        uint32 // type index of this class
	AccessFlags     uint32
	SuperclassIdx   uint32 // type index, or NoIndex for java.lang.Object
	InterfacesOff   uint32 // type_list offset, or 0
	SourceFileIdx   uint32 // string index, or NoIndex
	AnnotationsOff  uint32 // annotations_directory_item offset, or 0
	ClassDataOff    uint32 // class_data_item offset, or 0 (no fields or methods)
	StaticValuesOff uint32 // encoded_array_item offset, or 0
}

// ClassDef returns class_defs[i].
func (f *File) ClassDef(i int) (ClassDef, error) {
	if i < 0 || i >= int(f.Header.ClassDefsSize) {
		return ClassDef{}, errf(ErrBadIndex, "class_defs", i, -1, "class index %d out of range (%d classes)", i, f.Header.ClassDefsSize)
	}
	off := uint64(f.Header.ClassDefsOff) + 32*uint64(i)
	var w [8]uint32
	for k := range w {
		w[k], _ = u32At(f.data, off+4*uint64(k)) // in range: checkSections
	}
	return ClassDef{Index: i, ClassIdx: w[0], AccessFlags: w[1], SuperclassIdx: w[2], InterfacesOff: w[3],
		SourceFileIdx: w[4], AnnotationsOff: w[5], ClassDataOff: w[6], StaticValuesOff: w[7]}, nil
}

// ClassName returns the descriptor of the class, e.g. "Lcom/foo/Bar;".
func (f *File) ClassName(cd ClassDef) (string, error) {
	s, err := f.Type(cd.ClassIdx)
	if err != nil {
		return "", wrapAt("class_defs", cd.Index, err)
	}
	return s, nil
}

// Superclass returns the superclass descriptor, or "" when there is none.
func (f *File) Superclass(cd ClassDef) (string, error) {
	if cd.SuperclassIdx == NoIndex {
		return "", nil
	}
	s, err := f.Type(cd.SuperclassIdx)
	if err != nil {
		return "", wrapAt("class_defs", cd.Index, err)
	}
	return s, nil
}

// Interfaces returns the descriptors of the implemented interfaces.
func (f *File) Interfaces(cd ClassDef) ([]string, error) {
	return f.typeList("class_defs", cd.Index, cd.InterfacesOff)
}

// SourceFile returns the source file name, or "" when there is none.
func (f *File) SourceFile(cd ClassDef) (string, error) {
	if cd.SourceFileIdx == NoIndex {
		return "", nil
	}
	s, err := f.String(cd.SourceFileIdx)
	if err != nil {
		return "", wrapAt("class_defs", cd.Index, err)
	}
	return s, nil
}

// StaticValues decodes the initial values of the static fields, in field
// order; fields past the end of the array are zero/null per the spec.
func (f *File) StaticValues(cd ClassDef) ([]Value, error) {
	if cd.StaticValuesOff == 0 {
		return nil, nil
	}
	return f.EncodedArray("class_defs", cd.Index, cd.StaticValuesOff)
}
