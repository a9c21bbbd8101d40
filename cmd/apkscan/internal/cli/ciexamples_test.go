package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestCIExamples runs every apkscan command of docs/ci's GitHub Actions
// and GitLab examples in a repository laid out as they expect: the
// example project file committed at the root, the release APK where
// Gradle puts it, a committed baseline. Each must do what its comments
// promise: use the root's project file, pass the gate on an unchanged
// app, write the files the next steps upload.
func TestCIExamples(t *testing.T) {
	repo := t.TempDir()
	apk := filepath.Join(repo, "app/build/outputs/apk/release/app-release.apk")
	example, err := os.ReadFile("../../../../docs/ci/apkscan.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sample, err := os.ReadFile(samplesDir + "/diff-v1.apk")
	if err != nil {
		t.Fatal(err)
	}
	rule := "schema: 1\nrules:\n  - id: endpoint-example-collector\n    title: Example collector\n    category: endpoint\n" +
		"    severity: low\n    description: d\n    match: {host: collect.example.com}\n" +
		"    examples:\n      match: [{strings: [\"https://collect.example.com/e\"]}]\n      no-match: [{strings: [\"https://example.org\"]}]\n"
	for p, body := range map[string][]byte{
		filepath.Join(repo, ".apkscan.yaml"):       example,
		filepath.Join(repo, "rules", "extra.yaml"): []byte(rule),
		apk: sample,
	} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmds := ciCommands(t, "../../../../docs/ci/github-actions.yml", "../../../../docs/ci/gitlab-ci.yml")
	if len(cmds) < 5 {
		t.Fatalf("found %d apkscan commands in docs/ci", len(cmds))
	}
	t.Chdir(repo)
	base := mustRun(t, "scan", "-f", "json", "--fail-on", "none", apk)
	for _, name := range []string{"apkscan-baseline.json", "apkscan-main.json"} {
		if err := os.WriteFile(name, []byte(base), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var r struct{ Config string }
	if err := json.Unmarshal([]byte(base), &r); err != nil || r.Config != filepath.Join(repo, ".apkscan.yaml") {
		t.Fatalf("the scan used project file %q (%v), want the repository root's", r.Config, err)
	}

	for _, args := range cmds {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			for i, a := range args {
				args[i] = strings.ReplaceAll(a, "$APK", "app/build/outputs/apk/release/app-release.apk")
			}
			if _, stderr, code := run(t, args...); code != ExitOK {
				t.Errorf("exit %d: %s", code, stderr)
			}
		})
	}
	for _, out := range []string{"apkscan.sarif", "apkscan-report.html", "gl-sast-report.json"} {
		if st, err := os.Stat(out); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", out, err)
		}
	}
	if b, _ := os.ReadFile("apkscan.sarif"); !strings.Contains(string(b), `"config": "`+filepath.Join(repo, ".apkscan.yaml")) {
		t.Errorf("the SARIF does not name the project file used")
	}
}

// ciCommands returns the apkscan command lines of CI files (a line
// continued with a backslash joined), as arguments without "apkscan".
func ciCommands(t *testing.T, files ...string) [][]string {
	t.Helper()
	cmdRE := regexp.MustCompile(`(?m)^\s*(?:- |run: )?(apkscan (?:scan|diff)\b(?:[^\n\\]|\\\n)*)`)
	var out [][]string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := regexp.MustCompile(`run: \|\n`).ReplaceAllString(string(b), "")
		for _, m := range cmdRE.FindAllStringSubmatch(text, -1) {
			line := strings.ReplaceAll(strings.ReplaceAll(m[1], "\\\n", " "), `"`, "")
			out = append(out, strings.Fields(line)[1:])
		}
	}
	return out
}
