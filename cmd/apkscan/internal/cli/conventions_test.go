package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersion: `apkscan version` and `--version` print the same: the
// module version and the revision and time the build recorded, the Go
// release and the inflater.
func TestVersion(t *testing.T) {
	old := buildInfo
	defer func() { buildInfo = old }()
	buildInfo = func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}, true
	}
	sub, _, code := run(t, "version")
	flag, _, code2 := run(t, "--version")
	if code != ExitOK || code2 != ExitOK || sub != flag {
		t.Fatalf("version (exit %d):\n%s\n--version (exit %d):\n%s", code, sub, code2, flag)
	}
	for _, want := range []string{"apkscan v1.4.0\n", "revision  0123abcd (2026-12-01T10:00:00Z), with uncommitted changes", "inflate   "} {
		if !strings.Contains(sub, want) {
			t.Errorf("version output lacks %q:\n%s", want, sub)
		}
	}
	buildInfo = func() (*debug.BuildInfo, bool) { return &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true }
	if out, _, _ := run(t, "version"); !strings.HasPrefix(out, "apkscan dev\n  revision  unknown (built without VCS information)") {
		t.Errorf("a build without VCS information:\n%s", out)
	}
}

// TestVerboseAndQuiet: -v means verbose for every command (it is not
// --version), -q keeps notes and warnings off stderr but not errors.
func TestVerboseAndQuiet(t *testing.T) {
	hello := samplesDir + "/hello.apk"
	if out, _, code := run(t, "-v", "scan", hello); code != ExitOK || !strings.Contains(out, "project file: none") {
		t.Errorf("-v scan: exit %d, output lacks the project file:\n%s", code, out)
	}
	if out, _, code := run(t, "info", "-v", hello); code != ExitOK || strings.HasPrefix(out, "apkscan ") {
		t.Errorf("info -v: exit %d, printed the version:\n%s", code, out)
	}
	cfg := filepath.Join(t.TempDir(), "p.yaml")
	if err := os.WriteFile(cfg, []byte("ignore:\n  - {rule: 'permission-*', reason: r, expires: 2020-01-01}\n  - {rule: 'identifier-*', reason: r}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"scan", "--config", cfg, "--fail-on", "none", samplesDir + "/identifiers.apk"}
	if _, stderr, _ := run(t, args...); !strings.Contains(stderr, "expired") || !strings.Contains(stderr, "suppressed") {
		t.Errorf("without -q, stderr lacks the notes: %q", stderr)
	}
	if _, stderr, code := run(t, append([]string{"-q"}, args...)...); code != ExitOK || stderr != "" {
		t.Errorf("-q: exit %d, stderr %q", code, stderr)
	}
	if _, stderr, code := run(t, "-q", "scan", "/nonexistent.apk"); code != ExitInput || !strings.Contains(stderr, "/nonexistent.apk") {
		t.Errorf("-q hid an error: exit %d, stderr %q", code, stderr)
	}
}

// TestCompletion: the shell is offered the allowed values of --format,
// --fail-on, --min-severity and the rule ids for --disable.
func TestCompletion(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"scan", "--format", ""}, []string{"text", "json", "sarif", "html", "jsonl"}},
		{[]string{"info", "--format", ""}, []string{"text", "json"}},
		{[]string{"scan", "--fail-on", ""}, []string{"info", "critical", "none"}},
		{[]string{"scan", "--min-severity", ""}, []string{"low", "high"}},
		{[]string{"scan", "--disable", ""}, []string{"tracker-sensors-analytics", "identifier-android-id"}},
		{[]string{"rules", "list", "--category", ""}, []string{"tracker", "endpoint"}},
	} {
		out, stderr, _ := run(t, append([]string{"__complete"}, tt.args...)...)
		offered := strings.Split(out, "\n")
		for _, w := range tt.want {
			if !slicesContains(offered, w) {
				t.Errorf("%v: %q not offered (got %q, %s)", tt.args, w, out, stderr)
			}
		}
	}
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestRulesValidatePaths: validate takes files and folders, and refuses an
// id a built-in rule has (an Exodus-pack rule may be replaced).
func TestRulesValidatePaths(t *testing.T) {
	dir := t.TempDir()
	rule := func(id string) string {
		return "schema: 1\nrules:\n  - id: " + id + "\n    title: T\n    category: tracker\n    severity: low\n" +
			"    description: d\n    tracker: {name: T}\n    match: {package: com.example.t}\n" +
			"    examples:\n      match: [{classes: [Lcom/example/t/A;]}]\n      no-match: [{classes: [Lcom/other/A;]}]\n"
	}
	mine, clash := filepath.Join(dir, "mine.yaml"), filepath.Join(dir, "sub", "clash.yaml")
	if err := os.MkdirAll(filepath.Dir(clash), 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.WriteFile(mine, []byte(rule("tracker-mine")), 0o644)
	_ = os.WriteFile(clash, []byte(rule("tracker-sensors-analytics")), 0o644)
	if out, stderr, code := run(t, "rules", "validate", mine); code != ExitOK || out != "1 rule valid\n" {
		t.Errorf("validate a file: exit %d, %q %q", code, out, stderr)
	}
	_, stderr, code := run(t, "rules", "validate", filepath.Dir(clash))
	if code != ExitUsage || !strings.Contains(stderr, clash+":3: rule tracker-sensors-analytics: duplicate id (first defined at builtin/trackers.yaml:") {
		t.Errorf("validate a clash: exit %d, %q", code, stderr)
	}
	// Code-path entries count, and one that clashes with a built-in entry
	// is an error at its line.
	paths := filepath.Join(dir, "paths.yaml")
	_ = os.WriteFile(paths, []byte("schema: 1\ncode-paths:\n  sources:\n    - {id: acme-id, kind: identifier, methods: [\"Lcom/acme/Ids;->get\"]}\n"+
		"  incognito: {contains: [ghostmode, stealth]}\n"), 0o644)
	if out, stderr, code := run(t, "rules", "validate", mine, paths); code != ExitOK || out != "1 rule and 3 code-path entries valid\n" {
		t.Errorf("validate code paths: exit %d, %q %q", code, out, stderr)
	}
	_ = os.WriteFile(paths, []byte("schema: 1\ncode-paths:\n  sources:\n"+
		"    - {id: imei, kind: identifier, methods: [\"Landroid/telephony/TelephonyManager;->getImei\"]}\n"), 0o644)
	_, stderr, code = run(t, "rules", "validate", paths)
	if code != ExitUsage || !strings.Contains(stderr, paths+":4: source imei: Landroid/telephony/TelephonyManager;->getImei is already a source method (first defined at builtin/codepaths/sources.yaml:") {
		t.Errorf("validate a code-path clash: exit %d, %q", code, stderr)
	}
}
