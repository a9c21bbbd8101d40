package scanner

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"github.com/apkscan/apkscan/scanner/result/filter"
)

// ProjectFileName is the project file: fail-on, extra rules, disabled
// rules and ignore entries for one app's repository.
const ProjectFileName = ".apkscan.yaml"

// Project is a decoded project file.
type Project struct {
	// Path is the file it came from ("" when built in code).
	Path string `yaml:"-"`
	// FailOn overrides the default gate ("" = not set).
	FailOn string `yaml:"fail-on"`
	// Rules are extra rule directories, relative to the project file.
	Rules []string `yaml:"rules"`
	// Disable lists rule ids to turn off.
	Disable []string `yaml:"disable"`
	// Ignore lists the accepted findings.
	Ignore []filter.Entry `yaml:"ignore"`
}

// FindProject returns the path of ProjectFileName in the app's directory,
// or "" when there is none.
func FindProject(appPath string) string {
	p := filepath.Join(filepath.Dir(appPath), ProjectFileName)
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
		return p
	}
	return ""
}

// LoadProject reads and validates a project file. Unknown keys, bad dates,
// bad globs and entries without a selector or reason are errors, all
// reported at once with their line numbers.
func LoadProject(p string) (*Project, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	c, err := ParseProject(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	c.Path = p
	dir := filepath.Dir(p)
	for i, r := range c.Rules {
		if !filepath.IsAbs(r) {
			c.Rules[i] = filepath.Join(dir, r)
		}
	}
	return c, nil
}

// ParseProject decodes a project file strictly.
func ParseProject(b []byte) (*Project, error) {
	var c Project
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	// A second document would be silently ignored by a lenient reader.
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("only one YAML document is allowed")
	}
	setLines(b, &c)
	var errs []error
	for i := range c.Ignore {
		e := &c.Ignore[i]
		for _, err := range e.Check() {
			errs = append(errs, fmt.Errorf("line %d: ignore[%d]: %w", e.Line, i, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &c, nil
}

// setLines records each ignore entry's line from the node tree, since the
// typed decode drops positions.
func setLines(b []byte, c *Project) {
	var root yaml.Node
	if yaml.Unmarshal(b, &root) != nil || len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != "ignore" {
			continue
		}
		for j, n := range m.Content[i+1].Content {
			if j < len(c.Ignore) {
				c.Ignore[j].Line = n.Line
			}
		}
	}
}
