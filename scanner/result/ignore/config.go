// Package ignore reads apkscan's project file, .apkscan.yaml, and applies
// its ignore entries to a scan result: the filter stage between scanning
// and reporting. Entries select findings by id, rule, tracker or a class /
// entry glob; each carries a reason and may expire, after which it stops
// applying and a warning says so (suppressions must not outlive review).
package ignore

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"time"

	"go.yaml.in/yaml/v3"
)

// FileName is the project file looked for next to the scanned APK.
const FileName = ".apkscan.yaml"

// dateLayout is the only accepted `expires` format (YYYY-MM-DD).
const dateLayout = "2006-01-02"

// Config is the decoded project file.
type Config struct {
	// Path is the file the config came from ("" when built in code).
	Path string `yaml:"-"`
	// FailOn overrides the default --fail-on ("" = not set).
	FailOn string `yaml:"fail-on"`
	// Rules are extra rule directories, relative to the config file.
	Rules []string `yaml:"rules"`
	// Disable lists rule ids to turn off.
	Disable []string `yaml:"disable"`
	// Ignore lists the suppressions.
	Ignore []Entry `yaml:"ignore"`
}

// Entry is one suppression. Every selector that is set must match (they
// combine with AND); at least one must be set.
type Entry struct {
	// ID is a finding id (the stable fingerprint in every report).
	ID string `yaml:"id"`
	// Rule is a rule id or glob (`permission-*`).
	Rule string `yaml:"rule"`
	// Tracker is a tracker name, compared case-insensitively.
	Tracker string `yaml:"tracker"`
	// Class is a class glob, dotted (`com.example.analytics.*`) or as a
	// descriptor (`Lcom/example/analytics/*`).
	Class string `yaml:"class"`
	// Entry is an archive entry glob (`lib/*/libfoo.so`, `assets/*`).
	Entry string `yaml:"entry"`
	// Reason says why the finding is accepted; it is required.
	Reason string `yaml:"reason"`
	// Expires (YYYY-MM-DD) is the last day the entry applies.
	Expires string `yaml:"expires"`

	// Line is the entry's line in the file, for messages.
	Line    int       `yaml:"-"`
	expires time.Time // zero: never
}

// Find returns the path of FileName in the APK's directory, or "" when
// there is none.
func Find(apkPath string) string {
	p := filepath.Join(filepath.Dir(apkPath), FileName)
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
		return p
	}
	return ""
}

// Load reads and validates a project file. Unknown keys, bad dates, bad
// globs and entries without a selector or reason are errors, all reported
// at once with their line numbers.
func Load(p string) (*Config, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("ignore: %w", err)
	}
	c, err := Parse(b)
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

// Parse decodes a project file strictly.
func Parse(b []byte) (*Config, error) {
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("ignore: %w", err)
	}
	// A second document would be silently ignored by a lenient reader.
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, errors.New("ignore: only one YAML document is allowed")
	}
	setLines(b, &c)
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// setLines records each ignore entry's line from the node tree, since the
// typed decode drops positions.
func setLines(b []byte, c *Config) {
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

func (c *Config) validate() error {
	var errs []error
	for i := range c.Ignore {
		e := &c.Ignore[i]
		where := fmt.Sprintf("ignore: line %d: ignore[%d]", e.Line, i)
		if e.ID == "" && e.Rule == "" && e.Tracker == "" && e.Class == "" && e.Entry == "" {
			errs = append(errs, fmt.Errorf("%s: set at least one of id, rule, tracker, class, entry", where))
		}
		if e.Reason == "" {
			errs = append(errs, fmt.Errorf("%s: reason is required", where))
		}
		for _, g := range []struct{ key, val string }{{"rule", e.Rule}, {"class", e.Class}, {"entry", e.Entry}} {
			if _, err := path.Match(g.val, ""); err != nil {
				errs = append(errs, fmt.Errorf("%s: %s %q: %v", where, g.key, g.val, err))
			}
		}
		if e.Expires != "" {
			t, err := time.Parse(dateLayout, e.Expires)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: expires %q: want a date as YYYY-MM-DD", where, e.Expires))
			}
			e.expires = t
		}
	}
	return errors.Join(errs...)
}
