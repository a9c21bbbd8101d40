package flow

import (
	"fmt"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// maxWitnessSteps bounds the steps written for one witness (a chain through
// many helpers); a longer one is cut in the middle, which the finding's
// path says.
const maxWitnessSteps = 200

// witnessSteps returns the data steps of an arrival, source to sink, each
// call-through expanded into the callee's own steps.
func (w *witnesses) witnessSteps(a arrival) []finding.Step {
	var out []finding.Step
	w.chainSteps(a.s, a.o.node, &out, 0)
	w.viaSteps(a.o.via, -1, -1, &out, 0)
	if len(out) > maxWitnessSteps {
		cut := append(out[:maxWitnessSteps/2:maxWitnessSteps/2], finding.Step{Kind: "cut",
			Evidence: finding.Evidence{Value: fmt.Sprintf("%d steps left out", len(out)-maxWitnessSteps)}})
		out = append(cut, out[len(out)-maxWitnessSteps/2:]...)
	}
	return out
}

// chainSteps appends the steps from s's start to node n.
func (w *witnesses) chainSteps(s *search, n int32, out *[]finding.Step, depth int) {
	var nodes []int32
	for x := n; x >= 0; x = s.nodes[x].parent {
		nodes = append(nodes, x)
	}
	for i := len(nodes) - 1; i >= 0; i-- {
		nd := &s.nodes[nodes[i]]
		w.viaSteps(nd.via, nd.k.reg, nd.k.fld, out, depth)
	}
}

// viaSteps appends the steps of one via; to and tfld are where the value
// lands (for a callee writing into an argument's object).
func (w *witnesses) viaSteps(v wvia, to, tfld int32, out *[]finding.Step, depth int) {
	if v.kind == vNone || len(*out) > 4*maxWitnessSteps || depth > 64 {
		return
	}
	if v.sub == nil {
		*out = append(*out, w.step(v))
		return
	}
	// A call-through: into the callee, its own steps, and back.
	call := v
	call.to, call.tfld, call.callee, call.sub = v.sub.reg, v.sub.fld, v.sub.t, nil
	*out = append(*out, w.step(call))
	o := v.sub.outs[v.out]
	w.chainSteps(v.sub.s, o.node, out, depth+1)
	w.viaSteps(o.via, -1, -1, out, depth+1)
	if o.kind == outParam && to >= 0 {
		in := v.sub.s.nodes[o.node].k
		*out = append(*out, w.step(wvia{kind: vParamOut, m: v.m, pc: v.pc,
			from: in.reg, ffld: in.fld, to: to, tfld: tfld, callee: v.sub.t}))
	}
}

// step renders one via as a path step.
func (w *witnesses) step(v wvia) finding.Step {
	st := finding.Step{Evidence: methodEvidence(v.m, int(v.pc)), Kind: stepKinds[v.kind]}
	if i := v.m.instAt(int(v.pc)); v.pc >= 0 && i >= 0 {
		st.Inst = v.m.text(i)
	}
	st.From, st.To = w.place(v.from, v.ffld, v.loc), w.place(v.to, v.tfld, v.loc)
	st.Value = w.describe(v, st.Inst)
	return st
}

// place names where a value is: a register (with the field of its object
// that holds the value), a call's pending result, a thrown value, or a
// heap location.
func (w *witnesses) place(reg, fld, loc int32) string {
	switch {
	case reg >= 0 && fld >= 0:
		return fmt.Sprintf("v%d.%s", reg, w.e.locName(fld))
	case reg >= 0 && fld == keysFld:
		return fmt.Sprintf("v%d (keys)", reg)
	case reg == regResult && fld == keysFld:
		return "result (keys)"
	case reg >= 0 && isKey(fld):
		return fmt.Sprintf("v%d[%q]", reg, w.keys[-2-fld])
	case reg == regResult && isKey(fld):
		return fmt.Sprintf("result[%q]", w.keys[-2-fld])
	case reg == regResult && fld >= 0:
		return "result." + w.e.locName(fld)
	case reg == regMember && fld >= 0:
		return w.e.locName(loc) + " (elements' " + w.e.locName(fld) + ")"
	case reg >= 0:
		return fmt.Sprintf("v%d", reg)
	case reg == regMember:
		return w.e.locName(loc)
	case reg == regResult:
		return "result"
	case reg == regThrown:
		return "thrown"
	case reg == regHeap:
		return w.e.locName(loc)
	}
	return ""
}

// describe says in words what a step does.
func (w *witnesses) describe(v wvia, inst string) string {
	switch v.kind {
	case vArg:
		return "into " + v.callee.key()
	case vDispatch:
		return "the framework runs " + v.callee.key()
	case vParamOut:
		return "written by " + v.callee.key() + " into the object passed"
	case vReturn:
		return "returned to the caller"
	case vStore, vLoad:
		if v.loc >= 0 && (v.to < 0 || v.from < 0 || v.tfld >= 0 || v.ffld >= 0) {
			return w.e.locName(v.loc)
		}
		return "array element"
	case vModel, vEncode:
		return calleeName(inst)
	case vAlias:
		return "the same object"
	}
	return ""
}

// calleeName extracts "Lcls;->name" from an invoke's dexdump text.
func calleeName(inst string) string {
	i := strings.Index(inst, "}, L")
	if i < 0 {
		return ""
	}
	s := inst[i+3:]
	if j := strings.Index(s, ":("); j >= 0 {
		s = s[:j]
	}
	if j := strings.LastIndex(s, ";."); j >= 0 {
		s = s[:j+1] + "->" + s[j+2:]
	}
	return s
}

// locName names a heap location ("Lcls;->field" or "store:id"), or a
// path of two fields.
func (e *engine) locName(loc int32) string {
	if e.locNames == nil || len(e.locNames) < len(e.fields) {
		e.locNames = make([]string, len(e.fields))
		for k, id := range e.locs {
			e.locNames[id] = k
		}
	}
	if loc < 0 || int(loc) >= len(e.locNames) {
		return ""
	}
	// A path of two fields (heldLoc): "Lcls;->f.Linner;->g".
	return strings.Replace(e.locNames[loc], heldMark, ".", 1)
}
