package match

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/internal/hostile"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// TestTricksAreTheReaders: the rule language's trick names are exactly
// those the readers report.
func TestTricksAreTheReaders(t *testing.T) {
	var readers []string
	for _, tr := range []apk.Trick{apk.TrickCompressionMethod, apk.TrickEncryptionFlag, apk.TrickHeaderMismatch,
		apk.TrickOverlap, apk.TrickExtraField, apk.TrickDuplicateName} {
		readers = append(readers, string(tr))
	}
	readers = append(readers, string(axml.TrickChunkType))
	if !slices.Equal(readers, rules.Tricks) {
		t.Errorf("readers report %v, rules accept %v", readers, rules.Tricks)
	}
}

// TestTamperingFindings builds each tampering trick on one of our sample
// apps and scans it with the built-in rules: each trick is one MEDIUM
// finding of category tampering naming the entry, and the app is still
// read (its package is known); the intact app has no such finding.
func TestTamperingFindings(t *testing.T) {
	base, err := os.ReadFile("../../../samples/hello.apk")
	if err != nil {
		t.Fatal(err)
	}
	e := builtinEngine(t)
	want := map[string][2]string{ // case -> rule, entry
		"tamper-method-central":   {"tampering-compression-method", "AndroidManifest.xml"},
		"tamper-method-local":     {"tampering-compression-method", "AndroidManifest.xml"},
		"tamper-encrypted":        {"tampering-encryption-flag", "AndroidManifest.xml"},
		"tamper-size-mismatch":    {"tampering-header-mismatch", "AndroidManifest.xml"},
		"tamper-extra-field":      {"tampering-extra-field", "AndroidManifest.xml"},
		"tamper-manifest-magic":   {"tampering-manifest-chunk-type", "AndroidManifest.xml"},
		"tamper-duplicate-name":   {"tampering-duplicate-name", "classes.dex"},
		"zip-shared-local-header": {"tampering-overlapping-records", "classes10.dex"},
	}
	dir := t.TempDir()
	for _, c := range append(hostile.Cases(), hostile.Case{Name: "intact", Build: func(b []byte, _ hostile.Scale) ([]byte, error) { return b, nil }}) {
		w, tampered := want[c.Name]
		if !tampered && c.Name != "intact" {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			data, err := c.Build(base, hostile.Small)
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, c.Name+".apk")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			a, err := app.Load(p, app.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			f, _ := index.Build(a, index.Options{})
			if f.Package != "org.apkscan.sample.hello" {
				t.Errorf("package %q: the app was not read", f.Package)
			}
			var got []finding.Finding
			for _, fd := range e.Match(f) {
				if fd.Category == string(rules.CategoryTampering) {
					got = append(got, fd)
				}
			}
			if !tampered {
				if len(got) > 0 {
					t.Errorf("intact app: %v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Rule != w[0] || got[0].Severity != finding.SeverityMedium {
				t.Fatalf("findings %v, want one %s", got, w[0])
			}
			if ev := got[0].Evidence; len(ev) == 0 || ev[0].Entry != w[1] || ev[0].Value == "" || !strings.Contains(got[0].Message, w[1]) {
				t.Errorf("evidence %v, message %q: want the entry %s and the trick", ev, got[0].Message, w[1])
			}
		})
	}
}
