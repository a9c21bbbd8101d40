package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// scanRules scans an app to JSON and returns the rule of every finding,
// sorted, and the tracker evidence of tracker-sensors-analytics.
func scanRules(t *testing.T, args ...string) (ids []string, sensors string) {
	t.Helper()
	stdout, stderr, code := run(t, append([]string{"scan", "--format", "json", "--fail-on", "none"}, args...)...)
	if code != ExitOK {
		t.Fatalf("scan %v: exit %d\n%s", args, code, stderr)
	}
	var res struct {
		Findings []struct {
			Rule    string `json:"rule"`
			Tracker *struct {
				Evidence string `json:"evidence"`
			} `json:"tracker"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if strings.HasPrefix(f.Rule, "flow-") {
			ids = append(ids, f.Rule)
		}
		if f.Rule == "tracker-sensors-analytics" && f.Tracker != nil {
			sensors = f.Tracker.Evidence
		}
	}
	slices.Sort(ids)
	return ids, sensors
}

// TestDisableCodePathRules: code-path rules are rules: --disable takes
// their ids and drops their findings, and only theirs; the code-path stage
// still runs (the tracker is still seen called from app code).
func TestDisableCodePathRules(t *testing.T) {
	app := samplesDir + "/incognito-bypass.apk"
	for _, tt := range []struct {
		disable []string
		want    []string
	}{
		{nil, []string{"flow-incognito-bypass", "flow-leak", "flow-weak-encoding"}},
		{[]string{"flow-leak"}, []string{"flow-incognito-bypass", "flow-weak-encoding"}},
		{[]string{"flow-incognito-bypass"}, []string{"flow-leak", "flow-weak-encoding"}},
		{[]string{"flow-weak-encoding", "flow-browsing-data"}, []string{"flow-incognito-bypass", "flow-leak"}},
		{[]string{"flow-leak", "flow-incognito-bypass", "flow-weak-encoding", "flow-browsing-data"}, nil},
	} {
		t.Run(strings.Join(tt.disable, ","), func(t *testing.T) {
			var args []string
			for _, id := range tt.disable {
				args = append(args, "--disable", id)
			}
			got, sensors := scanRules(t, append(args, app)...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("code-path findings %v, want %v", got, tt.want)
			}
			if sensors != "called" {
				t.Errorf("Sensors evidence %q, want called: the code-path stage did not run", sensors)
			}
		})
	}
}

// TestUserIncognitoGuard: a --rules directory naming the app's own
// private-mode check an incognito guard turns its bypass into no finding.
func TestUserIncognitoGuard(t *testing.T) {
	app := samplesDir + "/ghost-mode.apk"
	if got, _ := scanRules(t, app); !slices.Equal(got, []string{"flow-incognito-bypass"}) {
		t.Errorf("built-in rules: %v, want one bypass", got)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "guards.yaml"), []byte("schema: 1\ncode-paths:\n  incognito:\n    contains: [ghostmode]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := scanRules(t, "--rules", dir, app); len(got) != 0 {
		t.Errorf("with the guard named: %v, want none", got)
	}
}

// TestRulesListCodePaths: the code-path rules are listed with their
// categories, and the spec is counted.
func TestRulesListCodePaths(t *testing.T) {
	stdout, stderr, code := run(t, "rules", "list")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"flow-browsing-data", "flow-incognito-bypass", "flow-leak", "flow-weak-encoding",
		"Sensitive data reaches a sink (high when the data leaves the device)",
		"incognito-bypass 1, leak 1, browsing-data 1", "\ncode paths: 23 sources, 19 sinks, ",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("rules list lacks %q", want)
		}
	}
	stdout, _, _ = run(t, "rules", "list", "--category", "leak")
	if lines := strings.Split(strings.TrimSpace(stdout), "\n"); len(lines) != 5 || !strings.HasPrefix(lines[1], "flow-leak ") {
		t.Errorf("rules list --category leak:\n%s", stdout)
	}
}
