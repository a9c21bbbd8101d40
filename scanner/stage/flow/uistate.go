package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Incognito state by the UI it selects. A browser shows its private mode:
// an icon, a title, a colour or a menu of its own, named so in its
// resources (R.drawable.ic_incognito, R.color.incognito_toolbar). A
// shrinker renames the flag but not the resources' names: a boolean field
// tested where the side on which it is true loads such a resource, and the
// other side none, holds the mode, and its reads are incognito reads from
// then on (markState), as for the fields setters.go finds. A class tested
// so with instance-of (`mode is Private` of a renamed Kotlin sealed class)
// is the mode's class, as one named so is (instanceOfState), and a
// constant so compared (a renamed enum's) the mode's constant.

// maxUIScan bounds the instructions looked at after each side of a test.
const maxUIScan = 16

// readUITests looks once at each test in m of a boolean field (or of
// what a getter of one returns), an instance-of or a constant, and at
// each comparison or switch on an id.
func (e *engine) readUITests(m *method) {
	if e.app == nil || e.app.Resources == nil || e.incognitoIgnored(m.cls.name) {
		return
	}
	for i := range m.insts {
		switch m.insts[i].Op {
		case dalvik.OpIfEqz, dalvik.OpIfNez:
			e.readUIFlag(m, i)
		case dalvik.OpIfEq, dalvik.OpIfNe:
			e.readUIConst(m, i)
			e.readUIAction(m, i)
		case dalvik.OpPackedSwitch, dalvik.OpSparseSwitch:
			e.readUIAction(m, i)
		}
	}
}

// readUIFlag looks at the test of a boolean against zero at instruction i
// of m: when the side on which it is true loads a resource named like
// incognito mode and the other side none, the field it was read from (or
// that its getter returns) holds the mode, or the class an instance-of
// tested for is the mode's.
func (e *engine) readUIFlag(m *method, i int) {
	in := m.inst(i)
	def, j, ok := m.lastWrite(i, in.A)
	if !ok || def.Op != dalvik.OpIgetBoolean && def.Op != dalvik.OpSgetBoolean && def.Op != dalvik.OpMoveResult &&
		def.Op != dalvik.OpInstanceOf {
		return
	}
	// if-nez jumps where the flag is true.
	if on, off := e.uiSides(m, i, in.Op == dalvik.OpIfNez); !on || off {
		return
	}
	switch def.Op {
	case dalvik.OpInstanceOf:
		if t, err := m.file.Type(def.Index); err == nil {
			e.markClass(t)
		}
	case dalvik.OpMoveResult:
		e.getterState(e.resultMethod(m, j))
	default:
		e.markState(m, def)
	}
}

// straight calls fn with the index of each instruction of the
// straight-line code from instruction i of m, at most maxUIScan of them,
// until fn answers false or the code branches, switches, returns or
// throws.
func (m *method) straight(i int, fn func(k int) bool) {
	for k := i; k >= 0 && k < len(m.insts) && k < i+maxUIScan; k++ {
		x := &m.insts[k]
		if x.Format == dalvik.FormatPayload || !fn(k) {
			return
		}
		if f := x.flags(); f&(dalvik.CanBranch|dalvik.CanSwitch|dalvik.CanReturn) != 0 || f&dalvik.CanContinue == 0 {
			return // the end of its block
		}
	}
}

// namesIncognito reports whether the straight-line code from instruction
// i of m loads an app resource id whose name reads like incognito mode,
// there or at the start of an app method it calls (a helper applying the
// private theme, setIncognitoTheme() as a shrinker left it).
func (e *engine) namesIncognito(m *method, i int) bool {
	return e.loadsIncognito(m, i, true)
}

// loadsIncognito is namesIncognito, looking into the app methods called
// when calls is set.
func (e *engine) loadsIncognito(m *method, i int, calls bool) bool {
	found := false
	m.straight(i, func(k int) bool {
		x := &m.insts[k]
		switch {
		case x.Op >= dalvik.OpConst4 && x.Op <= dalvik.OpConstHigh16:
			found = e.incognitoResource(uint32(m.inst(k).Literal))
		case calls && x.flags()&dalvik.IsInvoke != 0:
			found = e.helperLoadsIncognito(m, k)
		}
		return !found
	})
	return found
}

// helperLoadsIncognito reports whether the app method the call at
// instruction k of m runs loads a resource named like incognito mode in
// its first straight-line code. The answers are kept.
func (e *engine) helperLoadsIncognito(m *method, k int) bool {
	in := m.inst(k)
	if !namesMethod(in) {
		return false
	}
	ref, err := m.file.MethodRef(in.Index)
	if err != nil || e.prog.framework(ref.Class) {
		return false
	}
	t := e.prog.resolveRef(ref)
	if t == nil || !t.hasCode() || e.incognitoIgnored(t.cls.name) {
		return false
	}
	if v, ok := e.uiHelpers[t]; ok {
		return v
	}
	if e.uiHelpers == nil {
		e.uiHelpers = map[*method]bool{}
	}
	t.decode(&e.cfg)
	v := len(t.insts) > 0 && e.loadsIncognito(t, 0, false)
	e.uiHelpers[t] = v
	return v
}

// incognitoResource reports whether id names one of the app's resources
// whose name reads like incognito mode ("@drawable/ic_incognito"), a
// string whose text does ("New incognito tab", "无痕浏览"), or a view or
// menu item id labelled with such a string. The answers are kept.
func (e *engine) incognitoResource(id uint32) bool {
	if id>>24 == 0 || id>>24 == 0x01 {
		return false // not a resource id, or the framework's
	}
	if v, ok := e.uiRes[id]; ok {
		return v
	}
	if e.uiRes == nil {
		e.uiRes = map[uint32]bool{}
	}
	name, ok := e.app.Resources.ResourceName(id)
	v := false
	if ok {
		typ, key, _ := strings.Cut(name, "/")
		v = e.r.incognitoName(key)
		switch {
		case v:
		case typ == "@string":
			// Names a resource shrinker left meaningless (AndResGuard's
			// R.string.c): the text says what the string is for.
			text, ok := e.app.Resources.ResolveString(id)
			v = ok && e.r.incognitoText(text)
		case typ == "@id":
			// And a view's or menu item's id (R.id.b): the string its
			// layout or menu labels it with.
			if label := e.views().labels[id]; label != 0 && label>>24 != 0x01 {
				v = e.incognitoResource(label)
			}
		}
	}
	e.uiRes[id] = v
	return v
}

// markClass makes an app class the incognito mode's (a renamed sealed
// class's object, Mode.Private: `mode is Mode.Private` picked the UI), and
// has the methods testing for it analysed again.
func (e *engine) markClass(cls string) {
	if e.uiClasses[cls] || e.prog.framework(cls) || e.incognitoIgnored(cls) {
		return
	}
	if e.uiClasses == nil {
		e.uiClasses = map[string]bool{}
	}
	e.uiClasses[cls] = true
	for _, m := range e.classReaders(cls).list {
		e.enqueue(m)
	}
}

// classReaders returns the methods that asked whether cls is the mode's.
func (e *engine) classReaders(cls string) *readerSet {
	if e.classTests == nil {
		e.classTests = map[string]*readerSet{}
	}
	r := e.classTests[cls]
	if r == nil {
		r = &readerSet{}
		e.classTests[cls] = r
	}
	return r
}

// readUIConst looks at a comparison at instruction i of m with a constant
// of its own class (a renamed enum's Mode.b, a Kotlin object's INSTANCE):
// when the side on which they are equal loads a resource named like
// incognito mode, and the other side none, the constant is the mode's
// (markConst).
func (e *engine) readUIConst(m *method, i int) {
	in := m.inst(i)
	var cst dalvik.Inst
	found := false
	for _, r := range [2]uint32{in.A, in.B} {
		def, _, ok := m.lastWrite(i, r)
		if !ok || def.Op != dalvik.OpSgetObject {
			continue
		}
		if fr, err := m.file.FieldRef(def.Index); err == nil && fr.Type == fr.Class {
			cst, found = def, true
			break
		}
	}
	if !found {
		return
	}
	// if-eq jumps where they are equal.
	if eq, ne := e.uiSides(m, i, m.insts[i].Op == dalvik.OpIfEq); eq && !ne {
		e.markConst(m, cst)
	}
}

// uiSides reports, for the two-way test at instruction i of m, whether
// the side it tests for (the branch target when onTarget, else the code
// after the test) and the other side load a resource named like incognito
// mode.
func (e *engine) uiSides(m *method, i int, onTarget bool) (on, off bool) {
	t := m.instAt(m.target(i))
	if t < 0 {
		return false, false
	}
	target, next := e.namesIncognito(m, t), e.namesIncognito(m, i+1)
	if onTarget {
		return target, next
	}
	return next, target
}

// markConst makes the constant field in reads the mode's, as one named so
// is, and has its readers analysed again.
func (e *engine) markConst(m *method, in dalvik.Inst) {
	if fi := e.fieldKey(m, in); fi.ok && !fi.incConst && !e.incognitoIgnored(fi.ref.Class) {
		e.markLoc(&e.constLocs, fi.loc)
	}
}
