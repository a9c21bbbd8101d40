package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Objects a class keeps as its constants. An enum's constants with bodies
// of their own (PRIVATE { void report() {} }) and a Kotlin object's
// INSTANCE are made once, in the class's static initialiser, and stored in
// a static field of it: such an object is in use in incognito mode only
// where code running then reads that field, the enum's array of values,
// or names the class (Enum.valueOf(Mode.class, name)), not wherever the
// initialiser ran. A browser picking `incognito ? Mode.PRIVATE :
// Mode.NORMAL` never runs NORMAL's methods in incognito mode.

// constSites indexes the new-instance sites of static initialisers whose
// object goes straight into a static field of the initialiser's class.
type constSites struct {
	sites   map[callSite]bool   // the new-instance sites, by initialiser and pc
	byField map[string][]string // "Lcls;->name": the classes of the objects stored there
	byClass map[string][]string // the initialiser's class: all of them
}

// constantSites builds the index over the app's static initialisers.
func (e *engine) constantSites() *constSites {
	cs := &constSites{sites: map[callSite]bool{}, byField: map[string][]string{}, byClass: map[string][]string{}}
	for _, c := range e.prog.order {
		m := c.methods[sig{"<clinit>", "()V"}]
		if m == nil || !m.hasCode() || e.library(c.name) {
			continue
		}
		m.decode(&e.cfg)
		m.writtenAt(dalvik.OpSputObject, func(_ int, x, def dalvik.Inst) {
			if def.Op != dalvik.OpNewInstance {
				return
			}
			fr, err := m.file.FieldRef(x.Index)
			if err != nil || fr.Class != c.name {
				return
			}
			t, err := m.file.Type(def.Index)
			if err != nil || e.prog.classes[t] == nil {
				return
			}
			cs.sites[callSite{m, def.PC}] = true
			k := fr.Class + "->" + fr.Name
			cs.byField[k] = append(cs.byField[k], t)
			cs.byClass[c.name] = append(cs.byClass[c.name], t)
		})
	}
	return cs
}

// constantsRead returns the classes of the constants instruction i of m
// puts in use: those a static field it reads holds, or all of a class's
// when it reads the class's array of them ($VALUES) or names the class.
func (cs *constSites) constantsRead(m *method, i int) []string {
	x := m.inst(i)
	switch x.Op {
	case dalvik.OpSgetObject:
		fr, err := m.file.FieldRef(x.Index)
		if err != nil {
			return nil
		}
		if ts := cs.byField[fr.Class+"->"+fr.Name]; ts != nil {
			return ts
		}
		if strings.HasPrefix(fr.Type, "[") {
			return cs.byClass[fr.Class]
		}
	case dalvik.OpConstClass:
		if t, err := m.file.Type(x.Index); err == nil {
			return cs.byClass[t]
		}
	}
	return nil
}
