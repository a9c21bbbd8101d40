package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

// TestRegistry pins each document's formats: text first everywhere, the
// old word `table` still accepted where it was used, unknown names refused
// with the list.
func TestRegistry(t *testing.T) {
	type doc interface {
		Formats() []string
		Check(string) (string, error)
	}
	tests := []struct {
		name    string
		d       doc
		formats []string
		aliases map[string]string
	}{
		{"result", Result, []string{"text", "json", "sarif", "html", "gitlab"}, map[string]string{"table": "text"}},
		{"batch", Batch, []string{"text", "jsonl", "sarif", "html", "gitlab"}, map[string]string{"table": "text"}},
		{"info", Info, []string{"text", "json"}, nil},
		{"diff", Diff, []string{"text", "json", "sarif"}, nil},
		{"summary", Summary, []string{"text", "json", "csv"}, map[string]string{"table": "text"}},
		{"strings", Strings, []string{"text", "json"}, map[string]string{"jsonl": "json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Formats(); !slices.Equal(got, tt.formats) {
				t.Errorf("Formats() = %v, want %v", got, tt.formats)
			}
			for alias, want := range tt.aliases {
				if got, err := tt.d.Check(alias); err != nil || got != want {
					t.Errorf("Check(%q) = %q, %v; want %q", alias, got, err, want)
				}
			}
			_, err := tt.d.Check("xml")
			if err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) || !strings.Contains(err.Error(), strings.Join(tt.formats, ", ")) {
				t.Errorf("Check(xml) = %v", err)
			}
		})
	}
}

// TestSARIFSuppressions: a suppressed finding is a SARIF result carrying
// its suppression, so code scanning shows it as dismissed, not as new.
func TestSARIFSuppressions(t *testing.T) {
	r := sampleResult()
	f := r.Findings[0]
	r.Suppressed = []finding.Suppressed{{Finding: f, Kind: finding.SuppressedByIgnore, Justification: ".apkscan.yaml:4: reviewed"}}
	var buf bytes.Buffer
	if err := Result.Write(&buf, "sarif", r, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, `"suppressions": [`) || !strings.Contains(out, `"justification": ".apkscan.yaml:4: reviewed"`) || !strings.Contains(out, `"kind": "external"`) {
		t.Errorf("no suppression in SARIF:\n%s", out)
	}
}

// TestBatchTableFitsLongPaths: a path longer than the column keeps its
// file name and the columns stay aligned.
func TestBatchTableFitsLongPaths(t *testing.T) {
	long := strings.Repeat("very-long-folder/", 6) + "app-release.apk"
	recs := []finding.Record{
		{Result: &finding.Result{Target: finding.Target{Path: long, Package: "com.example"}}},
		{Error: &finding.ErrorRecord{Path: "short.apk", Error: "not a zip"}},
	}
	var buf bytes.Buffer
	if err := Batch.Write(&buf, "text", slices.Values(recs), Options{Paths: []string{long, "short.apk"}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	col := strings.Index(lines[0], "PACKAGE")
	for _, l := range lines[1:3] {
		if r := []rune(l); len(r) <= col || r[col-2] != ' ' || r[col-1] != ' ' {
			t.Errorf("columns misaligned:\n%s\n%s", lines[0], l)
		}
	}
	if !strings.Contains(lines[1], "…") || !strings.Contains(lines[1], "/app-release.apk  com.example") {
		t.Errorf("long path not fitted: %q", lines[1])
	}
}

// TestEveryFormatShowsBlocklists: a bundled block list's finding reaches
// every format of a scan result with its category, place and host count;
// the text report lists it after every other category.
func TestEveryFormatShowsBlocklists(t *testing.T) {
	for _, format := range Result.Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Result.Write(&buf, format, sampleResult(), Options{}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, want := range []string{"blocklist", "assets/hosts.txt", "bundled ad/tracker block list, 2361 hosts"} {
				if !strings.Contains(out, want) {
					t.Errorf("%s output lacks %q", format, want)
				}
			}
			if format == "text" {
				if i, j := strings.Index(out, "BLOCKLIST (1)"), strings.Index(out, "MANIFEST (1)"); i < 0 || i < j {
					t.Errorf("text: BLOCKLIST at %d, MANIFEST at %d: want the block list last", i, j)
				}
			}
		})
	}
}
