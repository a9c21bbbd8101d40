package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

//go:embed builtin
var builtinFS embed.FS

// MaxFileSize bounds one rule file; rule files are small and a huge one is
// almost certainly the wrong directory.
const MaxFileSize = 4 << 20

// Builtin loads the rules embedded in the binary from rules/builtin.
func Builtin() ([]*Rule, error) {
	sub, err := fs.Sub(builtinFS, "builtin")
	if err != nil {
		return nil, fmt.Errorf("rules: builtin: %w", err)
	}
	// Named builtin/<file>, so that a user rule's clash names the pack.
	return loadFS(sub, "builtin")
}

// LoadPath loads a rule file, or every *.yaml and *.yml file under a
// directory (recursively). Messages and positions name each file by its
// path under p.
func LoadPath(p string) ([]*Rule, error) {
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
func LoadFS(fsys fs.FS) ([]*Rule, error) { return loadFS(fsys, "") }

// loadFS is LoadFS naming each file by its path under dir.
func loadFS(fsys fs.FS, dir string) ([]*Rule, error) {
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
	var all []*Rule
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
		all = append(all, parseFile(shown, data, p)...)
	}
	if len(names) == 0 {
		p.add(filepath.Join(dir, "."), 0, "no *.yaml rule files found")
	}
	checkDuplicates(all, p)
	if err := p.err(); err != nil {
		return nil, err
	}
	return all, nil
}

// Parse loads the rules of one file; name is used in messages.
func Parse(name string, data []byte) ([]*Rule, error) {
	p := &problems{}
	rs := parseFile(name, data, p)
	checkDuplicates(rs, p)
	if err := p.err(); err != nil {
		return nil, err
	}
	return rs, nil
}

// Merge concatenates rule sets (for example the builtins and a user
// directory), failing on ids defined more than once.
func Merge(sets ...[]*Rule) ([]*Rule, error) {
	var all []*Rule
	for _, s := range sets {
		all = append(all, s...)
	}
	p := &problems{}
	checkDuplicates(all, p)
	if err := p.err(); err != nil {
		return nil, err
	}
	return all, nil
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
