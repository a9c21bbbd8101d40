package match

import (
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/blocklist"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// TestBlocklistFormatsAreTheReaders: the rule language's formats are
// exactly those the reader recognises, and evidence has words for each.
func TestBlocklistFormatsAreTheReaders(t *testing.T) {
	var readers []string
	for _, f := range blocklist.Formats {
		readers = append(readers, string(f))
		if blocklistWords[string(f)] == "" {
			t.Errorf("no words for format %s", f)
		}
	}
	if !slices.Equal(readers, rules.BlocklistFormats) {
		t.Errorf("reader recognises %v, rules accept %v", readers, rules.BlocklistFormats)
	}
}

// TestBlocklistFinding: with the built-in rules, the block lists of an
// app are one INFO finding of category blocklist, each list a place whose
// value counts its hosts; its id follows the lists' entries, not their
// counts.
func TestBlocklistFinding(t *testing.T) {
	e := builtinEngine(t)
	lists := []index.BlocklistFact{
		{Entry: "assets/hosts.txt", Format: "domains", Hosts: 2361},
		{Entry: "res/raw/filters.txt", Format: "adblock", Hosts: 1, Cut: true},
	}
	find := func(ls []index.BlocklistFact) []finding.Finding {
		var out []finding.Finding
		for _, f := range e.Match(&index.Facts{Blocklists: ls}) {
			if f.Category == string(rules.CategoryBlocklist) {
				out = append(out, f)
			}
		}
		return out
	}
	got := find(lists)
	if len(got) != 1 || got[0].Rule != "bundled-blocklist" || got[0].Severity != finding.SeverityInfo {
		t.Fatalf("findings %+v, want one info bundled-blocklist", got)
	}
	wantEv := []finding.Evidence{
		{Entry: "assets/hosts.txt", Value: "bundled ad/tracker block list, 2361 hosts (domain list)"},
		{Entry: "res/raw/filters.txt", Value: "bundled ad/tracker block list, at least 1 host (Adblock Plus filters, read in part)"},
	}
	if !slices.Equal(got[0].Evidence, wantEv) {
		t.Errorf("evidence %+v, want %+v", got[0].Evidence, wantEv)
	}
	wantMsg := "bundled ad/tracker block list, 2361 hosts (domain list): assets/hosts.txt; " +
		"bundled ad/tracker block list, at least 1 host (Adblock Plus filters, read in part): res/raw/filters.txt"
	if got[0].Message != wantMsg {
		t.Errorf("message %q\nwant %q", got[0].Message, wantMsg)
	}

	updated := slices.Clone(lists)
	updated[0].Hosts = 2400
	if again := find(updated); len(again) != 1 || again[0].ID != got[0].ID {
		t.Errorf("a list's update changed the finding's id: %+v", again)
	}
	moved := slices.Clone(lists)
	moved[0].Entry = "assets/blocked.txt"
	if again := find(moved); len(again) != 1 || again[0].ID == got[0].ID {
		t.Errorf("another list kept the finding's id: %+v", again)
	}
	if none := find(nil); len(none) != 0 {
		t.Errorf("no list, findings %+v", none)
	}
}

// TestBlocklistMatcher: a blocklist matcher takes formats or any, and
// combines with other matchers; a finding with other places keeps the
// usual message.
func TestBlocklistMatcher(t *testing.T) {
	facts := &index.Facts{
		Blocklists: []index.BlocklistFact{{Entry: "assets/a", Format: "hosts", Hosts: 30}, {Entry: "assets/b", Format: "adblock", Hosts: 40}},
		Files:      []index.File{{Name: "assets/a"}},
	}
	tests := []struct {
		name    string
		match   string
		entries []string // evidence entries, nil for no finding
		message string   // prefix
	}{
		{"any", "blocklist: any", []string{"assets/a", "assets/b"}, "bundled ad/tracker block list, 30 hosts (hosts file): assets/a; "},
		{"one format", "blocklist: adblock", []string{"assets/b"}, "bundled ad/tracker block list, 40 hosts"},
		{"two formats", "blocklist: [hosts, domains]", []string{"assets/a"}, "bundled ad/tracker block list, 30 hosts"},
		{"any and a format", "blocklist: [adblock, any]", []string{"assets/a", "assets/b"}, "bundled ad/tracker block list, 30 hosts"},
		{"absent format", "blocklist: domains", nil, ""},
		{"with a file", "all: [{blocklist: hosts}, {file: assets/*}]", []string{"assets/a", "assets/a"}, "T: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "schema: 1\nrules:\n  - id: r\n    title: T\n    category: blocklist\n    severity: info\n    description: D\n" +
				"    match: {" + tt.match + "}\n    examples:\n      match: [{blocklists: [hosts, adblock, domains], files: [assets/a]}]\n      no-match: [{files: [x]}]\n"
			rs, err := rulesOf(rules.Parse("r.yaml", []byte(src)))
			if err != nil {
				t.Fatal(err)
			}
			e, err := Compile(rs)
			if err != nil {
				t.Fatal(err)
			}
			fs := e.Match(facts)
			if tt.entries == nil {
				if len(fs) != 0 {
					t.Errorf("findings %+v", fs)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("findings %+v", fs)
			}
			var entries []string
			for _, ev := range fs[0].Evidence {
				entries = append(entries, ev.Entry)
			}
			if !slices.Equal(entries, tt.entries) || !strings.HasPrefix(fs[0].Message, tt.message) {
				t.Errorf("evidence %v, message %q; want %v, %q…", entries, fs[0].Message, tt.entries, tt.message)
			}
		})
	}
}
