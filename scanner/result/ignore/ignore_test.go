package ignore

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // substrings of the error
	}{
		{"unknown-key", "fail-on: high\nignore:\n  - rule: x\n    reason: r\n    because: typo\n", []string{"line 5", "field because not found"}},
		{"unknown-top-key", "failon: high\n", []string{"line 1", "field failon not found"}},
		{"bad-date", "ignore:\n  - rule: x\n    reason: r\n    expires: 2025-13-01\n", []string{"line 2: ignore[0]: expires \"2025-13-01\""}},
		{"no-reason-no-selector", "ignore:\n  - expires: 2030-01-01\n", []string{"line 2: ignore[0]: set at least one of", "line 2: ignore[0]: reason is required"}},
		{"bad-glob", "ignore:\n  - {rule: ok, reason: r}\n  - {class: \"com.[x\", reason: r}\n", []string{"line 3: ignore[1]: class \"com.[x\""}},
		{"two-documents", "fail-on: high\n---\nfail-on: low\n", []string{"only one YAML document"}},
		{"wrong-type", "ignore: {rule: x}\n", []string{"line 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadResolvesRuleDirs(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, []byte("fail-on: medium\nrules: [myrules, /abs/rules]\ndisable: [tracker-umeng]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Find(filepath.Join(dir, "app.apk")); got != p {
		t.Fatalf("Find = %q, want %q", got, p)
	}
	if got := Find(filepath.Join(t.TempDir(), "app.apk")); got != "" {
		t.Fatalf("Find in empty dir = %q", got)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != "medium" || c.Rules[0] != filepath.Join(dir, "myrules") || c.Rules[1] != "/abs/rules" || c.Disable[0] != "tracker-umeng" {
		t.Errorf("config %+v", c)
	}
}

func result() *finding.Result {
	return &finding.Result{Findings: []finding.Finding{
		{ID: "aaaa", Rule: "tracker-mixpanel", Severity: finding.SeverityMedium, Tracker: &finding.Tracker{Name: "Mixpanel"},
			Evidence: []finding.Evidence{{Entry: "classes.dex", Class: "Lcom/mixpanel/android/mpmetrics/MixpanelAPI;"}}},
		{ID: "bbbb", Rule: "permission-camera", Severity: finding.SeverityLow,
			Evidence: []finding.Evidence{{Entry: "AndroidManifest.xml", Value: "android.permission.CAMERA"}}},
		{ID: "cccc", Rule: "identifier-android-id", Severity: finding.SeverityMedium,
			Evidence: []finding.Evidence{{Entry: "classes.dex", Class: "Lcom/vendor/sdk/Id;"}, {Entry: "classes2.dex", Class: "Lorg/app/Main;"}}},
		{ID: "dddd", Rule: "endpoint-x", Severity: finding.SeverityHigh,
			Evidence: []finding.Evidence{{Entry: "lib/arm64-v8a/libx.so", Value: "https://x"}}},
	}}
}

func TestApply(t *testing.T) {
	today := time.Date(2025, 6, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		yaml      string
		wantLeft  string // remaining ids
		wantSupp  int
		wantDiags []string
	}{
		{"by-id", "ignore: [{id: bbbb, reason: r}]", "aaaa,cccc,dddd", 1, []string{"1 findings suppressed"}},
		{"by-rule-glob", "ignore: [{rule: 'permission-*', reason: r}]", "aaaa,cccc,dddd", 1, nil},
		{"by-tracker", "ignore: [{tracker: mixpanel, reason: r}]", "bbbb,cccc,dddd", 1, nil},
		{"by-class-dotted", "ignore: [{class: 'com.mixpanel.*', reason: r}]", "bbbb,cccc,dddd", 1, nil},
		{"by-class-descriptor", "ignore: [{class: 'Lcom/mixpanel/*', reason: r}]", "bbbb,cccc,dddd", 1, nil},
		{"class-must-cover-every-place", "ignore: [{class: 'com.vendor.*', reason: r}]", "aaaa,bbbb,cccc,dddd", 0, nil},
		{"by-entry", "ignore: [{entry: 'lib/*/libx.so', reason: r}]", "aaaa,bbbb,cccc", 1, nil},
		{"and-of-selectors", "ignore: [{rule: tracker-mixpanel, tracker: Umeng, reason: r}]", "aaaa,bbbb,cccc,dddd", 0, nil},
		{"expires-today-still-applies", "ignore: [{id: aaaa, reason: r, expires: 2025-06-15}]", "bbbb,cccc,dddd", 1, nil},
		{"expired", "ignore:\n  - {id: aaaa, reason: vendor fix due, expires: 2025-06-14}\n", "aaaa,bbbb,cccc,dddd", 0,
			[]string{"line 2 expired on 2025-06-14 and no longer applies (vendor fix due)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			r := result()
			st := Apply(r, c, today)
			var ids []string
			for _, f := range r.Findings {
				ids = append(ids, f.ID)
			}
			if got := strings.Join(ids, ","); got != tt.wantLeft || st.Suppressed != tt.wantSupp {
				t.Errorf("left %s suppressed %d, want %s %d", got, st.Suppressed, tt.wantLeft, tt.wantSupp)
			}
			var diags []string
			for _, d := range r.Diagnostics {
				diags = append(diags, d.String())
			}
			for _, w := range tt.wantDiags {
				if !strings.Contains(strings.Join(diags, "\n"), w) {
					t.Errorf("diagnostics %q lack %q", diags, w)
				}
			}
			if strings.Contains(tt.name, "expired") && len(st.Expired) != 1 {
				t.Errorf("Expired = %v", st.Expired)
			}
		})
	}
}

// TestExampleConfig keeps the documented example loadable.
func TestExampleConfig(t *testing.T) {
	c, err := Load("../../../docs/ci/apkscan.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Ignore) != 4 || c.Ignore[1].Line != 11 {
		t.Errorf("example: %d entries, second at line %d", len(c.Ignore), c.Ignore[1].Line)
	}
}
