package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Preference helpers. Apps read their settings through helpers of their
// own (Prefs.getBool(context, "incognito_mode", false)) whose key is a
// parameter: the framework getter's key is then no constant, and the key
// the helper is called with decides, as for the getter itself.

// keySlot returns the parameter slot (0 is an instance method's
// receiver) of app method t that a boolean preference getter in t's code
// takes as its key, directly or, up to depth levels down, through other
// such helpers, or -1. As for wrapperParam, the answer depends on t and
// depth alone; it is kept.
func (e *engine) keySlot(t *method, depth int) int {
	if t == nil || depth < 0 {
		return -1
	}
	k := wrapKey{t, depth}
	if v, ok := e.keySlots[k]; ok {
		return v
	}
	res := -1
	if t.retType == "Z" && t.hasCode() && !e.incognitoIgnored(t.cls.name) {
		t.decode(&e.cfg)
		for i := range t.insts {
			if t.insts[i].flags()&dalvik.IsInvoke == 0 {
				continue
			}
			in := t.inst(i)
			ref, err := t.file.MethodRef(in.Index)
			if err != nil || ref.Proto.ReturnType != "Z" {
				continue
			}
			slot := -1
			if _, ok := lookupIn(e.prog, e.r.prefGetters, ref.Class, ref.Name); ok {
				slot = declaredArg(isStatic(in.Op), ref, 0)
			} else if w := e.prog.resolveRef(ref); w != t {
				slot = e.keySlot(w, depth-1)
			}
			regs := in.ArgRegs()
			if slot < 0 || slot >= len(regs) {
				continue
			}
			if p := t.paramBefore(i, int32(regs[slot])); p >= 0 {
				res = p
				break
			}
		}
	}
	if e.keySlots == nil {
		e.keySlots = map[wrapKey]int{}
	}
	e.keySlots[k] = res
	return res
}
