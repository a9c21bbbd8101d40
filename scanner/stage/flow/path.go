package flow

import (
	"slices"
	"sort"

	"github.com/apkscan/apkscan/scanner/finding"
)

// path returns the steps from an entry point to m: the entry method, then
// each call with its offset. With incognito set it follows the call sites
// that run in incognito mode (recorded by incognitoReach); otherwise the
// shortest chain of callers.
func (e *engine) path(m *method, incognito bool) []finding.Step {
	var chain []callSite
	if incognito {
		seen := map[*method]bool{}
		for cur := m; cur.mstate != nil && cur.incFrom != nil && !seen[cur]; cur = cur.incFrom.m {
			seen[cur] = true
			chain = append(chain, *cur.incFrom)
		}
	} else {
		chain = e.shortestCallers(m)
	}
	first := m
	if len(chain) > 0 {
		first = chain[len(chain)-1].m
	}
	steps := []finding.Step{{Evidence: methodEvidence(first, -1), Kind: "entry"}}
	for i := len(chain) - 1; i >= 0; i-- {
		cs := chain[i]
		next := m
		if i > 0 {
			next = chain[i-1].m
		}
		ev := methodEvidence(cs.m, cs.pc)
		ev.Value = next.key() + edgeNote(cs, next)
		st := finding.Step{Evidence: ev, Kind: "call"}
		if i := cs.m.instAt(cs.pc); i >= 0 {
			st.Inst = cs.m.text(i)
		}
		steps = append(steps, st)
	}
	return steps
}

// How a call site runs a method (edgeOf).
const (
	edgeCall     = iota // it calls it
	edgeDispatch        // the framework runs it later (a dispatch rule)
	edgeCallback        // the framework calls it on the object made here
)

// edgeOf says how call site cs runs m.
func edgeOf(cs callSite, m *method) int {
	if containsMethod(cs.m.calls[cs.pc], m) {
		return edgeCall
	}
	for _, a := range cs.m.async[cs.pc] {
		if a.t == m && a.rule != nil {
			return edgeDispatch
		}
	}
	return edgeCallback
}

// edgeNote says how a call site runs the next method when it does not
// call it directly.
func edgeNote(cs callSite, next *method) string {
	switch edgeOf(cs, next) {
	case edgeDispatch:
		return " (run later by the framework)"
	case edgeCallback:
		if i := cs.m.instAt(cs.pc); i >= 0 {
			if ref, err := cs.m.file.MethodRef(cs.m.inst(i).Index); err == nil && ref.Name != "<init>" {
				return " (called by the framework on the object handed to it here)"
			}
		}
		return " (called by the framework on the object made here)"
	}
	return ""
}

// shortestCallers walks callers breadth-first from m to a method nobody
// analysed calls (an entry point) and returns the call sites, innermost first.
func (e *engine) shortestCallers(m *method) []callSite {
	site := map[*method]callSite{} // call site in x on the way down to m
	next := map[*method]*method{}  // the method that call site runs
	seen := map[*method]bool{m: true}
	queue := []*method{m}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur.entry || cur.mstate == nil || len(cur.callers) == 0 {
			var chain []callSite
			for x := cur; x != m; x = next[x] {
				chain = append(chain, site[x])
			}
			for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
				chain[i], chain[j] = chain[j], chain[i]
			}
			return chain
		}
		for _, cs := range sortedCallers(cur) {
			if !seen[cs.m] {
				seen[cs.m] = true
				site[cs.m], next[cs.m] = cs, cur
				queue = append(queue, cs.m)
			}
		}
	}
	return nil // only cycles above m: report m as its own entry
}

func sortedCallers(m *method) []callSite {
	out := slices.Clone(m.callers)
	sort.Slice(out, func(i, j int) bool {
		if out[i].m != out[j].m {
			return keyLess(out[i].m, out[j].m)
		}
		return out[i].pc < out[j].pc
	})
	return slices.Compact(out)
}
