package match

import (
	"cmp"
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
)

// eval decides a condition and collects the leaves whose hits explain a
// match. all: every child matched, evidence from all; any: evidence from
// every matching child, not just the first; not: never contributes evidence.
func eval(n *node, hits [][]hit, leaves *[]int) bool {
	switch n.op {
	case rules.OpAll:
		mark := len(*leaves)
		for _, k := range n.kids {
			if !eval(k, hits, leaves) {
				*leaves = (*leaves)[:mark]
				return false
			}
		}
		return true
	case rules.OpAny:
		ok := false
		for _, k := range n.kids {
			ok = eval(k, hits, leaves) || ok
		}
		return ok
	case rules.OpNot:
		var discard []int
		return !eval(n.kids[0], hits, &discard)
	}
	if len(hits[n.leaf]) == 0 {
		return false
	}
	*leaves = append(*leaves, n.leaf)
	return true
}

// findings turns leaf hits into one finding per matching rule, sorted by
// rule id.
func (e *Engine) findings(hits [][]hit) []finding.Finding {
	var out []finding.Finding
	var leaves []int
	for _, cr := range e.rules {
		leaves = leaves[:0]
		if !eval(cr.root, hits, &leaves) {
			continue
		}
		slices.Sort(leaves)
		var hs []hit
		for _, l := range slices.Compact(leaves) {
			hs = append(hs, hits[l]...)
		}
		out = append(out, buildFinding(cr.rule, hs))
	}
	slices.SortFunc(out, func(a, b finding.Finding) int { return cmp.Compare(a.Rule, b.Rule) })
	return out
}

// levelRank orders evidence levels strongest first.
var levelRank = map[string]int{
	finding.EvidenceCalled:          0,
	finding.EvidenceDefinedClasses:  1,
	finding.EvidenceReferencedTypes: 2,
	finding.EvidenceManifest:        3,
	finding.EvidenceNativeLib:       4,
	finding.EvidenceStrings:         5,
}

func cmpHit(a, b hit) int {
	return cmp.Or(
		cmp.Compare(levelRank[a.level], levelRank[b.level]),
		cmp.Compare(a.key, b.key),
		cmp.Compare(a.ev.Entry, b.ev.Entry),
		cmp.Compare(a.ev.Class, b.ev.Class),
		cmp.Compare(a.ev.Method, b.ev.Method),
		cmp.Compare(offsetOf(a.ev), offsetOf(b.ev)),
		cmp.Compare(a.ev.Value, b.ev.Value),
	)
}

func offsetOf(ev finding.Evidence) int {
	if ev.Offset == nil {
		return -1
	}
	return *ev.Offset
}
