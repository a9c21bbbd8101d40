package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

const sarifSchemaFile = "../../../../../shared/data/sarif-schema-2.1.0.json"

// TestSARIFValidatesOnSamples scans every sample for real and validates
// the SARIF against the official 2.1.0 schema.
func TestSARIFValidatesOnSamples(t *testing.T) {
	if _, err := os.Stat(sarifSchemaFile); err != nil {
		t.Skipf("SARIF schema not available (%v): ../shared is absent", err)
	}
	sch := compileSchema(t, sarifSchemaFile)
	apks, _ := filepath.Glob(filepath.Join(samplesDir, "*.apk"))
	if len(apks) == 0 {
		t.Fatal("no sample APKs")
	}
	for _, apk := range apks {
		t.Run(filepath.Base(apk), func(t *testing.T) {
			out, stderr, code := run(t, "scan", "--format", "sarif", "--fail-on", "none", apk)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var doc any
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(doc); err != nil {
				t.Fatalf("SARIF invalid: %v", err)
			}
		})
	}
}

func scanJSON(t *testing.T, args ...string) *finding.Result {
	t.Helper()
	out, stderr, code := run(t, append([]string{"scan", "--format", "json", "--fail-on", "none"}, args...)...)
	if code != ExitOK {
		t.Fatalf("scan %v: exit %d: %s", args, code, stderr)
	}
	var r finding.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// TestBaselineRoundTrip: scan, save JSON, rescan with that baseline: no
// finding left and exit 0 even with --fail-on low. Then the next release
// (diff-v2: code moved to another dex, at other offsets) keeps every v1
// id, so only the added findings remain.
func TestBaselineRoundTrip(t *testing.T) {
	dir := t.TempDir()
	v1 := filepath.Join(samplesDir, "diff-v1.apk")
	v2 := filepath.Join(samplesDir, "diff-v2.apk")
	out, _, _ := run(t, "scan", "--format", "json", "--fail-on", "none", v1)
	base := filepath.Join(dir, "v1.json")
	if err := os.WriteFile(base, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, code := run(t, "scan", "--fail-on", "low", v1); code != ExitFindings {
		t.Fatalf("without baseline: exit %d, want %d", code, ExitFindings)
	}
	stdout, stderr, code := run(t, "scan", "--format", "json", "--fail-on", "low", "--baseline", base, v1)
	if code != ExitOK {
		t.Fatalf("with own baseline: exit %d: %s", code, stderr)
	}
	var r finding.Result
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) != 0 || !strings.Contains(stderr, "already in the baseline") {
		t.Errorf("with own baseline: %d findings, stderr %q", len(r.Findings), stderr)
	}

	old := scanJSON(t, v1)
	newer := scanJSON(t, "--baseline", base, v2)
	all := scanJSON(t, v2)
	ids := map[string]bool{}
	for _, f := range all.Findings {
		ids[f.ID] = true
	}
	for _, f := range old.Findings {
		if !ids[f.ID] {
			t.Errorf("v1 finding %s (%s) has another id after the rebuild", f.ID, f.Rule)
		}
	}
	var rulesLeft []string
	for _, f := range newer.Findings {
		rulesLeft = append(rulesLeft, f.Rule)
	}
	slices.Sort(rulesLeft)
	got := strings.Join(rulesLeft, ",")
	if want := "endpoint-analytics-sdk-hosts,manifest-exported-component,permission-location,tracker-mixpanel"; got != want {
		t.Errorf("new since baseline: %s, want %s", got, want)
	}
	if _, _, code := run(t, "scan", "--baseline", filepath.Join(dir, "missing.json"), v1); code != ExitUsage {
		t.Errorf("missing baseline: exit %d, want %d", code, ExitUsage)
	}
}

// TestIgnoreFile: suppression, expiry and strict decoding through the CLI.
func TestIgnoreFile(t *testing.T) {
	v2 := filepath.Join(samplesDir, "diff-v2.apk")
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, yaml  string
		args        []string
		code        int
		left        int // findings in the JSON (-1: no JSON)
		stderrWants string
	}{
		{"suppress-all-medium-and-up", "fail-on: medium\nignore:\n  - {rule: 'tracker-*', reason: reviewed}\n  - {rule: 'endpoint-*', reason: reviewed}\n  - {rule: permission-location, reason: maps}\n",
			nil, ExitOK, 2, "6 findings suppressed"},
		{"config-fail-on-applies", "fail-on: medium\n", nil, ExitFindings, 8, ""},
		{"flag-overrides-config", "fail-on: medium\n", []string{"--fail-on", "high"}, ExitOK, 8, ""},
		{"expired-entry-stops-applying", "fail-on: medium\nignore:\n  - {tracker: Mixpanel, reason: vendor fix, expires: 2020-01-31}\n",
			nil, ExitFindings, 8, "expired on 2020-01-31"},
		{"unexpired-entry", "ignore:\n  - {tracker: Mixpanel, reason: vendor fix, expires: 2999-01-31}\n",
			nil, ExitOK, 7, "1 finding suppressed"},
		{"unknown-key-is-usage-error", "ignore:\n  - {rule: x, reason: r, expire: 2020-01-01}\n", nil, ExitUsage, -1, `.yaml:2: ignore[0]: unknown key "expire"`},
		{"bad-disable-names-the-file", "disable: [tracker-mixpanel, no-such-rule]\n", nil, ExitUsage, -1, `bad-disable-names-the-file.yaml:1: disable no-such-rule: no such rule`},
		{"bad-fail-on-names-the-file", "fail-on: hihg\n", nil, ExitUsage, -1, `bad-fail-on-names-the-file.yaml:1: fail-on: unknown severity "hihg"`},
		{"disable-from-config", "disable: [tracker-mixpanel]\n", nil, ExitOK, 7, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := write(tt.name+".yaml", tt.yaml)
			args := append([]string{"scan", "--format", "json", "--config", cfg, v2}, tt.args...)
			out, stderr, code := run(t, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderrWants) {
				t.Errorf("stderr %q lacks %q", stderr, tt.stderrWants)
			}
			if tt.left < 0 {
				return
			}
			var r finding.Result
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatal(err)
			}
			if len(r.Findings) != tt.left {
				t.Errorf("%d findings left, want %d", len(r.Findings), tt.left)
			}
		})
	}
}

// TestDiffSamples: diff-v2 adds exactly a tracker, an endpoint, a
// permission and an exported receiver; nothing is removed. Inputs may be
// APKs or JSON reports.
func TestDiffSamples(t *testing.T) {
	v1 := filepath.Join(samplesDir, "diff-v1.apk")
	v2 := filepath.Join(samplesDir, "diff-v2.apk")
	report := filepath.Join(t.TempDir(), "v1.json")
	out, _, _ := run(t, "scan", "--format", "json", v1)
	if err := os.WriteFile(report, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"tracker Mixpanel",
		"endpoint api.mixpanel.com",
		"permission android.permission.ACCESS_FINE_LOCATION",
		"exported-component receiver org.apkscan.sample.diff.PushReceiver",
	}
	for _, old := range []string{v1, report} {
		t.Run(filepath.Ext(old), func(t *testing.T) {
			out, stderr, code := run(t, "diff", "--format", "json", old, v2)
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d: %s", code, ExitFindings, stderr)
			}
			var d finding.Diff
			if err := json.Unmarshal([]byte(out), &d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range d.Added {
				got = append(got, it.Kind+" "+it.Key)
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") || len(d.Removed) != 0 {
				t.Errorf("added:\n%s\nremoved: %v", strings.Join(got, "\n"), d.Removed)
			}
		})
	}
	// Reversed, the same items are removals and nothing is added: exit 0.
	out, _, code := run(t, "diff", v2, v1)
	if code != ExitOK || !strings.Contains(out, "0 added, 4 removed") {
		t.Errorf("reverse diff: exit %d\n%s", code, out)
	}
	// Gate: everything added is medium or low.
	if _, _, code := run(t, "diff", "--fail-on", "high", v1, v2); code != ExitOK {
		t.Errorf("--fail-on high: exit %d, want 0", code)
	}
	if _, _, code := run(t, "diff", "--format", "xml", v1, v2); code != ExitUsage {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
}

func TestDiffSARIF(t *testing.T) {
	if _, err := os.Stat(sarifSchemaFile); err != nil {
		t.Skipf("SARIF schema not available (%v): ../shared is absent", err)
	}
	out, stderr, code := run(t, "diff", "--format", "sarif", filepath.Join(samplesDir, "diff-v1.apk"), filepath.Join(samplesDir, "diff-v2.apk"))
	if code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if err := compileSchema(t, sarifSchemaFile).Validate(doc); err != nil {
		t.Fatalf("SARIF invalid: %v", err)
	}
	if n := strings.Count(out, `"apkscanFindingId/v1"`); n != 4 {
		t.Errorf("%d results, want the 4 added items", n)
	}
}

// TestConfigDiscovery: --config wins; else .apkscan.yaml in the working
// directory (a repository's root), then the one next to the app; the
// result names the file used, or none.
func TestConfigDiscovery(t *testing.T) {
	app, err := filepath.Abs(filepath.Join(samplesDir, "identifiers.apk")) // fails the default gate
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(app)
	if err != nil {
		t.Fatal(err)
	}
	root, appDir, explicit := t.TempDir(), t.TempDir(), filepath.Join(t.TempDir(), "ci.yaml")
	nextTo := filepath.Join(appDir, "app.apk")
	for p, body := range map[string]string{
		filepath.Join(root, ".apkscan.yaml"):   "fail-on: none\n",
		filepath.Join(appDir, ".apkscan.yaml"): "fail-on: critical\n",
		explicit:                               "fail-on: high\n",
		nextTo:                                 string(data),
	} {
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		name, wd, app string
		args          []string
		code          int
		config        string
	}{
		{"working directory", root, app, nil, ExitOK, filepath.Join(root, ".apkscan.yaml")},
		{"working directory over the app's", root, nextTo, nil, ExitOK, filepath.Join(root, ".apkscan.yaml")},
		{"next to the app", t.TempDir(), nextTo, nil, ExitOK, filepath.Join(appDir, ".apkscan.yaml")},
		{"none", t.TempDir(), app, nil, ExitFindings, "none"},
		{"--config wins", root, nextTo, []string{"--config", explicit}, ExitFindings, explicit},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(tt.wd)
			out, stderr, code := run(t, append([]string{"scan", "-f", "json", tt.app}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, stderr)
			}
			var r finding.Result
			if err := json.Unmarshal([]byte(out), &r); err != nil || r.Config != tt.config {
				t.Errorf("config %q (%v), want %q", r.Config, err, tt.config)
			}
		})
	}
}

// TestBatchSARIF: a batch writes one SARIF log, valid against the 2.1.0
// schema, with one artifact per app, and an app it could not read as an
// unsuccessful invocation.
func TestBatchSARIF(t *testing.T) {
	if _, err := os.Stat(sarifSchemaFile); err != nil {
		t.Skipf("SARIF schema not available (%v): ../shared is absent", err)
	}
	notZip := filepath.Join(t.TempDir(), "broken.apk")
	if err := os.WriteFile(notZip, []byte("not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	apks := sampleAPKs(t)
	out, stderr, code := run(t, append([]string{"scan", "-f", "sarif", "--fail-on", "none", "--sort", notZip}, apks...)...)
	if code != ExitInput {
		t.Fatalf("exit %d, want 3 for the broken app: %s", code, stderr)
	}
	var doc any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if err := compileSchema(t, sarifSchemaFile).Validate(doc); err != nil {
		t.Fatalf("SARIF invalid: %v", err)
	}
	var log struct {
		Runs []struct {
			Artifacts   []struct{ Location struct{ URI string } }
			Invocations []struct{ ExecutionSuccessful bool }
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%d runs (%v)", len(log.Runs), err)
	}
	run := log.Runs[0]
	failed := 0
	for _, inv := range run.Invocations {
		if !inv.ExecutionSuccessful {
			failed++
		}
	}
	if len(run.Artifacts) != len(apks) || len(run.Invocations) != len(apks)+1 || failed != 1 {
		t.Errorf("%d artifacts, %d invocations (%d failed) for %d apps and one broken file", len(run.Artifacts), len(run.Invocations), failed, len(apks))
	}
}
