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
	case rules.OpSameMethod:
		return evalSameMethod(n, hits, leaves)
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
	var outHits [][]hit
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
		outHits = append(outHits, hs)
	}
	mentionedHosts(out, outHits)
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
	levelArchive:                    6,
	levelBlocklist:                  6,
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

// methodKey names the dex method a hit lies in, or "" for hits outside code.
func methodKey(h hit) string {
	if h.ev.Method == "" {
		return ""
	}
	return h.ev.Entry + " " + h.ev.Class + "->" + h.ev.Method
}

// evalSameMethod is all with one more requirement: some dex method holds
// evidence of every child. Hits elsewhere are dropped from the children's
// leaves, so the finding lists only the places where the pieces meet. Each
// leaf belongs to exactly one rule's tree, so filtering hits in place is safe.
func evalSameMethod(n *node, hits [][]hit, leaves *[]int) bool {
	mark := len(*leaves)
	var common map[string]bool
	for _, k := range n.kids {
		var kl []int
		if !eval(k, hits, &kl) {
			*leaves = (*leaves)[:mark]
			return false
		}
		in := map[string]bool{}
		for _, l := range kl {
			for _, h := range hits[l] {
				if m := methodKey(h); m != "" && (common == nil || common[m]) {
					in[m] = true
				}
			}
		}
		common = in
		if len(common) == 0 {
			*leaves = (*leaves)[:mark]
			return false
		}
		*leaves = append(*leaves, kl...)
	}
	for _, l := range (*leaves)[mark:] {
		hits[l] = slices.DeleteFunc(hits[l], func(h hit) bool { return !common[methodKey(h)] })
	}
	return true
}
