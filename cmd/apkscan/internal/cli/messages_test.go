package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMessages runs the CLI as a user would over each convention the
// README promises and pins what it says on stderr (golden files under
// testdata/stderr, temporary paths written as $TMP) and its exit code:
// the path said once, files and lines named for config and rule errors,
// no Go types, no flag blamed for a file's content, plurals right.
func TestMessages(t *testing.T) {
	tmp := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hello, ids := samplesDir+"/hello.apk", samplesDir+"/identifiers.apk"
	report := write("report.json", mustRun(t, "scan", "-f", "json", "--fail-on", "none", hello))
	failed := write("failed.jsonl", `{"path":"gone.apk","sha256":"","error":"gone.apk: no such file or directory","exit":3}`+"\n")
	sample, err := os.ReadFile(ids)
	if err != nil {
		t.Fatal(err)
	}
	cut := write("cut.apk", string(sample[:3000])) // classes.dex cut short
	text := write("text.apk", "hello, not an app\n")
	empty := filepath.Join(tmp, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"missing-app", []string{"scan", "build/nope.apk"}, ExitInput},
		{"missing-app-info", []string{"info", "build/nope.apk"}, ExitInput},
		{"missing-report-summarize", []string{"summarize", "build/nope.jsonl"}, ExitInput},
		{"no-args", []string{"scan"}, ExitUsage},
		{"bad-baseline", []string{"scan", "--baseline", write("bad.json", "{\"schemaVersion\": 7}"), hello}, ExitUsage},
		{"config-unknown-key", []string{"scan", "--config", write("c1.yaml", "ignor: []\n"), hello}, ExitUsage},
		{"config-bad-fail-on", []string{"scan", "--config", write("c2.yaml", "fail-on: hihg\n"), hello}, ExitUsage},
		{"config-unknown-disable", []string{"scan", "--config", write("c3.yaml", "disable: [nope]\n"), hello}, ExitUsage},
		{"config-indentation", []string{"scan", "--config", write("c4.yaml", "ignore:\n  - rule: x\n   reason: y\n"), hello}, ExitUsage},
		{"flag-unknown-disable", []string{"scan", "--disable", "nope", hello}, ExitUsage},
		{"flag-bad-fail-on", []string{"scan", "--fail-on", "hihg", hello}, ExitUsage},
		{"config-suppresses", []string{"scan", "--config", write("c5.yaml", "ignore:\n  - {rule: 'identifier-*', reason: reviewed}\n"), "-o", os.DevNull, ids}, ExitOK},
		{"rules-validate-file", []string{"rules", "validate", write("r/one.yaml", "schema: 1\nrules: []\n")}, ExitOK},
		{"rules-validate-code-paths", []string{"rules", "validate", write("r2/mine.yaml", "schema: 1\ncode-paths:\n  sources:\n"+
			"    - {id: mine, kind: secret, methods: [\"Lcom/acme/Ids;->get\"]}\n"+
			"  incognito: {contains: [GhostMode]}\n")}, ExitUsage},
		{"rules-test-no-samples", []string{"rules", "test", "--samples", filepath.Join(tmp, "none")}, ExitOK},
		{"batch-empty", []string{"scan", empty}, ExitUsage},
		{"batch-empty-allowed", []string{"scan", "--allow-empty", "-f", "jsonl", empty}, ExitOK},
		{"batch-memory-limit-too-low", []string{"scan", "--isolate", "--memory-limit", "100MiB", samplesDir}, ExitUsage},
		{"batch-memory-limit-si", []string{"scan", "-f", "jsonl", "--memory-limit", "2GB", "-o", os.DevNull, hello, samplesDir + "/multidex.apk"}, ExitOK},
		{"batch-resumed-failure", []string{"scan", "--fail-on", "none", "--resume", failed, hello}, ExitInput},
		{"summarize-json-report", []string{"summarize", "-f", "csv", report}, ExitOK},
		{"format-alias", []string{"scan", "-f", "table", "-o", os.DevNull, hello}, ExitOK},
		{"partial-read", []string{"scan", "--fail-on", "none", "-o", os.DevNull, cut}, ExitInput},
		{"not-an-app", []string{"scan", "-o", os.DevNull, text}, ExitInput},
		{"format-unknown-info", []string{"info", "-f", "table", hello}, ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			golden(t, filepath.Join("testdata", "stderr", tt.name+".txt"), []byte(strings.ReplaceAll(stderr, tmp, "$TMP")))
		})
	}
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, stderr, code := run(t, args...)
	if code > ExitFindings {
		t.Fatalf("%v: exit %d: %s", args, code, stderr)
	}
	return out
}
