package scanner

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

// TestReadAttribution scans the identifier-owners sample: the app's own
// reachable read stays, a bundled SDK's read folds into its tracker
// finding, and a helper nothing calls is not reported. Without the
// code-path stage nothing is dropped, and reads are at most medium.
func TestReadAttribution(t *testing.T) {
	p := filepath.Join("..", "samples", "identifier-owners.apk")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("sample not built (%s)", p)
	}
	for _, noCode := range []bool{false, true} {
		s := New(Config{Version: "test", NoCodePaths: noCode})
		r, err := s.Scan(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		byRule := map[string]finding.Finding{}
		for _, f := range r.Findings {
			byRule[f.Rule] = f
		}
		id, ok := byRule["identifier-android-id"]
		if !ok || id.Evidence[0].Owner != finding.OwnerApp || !strings.HasPrefix(id.Evidence[0].Class, "Lorg/apkscan/sample/owners/") {
			t.Errorf("noCodePaths=%v: app read of ANDROID_ID: %+v", noCode, id)
		}
		tr := byRule["tracker-sensors-analytics"]
		if tr.Tracker == nil || !slices.Equal(tr.Tracker.Reads, []string{"IMEI/IMSI/SIM serial/phone number"}) ||
			!slices.ContainsFunc(tr.Evidence, func(e finding.Evidence) bool { return e.Owner == "Sensors Analytics" && e.Method != "" }) {
			t.Errorf("noCodePaths=%v: the SDK's read is not folded into its tracker finding: %+v", noCode, tr)
		}
		tel, ok := byRule["identifier-telephony"]
		switch {
		case !noCode && ok:
			t.Errorf("the unreachable helper's IMEI read is reported: %+v", tel)
		case !noCode && !slices.ContainsFunc(r.Diagnostics, func(d finding.Diagnostic) bool {
			return strings.Contains(d.Message, "PhoneCompat;->getImei")
		}):
			t.Errorf("no diagnostic names the read left out: %v", r.Diagnostics)
		case noCode && (!ok || tel.Severity != finding.SeverityMedium || !strings.HasSuffix(tel.Message, "(reachability not analysed)")):
			t.Errorf("without code paths the read stays, at most medium, and says why: %+v", tel)
		case noCode && tel.Evidence[0].Reach != finding.ReachUnknown:
			t.Errorf("reach %q, want %q", tel.Evidence[0].Reach, finding.ReachUnknown)
		}
	}
}

// TestCorpusReadsAreAppCodeEntryPointsReach holds the read policy on every
// real app of the shared corpus: an identifier finding cites only app code
// that an entry point reaches, and no HIGH fact finding stands on code
// that none reaches.
func TestCorpusReadsAreAppCodeEntryPointsReach(t *testing.T) {
	paths := corpusApps(t)
	s := newScanner(t)
	for _, p := range paths {
		r, _ := s.Scan(context.Background(), p)
		if r == nil {
			continue
		}
		for _, f := range r.Findings {
			if f.Path != nil || f.Tracker != nil {
				continue
			}
			reached := false
			for _, e := range f.Evidence {
				if f.Category == "identifier" && e.Method != "" && (e.Owner != finding.OwnerApp || e.Reach != finding.ReachReachable) {
					t.Errorf("%s: %s cites %s->%s (owner %q, %q)", filepath.Base(p), f.Rule, e.Class, e.Method, e.Owner, e.Reach)
				}
				reached = reached || e.Method == "" || e.Reach != finding.ReachUnreachable
			}
			if f.Severity >= finding.SeverityHigh && !reached {
				t.Errorf("%s: HIGH %s stands only on code no entry point reaches", filepath.Base(p), f.Rule)
			}
		}
	}
}
