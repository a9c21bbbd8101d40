package flow

import (
	"slices"
	"strings"
	"unicode"
)

// Words of member names: the words of a constant's name (MODE_PRIVATE:
// mode, private) and of a getter's or a field's (getCurrentModelIndex:
// get, current, model, index), which say what an int mode's constants
// are values of and which member reads it.

// accessWord is the access modifier that, beside "private", names an
// access flag rather than a mode.
const accessWord = "public"

// nameWords splits a constant's name into its lower-cased words.
func nameWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '_' || r == '$' })
}

// shareWord reports whether a and b have a word in common that no set
// holds, or, when bare is set, whether neither has one.
func shareWord(a, b []string, bare bool, sets ...map[string]bool) bool {
	rest := func(words []string) int {
		n := 0
		for _, w := range words {
			if !inSets(w, sets...) {
				n++
			}
		}
		return n
	}
	if bare && rest(a) == 0 && rest(b) == 0 {
		return true
	}
	for _, w := range a {
		if slices.Contains(b, w) && !inSets(w, sets...) {
			return true
		}
	}
	return false
}

// anyWord reports whether one of words is in one of sets.
func anyWord(words []string, sets ...map[string]bool) bool {
	return slices.ContainsFunc(words, func(w string) bool { return inSets(w, sets...) })
}

// inSets reports whether w is in one of sets.
func inSets(w string, sets ...map[string]bool) bool {
	return slices.ContainsFunc(sets, func(set map[string]bool) bool { return set[w] })
}

// namesFamily reports whether a member's name (getMode, mWindowType)
// has one of a mode constant's family words, or the constant has none
// (INCOGNITO): the int read is the one the constants are values of,
// not another of the class's (getIndex, mProgress).
func namesFamily(member string, family []string) bool {
	if len(family) == 0 {
		return true
	}
	words := camelWords(member)
	for _, f := range family {
		if slices.Contains(words, f) || slices.Contains(words, f+"s") { // FLAG_INCOGNITO of mFlags
			return true
		}
	}
	return false
}

// camelWords splits a member name at its capitals and underscores,
// lower-cased (mWindowType: m, window, type).
func camelWords(name string) []string {
	var out []string
	start := 0
	for i, r := range name {
		if r == '_' || r == '$' || unicode.IsUpper(r) {
			if i > start {
				out = append(out, strings.ToLower(name[start:i]))
			}
			start = i
			if r == '_' || r == '$' {
				start = i + 1
			}
		}
	}
	if start < len(name) {
		out = append(out, strings.ToLower(name[start:]))
	}
	return out
}
