package match

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// maxEvidenceValue bounds a string copied into evidence; some asset strings
// are whole JSON documents.
const maxEvidenceValue = 256

// strMatch is one leaf matching one distinct string value, with the matched
// key (the literal, host, URL or regex match) used in the fingerprint.
type strMatch struct {
	leaf int
	key  string
}

// scanStrings evaluates every string matcher once per distinct value: apps
// repeat the same literal across dex files and resources, and each
// repetition becomes evidence without being matched again.
func (e *Engine) scanStrings(f *index.Facts, hits [][]hit) {
	if len(e.strExact) == 0 && e.ac == nil && len(e.reAlways) == 0 {
		return
	}
	byValue := make(map[string][]int, len(f.Strings))
	for i, s := range f.Strings {
		byValue[s.Value] = append(byValue[s.Value], i)
	}
	var ms []strMatch
	for v, idx := range byValue {
		ms = ms[:0]
		if len(v) >= e.strMinLen && len(v) <= e.strMaxLen {
			for _, l := range e.strExact[v] {
				ms = append(ms, strMatch{l, v})
			}
		}
		if e.ac != nil {
			ms = e.walk(v, ms)
		}
		for _, u := range e.reAlways {
			if loc := u.re.FindStringIndex(v); loc != nil {
				ms = append(ms, strMatch{u.leaf, v[loc[0]:loc[1]]})
			}
		}
		if len(ms) == 0 {
			continue
		}
		slices.SortFunc(ms, cmpStrMatch)
		ms = slices.Compact(ms)
		for _, m := range ms {
			for _, i := range idx {
				hits[m.leaf] = append(hits[m.leaf], stringHit(m.key, &f.Strings[i]))
			}
		}
	}
}

// walk runs the automaton over one value and verifies each candidate.
func (e *Engine) walk(v string, ms []strMatch) []strMatch {
	var urls []foundURL
	parsed := false
	e.ac.Walk(v, func(pat, start, end int) bool {
		for _, u := range e.acUses[pat] {
			switch u.kind {
			case useContains:
				ms = append(ms, strMatch{u.leaf, u.pattern})
			case useHost:
				if tok, ok := hostAt(v, start, end, u.pattern); ok {
					ms = append(ms, strMatch{u.leaf, tok})
				}
			case useRegex:
				re := e.leaves[u.leaf].Regexps()[u.re]
				if loc := re.FindStringIndex(v); loc != nil {
					ms = append(ms, strMatch{u.leaf, v[loc[0]:loc[1]]})
				}
			case useURL:
				if !parsed {
					urls, parsed = findURLs(v), true
				}
				for _, fu := range urls {
					if urlMatches(fu, u.url) && standalone(v, fu.start) {
						ms = append(ms, strMatch{u.leaf, fu.raw})
					}
				}
			}
		}
		return true
	})
	return ms
}

func cmpStrMatch(a, b strMatch) int {
	if a.leaf != b.leaf {
		return a.leaf - b.leaf
	}
	return strings.Compare(a.key, b.key)
}

func stringHit(key string, s *index.StringFact) hit {
	ev := locEvidence(s.Loc)
	ev.Value = truncate(s.Value)
	return hit{key: key, level: finding.EvidenceStrings, ev: ev}
}

// locEvidence converts a fact location. Offsets are kept only for dex code,
// where they are code-unit addresses; elsewhere the index uses -1.
func locEvidence(l index.Location) finding.Evidence {
	ev := finding.Evidence{Entry: l.Entry, Class: l.Class, Method: l.Method}
	if l.Class != "" && l.Offset >= 0 {
		off := l.Offset
		ev.Offset = &off
	}
	return ev
}

func truncate(s string) string {
	if len(s) <= maxEvidenceValue {
		return s
	}
	cut := maxEvidenceValue
	for cut > 0 && (s[cut]&0xC0) == 0x80 { // do not split a UTF-8 sequence
		cut--
	}
	return s[:cut] + "…"
}
