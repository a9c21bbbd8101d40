package attribute

import (
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

const (
	appClass  = "Lorg/example/app/Main;"
	shimClass = "Landroidx/core/telephony/TelephonyManagerCompat;"
	sdkClass  = "Lcom/tracker/sdk/util/Device;"
	subClass  = "Lcom/tracker/sdk/ads/Ids;"
	imei      = "Landroid/telephony/TelephonyManager;->getImei()Ljava/lang/String;"
)

var sdks = []SDK{
	{Rule: "tracker-sdk", Name: "Tracker SDK", Prefixes: []string{"Lcom/tracker/sdk/"}},
	// A second SDK under the first one's package: the longer prefix wins.
	{Rule: "tracker-sdk-ads", Name: "Tracker Ads", Prefixes: []string{"Lcom/tracker/sdk/ads/"}},
}

// reachable says which methods the call graph reaches: only the app's.
func reachable(class, method string) bool { return class == appClass }

func place(class, method, value string) finding.Evidence {
	return finding.Evidence{Entry: "classes.dex", Class: class, Method: method, Value: value}
}

func tracker(rule, name string) finding.Finding {
	return finding.Finding{ID: rule, Rule: rule, Category: "tracker", Severity: finding.SeverityMedium,
		Message: name + " (evidence: defined-classes)", Tracker: &finding.Tracker{Name: name, Evidence: finding.EvidenceDefinedClasses},
		Evidence: []finding.Evidence{{Entry: "classes.dex", Class: sdkClass, Value: sdkClass}}}
}

func read(rule string, sev finding.Severity, evs ...finding.Evidence) finding.Finding {
	var keys []string
	for _, e := range evs {
		keys = append(keys, e.Value)
	}
	return finding.Finding{ID: match.Fingerprint(rule, keys), Rule: rule, Category: "identifier", Severity: sev,
		Title: "Reads " + rule, Message: match.Message("Reads "+rule, nil, keys, len(evs)), Evidence: evs}
}

func TestApply(t *testing.T) {
	reads := map[string]string{"id-imei": "IMEI"}
	tests := []struct {
		name  string
		in    []finding.Finding
		reach Reach
		// want: rule → severity of the findings left, in order.
		want      []string
		wantReads map[string][]string // tracker rule → Reads
		wantDiag  string
		check     func(t *testing.T, out []finding.Finding)
	}{
		{name: "unreachable shim dropped", reach: reachable,
			in:       []finding.Finding{read("id-imei", finding.SeverityHigh, place(shimClass, "getImei()Ljava/lang/String;", imei))},
			wantDiag: "id-imei: not reported: 1 method reads that no entry point reaches (first: " + shimClass + "->getImei()Ljava/lang/String;)"},
		{name: "SDK read folds into its tracker", reach: reachable,
			in: []finding.Finding{tracker("tracker-sdk", "Tracker SDK"),
				read("id-imei", finding.SeverityHigh, place(sdkClass, "imei()V", imei))},
			want: []string{"tracker-sdk medium"}, wantReads: map[string][]string{"tracker-sdk": {"IMEI"}},
			check: func(t *testing.T, out []finding.Finding) {
				f := out[0]
				if !strings.HasSuffix(f.Message, "; its code reads IMEI") || len(f.Evidence) != 2 || f.Evidence[1].Owner != "Tracker SDK" {
					t.Errorf("folded tracker finding: %+v", f)
				}
			}},
		{name: "longest SDK prefix owns the place", reach: reachable,
			in: []finding.Finding{tracker("tracker-sdk", "Tracker SDK"), tracker("tracker-sdk-ads", "Tracker Ads"),
				read("id-imei", finding.SeverityHigh, place(subClass, "imei()V", imei))},
			want:      []string{"tracker-sdk medium", "tracker-sdk-ads medium"},
			wantReads: map[string][]string{"tracker-sdk-ads": {"IMEI"}}},
		{name: "app read keeps its severity; SDK and unreachable places leave it", reach: reachable,
			in: []finding.Finding{tracker("tracker-sdk", "Tracker SDK"),
				read("id-imei", finding.SeverityHigh, place(appClass, "onCreate()V", imei),
					place(sdkClass, "imei()V", imei), place(shimClass, "getImei()Ljava/lang/String;", imei+"x"))},
			want: []string{"tracker-sdk medium", "id-imei high"}, wantReads: map[string][]string{"tracker-sdk": {"IMEI"}},
			wantDiag: "id-imei: not reported: 1 method reads",
			check: func(t *testing.T, out []finding.Finding) {
				f := out[1]
				if len(f.Evidence) != 1 || f.Evidence[0].Reach != finding.ReachReachable || f.Evidence[0].Owner != finding.OwnerApp {
					t.Errorf("kept places: %+v", f.Evidence)
				}
				if f.ID != match.Fingerprint("id-imei", []string{imei}) || strings.Contains(f.Message, imei+"x") {
					t.Errorf("ID and message must follow the places kept: %s %q", f.ID, f.Message)
				}
			}},
		{name: "without reachability a read is at most medium and says so", reach: nil,
			in:   []finding.Finding{read("id-imei", finding.SeverityHigh, place(shimClass, "getImei()Ljava/lang/String;", imei))},
			want: []string{"id-imei medium"},
			check: func(t *testing.T, out []finding.Finding) {
				if !strings.HasSuffix(out[0].Message, "(reachability not analysed)") || out[0].Evidence[0].Reach != finding.ReachUnknown {
					t.Errorf("got %+v", out[0])
				}
			}},
		{name: "a low read without reachability stays low", reach: nil,
			in:   []finding.Finding{read("id-imei", finding.SeverityLow, place(appClass, "onCreate()V", imei))},
			want: []string{"id-imei low"}},
		{name: "class-only places are kept, attributed", reach: reachable,
			in:   []finding.Finding{read("id-imei", finding.SeverityMedium, finding.Evidence{Entry: "classes.dex", Class: shimClass, Value: shimClass})},
			want: []string{"id-imei medium"},
			check: func(t *testing.T, out []finding.Finding) {
				if e := out[0].Evidence[0]; e.Owner != finding.OwnerApp || e.Reach != "" {
					t.Errorf("got %+v", e)
				}
			}},
		{name: "endpoints are attributed, never dropped", reach: reachable,
			in: []finding.Finding{{Rule: "endpoint-x", Category: "endpoint", Severity: finding.SeverityMedium,
				Evidence: []finding.Evidence{place(shimClass, "url()V", "https://x.example/")}}},
			want: []string{"endpoint-x medium"},
			check: func(t *testing.T, out []finding.Finding) {
				if e := out[0].Evidence[0]; e.Reach != finding.ReachUnreachable {
					t.Errorf("got %+v", e)
				}
			}},
		{name: "code-path findings pass untouched", reach: reachable,
			in: []finding.Finding{{Rule: "flow-leak", Category: "leak", Severity: finding.SeverityHigh,
				Evidence: []finding.Evidence{place(shimClass, "x()V", "")}, Path: []finding.Step{{Kind: "source"}}}},
			want: []string{"flow-leak high"},
			check: func(t *testing.T, out []finding.Finding) {
				if e := out[0].Evidence[0]; e.Owner != "" {
					t.Errorf("got %+v", e)
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := slices.Clone(tc.in)
			out, diags := Apply(in, Options{SDKs: sdks, Reach: tc.reach, Reads: reads})
			var got []string
			for _, f := range out {
				got = append(got, f.Rule+" "+f.Severity.String())
				if f.Tracker != nil && !slices.Equal(f.Tracker.Reads, tc.wantReads[f.Rule]) {
					t.Errorf("%s reads %v, want %v", f.Rule, f.Tracker.Reads, tc.wantReads[f.Rule])
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings %v, want %v", got, tc.want)
			}
			switch {
			case tc.wantDiag == "" && len(diags) > 0:
				t.Errorf("unexpected diagnostics %v", diags)
			case tc.wantDiag != "" && (len(diags) != 1 || !strings.HasPrefix(diags[0].Message, tc.wantDiag)):
				t.Errorf("diagnostics %v, want one starting %q", diags, tc.wantDiag)
			}
			if tc.check != nil && len(out) > 0 {
				tc.check(t, out)
			}
		})
	}
}

// TestApplyCapsEvidence: identifier findings arrive with every place (the
// match stage keeps up to MaxReadPlaces for this stage) and leave with at
// most MaxEvidence.
func TestApplyCapsEvidence(t *testing.T) {
	var evs []finding.Evidence
	for i := range match.MaxEvidence + 5 {
		evs = append(evs, place(appClass, "m"+strings.Repeat("x", i)+"()V", imei))
	}
	out, _ := Apply([]finding.Finding{read("id-imei", finding.SeverityHigh, evs...)}, Options{Reach: reachable})
	if len(out) != 1 || len(out[0].Evidence) != match.MaxEvidence {
		t.Fatalf("got %d findings, %d places", len(out), len(out[0].Evidence))
	}
}
