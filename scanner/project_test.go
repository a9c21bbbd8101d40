package scanner

import (
	"os"
	"path/filepath"
	"testing"
)

// TestParseErrors pins the project file's messages: each names the file
// and line, never a Go type, and every problem is reported at once.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       string
	}{
		{"unknown-key", "fail-on: high\nignore:\n  - rule: x\n    reason: r\n    because: typo\n",
			`p.yaml:5: ignore[0]: unknown key "because" (want one of id, rule, tracker, class, entry, reason, expires)`},
		{"unknown-top-key", "ignor: []\n", `p.yaml:1: project file: unknown key "ignor" (want one of fail-on, rules, disable, ignore)`},
		{"bad-fail-on", "fail-on: hihg\n", `p.yaml:1: fail-on: unknown severity "hihg" (want one of info, low, medium, high, critical)`},
		{"bad-date", "ignore:\n  - rule: x\n    reason: r\n    expires: 2025-13-01\n", `p.yaml:2: ignore[0]: expires "2025-13-01": want a date as YYYY-MM-DD`},
		{"no-reason-no-selector", "ignore:\n  - expires: 2030-01-01\n",
			"p.yaml:2: ignore[0]: set at least one of id, rule, tracker, class, entry\np.yaml:2: ignore[0]: reason is required"},
		{"bad-glob", "ignore:\n  - {rule: ok, reason: r}\n  - {class: \"com.[x\", reason: r}\n", `p.yaml:3: ignore[1]: class "com.[x": syntax error in pattern`},
		{"two-documents", "fail-on: high\n---\nfail-on: low\n", "p.yaml:2: only one YAML document is allowed"},
		{"wrong-type", "ignore: {rule: x}\n", "p.yaml:1: ignore: want a list"},
		{"two-problems", "failon: high\ndisable: x\n", "p.yaml:1: project file: unknown key \"failon\" (want one of fail-on, rules, disable, ignore)\np.yaml:2: disable: want a list"},
		// yaml.v3 alone would name line 2, where the entry's block starts.
		{"bad-indentation", "ignore:\n  - rule: x\n   reason: y\n", "p.yaml:3:4: invalid YAML: value is not allowed in this context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseProject("p.yaml", []byte(tt.yaml))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error\n%v\nwant\n%s", err, tt.want)
			}
		})
	}
}

// TestFindProject: the working directory's project file wins, then the
// apps' directory when they all share one.
func TestFindProject(t *testing.T) {
	wd, appDir, other, empty := t.TempDir(), t.TempDir(), t.TempDir(), t.TempDir()
	for _, d := range []string{wd, appDir} {
		if err := os.WriteFile(filepath.Join(d, ProjectFileName), []byte("fail-on: none\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	app, elsewhere := filepath.Join(appDir, "app.apk"), filepath.Join(other, "b.apk")
	for _, tt := range []struct {
		wd   string
		apps []string
		want string
	}{
		{wd, []string{app}, filepath.Join(wd, ProjectFileName)},
		{empty, []string{app}, filepath.Join(appDir, ProjectFileName)},
		{empty, []string{app, filepath.Join(appDir, "c.apk")}, filepath.Join(appDir, ProjectFileName)},
		{empty, []string{app, elsewhere}, ""}, // apps in several places: no one app's file
		{empty, []string{elsewhere}, ""},
		{empty, nil, ""},
	} {
		if got := FindProject(tt.wd, tt.apps...); got != tt.want {
			t.Errorf("FindProject(%s, %v) = %q, want %q", tt.wd, tt.apps, got, tt.want)
		}
	}
}

func TestLoadResolvesRuleDirs(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ProjectFileName)
	if err := os.WriteFile(p, []byte("fail-on: medium\nrules: [myrules, /abs/rules]\ndisable: [tracker-umeng]\n"), 0o644); err != nil {
		t.Fatal(err)
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
	if len(c.Ignore) != 4 || c.Ignore[1].Line != 12 {
		t.Errorf("example: %d entries, second at line %d", len(c.Ignore), c.Ignore[1].Line)
	}
}
