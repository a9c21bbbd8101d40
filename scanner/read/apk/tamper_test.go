package apk

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
)

// sampleApp is one of our own sample apps, always in the repository.
const sampleApp = "../../../samples/hello.apk"

func readSample(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(sampleApp)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// entryBytes reads one entry of an app the plain way (archive/zip through
// the hostile package), as the expected content.
func entryBytes(t testing.TB, app []byte, name string) []byte {
	t.Helper()
	a, err := hostile.ReadArchive(app)
	if err != nil {
		t.Fatal(err)
	}
	b, err := hostile.Inflate(a.Find(name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTamperingReadAsAndroid builds each zip tampering trick on a sample
// app and requires the trick reported on the right entry and the entry
// read as Android reads it: the original bytes.
func TestTamperingReadAsAndroid(t *testing.T) {
	base := readSample(t)
	manifest := entryBytes(t, base, "AndroidManifest.xml")
	dex := entryBytes(t, base, "classes.dex")
	for _, tc := range []struct {
		cas, entry string
		trick      Trick
		detail     string
		want       []byte
	}{
		{"tamper-method-central", "AndroidManifest.xml", TrickCompressionMethod, "central directory declares compression method 23130", manifest},
		{"tamper-method-local", "AndroidManifest.xml", TrickCompressionMethod, "local header declares compression method 23130", manifest},
		{"tamper-encrypted", "classes.dex", TrickEncryptionFlag, "encryption flag", dex},
		{"tamper-size-mismatch", "AndroidManifest.xml", TrickHeaderMismatch, "data-descriptor flag set, Android uses the central directory's", manifest},
		{"tamper-extra-field", "AndroidManifest.xml", TrickExtraField, "65520-byte extra field", manifest},
		{"tamper-duplicate-name", "classes.dex", TrickDuplicateName, "more than one", dex},
	} {
		t.Run(tc.cas, func(t *testing.T) {
			data := buildCase(t, tc.cas, base)
			a, err := OpenBytes(data, Budgets{})
			if err != nil {
				t.Fatal(err)
			}
			if !hasTampering(a, tc.entry, tc.trick, tc.detail) {
				t.Errorf("no %s on %s with %q: %v", tc.trick, tc.entry, tc.detail, a.Tampering())
			}
			got, err := a.Read(a.Lookup(tc.entry))
			if err != nil || !bytes.Equal(got, tc.want) {
				t.Errorf("Read(%s) = %d bytes, %v; want the %d original bytes", tc.entry, len(got), err, len(tc.want))
			}
		})
	}
}

// TestPlainAppHasNoTampering: our own signed sample apps and every corpus
// APK show no trick (zipalign's padding is not an extra-field trick).
func TestPlainAppHasNoTampering(t *testing.T) {
	paths := append([]string{sampleApp}, corpusAPKs(t)...)
	for _, p := range paths {
		a, err := Open(p, Budgets{})
		if err != nil {
			continue
		}
		if len(a.Tampering()) > 0 {
			t.Errorf("%s: %v", p, a.Tampering())
		}
		a.Close()
	}
}

// TestSharedLocalHeaderReadOnce: records that share classes.dex's local
// header are reported and not read; classes.dex is read once.
func TestSharedLocalHeaderReadOnce(t *testing.T) {
	base := readSample(t)
	a, err := OpenBytes(buildCase(t, "zip-shared-local-header", base), Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	dex := a.DexFiles()
	if len(dex) != 1+hostile.Small.Aliases {
		t.Fatalf("%d dex entries, want %d", len(dex), 1+hostile.Small.Aliases)
	}
	if got, err := a.Read(dex[0]); err != nil || !bytes.Equal(got, entryBytes(t, base, "classes.dex")) {
		t.Fatalf("classes.dex: %d bytes, %v", len(got), err)
	}
	for _, e := range dex[1:] {
		if _, err := a.Read(e); !errors.Is(err, ErrOverlap) {
			t.Errorf("%s: err = %v, want ErrOverlap", e.Name, err)
		}
		if !hasTampering(a, e.Name, TrickOverlap, "shares the local header") {
			t.Errorf("%s: not reported as overlapping", e.Name)
		}
	}
	if a.spent.total != int64(len(entryBytes(t, base, "classes.dex"))) {
		t.Errorf("inflated %d bytes in total, want classes.dex's once", a.spent.total)
	}
}

func buildCase(t testing.TB, name string, base []byte) []byte {
	t.Helper()
	for _, c := range hostile.Cases() {
		if c.Name == name {
			b, err := c.Build(base, hostile.Small)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no hostile case %s", name)
	return nil
}

func hasTampering(a *Archive, entry string, trick Trick, detail string) bool {
	for _, tm := range a.Tampering() {
		if tm.Path == entry && tm.Trick == trick && strings.Contains(tm.Detail, detail) {
			return true
		}
	}
	return false
}

// TestSharedHeaderNamedByAnEarlierEntry: records sharing a local header
// whose name belongs to an earlier, separate entry are still read once
// (through the first of them that has an entry), so the name on the
// header cannot turn the alias check off.
func TestSharedHeaderNamedByAnEarlierEntry(t *testing.T) {
	dex := entryBytes(t, readSample(t), "classes.dex")
	a := &hostile.Archive{Entries: []*hostile.Entry{
		hostile.NewEntry("AndroidManifest.xml", []byte("m"), false),
		hostile.NewEntry("d", dex, true),
	}}
	a.Entries[1].LocalName = "AndroidManifest.xml"
	for _, n := range []string{"classes.dex", "classes2.dex", "classes3.dex", "AndroidManifest.xml"} {
		a.Aliases = append(a.Aliases, hostile.Alias{Name: n, Of: 1})
	}
	ar, err := OpenBytes(a.Bytes(), Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	reads := 0
	for _, e := range ar.DexFiles() {
		if _, err := ar.Read(e); err == nil {
			reads++
		} else if !errors.Is(err, ErrOverlap) {
			t.Errorf("%s: %v", e.Name, err)
		}
	}
	if reads != 0 {
		t.Errorf("%d of the records sharing d's header were read; want none (d is read)", reads)
	}
	if got, err := ar.Read(ar.Lookup("d")); err != nil || !bytes.Equal(got, dex) {
		t.Errorf("d: %d bytes, %v", len(got), err)
	}
}
