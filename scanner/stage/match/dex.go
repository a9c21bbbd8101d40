package match

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// hit is one piece of evidence for one leaf. key is the matched value that
// goes into the finding's fingerprint; it never holds offsets or entry names
// of dex files, whose order a rebuild may change.
type hit struct {
	key   string
	level string
	ev    finding.Evidence
}

func (e *Engine) scanDex(f *index.Facts, hits [][]hit) {
	if len(e.classExact)+len(e.classPkg) > 0 {
		for desc, c := range f.DefinedClasses {
			e.eachTypeLeaf(desc, e.classExact, e.classPkg, func(l int) {
				hits[l] = append(hits[l], hit{key: desc, level: finding.EvidenceDefinedClasses,
					ev: finding.Evidence{Entry: c.Entry, Class: desc, Value: desc}})
			})
		}
	}
	if len(e.typeExact)+len(e.typePkg) > 0 {
		for desc, entries := range f.ReferencedTypes {
			e.eachTypeLeaf(desc, e.typeExact, e.typePkg, func(l int) {
				for _, en := range entries {
					hits[l] = append(hits[l], hit{key: desc, level: finding.EvidenceReferencedTypes,
						ev: finding.Evidence{Entry: en, Value: desc}})
				}
			})
		}
	}
	e.scanMembers(f, hits)
}

// eachTypeLeaf calls fn for every leaf whose class equals desc or whose
// package prefix contains it. Prefixes are looked up at each `/` of the
// descriptor, so `Lcom/foo/` matches `Lcom/foo/a/B;` but never `Lcom/foobar/B;`,
// in as many map lookups as the descriptor has packages.
func (e *Engine) eachTypeLeaf(desc string, exact, pkg map[string][]int, fn func(int)) {
	// Array types (`[Lcom/foo/Bar;`) reference the element class.
	d := strings.TrimLeft(desc, "[")
	for _, l := range exact[d] {
		fn(l)
	}
	if len(pkg) == 0 {
		return
	}
	for i := 0; i < len(d); i++ {
		if d[i] == '/' {
			for _, l := range pkg[d[:i+1]] {
				fn(l)
			}
		}
	}
}

func (e *Engine) scanMembers(f *index.Facts, hits [][]hit) {
	if len(e.methodByClass)+len(e.methodWild) > 0 {
		for i := range f.MethodRefs {
			m := &f.MethodRefs[i]
			e.memberLeaves(m.Class, m.Name, m.Descriptor, e.methodByClass, e.methodWild, func(l int) {
				key := m.Class + "->" + m.Name + m.Descriptor
				hits[l] = append(hits[l], siteHits(key, m.Sites)...)
			})
		}
	}
	if len(e.fieldByClass)+len(e.fieldWild) > 0 {
		for i := range f.FieldRefs {
			r := &f.FieldRefs[i]
			e.memberLeaves(r.Class, r.Name, r.Type, e.fieldByClass, e.fieldWild, func(l int) {
				key := r.Class + "->" + r.Name + ":" + r.Type
				hits[l] = append(hits[l], siteHits(key, r.Sites)...)
			})
		}
	}
}

func (e *Engine) memberLeaves(class, name, typ string, byClass map[string][]int, wild []int, fn func(int)) {
	check := func(l int, classOK bool) {
		p := e.leaves[l].Member
		if (classOK || glob(p.Class, class)) && (p.Name == "" || glob(p.Name, name)) && (p.Type == "" || glob(p.Type, typ)) {
			fn(l)
		}
	}
	for _, l := range byClass[class] {
		check(l, true)
	}
	for _, l := range wild {
		check(l, false)
	}
}

// siteHits gives one evidence per call site; a reference without sites
// (possible in a truncated dex) still counts, with the reference as value.
func siteHits(key string, sites []index.Location) []hit {
	if len(sites) == 0 {
		return []hit{{key: key, level: finding.EvidenceReferencedTypes, ev: finding.Evidence{Value: key}}}
	}
	out := make([]hit, 0, len(sites))
	for _, s := range sites {
		ev := locEvidence(s)
		ev.Value = key
		out = append(out, hit{key: key, level: finding.EvidenceReferencedTypes, ev: ev})
	}
	return out
}
