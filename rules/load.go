package rules

import (
	_ "embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// builtinSnapshot is the built-in rule set, parsed from rules/builtin
// (snapshot.go).
//
//go:embed builtin.gob
var builtinSnapshot []byte

// MaxFileSize bounds one rule file; rule files are small and a huge one is
// almost certainly the wrong directory.
const MaxFileSize = 4 << 20

// Set is what rule files hold, loaded and validated: the rules, and the
// code-path spec their `code-paths:` sections add up to.
type Set struct {
	Rules     []*Rule
	CodePaths *CodePaths
}

// Builtin returns the rules embedded in the binary: those of
// rules/builtin, positions naming each file builtin/<path> (so that a user
// rule's clash names the pack).
func Builtin() (*Set, error) {
	set, err := readSnapshot(builtinSnapshot)
	if err != nil {
		return nil, fmt.Errorf("rules: builtin: %w", err)
	}
	return set, nil
}

// LoadPath loads a rule file, or every *.yaml and *.yml file under a
// directory (recursively). Messages and positions name each file by its
// path under p.
func LoadPath(p string) (*Set, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	if !st.IsDir() {
		if st.Size() > MaxFileSize {
			return nil, &Error{File: p, Msg: fmt.Sprintf("file is %d bytes, over the %d byte limit", st.Size(), MaxFileSize)}
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		return Parse(p, data)
	}
	return loadFS(os.DirFS(p), p)
}

// LoadFS loads every *.yaml and *.yml file in fsys (recursively, in lexical
// order). It reports every problem in every file at once, sorted by
// file:line; on any problem it returns no rules.
func LoadFS(fsys fs.FS) (*Set, error) { return loadFS(fsys, "") }

// loadFS is LoadFS naming each file by its path under dir.
func loadFS(fsys fs.FS, dir string) (*Set, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	slices.Sort(names)
	p := &problems{}
	set := &Set{CodePaths: &CodePaths{}}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		shown := filepath.Join(dir, path.Clean(name))
		if err != nil {
			p.add(shown, 0, "%v", err)
			continue
		}
		if len(data) > MaxFileSize {
			p.add(shown, 0, "file is %d bytes, over the %d byte limit", len(data), MaxFileSize)
			continue
		}
		rs, cp := parseFile(shown, data, p)
		set.Rules = append(set.Rules, rs...)
		set.CodePaths.add(cp, p)
	}
	if len(names) == 0 {
		p.add(filepath.Join(dir, "."), 0, "no *.yaml rule files found")
	}
	set.check(p, false)
	if err := p.err(); err != nil {
		return nil, err
	}
	return set, nil
}

// Parse loads one file; name is used in messages.
func Parse(name string, data []byte) (*Set, error) {
	p := &problems{}
	rs, cp := parseFile(name, data, p)
	set := &Set{Rules: rs, CodePaths: &CodePaths{}}
	set.CodePaths.add(cp, p)
	set.check(p, false)
	if err := p.err(); err != nil {
		return nil, err
	}
	return set, nil
}

// Merge combines sets (for example the builtins and a user directory),
// failing on a rule id defined more than once and on code-path entries
// that clash; it checks the whole as LoadFS checks one directory.
func Merge(sets ...*Set) (*Set, error) {
	p := &problems{}
	all := &Set{CodePaths: &CodePaths{}}
	for _, s := range sets {
		if s == nil {
			continue
		}
		all.Rules = append(all.Rules, s.Rules...)
		all.CodePaths.add(s.CodePaths, p)
	}
	all.check(p, true)
	if err := p.err(); err != nil {
		return nil, err
	}
	return all, nil
}

// check reports what only a whole set shows: ids defined twice, code-path
// entries that clash and, when whole is set (a user's file may name the
// built-in set's entries), references to entries the set lacks.
func (s *Set) check(p *problems, whole bool) {
	checkDuplicates(s.Rules, p)
	checkCodePathRules(s.Rules, p)
	s.CodePaths.check(p, whole)
}

// checkCodePathRules reports a second rule for one kind of code-path
// finding: the code-path stage would not know which to report it as.
func checkCodePathRules(rs []*Rule, p *problems) {
	first := map[string]*Rule{}
	for _, r := range rs {
		if r.CodePath == nil {
			continue
		}
		if f, ok := first[r.CodePath.Finding]; ok {
			p.add(r.Pos.File, r.Pos.Line, "rule %s: code-path finding %s is rule %s's (first defined at %s:%d)",
				r.ID, r.CodePath.Finding, f.ID, f.Pos.File, f.Pos.Line)
			continue
		}
		first[r.CodePath.Finding] = r
	}
}

// checkDuplicates reports every later definition of an id, naming the first.
func checkDuplicates(rs []*Rule, p *problems) {
	first := map[string]*Rule{}
	for _, r := range rs {
		if f, ok := first[r.ID]; ok {
			p.add(r.Pos.File, r.Pos.Line, "rule %s: duplicate id (first defined at %s:%d)", r.ID, f.Pos.File, f.Pos.Line)
			continue
		}
		first[r.ID] = r
	}
}
