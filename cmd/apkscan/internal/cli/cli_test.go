package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/cmd/apkscan/internal/process"
	"github.com/apkscan/apkscan/scanner/batch"
)

var update = flag.Bool("update", false, "rewrite golden files")

const samplesDir = "../../../../samples"

// run executes the CLI with buffers, as main does with the real streams.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, &out, &errb)
	return out.String(), errb.String(), code
}

// TestExitCodes pins the documented exit codes and the error messages
// that name the file and the part.
func TestExitCodes(t *testing.T) {
	notZip := filepath.Join(t.TempDir(), "notzip.apk")
	if err := os.WriteFile(notZip, []byte("definitely not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		args      []string
		code      int
		stderrHas string
		stdoutHas string
	}{
		{"info ok", []string{"info", samplesDir + "/hello.apk"}, ExitOK, "", "org.apkscan.sample.hello"},
		{"info json ok", []string{"info", "-f", "json", samplesDir + "/multidex.apk"}, ExitOK, "", `"classes3.dex"`},
		{"no args", []string{"info"}, ExitUsage, "accepts 1 arg", ""},
		{"bad format", []string{"info", "-f", "xml", samplesDir + "/hello.apk"}, ExitUsage, `--format: unknown format "xml" for info (want text, json)`, ""},
		{"unknown flag", []string{"scan", "--bogus", samplesDir + "/hello.apk"}, ExitUsage, "unknown flag", ""},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "unknown command", ""},
		{"missing file", []string{"info", "/nonexistent/x.apk"}, ExitInput, "/nonexistent/x.apk", ""},
		{"not a zip", []string{"scan", notZip}, ExitInput, "not a zip archive", ""},
		{"scan clean", []string{"scan", samplesDir + "/hello.apk"}, ExitOK, "", "findings"},
		{"scan fails on high", []string{"scan", samplesDir + "/identifiers.apk"}, ExitFindings, "", "HIGH"},
		{"scan fail-on none", []string{"scan", "--fail-on", "none", samplesDir + "/identifiers.apk"}, ExitOK, "", "HIGH"},
		{"scan bad fail-on", []string{"scan", "--fail-on", "severe", samplesDir + "/hello.apk"}, ExitUsage, "unknown severity", ""},
		{"scan disable unknown", []string{"scan", "--disable", "no-such-rule", samplesDir + "/hello.apk"}, ExitUsage, "no such rule", ""},
		{"scan bad rules dir", []string{"scan", "--rules", "../../../../rules/testdata/invalid", samplesDir + "/hello.apk"}, ExitUsage, "rules:", ""},
		{"rules test builtin", []string{"rules", "test", "--samples", samplesDir}, ExitOK, "", "rules: all examples pass"},
		{"rules test no samples", []string{"rules", "test", "--samples", "no-such-dir"}, ExitOK,
			"note: skipped the 36 app examples of code-path rules: stat no-such-dir: no such file or directory (give --samples DIR)", "all examples run pass, 36 app examples skipped"},
		{"rules list", []string{"rules", "list", "--category", "tracker"}, ExitOK, "", "tracker-sensors-analytics"},
		{"rules validate bad", []string{"rules", "validate", "../../../../rules/testdata/invalid"}, ExitUsage, "unknown key", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := run(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderrHas) {
				t.Errorf("stderr %q lacks %q", stderr, tt.stderrHas)
			}
			if !strings.Contains(stdout, tt.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdoutHas, stdout)
			}
		})
	}
}

// TestNoManifestPartialOutput: exit 3 with a clear message, but the dex
// files that were read are still reported.
func TestNoManifestPartialOutput(t *testing.T) {
	p := "../../../../../shared/corpus/apk/androguard_multidex.apk"
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	stdout, stderr, code := run(t, "info", "-f", "json", p)
	if code != ExitInput || !strings.Contains(stderr, "no AndroidManifest.xml") {
		t.Fatalf("exit %d, stderr %q; want 3 naming the missing manifest", code, stderr)
	}
	var info struct{ Dex []struct{ Entry string } }
	if err := json.Unmarshal([]byte(stdout), &info); err != nil || len(info.Dex) != 2 {
		t.Fatalf("partial output: %v, dex=%v", err, info.Dex)
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from output (run go test ./cmd/... -update after an intended change):\n%s", path, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

// TestImportExodus converts the shared Exodus list and scans with the result
// replacing the built-in pack (same ids must not collide as duplicates).
func TestImportExodus(t *testing.T) {
	in := "../../../../../shared/data/exodus-trackers.json"
	if _, err := os.Stat(in); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	dir := t.TempDir()
	stdout, stderr, code := run(t, "rules", "import-exodus", in, "-o", dir)
	if code != ExitOK || !strings.Contains(stdout, "tracker rules") {
		t.Fatalf("import: exit %d, %s %s", code, stdout, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "exodus-trackers.yaml"))
	if err != nil || !strings.Contains(string(data), "ODbL") {
		t.Fatalf("generated file lacks the ODbL attribution (err %v)", err)
	}
	stdout, stderr, code = run(t, "scan", "--rules", dir, "-f", "json", samplesDir+"/tracker-sensors.apk")
	if code != ExitOK || !strings.Contains(stdout, `"tracker-sensors-analytics"`) {
		t.Fatalf("scan with imported pack: exit %d, stderr %s", code, stderr)
	}
	if _, _, code := run(t, "rules", "import-exodus", samplesDir+"/hello.apk", "-o", dir); code != ExitInput {
		t.Errorf("importing a non-JSON file: exit %d, want %d", code, ExitInput)
	}
}

// TestInternalErrorExit: a panic in a command is reported with its stack
// and exit code 4, not Go's crash (which exits 2, the usage code).
func TestInternalErrorExit(t *testing.T) {
	var out, errb bytes.Buffer
	root := newRootCmd(&out, &errb)
	root.AddCommand(&cobra.Command{Use: "boom", RunE: func(*cobra.Command, []string) error { panic("stage bug") }})
	code := execute(context.Background(), root, []string{"boom"}, &errb)
	if code != ExitInternal || !strings.Contains(errb.String(), "internal error: stage bug") ||
		!strings.Contains(errb.String(), "goroutine ") {
		t.Errorf("exit %d, stderr %q; want %d with the panic and its stack", code, errb.String(), ExitInternal)
	}
}

// TestProcessSettings pins each command's process settings, which the
// root command applies once before the command runs.
func TestProcessSettings(t *testing.T) {
	t.Setenv(batch.MemoryLimitEnv, strconv.Itoa(1<<30))
	hello := samplesDir + "/hello.apk"
	for _, tt := range []struct {
		args []string
		want process.Settings
	}{
		{[]string{"info", hello}, process.Settings{HugeHeap: appHugeHeap}},
		{[]string{"strings", hello}, process.Settings{HugeHeap: appHugeHeap}},
		{[]string{"diff", hello, hello}, process.Settings{HugeHeap: appHugeHeap}},
		{[]string{"scan", hello}, process.Settings{HugeHeap: appHugeHeap}},
		{[]string{"scan", "-j", "1", hello}, process.Settings{Cores: 1, HugeHeap: appHugeHeap}},
		{[]string{"scan", "-f", "jsonl", "-j", "2", samplesDir}, process.Settings{Cores: 2, SoftMemoryLimit: 2 << 30, Apps: 2, HugeHeap: 512 << 20}},
		{[]string{"scan", "-j", "2", "--memory-limit", "1GiB", samplesDir}, process.Settings{Cores: 2, SoftMemoryLimit: 1 << 30, Apps: 2, HugeHeap: 256 << 20}},
		{[]string{"scan", "--isolate", "-j", "3", samplesDir}, process.Settings{Cores: 3, HugeHeap: isolateParentHugeHeap}},
		{[]string{scanOneName, "--serve", "--app-jobs", "1"}, process.Settings{Cores: 1, DataLimit: 1 << 30, Apps: 1, HugeHeap: 256 << 20}},
		{[]string{scanOneName, hello}, process.Settings{DataLimit: 1 << 30, HugeHeap: 256 << 20}},
		{[]string{"rules", "list"}, process.Settings{}},
		{[]string{"summarize", "x.jsonl"}, process.Settings{}},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var got *process.Settings
			old := applyProcess
			defer func() { applyProcess = old }()
			applyProcess = func(s process.Settings) (func(), error) { got = &s; return func() {}, nil }
			run(t, tt.args...)
			if got == nil || *got != tt.want {
				t.Errorf("settings %+v, want %+v", got, tt.want)
			}
		})
	}
}
