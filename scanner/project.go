package scanner

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/filter"
)

// ProjectFileName is the project file: fail-on, extra rules, disabled
// rules and ignore entries for one app's repository.
const ProjectFileName = ".apkscan.yaml"

// maxProjectFile bounds a project file: a mistaken --config (an APK, a
// disk image) must not be read into memory.
const maxProjectFile = 1 << 20

// Project is a decoded project file.
type Project struct {
	// Path is the file it came from ("" when built in code).
	Path string
	// FailOn overrides the default gate ("" = not set): a severity or "none".
	FailOn string
	// Rules are extra rule files or directories, relative to the project
	// file's directory.
	Rules []string
	// Disable lists rule ids to turn off.
	Disable []string
	// Ignore lists the accepted findings.
	Ignore []filter.Entry

	// lines says where each value came from: "fail-on", "rules[i]" and
	// "disable[i]" to their line, for messages that name the file.
	lines map[string]int
}

// Where names the place of a value in the file ("rules[0]", "disable[2]",
// "fail-on") as "path:line", or the path alone.
func (p *Project) Where(key string) string {
	if l := p.lines[key]; l > 0 {
		return fmt.Sprintf("%s:%d", p.Path, l)
	}
	return p.Path
}

// FindProject returns the project file that applies to a scan run in the
// working directory wd: ProjectFileName in wd, else in the directory of
// each app when they all share one; "" when there is none.
func FindProject(wd string, apps ...string) string {
	dirs := []string{wd}
	if len(apps) > 0 {
		d := filepath.Dir(apps[0])
		if !slices.ContainsFunc(apps, func(a string) bool { return filepath.Dir(a) != d }) {
			dirs = append(dirs, d)
		}
	}
	for _, d := range dirs {
		p := filepath.Join(d, ProjectFileName)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p
		}
	}
	return ""
}

// LoadProject reads and validates a project file. Unknown keys, bad
// severities, dates and globs, and entries without a selector or reason
// are errors, all reported at once, each as path:line.
func LoadProject(p string) (*Project, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() || st.Size() > maxProjectFile {
		return nil, fmt.Errorf("%s: not a project file (want a YAML file of at most %d bytes)", p, maxProjectFile)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	c, err := parseProject(p, b)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(p)
	for i, r := range c.Rules {
		if !filepath.IsAbs(r) {
			c.Rules[i] = filepath.Join(dir, r)
		}
	}
	return c, nil
}

// ParseProject decodes a project file strictly; name is used in messages.
func ParseProject(name string, b []byte) (*Project, error) { return parseProject(name, b) }

var projectKeys = []string{"fail-on", "rules", "disable", "ignore"}
var ignoreKeys = []string{"id", "rule", "tracker", "class", "entry", "reason", "expires"}

func parseProject(name string, b []byte) (*Project, error) {
	c := &Project{Path: name, lines: map[string]int{}}
	pd := &projectDecoder{file: name}
	var doc yaml.Node
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil // an empty file sets nothing
		}
		line, col, msg := rules.SyntaxError(b, err)
		if line > 0 {
			return nil, fmt.Errorf("%s:%d:%d: invalid YAML: %s", name, line, col, msg)
		}
		return nil, fmt.Errorf("%s: invalid YAML: %s", name, msg)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		pd.errf(&extra, "only one YAML document is allowed")
	}
	root := doc.Content[0]
	for _, f := range pd.mapping(root, "project file", projectKeys) {
		switch f.key.Value {
		case "fail-on":
			c.FailOn, c.lines["fail-on"] = pd.scalar(f.value, "fail-on"), f.value.Line
			if c.FailOn != "none" {
				if _, err := finding.ParseSeverity(c.FailOn); err != nil {
					pd.errf(f.value, "fail-on: %v", err)
				}
			}
		case "rules", "disable":
			for i, n := range pd.list(f.value, f.key.Value) {
				v := pd.scalar(n, fmt.Sprintf("%s[%d]", f.key.Value, i))
				c.lines[fmt.Sprintf("%s[%d]", f.key.Value, i)] = n.Line
				if f.key.Value == "rules" {
					c.Rules = append(c.Rules, v)
				} else {
					c.Disable = append(c.Disable, v)
				}
			}
		case "ignore":
			for i, n := range pd.list(f.value, "ignore") {
				c.Ignore = append(c.Ignore, pd.ignoreEntry(n, i))
			}
		}
	}
	return c, pd.err()
}

func (pd *projectDecoder) ignoreEntry(n *yaml.Node, i int) filter.Entry {
	where := fmt.Sprintf("ignore[%d]", i)
	e := filter.Entry{Line: n.Line}
	for _, f := range pd.mapping(n, where, ignoreKeys) {
		v := pd.scalar(f.value, where+"."+f.key.Value)
		switch f.key.Value {
		case "id":
			e.ID = v
		case "rule":
			e.Rule = v
		case "tracker":
			e.Tracker = v
		case "class":
			e.Class = v
		case "entry":
			e.Entry = v
		case "reason":
			e.Reason = v
		case "expires":
			e.Expires = v
		}
	}
	for _, err := range e.Check() {
		pd.errf(n, "%s: %v", where, err)
	}
	return e
}

// projectDecoder walks the YAML nodes by hand, as the rule loader does, so
// that every problem has a line and unknown keys are named, all at once.
type projectDecoder struct {
	file string
	errs []error
}

func (pd *projectDecoder) errf(n *yaml.Node, format string, args ...any) {
	pd.errs = append(pd.errs, fmt.Errorf("%s:%d: %s", pd.file, n.Line, fmt.Sprintf(format, args...)))
}

func (pd *projectDecoder) err() error { return errors.Join(pd.errs...) }

type projectField struct{ key, value *yaml.Node }

func (pd *projectDecoder) mapping(n *yaml.Node, what string, allowed []string) []projectField {
	if n.Kind != yaml.MappingNode {
		pd.errf(n, "%s: want a mapping of %s", what, strings.Join(allowed, ", "))
		return nil
	}
	var out []projectField
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case !slices.Contains(allowed, k.Value):
			pd.errf(k, "%s: unknown key %q (want one of %s)", what, k.Value, strings.Join(allowed, ", "))
		case seen[k.Value]:
			pd.errf(k, "%s: duplicate key %q", what, k.Value)
		default:
			seen[k.Value] = true
			out = append(out, projectField{k, v})
		}
	}
	return out
}

func (pd *projectDecoder) list(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind != yaml.SequenceNode {
		pd.errf(n, "%s: want a list", what)
		return nil
	}
	return n.Content
}

func (pd *projectDecoder) scalar(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		pd.errf(n, "%s: want a single value", what)
		return ""
	}
	return n.Value
}
