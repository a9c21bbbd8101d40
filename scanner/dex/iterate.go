package dex

import "fmt"

// Classes calls fn for every class_def in file order with its decoded
// class data (nil when the class has none or it cannot be decoded).
//
// Problems with individual classes do not stop the walk: they are returned
// in diags. If fn returns an error the walk stops and returns it as err.
//
// A class_data_off shared by two class defs is reported and the second use
// skipped: ART rejects such files (class data must belong to its class),
// and honouring it would let a small file replay one huge class_data_item
// for every class def.
func (f *File) Classes(fn func(ClassDef, *ClassData) error) (diags []error, err error) {
	return f.ClassesRange(0, f.NumClassDefs(), fn)
}

// ClassesRange is Classes over class_defs[lo:hi] only (clamped to the
// table), so that callers can split one dex file between workers, each
// with its own *File over the same bytes.
func (f *File) ClassesRange(lo, hi int, fn func(ClassDef, *ClassData) error) (diags []error, err error) {
	defer catch(&err)
	seen := make(map[uint32]int)
	lo, hi = max(lo, 0), min(hi, f.NumClassDefs())
	for i := lo; i < hi; i++ {
		cd, _ := f.ClassDef(i) // in range
		var data *ClassData
		if cd.ClassDataOff != 0 {
			if first, dup := seen[cd.ClassDataOff]; dup {
				diags = append(diags, errf(ErrMalformed, "class_defs", i, int64(cd.ClassDataOff),
					"class_data_off shared with class_defs[%d]; skipped", first))
			} else {
				seen[cd.ClassDataOff] = i
				var derr error
				if data, derr = f.ClassData(cd); derr != nil {
					diags = append(diags, derr)
				}
			}
		}
		if err := fn(cd, data); err != nil {
			return diags, err
		}
	}
	return diags, nil
}

// Method is one method of a class as given by Methods.
type Method struct {
	Class       ClassDef
	MethodIdx   uint32    // index into method_ids
	Ref         MethodRef // resolved reference (zero if Err says it could not be)
	AccessFlags uint32
	Direct      bool  // from direct_methods (static, private, constructors)
	Code        *Code // nil for abstract/native methods or when Err is set
	Err         error // why Ref or Code could not be decoded, also in diags
}

// Methods calls fn for every method defined by a class_data_item, in the
// order dexdump prints them: class by class, direct then virtual methods.
// The *Method and its Code are owned by the caller after fn returns; a
// code_item shared by several methods is decoded once and shared.
func (f *File) Methods(fn func(*Method) error) (diags []error, err error) {
	return f.MethodsRange(0, f.NumClassDefs(), fn)
}

// MethodsRange is Methods over the classes of class_defs[lo:hi] only.
func (f *File) MethodsRange(lo, hi int, fn func(*Method) error) (diags []error, err error) {
	defer catch(&err)
	codes := make(map[uint32]*Code)
	cdiags, err := f.ClassesRange(lo, hi, func(cd ClassDef, data *ClassData) error {
		if data == nil {
			return nil
		}
		for k, list := range [2][]EncodedMethod{data.DirectMethods, data.VirtualMethods} {
			direct := k == 0
			for _, em := range list {
				m := f.method(cd, em, direct, codes)
				if m.Err != nil {
					diags = append(diags, m.Err)
				}
				if err := fn(m); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return append(cdiags, diags...), err
}

// method builds the Method for one encoded_method.
func (f *File) method(cd ClassDef, em EncodedMethod, direct bool, codes map[uint32]*Code) *Method {
	m := &Method{Class: cd, MethodIdx: em.MethodIdx, AccessFlags: em.AccessFlags, Direct: direct}
	ref, err := f.MethodRef(em.MethodIdx)
	if err != nil {
		m.Err = wrapAt("class_data_item", cd.Index, err)
		return m
	}
	m.Ref = ref
	if em.CodeOff == 0 {
		return m
	}
	if c, ok := codes[em.CodeOff]; ok {
		m.Code = c
		return m
	}
	c, err := f.Code(em.CodeOff)
	if err != nil {
		m.Err = fmt.Errorf("%w (method %s)", err, ref)
		return m
	}
	codes[em.CodeOff] = c
	m.Code = c
	return m
}
