package rules

import (
	"strings"
	"testing"
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
	} {
		if byID[id] == nil {
			t.Errorf("builtin rule %s missing", id)
		}
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
