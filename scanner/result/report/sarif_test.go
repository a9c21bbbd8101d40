package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/apkscan/apkscan/scanner/finding"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// sarifSchemaPath is the official OASIS schema, shared read-only data.
const sarifSchemaPath = "../../../../shared/data/sarif-schema-2.1.0.json"

func intp(i int) *int { return &i }

// sampleResult is a small result with every kind of finding a writer must
// handle: a tracker, a manifest finding without class, a code path with a
// guard step, a bundled block list, and a diagnostic.
func sampleResult() *finding.Result {
	return &finding.Result{
		SchemaVersion: finding.SchemaVersion,
		Tool:          finding.Tool{Name: "apkscan", Version: "test", RulesDigest: "sha256:00"},
		Target: finding.Target{Path: "samples/example.apk", SHA256: "ab12", Size: 1234, Package: "org.example",
			VersionName: "1.0", VersionCode: 1, MinSdk: 21, TargetSdk: 33, DexFiles: 2},
		Rules: []finding.RuleInfo{
			{ID: "incognito-url-to-tracker", Title: "URL sent to a tracker without an incognito check", Category: "incognito-bypass",
				Severity: finding.SeverityCritical, Description: "A browser callback sends the page URL to an analytics SDK.",
				References: []string{"https://example.org/incognito"}},
			{ID: "manifest-debuggable", Title: "Application is debuggable", Category: "manifest", Severity: finding.SeverityHigh,
				Description: "Anyone can attach a debugger."},
			{ID: "tracker-sensors-analytics", Title: "Sensors Analytics SDK", Category: "tracker", Severity: finding.SeverityMedium,
				Description: "Sensors Analytics SDK.", References: []string{"https://github.com/sensorsdata/sa-sdk-android", "https://reports.exodus-privacy.eu.org/"}},
			{ID: "unused-rule", Title: "A rule that matched nothing", Category: "endpoint", Severity: finding.SeverityLow},
			{ID: "bundled-blocklist", Title: "Bundled ad/tracker block list", Category: "blocklist", Severity: finding.SeverityInfo,
				Description: "The app ships an ad or tracker block list.", References: []string{"https://man7.org/linux/man-pages/man5/hosts.5.html"}},
		},
		Findings: []finding.Finding{
			{ID: "1111111111111111", Rule: "incognito-url-to-tracker", Category: "incognito-bypass", Severity: finding.SeverityCritical,
				Title: "URL sent to a tracker without an incognito check", Message: "onPageFinished sends the URL to SensorsDataAPI.track",
				Evidence: []finding.Evidence{{Entry: "classes2.dex", Class: "Lorg/example/Client;", Method: "onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V", Offset: intp(0x1c)}},
				Path: []finding.Step{
					{Kind: "entry", Evidence: finding.Evidence{Entry: "classes2.dex", Class: "Lorg/example/Client;", Method: "onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V"}},
					{Kind: "source", Evidence: finding.Evidence{Entry: "classes2.dex", Class: "Lorg/example/Client;", Method: "onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V", Value: "url parameter"}, To: "v5"},
					{Kind: "move", Evidence: finding.Evidence{Entry: "classes2.dex", Class: "Lorg/example/Client;", Method: "onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V", Offset: intp(0x4)},
						Inst: "move-object v0, v5", From: "v5", To: "v0"},
					{Kind: "guard", Evidence: finding.Evidence{Entry: "classes2.dex", Class: "Lorg/example/Settings;", Method: "isIncognito()Z", Value: "incognito check absent on this path"}},
					{Kind: "sink", Evidence: finding.Evidence{Entry: "classes.dex", Class: "Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;", Method: "track(Ljava/lang/String;Lorg/json/JSONObject;)V", Offset: intp(0x30)}, From: "v0"},
				},
				Flow: &finding.Flow{Paths: 2, Entries: 1, Hosts: []string{"sa.example.org"}, Examples: [][]finding.Step{{
					{Kind: "entry", Evidence: finding.Evidence{Entry: "classes2.dex", Class: "Lorg/example/Client;", Method: "onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V"}},
					{Kind: "source", Evidence: finding.Evidence{Entry: "classes2.dex", Class: "Lorg/example/Client;", Method: "onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V", Value: "url parameter"}, To: "v5"},
					{Kind: "sink", Evidence: finding.Evidence{Entry: "classes.dex", Class: "Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;", Method: "track(Ljava/lang/String;Lorg/json/JSONObject;)V", Offset: intp(0x30)}, From: "v5"},
				}}}},
			{ID: "2222222222222222", Rule: "manifest-debuggable", Category: "manifest", Severity: finding.SeverityHigh,
				Title: "Application is debuggable", Message: "Application is debuggable: flag:debuggable=true",
				Evidence: []finding.Evidence{{Entry: "AndroidManifest.xml", Value: "android:debuggable=true"}}},
			{ID: "3333333333333333", Rule: "tracker-sensors-analytics", Category: "tracker", Severity: finding.SeverityMedium,
				Title: "Sensors Analytics SDK", Message: "Sensors Analytics (evidence: defined-classes)",
				Tracker: &finding.Tracker{Name: "Sensors Analytics", Evidence: finding.EvidenceDefinedClasses, Levels: []string{"defined-classes", "strings"}, DefinedClasses: 3},
				Evidence: []finding.Evidence{{Entry: "classes.dex", Class: "Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;"},
					{Entry: "assets/my config.json", Value: "https://x.sensorsdata.cn/sa"}}},
			{ID: "4444444444444444", Rule: "bundled-blocklist", Category: "blocklist", Severity: finding.SeverityInfo,
				Title: "Bundled ad/tracker block list", Message: "bundled ad/tracker block list, 2361 hosts (domain list): assets/hosts.txt",
				Evidence: []finding.Evidence{{Entry: "assets/hosts.txt", Value: "bundled ad/tracker block list, 2361 hosts (domain list)"}}},
		},
		Diagnostics: []finding.Diagnostic{{Entry: "classes3.dex", Severity: finding.DiagWarning, Message: "dex: truncated"}},
	}
}

// validateSARIF checks b against the official SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, b []byte) {
	t.Helper()
	if err := sarifSchemaErr(t, b); err != nil {
		t.Fatalf("SARIF output does not validate: %v", err)
	}
}

func sarifSchemaErr(t *testing.T, b []byte) error {
	t.Helper()
	if _, err := os.Stat(sarifSchemaPath); err != nil {
		t.Skipf("SARIF schema not available (%v): ../shared is absent", err)
	}
	sch, err := jsonschema.NewCompiler().Compile(sarifSchemaPath)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return sch.Validate(doc)
}

// TestSARIFSchemaRejects proves the validator can fail: a level SARIF does
// not define must be rejected.
func TestSARIFSchemaRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := writeSARIF(&buf, sampleResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(buf.Bytes(), []byte(`"level": "warning"`), []byte(`"level": "fatal"`), 1)
	if bytes.Equal(bad, buf.Bytes()) {
		t.Fatal("no warning level to corrupt")
	}
	if sarifSchemaErr(t, bad) == nil {
		t.Error("schema accepted level \"fatal\"")
	}
}

func TestSARIFGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := writeSARIF(&buf, sampleResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, buf.Bytes())
	golden := filepath.Join("testdata", "sample.sarif")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("SARIF differs from %s (go test -update to accept):\n%s", golden, buf.String())
	}
}

// sarifRuns decodes a log's runs.
func sarifRuns(t *testing.T, b []byte) []sarifRun {
	t.Helper()
	var log struct{ Runs []sarifRun }
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	return log.Runs
}

// TestSARIFContract pins the mapping rules the golden file would hide in
// bulk, the ones GitHub code scanning needs: every location is the
// scanned file as given, at line 1, with entry, class and method as a
// logical location; rules are tagged security and have a help URI.
func TestSARIFContract(t *testing.T) {
	var buf bytes.Buffer
	if err := writeSARIF(&buf, sampleResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	runs := sarifRuns(t, buf.Bytes())
	if len(runs) != 1 {
		t.Fatalf("%d runs for one app", len(runs))
	}
	run := runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
		if tags := r.Properties["tags"].([]any); tags[0] != "security" || r.HelpURI == "" {
			t.Errorf("rule %s: tags %v, helpUri %q", r.ID, tags, r.HelpURI)
		}
	}
	if got := strings.Join(ids, ","); got != "bundled-blocklist,incognito-url-to-tracker,manifest-debuggable,tracker-sensors-analytics,unused-rule" {
		t.Errorf("rules %s: want every rule that ran, sorted by id", got)
	}
	tests := []struct {
		i                   int
		level, rule, fp, fq string
		flows               int
	}{
		{0, "error", "incognito-url-to-tracker", "1111111111111111", "classes2.dex!Lorg/example/Client;->onPageFinished(Landroid/webkit/WebView;Ljava/lang/String;)V @0x1c", 5},
		{1, "error", "manifest-debuggable", "2222222222222222", "AndroidManifest.xml", 0},
		{2, "warning", "tracker-sensors-analytics", "3333333333333333", "classes.dex!Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;", 0},
		{3, "note", "bundled-blocklist", "4444444444444444", "assets/hosts.txt", 0},
	}
	for _, tt := range tests {
		r := run.Results[tt.i]
		if r.Level != tt.level || r.RuleID != tt.rule || r.PartialFingerprints[fingerprintKey] != tt.fp {
			t.Errorf("result %d: level %s rule %s fp %v", tt.i, r.Level, r.RuleID, r.PartialFingerprints)
		}
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d names %s", tt.i, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID)
		}
		loc := r.Locations[0]
		if al := loc.PhysicalLocation.ArtifactLocation; al.URI != "samples/example.apk" || al.Index == nil || *al.Index != 0 {
			t.Errorf("result %d: artifact %+v, want the scanned file", tt.i, al)
		}
		if loc.PhysicalLocation.Region == nil || loc.PhysicalLocation.Region.StartLine != 1 {
			t.Errorf("result %d: region %+v, want startLine 1", tt.i, loc.PhysicalLocation.Region)
		}
		if len(loc.LogicalLocations) != 1 || loc.LogicalLocations[0].FullyQualifiedName != tt.fq {
			t.Errorf("result %d: logical location %+v, want %s", tt.i, loc.LogicalLocations, tt.fq)
		}
		n := 0
		if len(r.CodeFlows) > 0 {
			n = len(r.CodeFlows[0].ThreadFlows[0].Locations)
		}
		if n != tt.flows {
			t.Errorf("result %d: %d thread-flow steps, want %d", tt.i, n, tt.flows)
		}
	}
	if r := run.Results[0]; len(r.CodeFlows) != 2 || r.Properties["paths"] != float64(2) {
		t.Errorf("result 0: %d code flows, paths %v: want the path and its example, paths 2", len(r.CodeFlows), r.Properties["paths"])
	}
	if h, _ := run.Results[0].Properties["hosts"].([]any); len(h) != 1 || h[0] != "sa.example.org" {
		t.Errorf("result 0: hosts %v, want [sa.example.org]", run.Results[0].Properties["hosts"])
	}
	if got := run.Results[2].Locations[1].LogicalLocations[0].FullyQualifiedName; got != "assets/my config.json" {
		t.Errorf("asset evidence: logical location %q", got)
	}
	if got := run.Tool.Driver.Rules[3].HelpURI; got != "https://github.com/sensorsdata/sa-sdk-android" {
		t.Errorf("helpUri %q", got)
	}
	if got := run.Tool.Driver.Rules[2].HelpURI; got != rulesHelpURI {
		t.Errorf("helpUri of a rule without references %q", got)
	}
	inv := run.Invocations[0]
	if !inv.ExecutionSuccessful || inv.ToolExecutionNotifications[0].Message.Text != "classes3.dex: dex: truncated" {
		t.Errorf("invocation %+v", inv)
	}
}

// TestSARIFPartialReadIsNotSuccessful: an error diagnostic (part of the
// app was not read) makes the invocation unsuccessful.
func TestSARIFPartialReadIsNotSuccessful(t *testing.T) {
	r := sampleResult()
	r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Entry: "classes2.dex", Severity: finding.DiagError, Message: "dex: header: file_size past end"})
	var buf bytes.Buffer
	if err := writeSARIF(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, buf.Bytes())
	if sarifRuns(t, buf.Bytes())[0].Invocations[0].ExecutionSuccessful {
		t.Error("executionSuccessful with an error diagnostic")
	}
}

// TestSARIFSplitsAtGitHubLimits: a batch past the results-per-run and
// bytes-per-file limits is split into runs and files (the later ones
// through Options.More, said through Options.Note); every file validates.
func TestSARIFSplitsAtGitHubLimits(t *testing.T) {
	defer func(r, b int) { maxResultsPerRun, maxSARIFBytes = r, b }(maxResultsPerRun, maxSARIFBytes)
	maxResultsPerRun, maxSARIFBytes = 5, 12_000
	var recs []finding.Record
	for i := range 7 {
		r := sampleResult()
		r.Target.Path = fmt.Sprintf("apps/app%d.apk", i)
		recs = append(recs, finding.Record{Result: r})
	}
	recs = append(recs, finding.Record{Error: &finding.ErrorRecord{Path: "apps/broken.apk", Error: "not a zip archive", Exit: 3}})
	var first bytes.Buffer
	var more []*bytes.Buffer
	var notes []string
	o := Options{
		More: func(n int) (io.Writer, string, error) {
			more = append(more, &bytes.Buffer{})
			return more[len(more)-1], fmt.Sprintf("out-%d.sarif", n), nil
		},
		Note: func(s string) { notes = append(notes, s) },
	}
	if err := Batch.Write(&first, "sarif", slices.Values(recs), o); err != nil {
		t.Fatal(err)
	}
	files := append([]*bytes.Buffer{&first}, more...)
	runs, results, failed := 0, 0, 0
	for _, f := range files {
		validateSARIF(t, f.Bytes())
		if f.Len() > maxSARIFBytes && len(sarifRuns(t, f.Bytes())) > 1 {
			t.Errorf("a file of %d bytes holds several runs", f.Len())
		}
		for _, run := range sarifRuns(t, f.Bytes()) {
			runs++
			if len(run.Results) > maxResultsPerRun {
				t.Errorf("a run of %d results", len(run.Results))
			}
			results += len(run.Results)
			for _, inv := range run.Invocations {
				if !inv.ExecutionSuccessful {
					failed++
				}
			}
		}
	}
	if runs < 7 || len(files) < 2 || results != 7*4 || failed != 1 {
		t.Errorf("%d files, %d runs, %d results, %d failed apps", len(files), runs, results, failed)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "out-2.sarif") {
		t.Errorf("notes %q", notes)
	}
	notes = nil
	o.More = nil
	var one bytes.Buffer
	if err := Batch.Write(&one, "sarif", slices.Values(recs), o); err != nil {
		t.Fatal(err)
	}
	if len(sarifRuns(t, one.Bytes())) != runs || len(notes) != 1 || !strings.Contains(notes[0], "-o FILE") {
		t.Errorf("without More: %d runs, notes %q", len(sarifRuns(t, one.Bytes())), notes)
	}
}

func TestSARIFLevel(t *testing.T) {
	want := map[finding.Severity]string{finding.SeverityCritical: "error", finding.SeverityHigh: "error",
		finding.SeverityMedium: "warning", finding.SeverityLow: "note", finding.SeverityInfo: "note"}
	for s, l := range want {
		if got := SARIFLevel(s); got != l {
			t.Errorf("SARIFLevel(%s) = %s, want %s", s, got, l)
		}
	}
}
