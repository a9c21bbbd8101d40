package index

import (
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// poolPart is a range of one dex file's string pool, read for the strings
// no const-string uses and that are not names of types, members or
// prototypes: static field initial values (`static final String URL =
// "…"` is inlined by javac only when the field is read in the same
// compilation unit), annotation values, and the like.
type poolPart struct {
	d      *app.DexFile
	f      *dex.File // a unit's own: a File's caches are not safe for concurrent use
	skip   []bool    // used by a const-string, or a name
	lo, hi int
	out    []StringFact
}

func (p *poolPart) run() {
	n := 0
	for _, s := range p.skip[p.lo:p.hi] {
		if !s {
			n++
		}
	}
	p.out = make([]StringFact, 0, n)
	loc := Location{Entry: p.d.Entry, Offset: -1}
	for i := p.lo; i < p.hi; i++ {
		if p.skip[i] {
			continue
		}
		if s, err := p.f.String(uint32(i)); err == nil && s != "" {
			p.out = append(p.out, StringFact{Value: s, Origin: OriginDex, Loc: loc})
		}
	}
}
