package rules

import (
	"bytes"

	"encoding/gob"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
)

// The built-in set is parsed from rules/builtin once, when it is made
// (go generate ./rules, or make golden), and kept in builtin.gob: a cold
// process decodes that in a few milliseconds instead of parsing half a
// megabyte of YAML (most of the time a small app's scan took).
// TestBuiltinSnapshot fails when the two differ.

//go:generate go test . -run TestBuiltinSnapshot -update

// snapshot is a Set as builtin.gob holds it. Gob writes maps in no fixed
// order, so the maps are lists here, sorted, and the file's bytes are a
// function of the rules.
type snapshot struct {
	Set    *Set
	Supers []superEntry
	Flags  []flagEntry
}

// superEntry is one code-path framework supertype and where it was written.
type superEntry struct {
	Type, Super string
	Pos         Pos
}

// flagEntry is one flag of a rule example's fact set.
type flagEntry struct {
	Rule, Example int
	NoMatch       bool
	Name          string
	Value         bool
}

// writeSnapshot writes s, whose maps it empties, as builtin.gob holds it.
func writeSnapshot(w io.Writer, s *Set) error {
	snap := snapshot{Set: s}
	if c := s.CodePaths; c != nil {
		for _, k := range slices.Sorted(maps.Keys(c.FrameworkSupers)) {
			snap.Supers = append(snap.Supers, superEntry{k, c.FrameworkSupers[k], c.superPos[k]})
		}
		c.FrameworkSupers, c.superPos = nil, nil
	}
	for i, r := range s.Rules {
		for _, side := range []struct {
			sets    []FactSet
			noMatch bool
		}{{r.Examples.Match, false}, {r.Examples.NoMatch, true}} {
			for j := range side.sets {
				fs := &side.sets[j]
				for _, k := range slices.Sorted(maps.Keys(fs.Flags)) {
					snap.Flags = append(snap.Flags, flagEntry{i, j, side.noMatch, k, fs.Flags[k]})
				}
				fs.Flags = nil
			}
		}
	}
	return gob.NewEncoder(w).Encode(&snap)
}

// readSnapshot decodes what writeSnapshot wrote and compiles the rules'
// regular expressions.
func readSnapshot(data []byte) (*Set, error) {
	var snap snapshot
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&snap); err != nil {
		return nil, err
	}
	s := snap.Set
	if s == nil {
		return nil, fmt.Errorf("no rule set")
	}
	if c := s.CodePaths; c != nil && len(snap.Supers) > 0 {
		c.FrameworkSupers, c.superPos = map[string]string{}, map[string]Pos{}
		for _, e := range snap.Supers {
			c.FrameworkSupers[e.Type], c.superPos[e.Type] = e.Super, e.Pos
		}
	}
	for _, f := range snap.Flags {
		if f.Rule < 0 || f.Rule >= len(s.Rules) {
			return nil, fmt.Errorf("flag %s: rule %d out of range", f.Name, f.Rule)
		}
		sets := s.Rules[f.Rule].Examples.Match
		if f.NoMatch {
			sets = s.Rules[f.Rule].Examples.NoMatch
		}
		if f.Example < 0 || f.Example >= len(sets) {
			return nil, fmt.Errorf("flag %s: example %d out of range", f.Name, f.Example)
		}
		fs := &sets[f.Example]
		if fs.Flags == nil {
			fs.Flags = map[string]bool{}
		}
		fs.Flags[f.Name] = f.Value
	}
	for _, r := range s.Rules {
		if err := compileRegexps(r.Match); err != nil {
			return nil, fmt.Errorf("rule %s: %w", r.ID, err)
		}
	}
	return s, nil
}

// compileRegexps compiles the regular expressions of c's tree again.
func compileRegexps(c *Cond) error {
	if c == nil {
		return nil
	}
	switch c.Op {
	case OpStringRegex, OpClassRegex, OpReferencedClassRegex:
		c.regexps = nil
		for _, v := range c.Values {
			re, err := regexp.Compile(v)
			if err != nil {
				return err
			}
			c.regexps = append(c.regexps, re)
		}
	}
	for _, a := range c.Args {
		if err := compileRegexps(a); err != nil {
			return err
		}
	}
	return nil
}
