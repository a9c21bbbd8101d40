package filter

import (
	"strings"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

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
		entries   []Entry
		wantLeft  string // remaining ids
		wantSupp  int
		wantDiags []string
	}{
		{"by-id", []Entry{{ID: "bbbb", Reason: "r"}}, "aaaa,cccc,dddd", 1, []string{"1 finding suppressed"}},
		{"by-rule-glob", []Entry{{Rule: "permission-*", Reason: "r"}}, "aaaa,cccc,dddd", 1, nil},
		{"by-tracker", []Entry{{Tracker: "mixpanel", Reason: "r"}}, "bbbb,cccc,dddd", 1, nil},
		{"by-class-dotted", []Entry{{Class: "com.mixpanel.*", Reason: "r"}}, "bbbb,cccc,dddd", 1, nil},
		{"by-class-descriptor", []Entry{{Class: "Lcom/mixpanel/*", Reason: "r"}}, "bbbb,cccc,dddd", 1, nil},
		{"class-must-cover-every-place", []Entry{{Class: "com.vendor.*", Reason: "r"}}, "aaaa,bbbb,cccc,dddd", 0, nil},
		{"by-entry", []Entry{{Entry: "lib/*/libx.so", Reason: "r"}}, "aaaa,bbbb,cccc", 1, nil},
		{"and-of-selectors", []Entry{{Rule: "tracker-mixpanel", Tracker: "Umeng", Reason: "r"}}, "aaaa,bbbb,cccc,dddd", 0, nil},
		{"expires-today-still-applies", []Entry{{ID: "aaaa", Reason: "r", Expires: "2025-06-15"}}, "bbbb,cccc,dddd", 1, nil},
		{"expired", []Entry{{ID: "aaaa", Reason: "vendor fix due", Expires: "2025-06-14", Line: 2}}, "aaaa,bbbb,cccc,dddd", 0,
			[]string{"line 2 expired on 2025-06-14 and no longer applies (vendor fix due)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.entries {
				if errs := tt.entries[i].Check(); errs != nil {
					t.Fatal(errs)
				}
			}
			r := result()
			o := Options{Ignore: tt.entries, IgnoreFile: ".apkscan.yaml", Today: today}
			out := Apply(r, o)
			var ids []string
			for _, f := range r.Findings {
				ids = append(ids, f.ID)
			}
			if got := strings.Join(ids, ","); got != tt.wantLeft || out.Ignored != tt.wantSupp || len(r.Suppressed) != tt.wantSupp {
				t.Errorf("left %s suppressed %d, want %s %d", got, out.Ignored, tt.wantLeft, tt.wantSupp)
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
			if strings.Contains(tt.name, "expired") && len(o.Expired()) != 1 {
				t.Errorf("Expired = %v", o.Expired())
			}
		})
	}
}

// TestSuppressedSaysWhy: an ignored finding keeps its place in the result
// with the entry that set it aside, for writers that show suppressions.
func TestSuppressedSaysWhy(t *testing.T) {
	r := result()
	es := []Entry{{Rule: "permission-*", Reason: "camera is the product", Line: 7}}
	Apply(r, Options{Ignore: es, IgnoreFile: "app/.apkscan.yaml"})
	if len(r.Suppressed) != 1 || r.Suppressed[0].ID != "bbbb" || r.Suppressed[0].Kind != finding.SuppressedByIgnore ||
		r.Suppressed[0].Justification != "app/.apkscan.yaml:7: camera is the product" {
		t.Errorf("suppressed %+v", r.Suppressed)
	}
}

func TestMinSeverity(t *testing.T) {
	r := result()
	out := Apply(r, Options{MinSeverity: finding.SeverityMedium})
	if out.BelowMin != 1 || len(r.Findings) != 3 || len(r.Suppressed) != 0 {
		t.Errorf("below %d, left %d, suppressed %d", out.BelowMin, len(r.Findings), len(r.Suppressed))
	}
}

// TestUnusedIgnoreEntry: an entry that matched nothing is reported, so
// that a stale one can be removed before it hides a finding that returns.
func TestUnusedIgnoreEntry(t *testing.T) {
	r := result()
	es := []Entry{{Rule: "permission-*", Reason: "r", Line: 3}, {Tracker: "Umeng", Reason: "r", Line: 5}}
	Apply(r, Options{Ignore: es, IgnoreFile: "p.yaml"})
	var unused []string
	for _, d := range r.Diagnostics {
		if strings.Contains(d.Message, "unused") {
			unused = append(unused, d.String())
		}
	}
	if len(unused) != 1 || unused[0] != "info: p.yaml: ignore entry at line 5 matched nothing in this scan (unused)" {
		t.Errorf("unused: %q", unused)
	}
}
