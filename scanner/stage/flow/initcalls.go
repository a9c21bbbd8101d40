package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Objects handed to a constructor. A field a class's constructor fills
// from its parameter (PageClient(Handler handler)) holds what the code
// constructing that class passes there: a Handler made with a
// Handler.Callback gives its messages to that callback however many
// classes it is handed through on the way.

// paramMadeWith returns the app class of the argument of type typ given
// to the constructor of the object the app's calls of constructor t pass
// in its parameter register reg (the first such call, in class and method
// order), or "".
func (e *engine) paramMadeWith(t *method, reg uint32, typ string) string {
	slot := t.stableParam(int32(reg))
	if slot <= 0 || t.name != "<init>" {
		return ""
	}
	for _, cs := range e.initCalls(t.cls.name) {
		cs.m.decode(&e.cfg)
		ci := cs.m.instAt(cs.pc)
		if ci < 0 {
			continue
		}
		in := cs.m.inst(ci)
		ref, err := cs.m.file.MethodRef(in.Index)
		regs := in.ArgRegs()
		if err != nil || e.prog.resolveRef(ref) != t || slot >= len(regs) {
			continue
		}
		if w, j, ok := cs.m.lastWrite(ci, regs[slot]); ok && w.Op == dalvik.OpNewInstance {
			if v := e.constructedWith(cs.m, j, ci, regs[slot], typ); v != "" {
				return v
			}
		}
	}
	return ""
}

// initCalls returns the calls of class cls's constructors in the app's
// own code (library code's calls are not looked at), in class and method
// order. The answers are kept.
func (e *engine) initCalls(cls string) []callSite {
	if cs, ok := e.inits[cls]; ok {
		return cs
	}
	var out []callSite
	ids := map[*dex.File]map[uint32]bool{}
	for _, c := range e.prog.order {
		if e.library(c.name) {
			continue
		}
		for _, t := range sortedMethods(c) {
			if !t.hasCode() || t.oversized {
				continue
			}
			set, ok := ids[t.file]
			if !ok {
				set = initIDs(t.file, cls)
				ids[t.file] = set
			}
			if len(set) == 0 {
				continue
			}
			code, err := t.file.Code(t.codeOff) // read, not kept
			if err != nil || code == nil {
				continue
			}
			_ = dalvik.ScanRefs(code.Insns, func(r dalvik.Ref) {
				if r.Kind == dalvik.IndexMethod && set[r.Index] {
					out = append(out, callSite{t, r.PC})
				}
			})
		}
	}
	if e.inits == nil {
		e.inits = map[string][]callSite{}
	}
	e.inits[cls] = out
	return out
}

// initIDs returns the method ids of f that name a constructor of cls.
func initIDs(f *dex.File, cls string) map[uint32]bool {
	out := map[uint32]bool{}
	for i := 0; i < f.NumMethods(); i++ {
		if ref, err := f.MethodRef(uint32(i)); err == nil && ref.Name == "<init>" && ref.Class == cls {
			out[uint32(i)] = true
		}
	}
	return out
}
