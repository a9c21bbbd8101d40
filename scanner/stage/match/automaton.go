package match

import (
	"regexp"
	"regexp/syntax"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/stage/match/internal/aho"
)

type useKind uint8

const (
	useContains useKind = iota // string-contains literal
	useRegex                   // prefilter literal of a string-regex
	useHost                    // host pattern's domain
	useURL                     // host or path literal of a url / url-path matcher
)

// acUse is one thing an automaton pattern stands for.
type acUse struct {
	leaf    int
	kind    useKind
	pattern string            // contains: the literal; host: the host pattern
	re      int               // regex: index into the leaf's Regexps
	url     *rules.URLPattern // url
}

type reUse struct {
	leaf int
	re   *regexp.Regexp
}

// acBuilder dedupes patterns: an automaton reports one pattern id per
// literal, so each literal keeps the list of its uses.
type acBuilder struct {
	ids  map[string]int
	pats []string
	uses [][]acUse
}

func newACBuilder() *acBuilder { return &acBuilder{ids: map[string]int{}} }

func (b *acBuilder) add(lit string, u acUse) {
	if lit == "" {
		return // the loader rejects empty keys; an empty pattern never reports
	}
	id, ok := b.ids[lit]
	if !ok {
		id = len(b.pats)
		b.ids[lit] = id
		b.pats = append(b.pats, lit)
		b.uses = append(b.uses, nil)
	}
	b.uses[id] = append(b.uses[id], u)
}

func (b *acBuilder) build() (*aho.Automaton, [][]acUse, error) {
	if len(b.pats) == 0 {
		return nil, nil, nil
	}
	a, err := aho.Build(b.pats)
	return a, b.uses, err
}

// minPrefilter is the shortest literal worth prefiltering a regex on.
const minPrefilter = 3

// requiredLiteral returns a case-sensitive literal that every match of re
// contains, or "" if none is found. It looks at top-level concatenations
// only, which covers patterns like `https?://[a-z]+\.example\.com/`.
func requiredLiteral(re *regexp.Regexp) string {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return ""
	}
	lit := longestLiteral(tree.Simplify())
	if len(lit) < minPrefilter {
		return ""
	}
	return lit
}

func longestLiteral(t *syntax.Regexp) string {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 {
			return ""
		}
		return string(t.Rune)
	case syntax.OpCapture:
		return longestLiteral(t.Sub[0])
	case syntax.OpConcat:
		best := ""
		for _, s := range t.Sub {
			if l := longestLiteral(s); len(l) > len(best) {
				best = l
			}
		}
		return best
	case syntax.OpPlus:
		return longestLiteral(t.Sub[0])
	}
	return ""
}
