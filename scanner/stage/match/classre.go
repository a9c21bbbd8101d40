package match

import (
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// indexClassRegex files a class-regex leaf under the literal every match
// must contain. Imported Exodus signatures always have one (`LigatusManager`),
// so the regexes run only on the few descriptors that contain it.
func (e *Engine) indexClassRegex(id int, c *rules.Cond, classAC *acBuilder) {
	for i, re := range c.Regexps() {
		if lit := requiredLiteral(re); lit != "" {
			classAC.add(lit, acUse{leaf: id, kind: useRegex, re: i})
		} else {
			e.classReAlways = append(e.classReAlways, reUse{leaf: id, re: re})
		}
	}
}

// scanClassRegexes runs the class regexes over defined class descriptors
// (defined-classes evidence) and type_ids descriptors (referenced-types).
func (e *Engine) scanClassRegexes(f *index.Facts, hits [][]hit) {
	if e.classAC == nil && len(e.classReAlways) == 0 {
		return
	}
	for desc, c := range f.DefinedClasses {
		e.classRegexLeaves(desc, rules.OpClassRegex, func(l int) {
			hits[l] = append(hits[l], hit{key: desc, level: finding.EvidenceDefinedClasses,
				ev: finding.Evidence{Entry: c.Entry, Class: desc, Value: desc}})
		})
	}
	for desc, entries := range f.ReferencedTypes {
		// Array types (`[Lcom/foo/Bar;`) reference the element class.
		d := strings.TrimLeft(desc, "[")
		e.classRegexLeaves(d, rules.OpReferencedClassRegex, func(l int) {
			for _, en := range entries {
				hits[l] = append(hits[l], hit{key: desc, level: finding.EvidenceReferencedTypes,
					ev: finding.Evidence{Entry: en, Value: desc}})
			}
		})
	}
}

// classRegexLeaves calls fn once for every leaf of kind op whose regex
// matches desc.
func (e *Engine) classRegexLeaves(desc string, op rules.Op, fn func(int)) {
	done := map[int]bool(nil)
	try := func(leaf int, ok bool) {
		if !ok || done[leaf] {
			return
		}
		if done == nil {
			done = map[int]bool{}
		}
		done[leaf] = true
		fn(leaf)
	}
	if e.classAC != nil {
		e.classAC.Walk(desc, func(pat, _, _ int) bool {
			for _, u := range e.classACUses[pat] {
				if l := e.leaves[u.leaf]; l.Op == op {
					try(u.leaf, l.Regexps()[u.re].MatchString(desc))
				}
			}
			return true
		})
	}
	for _, u := range e.classReAlways {
		if e.leaves[u.leaf].Op == op {
			try(u.leaf, u.re.MatchString(desc))
		}
	}
}
