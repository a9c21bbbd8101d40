package scanner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // substrings of the error
	}{
		{"unknown-key", "fail-on: high\nignore:\n  - rule: x\n    reason: r\n    because: typo\n", []string{"line 5", "field because not found"}},
		{"unknown-top-key", "failon: high\n", []string{"line 1", "field failon not found"}},
		{"bad-date", "ignore:\n  - rule: x\n    reason: r\n    expires: 2025-13-01\n", []string{"line 2: ignore[0]: expires \"2025-13-01\""}},
		{"no-reason-no-selector", "ignore:\n  - expires: 2030-01-01\n", []string{"line 2: ignore[0]: set at least one of", "line 2: ignore[0]: reason is required"}},
		{"bad-glob", "ignore:\n  - {rule: ok, reason: r}\n  - {class: \"com.[x\", reason: r}\n", []string{"line 3: ignore[1]: class \"com.[x\""}},
		{"two-documents", "fail-on: high\n---\nfail-on: low\n", []string{"only one YAML document"}},
		{"wrong-type", "ignore: {rule: x}\n", []string{"line 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseProject([]byte(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadResolvesRuleDirs(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ProjectFileName)
	if err := os.WriteFile(p, []byte("fail-on: medium\nrules: [myrules, /abs/rules]\ndisable: [tracker-umeng]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := FindProject(filepath.Join(dir, "app.apk")); got != p {
		t.Fatalf("Find = %q, want %q", got, p)
	}
	if got := FindProject(filepath.Join(t.TempDir(), "app.apk")); got != "" {
		t.Fatalf("Find in empty dir = %q", got)
	}
	c, err := LoadProject(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != "medium" || c.Rules[0] != filepath.Join(dir, "myrules") || c.Rules[1] != "/abs/rules" || c.Disable[0] != "tracker-umeng" {
		t.Errorf("config %+v", c)
	}
}

// TestExampleConfig keeps the documented example loadable.
func TestExampleConfig(t *testing.T) {
	c, err := LoadProject("../docs/ci/apkscan.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Ignore) != 4 || c.Ignore[1].Line != 11 {
		t.Errorf("example: %d entries, second at line %d", len(c.Ignore), c.Ignore[1].Line)
	}
}
