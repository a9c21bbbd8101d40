package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
)

// TestMain lets the test binary stand in for apkscan when --isolate
// re-executes os.Args[0] as a child: the child runs cli.Run and exits.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == scanOneName {
		os.Exit(Run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// parseJSONL decodes every line; any line that fails is a test failure.
func parseJSONL(t *testing.T, out string) map[string]finding.Record {
	t.Helper()
	lines := map[string]finding.Record{}
	_, err := batch.ReadLines(strings.NewReader(out), func(l finding.Record) error {
		if _, dup := lines[l.Path()]; dup {
			t.Errorf("two records for %s", l.Path())
		}
		lines[l.Path()] = l
		return nil
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return lines
}

func sampleAPKs(t *testing.T) []string {
	t.Helper()
	apks, _ := filepath.Glob(samplesDir + "/*.apk")
	if len(apks) < 5 {
		t.Fatalf("want the sample APKs in %s, found %d", samplesDir, len(apks))
	}
	return apks
}

// TestBatchSamplesMatchSingleScans: a folder batch writes one record per
// app, and each record is the document `scan -f json` writes for it.
func TestBatchSamplesMatchSingleScans(t *testing.T) {
	apks := sampleAPKs(t)
	for _, extra := range [][]string{{"-j", "2"}, {"-j", "2", "--isolate", "--sort"}} {
		t.Run(strings.Join(extra, " "), func(t *testing.T) {
			args := append([]string{"scan", "-f", "jsonl", "--fail-on", "none", samplesDir}, extra...)
			out, stderr, code := run(t, args...)
			if code != ExitOK {
				t.Fatalf("exit %d, stderr: %s", code, stderr)
			}
			lines := parseJSONL(t, out)
			if len(lines) != len(apks) {
				t.Errorf("%d records for %d apps", len(lines), len(apks))
			}
			for _, p := range apks {
				single, _, _ := run(t, "scan", "-f", "json", "--fail-on", "none", p)
				var want, got any
				json.Unmarshal([]byte(single), &want)
				b, _ := json.Marshal(lines[p].Result)
				json.Unmarshal(b, &got)
				if lines[p].Result == nil || !reflect.DeepEqual(got, want) {
					t.Errorf("%s: batch record differs from the single-app scan", p)
				}
			}
		})
	}
}

// TestBatchFiltersLikeSingleScans: a batch, in this process or in
// isolated children, filters each record as a single scan with the same
// project file and severity floor does (one filter, whoever scans).
func TestBatchFiltersLikeSingleScans(t *testing.T) {
	apks := sampleAPKs(t)
	cfg := filepath.Join(t.TempDir(), "project.yaml")
	if err := os.WriteFile(cfg, []byte("ignore:\n  - rule: 'permission-*'\n    reason: reviewed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	filters := []string{"--config", cfg, "--min-severity", "low", "--fail-on", "none"}
	for _, extra := range [][]string{{"-j", "2"}, {"-j", "2", "--isolate"}} {
		t.Run(strings.Join(extra, " "), func(t *testing.T) {
			out, stderr, code := run(t, append(append([]string{"scan", "-f", "jsonl", samplesDir}, filters...), extra...)...)
			if code != ExitOK {
				t.Fatalf("exit %d, stderr: %s", code, stderr)
			}
			lines := parseJSONL(t, out)
			suppressed := 0
			for _, p := range apks {
				single, _, _ := run(t, append([]string{"scan", "-f", "json", p}, filters...)...)
				var want, got any
				json.Unmarshal([]byte(single), &want)
				b, _ := json.Marshal(lines[p].Result)
				json.Unmarshal(b, &got)
				if lines[p].Result == nil || !reflect.DeepEqual(got, want) {
					t.Errorf("%s: batch record differs from the single-app scan", p)
					continue
				}
				suppressed += len(lines[p].Result.Suppressed)
				for _, f := range lines[p].Result.Findings {
					if f.Severity < finding.SeverityLow || strings.HasPrefix(f.Rule, "permission-") {
						t.Errorf("%s: %s (%s) passed the filter", p, f.Rule, f.Severity)
					}
				}
			}
			if suppressed == 0 {
				t.Error("no record holds a suppressed finding: the ignore entry did not apply")
			}
		})
	}
}

// TestBatchFaults: broken inputs each cost one record, no good record is
// lost, and the batch exits 3, in process and with --isolate.
func TestBatchFaults(t *testing.T) {
	dir := t.TempDir()
	hello := samplesDir + "/hello.apk"
	truncated := truncateInEntry(t, samplesDir+"/multidex.apk", "classes2.dex")
	type want int
	const (
		result    want = iota // a clean result
		errRecord             // an error record
		either                // an error record, or a result with diagnostics
	)
	cases := map[string]want{
		writeFile(t, dir, "hello.apk", readFile(t, hello)):                               result,
		writeFile(t, dir, "identifiers.apk", readFile(t, samplesDir+"/identifiers.apk")): result,
		writeFile(t, dir, "direntry.apk", withDirEntry(t, hello)):                        result,
		writeFile(t, dir, "bomb.apk", zipBomb(t, hello)):                                 either,
		writeFile(t, dir, "truncated.apk", truncated):                                    either,
		writeFile(t, dir, "notzip.apk", []byte("definitely not a zip")):                  errRecord,
	}
	xdir := filepath.Join(dir, "x.apk")
	if err := os.Mkdir(xdir, 0o755); err != nil {
		t.Fatal(err)
	}
	cases[xdir] = errRecord
	for _, extra := range [][]string{{"-j", "2"}, {"-j", "2", "--isolate", "--memory-limit", "1GiB"}} {
		t.Run(strings.Join(extra, " "), func(t *testing.T) {
			out, stderr, code := run(t, append([]string{"scan", "-f", "jsonl", dir}, extra...)...)
			if code != ExitInput {
				t.Errorf("exit %d, want %d; stderr: %s", code, ExitInput, stderr)
			}
			lines := parseJSONL(t, out)
			if len(lines) != len(cases) {
				t.Errorf("%d records for %d inputs:\n%s", len(lines), len(cases), out)
			}
			for p, w := range cases {
				l, ok := lines[p]
				switch {
				case !ok:
					t.Errorf("%s: no record", p)
				case w == result && (l.Result == nil || l.Error != nil):
					t.Errorf("%s: want a result, got error %+v", p, l.Error)
				case w == errRecord && (l.Error == nil || l.Error.Exit != ExitInput || l.Error.Error == ""):
					t.Errorf("%s: want an error record with exit 3, got %+v", p, l)
				case w == either && l.Error == nil && len(l.Result.Diagnostics) == 0:
					t.Errorf("%s: neither an error record nor a diagnostic", p)
				}
			}
		})
	}
}

// TestBatchExitPrecedence: a failure outranks findings; findings at or
// above --fail-on give 1; the table has one line per app and a total.
func TestBatchExitPrecedence(t *testing.T) {
	notZip := writeFile(t, t.TempDir(), "notzip.apk", []byte("PK no"))
	tests := []struct {
		name string
		args []string
		code int
		rows int
	}{
		{"clean", []string{samplesDir + "/hello.apk", samplesDir + "/multidex.apk"}, ExitOK, 2},
		{"findings", []string{samplesDir + "/hello.apk", samplesDir + "/identifiers.apk"}, ExitFindings, 2},
		{"findings ungated", []string{"--fail-on", "none", samplesDir + "/identifiers.apk", samplesDir + "/hello.apk"}, ExitOK, 2},
		{"failure wins", []string{samplesDir + "/identifiers.apk", notZip}, ExitInput, 2},
		{"missing file", []string{samplesDir + "/hello.apk", "/nonexistent/a.apk"}, ExitInput, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := run(t, append([]string{"scan", "--sort"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != tt.rows+2 || !strings.HasPrefix(lines[0], "PATH") || !strings.Contains(lines[len(lines)-1], "apps:") {
				t.Errorf("want header, %d rows, total:\n%s", tt.rows, out)
			}
		})
	}
}

// TestBatchUsage: batch flags are checked before any scan.
func TestBatchUsage(t *testing.T) {
	tests := []struct {
		args []string
		has  string
	}{
		{[]string{"scan", "-f", "json", samplesDir}, `unknown format "json" for a batch (want text, jsonl, sarif, html, gitlab)`},
		{[]string{"scan", "--shard", "3/3", samplesDir}, "--shard"},
		{[]string{"scan", "--shard", "x", samplesDir}, "--shard"},
		{[]string{"scan", "--jobs", "0", samplesDir}, "--jobs"},
		{[]string{"scan", "--memory-limit", "lots", samplesDir}, "--memory-limit"},
		{[]string{"scan", "--baseline", "b.json", samplesDir}, "--baseline"},
		{[]string{"scan", "--from-file", "/nonexistent/list"}, "--from-file"},
		{[]string{"scan"}, "requires an app"},
		{[]string{"summarize"}, "requires at least one"},
		{[]string{"summarize", "-f", "xml", "x.jsonl"}, "--format"},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, tt.args...)
		if code != ExitUsage || !strings.Contains(stderr, tt.has) {
			t.Errorf("%v: exit %d stderr %q, want 2 and %q", tt.args, code, stderr, tt.has)
		}
	}
}

func shaSet(t *testing.T, out string) []string {
	t.Helper()
	var shas []string
	for _, l := range parseJSONL(t, out) {
		shas = append(shas, l.SHA256())
	}
	sort.Strings(shas)
	return shas
}

// TestBatchShardsPartition: N shards cover every app exactly once, and a
// list file names the same apps as the folder.
func TestBatchShardsPartition(t *testing.T) {
	apks := sampleAPKs(t)
	list := writeFile(t, t.TempDir(), "list.txt", []byte("# samples\n\n"+strings.Join(apks, "\n")+"\n"))
	all, _, _ := run(t, "scan", "-f", "jsonl", "--fail-on", "none", samplesDir)
	want := shaSet(t, all)
	var got []string
	for i := range 3 {
		out, stderr, code := run(t, "scan", "-f", "jsonl", "--fail-on", "none", "--shard", string(rune('0'+i))+"/3", "--from-file", list)
		if code != ExitOK {
			t.Fatalf("shard %d: exit %d: %s", i, code, stderr)
		}
		shard := shaSet(t, out)
		if len(shard) == 0 || len(shard) == len(want) {
			t.Logf("shard %d/3 holds %d of %d apps", i, len(shard), len(want))
		}
		got = append(got, shard...)
	}
	sort.Strings(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("shards hold %d apps, want each of %d exactly once", len(got), len(want))
	}
}

// TestBatchResume: a second run skips what the first recorded (even
// after a line cut short by a kill) and appends the rest.
func TestBatchResume(t *testing.T) {
	apks := sampleAPKs(t)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	if _, stderr, code := run(t, "scan", "--fail-on", "none", "--shard", "0/2", "--resume", out, samplesDir); code != ExitOK {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	first := readFile(t, out)
	f, _ := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"schemaVersion":1,"tool":{"na`) // a run killed mid-line
	f.Close()
	_, stderr, code := run(t, "scan", "--fail-on", "none", "--resume", out, samplesDir)
	if code != ExitOK {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	all := readFile(t, out)
	if !bytes.HasPrefix(all, first) {
		t.Errorf("the second run rewrote the first run's records")
	}
	if n := len(parseJSONL(t, string(all))); n != len(apks) {
		t.Errorf("%d records after resume, want %d", n, len(apks))
	}
	if !strings.Contains(stderr, "skipped") {
		t.Errorf("stderr does not say what was skipped: %s", stderr)
	}
	if _, _, code := run(t, "scan", "-f", "table", "--resume", out, samplesDir); code != ExitUsage {
		t.Errorf("--resume with --format table: exit %d, want 2", code)
	}
}

// TestAppWorkers: --jobs bounds the batch; spare workers go to the apps
// only when there are fewer apps than workers.
func TestAppWorkers(t *testing.T) {
	for _, tc := range []struct{ jobs, apps, want int }{
		{1, 93, 1},
		{1, 1, 1},
		{2, 93, 1},
		{2, 1, 2},
		{4, 2, 2},
		{3, 2, 1},
		{8, 3, 2},
		{0, 5, 1},
		{2, 0, 2},
	} {
		if got := appWorkers(tc.jobs, tc.apps); got != tc.want {
			t.Errorf("appWorkers(jobs %d, apps %d) = %d, want %d", tc.jobs, tc.apps, got, tc.want)
		}
	}
}

// TestBatchRuleErrorWritesNothing: the rules load while the first apps are
// read, but a rule error still ends a batch with exit 2 before any output:
// no record on stdout, -o not created, a --resume file untouched.
func TestBatchRuleErrorWritesNothing(t *testing.T) {
	bad := "../../../../rules/testdata/invalid"
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	resume := filepath.Join(dir, "resume.jsonl")
	const kept = `{"path":"earlier.apk","sha256":"` + "0000000000000000000000000000000000000000000000000000000000000000" + `","error":"x","exit":3}` + "\n"
	if err := os.WriteFile(resume, []byte(kept), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"scan", "-f", "jsonl", "-j", "2", "--rules", bad, samplesDir},
		{"scan", "-f", "jsonl", "-j", "1", "--rules", bad, samplesDir},
		{"scan", "-f", "jsonl", "-j", "2", "--rules", bad, "-o", out, samplesDir},
		{"scan", "-j", "2", "--rules", bad, "--resume", resume, samplesDir},
	} {
		stdout, stderr, code := run(t, args...)
		if code != ExitUsage || stdout != "" || !strings.Contains(stderr, "unknown key") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, nothing, the rule error", args, code, stdout, stderr)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("-o file exists after a rule error (%v)", err)
	}
	if b, err := os.ReadFile(resume); err != nil || string(b) != kept {
		t.Errorf("--resume file after a rule error: %q, %v; want it unchanged", b, err)
	}
}
