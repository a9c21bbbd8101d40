package scanner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/rules/exodus"
)

// RuleSet selects the rules a Scanner runs: the built-in rules, the rule
// files of Dirs (a rule with a built-in Exodus-pack rule's id replaces it:
// a newer `rules import-exodus`), less the ids in Disable.
type RuleSet struct {
	Dirs    []string
	Disable []string
	// Where says where a directory or a disabled id was given, for
	// messages: a flag ("--disable") or a place in the project file
	// ("app/.apkscan.yaml:7").
	Where map[string]string
}

// problem says what is wrong with value v of key (disable, rules) where it
// was given: "--disable x: no such rule", "app/.apkscan.yaml:7: disable x:
// no such rule".
func (rs RuleSet) problem(key, v string, err error) error {
	switch w := rs.Where[v]; {
	case strings.HasPrefix(w, "-"):
		return fmt.Errorf("%s %s: %w", w, v, err)
	case w != "":
		return fmt.Errorf("%s: %s %s: %w", w, key, v, err)
	}
	return fmt.Errorf("%s %s: %w", key, v, err)
}

var errNoSuchRule = errors.New("no such rule")

// RuleError is a problem with the rules (a rule file, an unknown id to
// disable): the scan cannot start.
type RuleError struct {
	Err error
}

func (e *RuleError) Error() string { return e.Err.Error() }
func (e *RuleError) Unwrap() error { return e.Err }

// exodusPack is where the built-in generated Exodus pack's rules say they
// come from (rules/builtin/exodus).
const exodusPack = "builtin/exodus/"

// LoadRules loads, merges and selects the rules of rs: the rules and the
// code-path spec of the built-in set and of rs.Dirs. Every problem is a
// *RuleError.
func LoadRules(rs RuleSet) (*rules.Set, error) {
	builtin, err := rules.Builtin()
	if err != nil {
		return nil, &RuleError{Err: err}
	}
	user, err := loadDirs(rs)
	if err != nil {
		return nil, err
	}
	// The built-in rules first, so that a clash is reported at the user's rule.
	all, err := rules.Merge(append([]*rules.Set{overrideExodus(builtin, user)}, user...)...)
	if err != nil {
		return nil, &RuleError{Err: err}
	}
	return selectRules(all, rs)
}

// CheckRules loads rule files and folders as RuleSet.Dirs would: strictly,
// and against the built-in set, so that an id a built-in rule has is an
// error (but for the Exodus pack's, which a user rule replaces), and so is
// a code-path entry that clashes with a built-in one. It returns what each
// path holds.
func CheckRules(paths []string) ([]*rules.Set, error) {
	user, err := loadDirs(RuleSet{Dirs: paths})
	if err != nil {
		return nil, err
	}
	if _, err := LoadRules(RuleSet{Dirs: paths}); err != nil {
		return nil, err
	}
	return user, nil
}

func loadDirs(set RuleSet) ([]*rules.Set, error) {
	var sets []*rules.Set
	for _, d := range set.Dirs {
		rs, err := rules.LoadPath(d)
		if err != nil {
			if w := set.Where[d]; w != "" && !strings.HasPrefix(w, "-") {
				err = fmt.Errorf("%s: %w", w, err) // the file names itself
			}
			return nil, &RuleError{Err: err}
		}
		sets = append(sets, rs)
	}
	return sets, nil
}

// selectRules drops the rules whose ids are in disabled; an unknown id is
// an error (a typo must not silently keep a rule enabled).
func selectRules(all *rules.Set, set RuleSet) (*rules.Set, error) {
	known := map[string]bool{}
	for _, r := range all.Rules {
		known[r.ID] = true
	}
	var errs []error
	for _, id := range set.Disable {
		if !known[id] {
			errs = append(errs, set.problem("disable", id, errNoSuchRule))
		}
	}
	if len(errs) > 0 {
		return nil, &RuleError{Err: errors.Join(errs...)}
	}
	kept := slices.DeleteFunc(slices.Clone(all.Rules), func(r *rules.Rule) bool { return slices.Contains(set.Disable, r.ID) })
	return &rules.Set{Rules: kept, CodePaths: all.CodePaths}, nil
}

// overrideExodus drops built-in Exodus-pack rules that a user rule set
// redefines (a newer import), so the two do not collide as duplicates.
func overrideExodus(builtin *rules.Set, user []*rules.Set) *rules.Set {
	redefined := map[string]bool{}
	for _, set := range user {
		for _, r := range set.Rules {
			redefined[r.ID] = true
		}
	}
	out := &rules.Set{CodePaths: builtin.CodePaths}
	for _, r := range builtin.Rules {
		if redefined[r.ID] && strings.HasPrefix(r.Pos.File, exodusPack) {
			continue
		}
		out.Rules = append(out.Rules, r)
	}
	return out
}

// ExodusImport is a converted Exodus Privacy tracker list.
type ExodusImport struct {
	// YAML is the rule file (it carries the list's ODbL attribution).
	YAML []byte
	// Rules counts the rules it holds; Claimed the trackers left to
	// apkscan's hand-written rules (tracker.exodusId set), so that no
	// tracker is reported twice.
	Rules, Claimed int
}

// ImportExodus converts an Exodus Privacy tracker list (the JSON that
// Exodus and TrackerControl publish) into a rule file whose rules replace
// the built-in Exodus pack's when loaded with RuleSet.Dirs.
func ImportExodus(r io.Reader) (*ExodusImport, error) {
	builtin, err := rules.Builtin()
	if err != nil {
		return nil, &RuleError{Err: err}
	}
	opts := exodus.Options{Claimed: map[int]string{}}
	for _, r := range builtin.Rules {
		if r.Tracker != nil && r.Tracker.ExodusID > 0 && !strings.HasPrefix(r.Pos.File, exodusPack) {
			opts.Claimed[r.Tracker.ExodusID] = r.ID
		}
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	out, err := exodus.ConvertWith(bytes.NewReader(data), opts)
	if err != nil {
		return nil, err
	}
	set, err := rules.Parse("exodus-trackers.yaml", out)
	if err != nil {
		return nil, fmt.Errorf("generated rules do not load: %w", err)
	}
	return &ExodusImport{YAML: out, Rules: len(set.Rules), Claimed: len(opts.Claimed)}, nil
}
