package flow

import (
	"slices"
	"sort"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Int modes. A browser may keep its mode in an int (a tab's type, a
// window's mode) whose values its class names with static int constants
// (MODE_NORMAL = 0, MODE_PRIVATE = 2). javac writes a constant's value
// where it is compared (mode == 2), so an int read from the class (a
// field of it, or what a method of it returns) tests incognito mode when
// it is compared with, or switched on, the value of the class's
// incognito constant. That value is not zero (a zero is every int's
// default: PRIVATE_MODE = 0 is the preferences' mode), and a name that
// says "private" only as a word (MODE_PRIVATE) counts beside a constant
// of normal browsing (MODE_NORMAL) with another value.

// intModeKey returns the value of class cls's incognito mode constant and
// its name ("Lcls;->MODE_PRIVATE"), or a keyAnswer with no name.
func (e *engine) intModeKey(cls string) keyAnswer {
	k := switchKey{loc: -2, enum: cls}
	if v, ok := e.switchKeys[k]; ok {
		return v
	}
	var v keyAnswer
	if !e.incognitoIgnored(cls) {
		v = e.modeConstant(e.intConstants(cls), cls)
	}
	e.setSwitchKey(k, v)
	return v
}

// modeConstant picks the incognito constant among a class's int
// constants (intModeKey): one value, named like incognito mode, with the
// values of its normal siblings, all of which a test of the mode
// compares with.
func (e *engine) modeConstant(consts map[string]int64, cls string) keyAnswer {
	names := make([]string, 0, len(consts))
	for n := range consts {
		names = append(names, n)
	}
	sort.Strings(names)
	var strong, weak, normal []string
	for _, n := range names {
		switch words := nameWords(n); {
		case e.r.incognitoName(n):
			strong = append(strong, n)
		case anyWord(words, e.r.incExact):
			weak = append(weak, n)
		case anyWord(words, e.r.incNormal):
			normal = append(normal, n)
		}
	}
	// siblings returns the values of n's normal siblings: constants of
	// another value named with the same other words (MODE_PRIVATE,
	// MODE_NORMAL; not an access flag's PRIVATE_ACCESS, PUBLIC_ACCESS,
	// whose words say access modifiers),
	// or with none when n names incognito mode outright (INCOGNITO,
	// NORMAL).
	siblings := func(n string, strong bool) []int64 {
		var out []int64
		for _, o := range normal {
			if !strong && slices.Contains(nameWords(o), accessWord) {
				continue // PRIVATE_ACCESS beside PUBLIC_ACCESS: Java's access flags
			}
			if consts[o] != consts[n] && shareWord(nameWords(n), nameWords(o), strong, e.r.incExact, e.r.incNormal) {
				out = append(out, consts[o])
			}
		}
		return out
	}
	pick := func(list []string, strong bool) (keyAnswer, bool) {
		var v keyAnswer
		for _, n := range list {
			c, sib := consts[n], siblings(n, strong)
			if c == 0 || int64(int32(c)) != c || !strong && len(sib) == 0 {
				continue
			}
			if v.what != "" && int64(v.key) != c {
				return keyAnswer{}, true // two incognito values: no test says which
			}
			if v.what == "" {
				v = keyAnswer{key: int32(c), what: cls + "->" + n, modes: []int64{c}, family: e.familyWords(n)}
			}
			v.modes = append(v.modes, sib...)
		}
		return v, v.what != ""
	}
	if v, ok := pick(strong, true); ok {
		return v
	}
	v, _ := pick(weak, false)
	return v
}

// intConstants returns the static int fields of class cls given one value
// for good: final ones with an initial value (an absent one is zero), and
// those its static initialiser sets once, to a constant.
func (e *engine) intConstants(cls string) map[string]int64 {
	if v, ok := e.intConsts[cls]; ok {
		return v
	}
	if e.intConsts == nil {
		e.intConsts = map[string]map[string]int64{}
	}
	v := e.readIntConstants(cls)
	e.intConsts[cls] = v
	return v
}

func (e *engine) readIntConstants(cls string) map[string]int64 {
	c := e.prog.classes[cls]
	if c == nil {
		return nil
	}
	data, err := c.file.ClassData(c.def)
	if err != nil || data == nil {
		return nil
	}
	vals, _ := c.file.StaticValues(c.def)
	out := map[string]int64{}
	for k, f := range data.StaticFields {
		fr, err := c.file.FieldRef(f.FieldIdx)
		if err != nil || fr.Type != "I" || f.AccessFlags&accFinal == 0 {
			continue
		}
		switch {
		case k >= len(vals):
			out[fr.Name] = 0
		case vals[k].Type == dex.ValueInt || vals[k].Type == dex.ValueShort || vals[k].Type == dex.ValueByte || vals[k].Type == dex.ValueChar:
			out[fr.Name] = vals[k].Int
		}
	}
	if init := e.staticInit(cls); init != nil {
		set := map[string]int{}
		for i := range init.insts {
			if init.insts[i].Op != dalvik.OpSput {
				continue
			}
			in := init.inst(i)
			fr, err := init.file.FieldRef(in.Index)
			if err != nil || fr.Class != cls || fr.Type != "I" {
				continue
			}
			set[fr.Name]++
			if v, ok := init.constInt(in, in.A); ok && set[fr.Name] == 1 {
				out[fr.Name] = v
			} else {
				delete(out, fr.Name)
			}
		}
	}
	return out
}

// modeRead returns the class and the member name of the int the
// instruction w (at index j of m) reads: a field that is not one of its
// class's constants, or what a method of it taking nothing returns
// (getMode()); or "".
func (e *engine) modeRead(m *method, w dalvik.Inst, j int) (string, string) {
	switch w.Op {
	case dalvik.OpIget, dalvik.OpSget:
		fr, err := m.file.FieldRef(w.Index)
		if err != nil || fr.Type != "I" {
			return "", ""
		}
		if c := e.prog.classes[fr.Class]; c != nil && c.finalField(fr.Name) && w.Op == dalvik.OpSget {
			return "", "" // a constant
		}
		return fr.Class, fr.Name
	case dalvik.OpMoveResult:
		if j == 0 {
			return "", ""
		}
		call := m.inst(j - 1)
		if call.Op < dalvik.OpInvokeVirtual || call.Op > dalvik.OpInvokeInterfaceRange {
			return "", ""
		}
		ref, err := m.file.MethodRef(call.Index)
		if err != nil || ref.Proto.ReturnType != "I" || len(ref.Proto.Parameters) != 0 {
			return "", ""
		}
		return ref.Class, ref.Name
	}
	return "", ""
}

// familyWords returns the words of a mode constant's name that say what
// it is a value of (MODE_PRIVATE: mode; WINDOW_TYPE_INCOGNITO: window,
// type), not which value.
func (e *engine) familyWords(name string) []string {
	var out []string
	for _, w := range nameWords(name) {
		if !inSets(w, e.r.incExact, e.r.incNormal) && !e.r.incognitoText(w) {
			out = append(out, w)
		}
	}
	return out
}

// staticInt returns the value of the class constant register r holds
// before instruction i of m, when an sget read it there.
func (e *engine) staticInt(m *method, i int, r uint32) (int64, bool) {
	w, _, ok := m.lastWrite(i, r)
	if !ok || w.Op != dalvik.OpSget {
		return 0, false
	}
	fr, err := m.file.FieldRef(w.Index)
	if err != nil || fr.Type != "I" {
		return 0, false
	}
	v, ok := e.intConstants(fr.Class)[fr.Name]
	return v, ok
}
