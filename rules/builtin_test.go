package rules

import (
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

func TestBuiltin(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range set.Rules {
		byID[r.ID] = r
		if len(r.References) == 0 {
			t.Errorf("%s: builtin rules must cite a reference", r.ID)
		}
		if r.Pos.File == "" || r.Pos.Line == 0 {
			t.Errorf("%s: no source position", r.ID)
		}
	}
	// The issue names these; losing one is a regression.
	for _, id := range []string{
		"tracker-sensors-analytics", "tracker-firebase-analytics", "tracker-countly", "tracker-matomo",
		"tracker-mixpanel", "tracker-branch", "tracker-flurry", "tracker-umeng", "tracker-jiguang",
		"endpoint-xiaomi-analytics", "endpoint-sensors-sa-path", "identifier-android-id",
		"identifier-telephony", "identifier-wifi-mac", "identifier-hardware-address",
		"identifier-advertising-id", "identifier-oaid", "permission-location", "permission-sms",
		"manifest-debuggable", "manifest-allow-backup", "manifest-cleartext-traffic", "manifest-exported-component",
		"flow-browsing-data", "flow-incognito-bypass", "flow-leak", "flow-weak-encoding",
	} {
		if byID[id] == nil {
			t.Errorf("builtin rule %s missing", id)
		}
	}
	// Every kind of code-path finding has its rule, proven on sample apps.
	for _, kind := range CodePathFindings {
		r := byID["flow-"+kind]
		if r == nil || r.CodePath == nil || r.CodePath.Finding != kind || string(r.Category) != kind ||
			len(r.Examples.MatchApps) == 0 || len(r.Examples.NoMatchApps) == 0 {
			t.Errorf("code-path finding %s: rule %+v", kind, r)
		}
	}
	if r := byID["flow-leak"]; r != nil && (r.SeverityAt(SinkLog) != finding.SeverityMedium || r.SeverityAt(SinkNetwork) != finding.SeverityHigh) {
		t.Errorf("flow-leak severities: log %s, network %s", r.SeverityAt(SinkLog), r.SeverityAt(SinkNetwork))
	}
	if r := byID["tracker-sensors-analytics"]; r != nil && r.Match.Args[0].Values[0] != "Lcom/sensorsdata/analytics/" {
		t.Errorf("package not normalised to a descriptor prefix: %q", r.Match.Args[0].Values[0])
	}
}

func TestDigest(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	rs := set.Rules
	d := Digest(set)
	if !strings.HasPrefix(d, "sha256:") || len(d) != len("sha256:")+64 {
		t.Fatalf("digest %q", d)
	}
	rev := make([]*Rule, len(rs))
	for i, r := range rs {
		rev[len(rs)-1-i] = r
	}
	if Digest(&Set{Rules: rev, CodePaths: set.CodePaths}) != d {
		t.Error("digest depends on rule order")
	}
	again, _ := Builtin()
	again.Rules[0].Pos = Pos{File: "elsewhere.yaml", Line: 99}
	if Digest(again) != d {
		t.Error("digest depends on source positions")
	}
	again.Rules[0].Severity++
	if Digest(again) == d {
		t.Error("digest ignores a severity change")
	}
}
