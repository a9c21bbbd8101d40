package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

// TestGitLabReport checks the fields GitLab's SAST report schema (15.x)
// requires, and that a fixed SOURCE_DATE_EPOCH makes the report the same
// bytes every time.
func TestGitLabReport(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1764979200")
	var recs []finding.Record
	recs = append(recs, finding.Record{Result: sampleResult()}, finding.Record{Error: &finding.ErrorRecord{Path: "broken.apk", Error: "not a zip archive"}})
	var a, b bytes.Buffer
	if err := Batch.Write(&a, "gitlab", slices.Values(recs), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Batch.Write(&b, "gitlab", slices.Values(recs), Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two reports of the same input differ")
	}
	var rep map[string]any
	if err := json.Unmarshal(a.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	get := func(m any, keys ...string) any {
		for _, k := range keys {
			mm, ok := m.(map[string]any)
			if !ok {
				return nil
			}
			m = mm[k]
		}
		return m
	}
	nonEmpty := func(what string, v any) {
		if s, ok := v.(string); !ok || s == "" {
			t.Errorf("%s: %v, want a non-empty string", what, v)
		}
	}
	if v, _ := rep["version"].(string); !regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`).MatchString(v) {
		t.Errorf("version %q", v)
	}
	for _, tool := range []string{"analyzer", "scanner"} {
		for _, k := range [][]string{{"id"}, {"name"}, {"version"}, {"vendor", "name"}} {
			nonEmpty("scan."+tool+"."+k[0], get(rep, append([]string{"scan", tool}, k...)...))
		}
	}
	stamp := regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$`)
	for _, k := range []string{"start_time", "end_time"} {
		if s, _ := get(rep, "scan", k).(string); !stamp.MatchString(s) || s != "2025-12-06T00:00:00" {
			t.Errorf("scan.%s %q", k, s)
		}
	}
	if get(rep, "scan", "type") != "sast" || get(rep, "scan", "status") != "failure" {
		t.Errorf("scan type %v status %v (an app could not be read: failure)", get(rep, "scan", "type"), get(rep, "scan", "status"))
	}
	vulns, _ := rep["vulnerabilities"].([]any)
	if len(vulns) != 4 {
		t.Fatalf("%d vulnerabilities, want 4", len(vulns))
	}
	ids := map[string]bool{}
	for i, v := range vulns {
		nonEmpty("id", get(v, "id"))
		ids[get(v, "id").(string)] = true
		if n, _ := get(v, "name").(string); n == "" || len(n) > 255 {
			t.Errorf("vulnerability %d: name %q", i, n)
		}
		if s := get(v, "severity"); !slices.Contains([]any{"Info", "Unknown", "Low", "Medium", "High", "Critical"}, s) {
			t.Errorf("vulnerability %d: severity %v", i, s)
		}
		idents, _ := get(v, "identifiers").([]any)
		if len(idents) == 0 {
			t.Errorf("vulnerability %d: no identifiers", i)
		}
		for _, id := range idents {
			for _, k := range []string{"type", "name", "value"} {
				nonEmpty("identifier."+k, get(id, k))
			}
		}
		if get(v, "location", "file") != "samples/example.apk" || get(v, "location", "start_line") != float64(1) {
			t.Errorf("vulnerability %d: location %v", i, get(v, "location"))
		}
	}
	if len(ids) != len(vulns) {
		t.Error("vulnerability ids repeat")
	}
}
