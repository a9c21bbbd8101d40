package index

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// withEntries writes our hello sample with extra entries added.
func withEntries(t *testing.T, files map[string]string) string {
	t.Helper()
	base, err := os.ReadFile("../../../samples/hello.apk")
	if err != nil {
		t.Fatal(err)
	}
	ar, err := hostile.ReadArchive(base)
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		ar.Entries = append(ar.Entries, hostile.NewEntry(name, []byte(content), true))
	}
	p := filepath.Join(t.TempDir(), "app.apk")
	if err := os.WriteFile(p, ar.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func numbered(n int, format string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format+"\n", i)
	}
	return b.String()
}

// TestBlocklistFacts: a block list, whatever its name and folder (an
// asset without extension, a raw resource), is one fact and no string
// facts; texts that only name hosts keep their strings.
func TestBlocklistFacts(t *testing.T) {
	p := withEntries(t, map[string]string{
		"assets/shield/nullroute":    "# ad servers\n" + numbered(30, "0.0.0.0 ads%d.tracker.example"),
		"res/raw/cosmetic.txt":       "[Adblock Plus 2.0]\n" + numbered(25, "||t%d.tracker.example^$third-party\n##.ad-%[1]d"),
		"assets/www/lists/plain.txt": numbered(22, "pixel%d.tracker.example"),
		"assets/config.json":         `{"api": "https://api.app.example/v1", "cdn": "cdn.app.example"}`,
		"assets/hosts.json":          "[\n" + numbered(40, `  "ads%d.tracker.example",`) + "]\n",
	})
	a, err := app.Load(p, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	f, diags := Build(a, Options{})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	want := []BlocklistFact{
		{Entry: "assets/shield/nullroute", Format: "hosts", Hosts: 30},
		{Entry: "assets/www/lists/plain.txt", Format: "domains", Hosts: 22},
		{Entry: "res/raw/cosmetic.txt", Format: "adblock", Hosts: 25},
	}
	got := map[string]BlocklistFact{}
	for _, b := range f.Blocklists {
		got[b.Entry] = b
	}
	for _, w := range want {
		if got[w.Entry] != w {
			t.Errorf("%s: fact %+v, want %+v", w.Entry, got[w.Entry], w)
		}
	}
	if len(f.Blocklists) != len(want) {
		t.Errorf("%d block lists, want %d: %+v", len(f.Blocklists), len(want), f.Blocklists)
	}
	perEntry := map[string]int{}
	for _, s := range f.Strings {
		perEntry[s.Loc.Entry]++
	}
	for _, w := range want {
		if perEntry[w.Entry] > 0 {
			t.Errorf("%s: %d string facts from a block list", w.Entry, perEntry[w.Entry])
		}
	}
	if perEntry["assets/config.json"] != 1 || perEntry["assets/hosts.json"] != 42 {
		t.Errorf("string facts per entry %v: want config.json's line and hosts.json's 42", perEntry)
	}
}

// TestBlocklistCut: a list larger than the text budget is recognised on
// the part read, and its fact says so.
func TestBlocklistCut(t *testing.T) {
	p := withEntries(t, map[string]string{"assets/big": numbered(5000, "0.0.0.0 ads%d.tracker.example")})
	a, err := app.Load(p, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	f, _ := Build(a, Options{MaxTextBytes: 4096})
	if len(f.Blocklists) != 1 {
		t.Fatalf("block lists %+v", f.Blocklists)
	}
	b := f.Blocklists[0]
	if want := (BlocklistFact{Entry: "assets/big", Format: "hosts", Hosts: b.Hosts, Cut: true}); !reflect.DeepEqual(b, want) || b.Hosts < 100 || b.Hosts > 4096/20 {
		t.Errorf("fact %+v: want the hosts of the first 4 KiB, cut", b)
	}
}
