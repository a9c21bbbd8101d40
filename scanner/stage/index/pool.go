package index

import (
	"fmt"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// MaxPoolStrings bounds the pool strings (those no code uses) indexed per
// dex file. Real ones hold far fewer (at most 18 thousand in a dex of the
// shared corpus); a crafted one can point millions of string_ids at a few
// bytes each, and every one would become a fact.
const MaxPoolStrings = 1 << 17

// capPool marks as skipped the pool strings past MaxPoolStrings, in index
// order, and says so in an error diagnostic: part of the dex is left out.
func capPool(entry string, skip []bool) *finding.Diagnostic {
	kept := 0
	for i, s := range skip {
		if s {
			continue
		}
		if kept == MaxPoolStrings {
			left := 0
			for j := i; j < len(skip); j++ {
				if !skip[j] {
					left++
					skip[j] = true
				}
			}
			return &finding.Diagnostic{Entry: entry, Severity: finding.DiagError, Message: fmt.Sprintf(
				"string_ids: %d more strings that no code uses past the first %d were not indexed (budget)", left, MaxPoolStrings)}
		}
		kept++
	}
	return nil
}

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
	// A valid dex lists each string once, sorted; a crafted one may
	// repeat a value under many ids, and every pool string of a dex has
	// the same place, so a repeat would be a second identical fact. While
	// the values increase none can repeat; past the first that does not,
	// a set of the values seen decides.
	var seen map[string]bool
	for i := p.lo; i < p.hi; i++ {
		if p.skip[i] {
			continue
		}
		s, err := p.f.String(uint32(i))
		if err != nil || s == "" {
			continue
		}
		if seen == nil && len(p.out) > 0 && s <= p.out[len(p.out)-1].Value {
			seen = make(map[string]bool, len(p.out))
			for _, f := range p.out {
				seen[f.Value] = true
			}
		}
		if seen != nil {
			if seen[s] {
				continue
			}
			seen[s] = true
		}
		p.out = append(p.out, StringFact{Value: s, Origin: OriginDex, Loc: loc})
	}
}
