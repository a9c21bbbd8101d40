package index

import (
	"fmt"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// dexIndexer holds per-dex caches from pool index to the aggregated fact,
// so each instruction costs a map lookup, not a string build.
type dexIndexer struct {
	b *builder
	d *app.DexFile
	f *dex.File
	// methods and fields map a method_ids / field_ids index to 1 + the index
	// of the aggregated fact (0: not seen yet; -1: not wanted). Sized by the
	// header counts, which dex.Open has checked against the file size.
	methods  []int32
	fields   []int32
	constStr []bool
	// methodClasses and fieldClasses cache the class filters by type
	// index: 1 some member may be wanted, -1 none, 0 not asked yet.
	methodClasses, fieldClasses []int8
	walkErrs                    []error
	code                        dex.Code    // reused for every method's code_item
	cur                         *dex.Method // the method being walked, its Ref resolved on demand (ref)
	resolved                    bool        // cur.Ref is resolved
	curName                     string      // its name and prototype, once built (methodName)
}

func (x *dexIndexer) classes() {
	for i := 0; i < x.f.NumClassDefs(); i++ {
		cd, err := x.f.ClassDef(i)
		if err != nil {
			continue
		}
		name, err := x.f.ClassName(cd)
		if err != nil {
			continue
		}
		if _, dup := x.b.f.DefinedClasses[name]; dup {
			// The first definition wins, as in Android's class loader
			// (classes.dex before classes2.dex).
			continue
		}
		super, _ := x.f.Superclass(cd)
		ifaces, _ := x.f.Interfaces(cd)
		x.b.f.DefinedClasses[name] = ClassFact{Descriptor: name, Super: super, Interfaces: ifaces, Entry: x.d.Entry}
	}
}

func (x *dexIndexer) types() {
	for i := 0; i < x.f.NumTypes(); i++ {
		t, err := x.f.Type(uint32(i))
		if err != nil {
			continue
		}
		x.b.f.ReferencedTypes[t] = append(x.b.f.ReferencedTypes[t], x.d.Entry)
	}
}

// method walks one method's instructions. m is reused by the walk
// (dex.MethodsLazyRange, which leaves m.Ref for ref to resolve) and its
// code decoded into the indexer's one buffer.
func (x *dexIndexer) method(m *dex.Method) error {
	if m.CodeOff == 0 || m.Err != nil {
		return nil
	}
	x.cur, x.resolved, x.curName = m, false, ""
	if err := x.f.MethodCodeInto(m, &x.code); err != nil {
		x.walkErrs = append(x.walkErrs, dex.CodeError(x.ref(), err))
		return nil
	}
	// Keep what decoded before a broken instruction; say where it broke.
	// ScanRefs steps exactly as Walk does but builds no Inst per
	// instruction: only pool references matter here.
	err := dalvik.ScanRefs(x.code.Insns, func(in dalvik.Ref) {
		switch in.Kind {
		case dalvik.IndexString:
			x.constString(in)
		case dalvik.IndexMethod, dalvik.IndexMethodAndProto:
			x.call(in)
		case dalvik.IndexField:
			x.field(in)
		}
	})
	if err != nil {
		x.walkErrs = append(x.walkErrs, fmt.Errorf("%s->%s: %w", x.ref().Class, x.methodName(), err))
	}
	x.cur = nil
	return nil
}

// ref is the walked method's reference, resolved the first time a fact
// needs it: most methods record none. The walk checked that it resolves.
func (x *dexIndexer) ref() dex.MethodRef {
	if !x.resolved {
		x.cur.Ref, _ = x.f.MethodRef(x.cur.MethodIdx)
		x.resolved = true
	}
	return x.cur.Ref
}

// methodName is the walked method's name and prototype, built the first
// time a fact needs it.
func (x *dexIndexer) methodName() string {
	if x.curName == "" {
		r := x.ref()
		x.curName = r.Name + r.Proto.String()
	}
	return x.curName
}

// at is the place of the instruction at pc in the walked method.
func (x *dexIndexer) at(pc int) Location {
	return Location{Entry: x.d.Entry, Class: x.ref().Class, Method: x.methodName(), Offset: pc}
}

func (x *dexIndexer) constString(in dalvik.Ref) {
	s, err := x.f.String(in.Index)
	if err != nil || int(in.Index) >= len(x.constStr) {
		return
	}
	x.constStr[in.Index] = true
	x.b.str(s, OriginDex, x.at(in.PC))
}

func (x *dexIndexer) call(in dalvik.Ref) {
	if int(in.Index) >= len(x.methods) {
		return
	}
	i := int(x.methods[in.Index]) - 1
	if i == -2 || (i < 0 && !x.wanted(in.Index, true)) {
		x.methods[in.Index] = -1
		return
	}
	if i < 0 {
		ref, err := x.f.MethodRef(in.Index)
		if err != nil {
			return
		}
		mr := MethodRef{Class: ref.Class, Name: ref.Name, Descriptor: ref.Proto.String()}
		key := methodKey(mr)
		var ok bool
		if i, ok = x.b.methods[key]; !ok {
			i = len(x.b.f.MethodRefs)
			x.b.methods[key] = i
			x.b.f.MethodRefs = append(x.b.f.MethodRefs, mr)
		}
		x.methods[in.Index] = int32(i + 1)
	}
	x.b.f.MethodRefs[i].Sites = append(x.b.f.MethodRefs[i].Sites, x.at(in.PC))
}

func (x *dexIndexer) field(in dalvik.Ref) {
	if int(in.Index) >= len(x.fields) {
		return
	}
	i := int(x.fields[in.Index]) - 1
	if i == -2 || (i < 0 && !x.wanted(in.Index, false)) {
		x.fields[in.Index] = -1
		return
	}
	if i < 0 {
		ref, err := x.f.FieldRef(in.Index)
		if err != nil {
			return
		}
		fr := FieldRef{Class: ref.Class, Name: ref.Name, Type: ref.Type}
		key := fieldKey(fr)
		var ok bool
		if i, ok = x.b.fields[key]; !ok {
			i = len(x.b.f.FieldRefs)
			x.b.fields[key] = i
			x.b.f.FieldRefs = append(x.b.f.FieldRefs, fr)
		}
		x.fields[in.Index] = int32(i + 1)
	}
	x.b.f.FieldRefs[i].Sites = append(x.b.f.FieldRefs[i].Sites, x.at(in.PC))
}

// wanted asks the builder's filter about method_ids[idx] (or field_ids[idx])
// from the raw ids, before building its prototype or key: first about its
// class, once per type, then about its name.
func (x *dexIndexer) wanted(idx uint32, method bool) bool {
	want, wantClass, classes := x.b.want.field, x.b.want.fieldClass, &x.fieldClasses
	if method {
		want, wantClass, classes = x.b.want.method, x.b.want.methodClass, &x.methodClasses
	}
	if want == nil {
		return true
	}
	var classIdx, nameIdx uint32
	if method {
		id, err := x.f.MethodID(idx)
		if err != nil {
			return false
		}
		classIdx, nameIdx = uint32(id.ClassIdx), id.NameIdx
	} else {
		id, err := x.f.FieldID(idx)
		if err != nil {
			return false
		}
		classIdx, nameIdx = uint32(id.ClassIdx), id.NameIdx
	}
	class, err := x.f.Type(classIdx)
	if err != nil {
		return false
	}
	if wantClass != nil {
		if *classes == nil {
			*classes = make([]int8, x.f.NumTypes()) // classIdx < NumTypes: Type succeeded
		}
		if (*classes)[classIdx] == 0 {
			(*classes)[classIdx] = -1
			if wantClass(class) {
				(*classes)[classIdx] = 1
			}
		}
		if (*classes)[classIdx] < 0 {
			return false
		}
	}
	name, err := x.f.String(nameIdx)
	return err == nil && want(class, name)
}
