package scanner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

// TestRuleErrors: a rule problem is a *RuleError from Ready and from every
// Scan, whatever the input, and names what is wrong.
func TestRuleErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		set  RuleSet
		want string
	}{
		{"unknown disable", RuleSet{Disable: []string{"no-such-rule"}}, `disable no-such-rule: no such rule`},
		{"bad dir", RuleSet{Dirs: []string{"../rules/testdata/invalid"}}, "unknown key"},
		{"missing dir", RuleSet{Dirs: []string{"no/such/dir"}}, "no/such/dir"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := New(Config{Rules: tt.set})
			var re *RuleError
			if err := s.Ready(); !errors.As(err, &re) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Ready() = %v, want a *RuleError with %q", err, tt.want)
			}
			res, err := s.Scan(context.Background(), "../samples/hello.apk")
			if res != nil || !errors.As(err, &re) {
				t.Errorf("Scan() = %v, %v; want no result and the *RuleError", res, err)
			}
		})
	}
}

// TestUserRuleReplacesExodusPack: a user rule with a built-in Exodus-pack
// rule's id replaces it (a newer import-exodus); one that collides with a
// hand-written built-in rule is an error.
func TestUserRuleReplacesExodusPack(t *testing.T) {
	all, err := LoadRules(RuleSet{})
	if err != nil {
		t.Fatal(err)
	}
	var exodusID, handID string
	for _, r := range all.Rules {
		if strings.HasPrefix(r.Pos.File, exodusPack) && exodusID == "" {
			exodusID = r.ID
		}
		if !strings.HasPrefix(r.Pos.File, exodusPack) && r.Category == "tracker" && handID == "" {
			handID = r.ID
		}
	}
	rule := func(id string) string {
		return "schema: 1\nrules:\n  - id: " + id + "\n    title: T\n    category: tracker\n    severity: low\n" +
			"    description: d\n    tracker: {name: T}\n    match: {package: com.example.t}\n" +
			"    examples:\n      match: [{classes: [Lcom/example/t/A;]}]\n      no-match: [{classes: [Lcom/other/A;]}]\n"
	}
	for _, tt := range []struct {
		id      string
		wantErr bool
	}{{exodusID, false}, {handID, true}} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "r.yaml"), []byte(rule(tt.id)), 0o644); err != nil {
			t.Fatal(err)
		}
		rs, err := LoadRules(RuleSet{Dirs: []string{dir}})
		if (err != nil) != tt.wantErr {
			t.Fatalf("%s: LoadRules error %v, want error %v", tt.id, err, tt.wantErr)
		}
		if err == nil && len(rs.Rules) != len(all.Rules) {
			t.Errorf("%s: %d rules, want %d (the user rule replaces the pack's)", tt.id, len(rs.Rules), len(all.Rules))
		}
	}
}

// TestScanFilters: Scan applies the Config's filter, so every caller (a
// single scan, a batch, an isolated child) gets the same result.
func TestScanFilters(t *testing.T) {
	ctx := context.Background()
	all, err := New(Config{}).Scan(ctx, "../samples/identifiers.apk")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Filter: FilterOptions{MinSeverity: finding.SeverityMedium,
		Ignore: []IgnoreEntry{{Rule: "identifier-*", Reason: "r", Line: 3}}, IgnoreFile: "p.yaml"}}
	got, err := New(cfg).Scan(ctx, "../samples/identifiers.apk")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Suppressed) == 0 {
		t.Fatal("no finding suppressed by the ignore entry")
	}
	for _, f := range got.Findings {
		if f.Severity < finding.SeverityMedium || strings.HasPrefix(f.Rule, "identifier-") {
			t.Errorf("%s (%s) passed the filter", f.Rule, f.Severity)
		}
	}
	if len(got.Findings)+len(got.Suppressed) >= len(all.Findings) {
		t.Errorf("%d kept + %d suppressed of %d: the severity floor dropped nothing", len(got.Findings), len(got.Suppressed), len(all.Findings))
	}
}
