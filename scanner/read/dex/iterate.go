package dex

import "fmt"

// Classes calls fn for every class_def in file order with its decoded
// class data (nil when the class has none or it cannot be decoded).
//
// Problems with individual classes do not stop the walk: they are returned
// in diags (the first maxKept, then an *Omitted counting the rest). If fn
// returns an error the walk stops and returns it as err.
//
// A class_data_off shared by two class defs, or a class defined twice, is
// reported and the second use skipped: ART rejects such files, and
// honouring them would let a small file replay one huge class_data_item
// for every class def. Past Budgets.MaxClassErrors broken classes, or
// past Budgets.CodeFactor, the file is reported as damaged and the
// remaining classes are not walked (fn is not called for them).
func (f *File) Classes(fn func(ClassDef, *ClassData) error) (diags []error, err error) {
	return f.ClassesRange(0, f.NumClassDefs(), fn)
}

// ClassesRange is Classes over class_defs[lo:hi] only (clamped to the
// table), so that callers can split one dex file between workers, each
// with its own *File over the same bytes (Clone). Which classes are read
// is decided over the whole table once, so ranges see what a walk over
// all would.
func (f *File) ClassesRange(lo, hi int, fn func(ClassDef, *ClassData) error) (diags []error, err error) {
	return f.classesRange(lo, hi, false, fn)
}

// classesRange is ClassesRange; with scratch, every class's data is
// decoded into one ClassData and its arrays, valid only until fn returns
// (a walk over thousands of classes then allocates a few times, not three
// times a class).
func (f *File) classesRange(lo, hi int, scratch bool, fn func(ClassDef, *ClassData) error) (diags []error, err error) {
	defer catch(&err)
	x := f.classIndex()
	var errs errList
	defer func() { diags = errs.list() }()
	var buf ClassData
	var fields []EncodedField
	var methods []EncodedMethod
	n := f.NumClassDefs()
	lo, hi = max(lo, 0), min(hi, n)
	if derr := x.damagedError(lo, hi, n); derr != nil {
		defer errs.add(derr)
	}
	for i := lo; i < min(hi, x.damagedAt); i++ {
		cd, _ := f.ClassDef(i) // in range
		var data *ClassData
		if cerr := x.classError(cd); cerr != nil {
			errs.add(cerr)
		} else if cd.ClassDataOff != 0 {
			var derr error
			switch {
			case scratch && x.status[i] == classOK:
				if x.classData(i, &buf) {
					data = &buf
				}
			case scratch:
				fields, methods, derr = f.classData(cd, &buf, fields, methods)
			default:
				data, derr = f.ClassData(cd)
			}
			if derr != nil {
				errs.add(derr)
			}
		}
		if err := fn(cd, data); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// Method is one method of a class as given by Methods.
type Method struct {
	Class       ClassDef
	MethodIdx   uint32    // index into method_ids
	Ref         MethodRef // resolved reference (zero if Err says it could not be)
	AccessFlags uint32
	Direct      bool   // from direct_methods (static, private, constructors)
	CodeOff     uint32 // code_off: 0 for abstract and native methods
	Code        *Code  // nil for abstract/native methods, when Err is set, and from MethodRefsRange
	Err         error  // why Ref or Code could not be decoded, also in diags
	codeEnd     uint32 // where its code_item must end, when the walk knows (0: look it up)
}

// Methods calls fn for every method defined by a class_data_item, in the
// order dexdump prints them: class by class, direct then virtual methods.
// The *Method and its Code are owned by the caller after fn returns; a
// code_item shared by several methods is decoded once and shared.
func (f *File) Methods(fn func(*Method) error) (diags []error, err error) {
	return f.MethodsRange(0, f.NumClassDefs(), fn)
}

// MethodsRange is Methods over class_defs[lo:hi] only.
func (f *File) MethodsRange(lo, hi int, fn func(*Method) error) (diags []error, err error) {
	codes := make(map[uint32]*Code)
	var mdiags errList
	cdiags, err := f.methodRefs(lo, hi, false, func(h *Method) error {
		m := new(Method)
		*m = *h
		if m.Err == nil && m.CodeOff != 0 {
			if c, ok := codes[m.CodeOff]; ok {
				m.Code = c
			} else if c, err := f.Code(m.CodeOff); err != nil {
				m.Err = CodeError(m.Ref, err)
			} else {
				codes[m.CodeOff] = c
				m.Code = c
			}
		}
		if m.Err != nil {
			mdiags.add(m.Err)
		}
		return fn(m)
	})
	return append(cdiags, mdiags.list()...), err
}

// MethodRefsRange is MethodsRange without decoding code: each Method has
// CodeOff but a nil Code, and one *Method is reused for every call, so fn
// copies what it keeps. Callers that need the code of few methods (code-
// path analysis) or of one method at a time (indexing, with CodeInto)
// avoid decoding and holding every code_item of the file. diags hold the
// class and method_ids problems; code problems are the caller's to report
// (CodeError words them as MethodsRange does).
func (f *File) MethodRefsRange(lo, hi int, fn func(*Method) error) (diags []error, err error) {
	return f.refsRange(lo, hi, false, fn)
}

// MethodsLazyRange is MethodRefsRange leaving each Method's Ref zero: fn
// resolves it with f.MethodRef(m.MethodIdx) if it needs the names (a walk
// that records something for one method in ten need not build the other
// nine's strings). A method whose reference is broken still has Err, and
// its diagnostic, as in MethodRefsRange: the reference is checked without
// building its strings.
func (f *File) MethodsLazyRange(lo, hi int, fn func(*Method) error) (diags []error, err error) {
	return f.refsRange(lo, hi, true, fn)
}

// refsRange is MethodRefsRange, or with lazy MethodsLazyRange: the class
// problems, then each method's.
func (f *File) refsRange(lo, hi int, lazy bool, fn func(*Method) error) (diags []error, err error) {
	var mdiags errList
	cdiags, err := f.methodRefs(lo, hi, lazy, func(m *Method) error {
		if m.Err != nil {
			mdiags.add(m.Err)
		}
		return fn(m)
	})
	return append(cdiags, mdiags.list()...), err
}

// methodRefs walks the methods of class_defs[lo:hi] with one reused Method,
// returning the class problems; method_ids problems are in each Method.Err.
// With lazy, a valid reference is left unresolved.
func (f *File) methodRefs(lo, hi int, lazy bool, fn func(*Method) error) (diags []error, err error) {
	defer catch(&err)
	var m Method
	return f.classesRange(lo, hi, true, func(cd ClassDef, data *ClassData) error {
		if data == nil {
			return nil
		}
		for k, list := range [2][]EncodedMethod{data.DirectMethods, data.VirtualMethods} {
			for _, em := range list {
				m = Method{Class: cd, MethodIdx: em.MethodIdx, AccessFlags: em.AccessFlags, Direct: k == 0, CodeOff: em.CodeOff, codeEnd: em.end}
				if lazy && f.methodRefValid(em.MethodIdx) {
					// fn resolves it if it needs to
				} else if ref, rerr := f.MethodRef(em.MethodIdx); rerr != nil {
					m.Err = wrapAt("class_data_item", cd.Index, rerr)
				} else {
					m.Ref = ref
				}
				if err := fn(&m); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// CodeError names the method a code_item error belongs to.
func CodeError(ref MethodRef, err error) error {
	return fmt.Errorf("%w (method %s)", err, ref)
}
