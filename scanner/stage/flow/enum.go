package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Enum constants as a static initialiser makes them: each is a new object
// of the enum's class, made with its name and ordinal, stored in its
// static field (new Mode("INCOGNITO", 1)). A shrinker renames the field
// but keeps the name, which Enum.name() returns.

// incognitoConst returns "Lcls;->NAME" when the field instruction in of
// m names enum's incognito constant, or "".
func (e *engine) incognitoConst(m *method, in dalvik.Inst, enum string) string {
	fi := e.fieldKey(m, in)
	if !fi.incConst || fi.ref.Class != enum {
		return ""
	}
	return fi.ref.Class + "->" + fi.ref.Name
}

// enumOrdinal returns the ordinal of enum's incognito constant: the int
// its static initialiser passes to the constructor of the object it
// stores in that constant (new Mode("INCOGNITO", 1)).
func (e *engine) enumOrdinal(enum string) keyAnswer {
	k := switchKey{loc: -1, enum: enum}
	if v, ok := e.switchKeys[k]; ok {
		return v
	}
	var v keyAnswer
	if init := e.staticInit(enum); init != nil {
		for i := range init.insts {
			x := &init.insts[i]
			if x.Op != dalvik.OpSputObject {
				continue
			}
			in := init.inst(i)
			what := e.incognitoConst(init, in, enum)
			if what == "" {
				continue
			}
			if ord, ok := init.constructedOrdinal(i, in.A); ok {
				v = keyAnswer{key: ord, what: what}
			}
			break
		}
	}
	e.setSwitchKey(k, v)
	return v
}

// constructedOrdinal returns the ordinal an enum constructor call made
// the object in register r with, before instruction i: its third
// register, after the object and the constant's name.
func (m *method) constructedOrdinal(i int, r uint32) (int32, bool) {
	call, ok := m.enumConstructor(i, r)
	if !ok {
		return 0, false
	}
	v, ok := m.constInt(call, call.ArgRegs()[2])
	return int32(v), ok
}

// enumConstructor returns the enum constructor call (<init>(String, int,
// ...)) that made the object in register r, before instruction i in
// straight-line code.
func (m *method) enumConstructor(i int, r uint32) (dalvik.Inst, bool) {
	for j := range m.back(i) {
		in := m.inst(j)
		if in.Op != dalvik.OpInvokeDirect && in.Op != dalvik.OpInvokeDirectRange {
			continue
		}
		regs := in.ArgRegs()
		if len(regs) < 3 || regs[0] != r {
			continue
		}
		ref, err := m.file.MethodRef(in.Index)
		if err != nil || ref.Name != "<init>" || !strings.HasPrefix(ref.Proto.String(), "(Ljava/lang/String;I") {
			return dalvik.Inst{}, false
		}
		return in, true
	}
	return dalvik.Inst{}, false
}

// enumNames returns the names an enum's static initialiser gives its
// constants, by field name: what Enum.name() returns, kept by a shrinker
// that renames the fields. The answers are kept.
func (e *engine) enumNames(cls string) map[string]string {
	if l, ok := e.enumNamed[cls]; ok {
		return l
	}
	if e.enumNamed == nil {
		e.enumNamed = map[string]map[string]string{}
	}
	e.enumNamed[cls] = nil // a recursive question finds nothing
	var out map[string]string
	if init := e.staticInit(cls); init != nil {
		for i := range init.insts {
			if init.insts[i].Op != dalvik.OpSputObject {
				continue
			}
			in := init.inst(i)
			fr, err := init.file.FieldRef(in.Index)
			if err != nil || fr.Class != cls || fr.Type != cls {
				continue
			}
			call, ok := init.enumConstructor(i, in.A)
			if !ok {
				continue
			}
			if name, ok := init.constString(call, call.ArgRegs()[1]); ok {
				if out == nil {
					out = map[string]string{}
				}
				out[fr.Name] = name
			}
		}
	}
	e.enumNamed[cls] = out
	return out
}

// staticInit returns the decoded static initialiser of an app class, or
// nil.
func (e *engine) staticInit(cls string) *method {
	c := e.prog.classes[cls]
	if c == nil {
		return nil
	}
	init := c.methods[sig{"<clinit>", "()V"}]
	if init == nil || !init.hasCode() {
		return nil
	}
	init.decode(&e.cfg)
	return init
}

// hasIncognitoConst reports whether enum class cls has a constant named
// like incognito mode (by its field's name or its name string).
func (e *engine) hasIncognitoConst(cls string) bool {
	c := e.prog.classes[cls]
	if c == nil {
		return false
	}
	names := e.enumNames(cls)
	data, err := c.file.ClassData(c.def)
	if err != nil || data == nil {
		return false
	}
	for _, f := range data.StaticFields {
		if fr, err := c.file.FieldRef(f.FieldIdx); err == nil && fr.Type == cls && (e.r.incognitoName(fr.Name) || e.r.incognitoName(names[fr.Name])) {
			return true
		}
	}
	return false
}

// Kotlin's sealed classes. A mode kept as `sealed class Mode { object
// Normal : Mode(); object Private : Mode() }` is tested as `mode is
// Mode.Private` (instance-of) or `mode == Mode.Private` (its object's
// INSTANCE field): a class named like incognito mode stands for it. A
// shrinker renames the class, not the name a data object's toString
// returns ("Private").

// incognitoClass reports whether cls is an app class whose own name (the
// part after its package and outer classes), or the name its toString
// returns, reads like incognito mode.
func (e *engine) incognitoClass(cls string) bool {
	if e.prog.framework(cls) || e.incognitoIgnored(cls) {
		return false
	}
	return e.r.incognitoName(simpleName(cls)) || e.r.incognitoName(e.printedName(cls))
}

// printedName returns the constant string the toString of app class cls
// returns, its whole body (a Kotlin data object's), or "".
func (e *engine) printedName(cls string) string {
	c := e.prog.classes[cls]
	if c == nil {
		return ""
	}
	t := c.methods[sig{"toString", "()Ljava/lang/String;"}]
	if t == nil {
		return ""
	}
	t.decode(&e.cfg)
	str, ok := soleReturn(t)
	if !ok || str.Op != dalvik.OpConstString && str.Op != dalvik.OpConstStringJumbo {
		return ""
	}
	v, err := t.file.String(str.Index)
	if err != nil {
		return ""
	}
	return v
}

// simpleName returns a class's own name, after its package and outer
// classes ("Lpkg/Mode$Private;": Private).
func simpleName(cls string) string {
	n := strings.TrimSuffix(cls, ";")
	return n[strings.LastIndexAny(n, "/$")+1:]
}

// instanceOfState returns the incognito fact the instance-of at
// instruction i of m gives its result when it tests for a class named
// like incognito mode, or nil.
func (e *engine) instanceOfState(m *method, i int) tset {
	if e.incognitoIgnored(m.cls.name) {
		return nil
	}
	in := m.inst(i)
	t, err := m.file.Type(in.Index)
	if err != nil {
		return nil
	}
	if !e.prog.framework(t) && !e.incognitoIgnored(t) {
		e.classReaders(t).add(m) // analysed again if the UI shows t is the mode (markClass)
	}
	if e.normalClass(t) {
		// mode is Mode.Normal: never so in incognito mode.
		return tset{fact(e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognito, t), flagInc|flagNeg)}
	}
	if !e.incognitoClass(t) && !e.uiClasses[t] {
		return nil
	}
	return tset{fact(e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognito, t), flagInc)}
}

// normalClass reports whether cls is named like normal browsing's mode
// (spec incognito normal) and a class beside it, of the same app
// superclass, like incognito mode: a sealed mode's Normal beside its
// Private.
func (e *engine) normalClass(cls string) bool {
	c := e.prog.classes[cls]
	if c == nil || c.super == "" || e.prog.classes[c.super] == nil || e.incognitoIgnored(cls) {
		return false
	}
	if !e.r.normalName(simpleName(cls)) && !e.r.normalName(e.printedName(cls)) {
		return false
	}
	if v, ok := e.normalSupers[c.super]; ok {
		return v
	}
	found := false
	for _, o := range e.prog.order {
		if o.super == c.super && e.incognitoClass(o.name) {
			found = true
			break
		}
	}
	if e.normalSupers == nil {
		e.normalSupers = map[string]bool{}
	}
	e.normalSupers[c.super] = found
	return found
}
