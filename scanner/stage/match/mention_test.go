package match

import (
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// TestMentionedHosts: an endpoint finding made only of bare host names of
// trackers whose SDK is not in the app is a low mention; a URL, a host of
// a bundled SDK, or a host no tracker claims keeps the rule's severity.
func TestMentionedHosts(t *testing.T) {
	e := builtinEngine(t)
	mixpanel := map[string]index.ClassFact{"Lcom/mixpanel/android/mpmetrics/MixpanelAPI;": {Descriptor: "Lcom/mixpanel/android/mpmetrics/MixpanelAPI;", Entry: "classes.dex"}}
	tests := []struct {
		name    string
		strs    []string
		classes map[string]index.ClassFact
		want    finding.Severity
		mention bool
	}{
		{"bare hosts, no SDK", []string{"api.mixpanel.com", "decide.mixpanel.com"}, nil, finding.SeverityLow, true},
		{"bare host with a port", []string{"api.mixpanel.com:443"}, nil, finding.SeverityLow, true},
		{"a URL", []string{"https://api.mixpanel.com/track"}, nil, finding.SeverityMedium, false},
		{"a bare host beside a URL", []string{"api.mixpanel.com", "https://api.mixpanel.com/track"}, nil, finding.SeverityMedium, false},
		{"the SDK is bundled", []string{"api.mixpanel.com"}, mixpanel, finding.SeverityMedium, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &index.Facts{DefinedClasses: tc.classes}
			for i, s := range tc.strs {
				f.Strings = append(f.Strings, index.StringFact{Value: s, Loc: index.Location{Entry: "classes.dex", Class: "Lapp/Hosts;", Method: "<clinit>()V", Offset: 2 * i}})
			}
			var got *finding.Finding
			for _, x := range e.Match(f) {
				if x.Rule == "endpoint-analytics-sdk-hosts" {
					got = &x
				}
			}
			if got == nil {
				t.Fatal("no endpoint-analytics-sdk-hosts finding")
			}
			if got.Severity != tc.want {
				t.Errorf("severity %s, want %s (%s)", got.Severity, tc.want, got.Message)
			}
			if m := strings.Contains(got.Message, "named, not shown in use"); m != tc.mention {
				t.Errorf("message %q: mention %v, want %v", got.Message, m, tc.mention)
			}
		})
	}
	for _, v := range []string{"api.mixpanel.com", "a.b:1", "localhost.x"} {
		if !bareHost(v) {
			t.Errorf("bareHost(%q) = false", v)
		}
	}
	for _, v := range []string{"https://a.b", "a.b/c", "ab", ".a.b", "a.b:", "a.b:x", "a b.c", "a.b."} {
		if bareHost(v) {
			t.Errorf("bareHost(%q) = true", v)
		}
	}
}
