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

// Code-path sections a user's rule file (--rules DIR) may hold, for the
// sample apps' own code.
const (
	// FeatureTwo.describe() returns what MainActivity hands to Util.log,
	// which logs it (multidex).
	featureSource = `    - id: feature-description
      kind: identifier
      label: feature description
      methods: ["Lorg/apkscan/sample/multidex/feature/FeatureTwo;->describe"]
`
	utilSink = `    - id: util-log-upload
      kind: network
      methods: ["Lorg/apkscan/sample/multidex/Util;->log"]
`
)

// TestUserCodePaths: a user's rule file adds sources, sinks and incognito
// guards for their own app, and the code-path stage uses them.
func TestUserCodePaths(t *testing.T) {
	for _, tt := range []struct {
		name, app, rules string
		// want lists each code-path finding as "rule source -> sink severity".
		want []string
		// incognito is a method the incognito checks must name.
		incognito string
	}{
		{name: "multidex, built-in rules", app: "multidex"},
		{name: "a source of the app's", app: "multidex", rules: "  sources:\n" + featureSource,
			want: []string{"flow-leak Lorg/apkscan/sample/multidex/feature/FeatureTwo;->describe -> Landroid/util/Log;->d medium"}},
		{name: "a source and a network sink of the app's", app: "multidex",
			rules: "  sources:\n" + featureSource + "  sinks:\n" + utilSink,
			want:  []string{"flow-leak Lorg/apkscan/sample/multidex/feature/FeatureTwo;->describe -> Lorg/apkscan/sample/multidex/Util;->log high"}},
		{name: "a sink alone", app: "multidex", rules: "  sinks:\n" + utilSink},
		{name: "ghost mode, built-in rules", app: "ghost-mode",
			want: []string{"flow-incognito-bypass Landroid/webkit/WebViewClient;->onPageFinished parameter 1 -> Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->track high"}},
		{name: "ghost mode named an incognito guard", app: "ghost-mode", rules: "  incognito:\n    contains: [ghostmode]\n",
			incognito: "isGhostMode"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var set RuleSet
			if tt.rules != "" {
				dir := t.TempDir()
				if err := os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte("schema: 1\ncode-paths:\n"+tt.rules), 0o644); err != nil {
					t.Fatal(err)
				}
				set.Dirs = []string{dir}
			}
			res, err := New(Config{Rules: set}).Scan(context.Background(), filepath.Join(samples, tt.app+".apk"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				if strings.HasPrefix(f.Rule, "flow-") {
					got = append(got, f.Rule+" "+f.Evidence[0].Value+" -> "+f.Evidence[1].Value+" "+f.Severity.String())
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("code-path findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.incognito != "" && !slices.ContainsFunc(res.IncognitoChecks, func(ev finding.Evidence) bool {
				return strings.Contains(ev.Value, tt.incognito)
			}) {
				t.Errorf("incognito checks %v lack %s", res.IncognitoChecks, tt.incognito)
			}
		})
	}
}

// TestDigestFollowsCodePaths: the rules digest of results changes when a
// rule file adds code-path entries, and with the disabled rules.
func TestDigestFollowsCodePaths(t *testing.T) {
	digest := func(set RuleSet) string {
		t.Helper()
		s := New(Config{Rules: set})
		if err := s.Ready(); err != nil {
			t.Fatal(err)
		}
		return s.tool.RulesDigest
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte("schema: 1\ncode-paths:\n  incognito:\n    contains: [ghostmode]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	builtin := digest(RuleSet{})
	if digest(RuleSet{Dirs: []string{dir}}) == builtin {
		t.Error("the digest ignores a user's incognito name")
	}
	if digest(RuleSet{Disable: []string{"flow-leak"}}) == builtin {
		t.Error("the digest ignores a disabled code-path rule")
	}
	if digest(RuleSet{}) != builtin {
		t.Error("the digest changes between loads")
	}
}
