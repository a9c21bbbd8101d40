package scanner

import (
	"strings"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
)

const samples = "../samples"

// TestBuiltinExamples runs every built-in rule's examples: the code-path
// rules' on the sample apps.
func TestBuiltinExamples(t *testing.T) {
	all, err := LoadRules(RuleSet{})
	if err != nil {
		t.Fatal(err)
	}
	skipped, err := TestRules(all.Rules, all, samples)
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) > 0 {
		t.Skipf("sample apps not built (bash samples/build.sh):\n%s", strings.Join(skipped, "\n"))
	}
}

// TestAppExamplesFail: a code-path rule's example fails when the sample's
// findings are not what it says, and one whose app is missing is skipped.
func TestAppExamplesFail(t *testing.T) {
	all, err := LoadRules(RuleSet{})
	if err != nil {
		t.Fatal(err)
	}
	var leak rules.Rule
	for _, r := range all.Rules {
		if r.ID == "flow-leak" {
			leak = *r
		}
	}
	at := func(line int) rules.Pos { return rules.Pos{File: "t.yaml", Line: line} }
	leak.Examples = rules.Examples{
		MatchApps: []rules.AppExample{
			{Sample: "hello", Pos: at(1)},
			{Sample: "base64-android-id", Severity: finding.SeverityMedium, Pos: at(2)},
			{Sample: "base64-android-id", Sink: "Ljava/net/URL;->openStream", Pos: at(3)},
			{Sample: "base64-android-id", Source: "Landroid/provider/Settings$Secure;->getString", Severity: finding.SeverityHigh, Pos: at(4)},
			{Sample: "no-such-app", Pos: at(5)},
		},
		NoMatchApps: []rules.AppExample{
			{Sample: "base64-android-id", Source: "Landroid/provider/Settings$Secure;->getString", Pos: at(6)},
			{Sample: "base64-android-id", Source: "Landroid/telephony/TelephonyManager;->getImei", Pos: at(7)},
		},
	}
	skipped, err := TestRules([]*rules.Rule{&leak}, all, samples)
	if len(skipped) != 1 || skipped[0] != "t.yaml:5: rule flow-leak: match example 4: ../samples/no-such-app.apk not found" {
		t.Errorf("skipped %q", skipped)
	}
	found := "its findings are Landroid/provider/Settings$Secure;->getString -> Ljava/net/URL;->openConnection (high)"
	want := strings.Join([]string{
		"rules: t.yaml:1: rule flow-leak: match example 0 (hello) did not match: the app has no finding of the rule",
		"rules: t.yaml:2: rule flow-leak: match example 1 (base64-android-id) did not match: " + found,
		"rules: t.yaml:3: rule flow-leak: match example 2 (base64-android-id) did not match: " + found,
		"rules: t.yaml:6: rule flow-leak: no-match example 0 (base64-android-id) matched: " + found,
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
}
