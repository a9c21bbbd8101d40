package samples

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"testing"
	"unicode/utf16"
)

// dexEntry matches the dex files Android loads from an APK's root.
var dexEntry = regexp.MustCompile(`^classes[0-9]*\.dex$`)

// TestCasesMatchSources keeps Cases, src/ and the built APKs in step: a new
// source directory without a Cases entry (or an unbuilt APK) fails here.
func TestCasesMatchSources(t *testing.T) {
	dirs, err := os.ReadDir("src")
	if err != nil {
		t.Fatal(err)
	}
	var srcNames []string
	for _, d := range dirs {
		if d.IsDir() && d.Name()[0] != '_' {
			srcNames = append(srcNames, d.Name())
		}
	}
	built, err := filepath.Glob("*.apk")
	if err != nil {
		t.Fatal(err)
	}
	var caseNames, apkNames []string
	for _, c := range Cases {
		caseNames = append(caseNames, c.Name)
	}
	for _, b := range built {
		apkNames = append(apkNames, b[:len(b)-len(".apk")])
	}
	slices.Sort(apkNames) // by stem: "hello" before "hello-feature", as in src/
	if !sort.StringsAreSorted(caseNames) {
		t.Errorf("Cases not in name order: %v", caseNames)
	}
	if !slices.Equal(srcNames, caseNames) {
		t.Errorf("src/ cases %v, Cases %v", srcNames, caseNames)
	}
	if !slices.Equal(apkNames, caseNames) {
		t.Errorf("built APKs %v, Cases %v", apkNames, caseNames)
	}
}

// readAPK returns every entry's name (archive order) and inflated bytes.
func readAPK(t *testing.T, path string) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: not a valid zip: %v", path, err)
	}
	defer zr.Close()
	var names []string
	data := make(map[string][]byte)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s!%s: %v", path, f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s!%s: %v", path, f.Name, err)
		}
		names = append(names, f.Name)
		data[f.Name] = b
	}
	return names, data
}

// contains reports whether s occurs in any entry, as UTF-8 or as the
// UTF-16LE that aapt uses for the binary manifest's string pool.
func contains(data map[string][]byte, s string) bool {
	u8 := []byte(s)
	var u16 []byte
	for _, r := range utf16.Encode([]rune(s)) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	for _, b := range data {
		if bytes.Contains(b, u8) || bytes.Contains(b, u16) {
			return true
		}
	}
	return false
}

func TestAPKContents(t *testing.T) {
	for _, c := range Cases {
		t.Run(c.Name, func(t *testing.T) {
			names, data := readAPK(t, c.Name+".apk")
			if _, ok := data["AndroidManifest.xml"]; !ok {
				t.Error("no AndroidManifest.xml")
			}
			var dexes []string
			for _, n := range names {
				if dexEntry.MatchString(n) {
					dexes = append(dexes, n)
					if !bytes.HasPrefix(data[n], []byte("dex\n035\x00")) {
						t.Errorf("%s: no dex 035 magic", n)
					}
				}
			}
			if !slices.Equal(dexes, c.Dex) {
				t.Errorf("dex entries %v, want %v", dexes, c.Dex)
			}
			for _, f := range slices.Concat([]string{"META-INF/SAMPLE.RSA"}, c.Files, c.Blocklists) {
				if _, ok := data[f]; !ok {
					t.Errorf("no entry %s", f)
				}
			}
			var dexData = make(map[string][]byte)
			for _, n := range dexes {
				dexData[n] = data[n]
			}
			for _, d := range slices.Concat(c.Defined, c.Referenced) {
				if !contains(dexData, d) {
					t.Errorf("type %s in no dex string pool", d)
				}
			}
			for _, s := range c.Strings {
				if !contains(data, s) {
					t.Errorf("string %q in no entry", s)
				}
			}
			for _, s := range c.Absent {
				if contains(data, s) {
					t.Errorf("string %q present, want absent", s)
				}
			}
		})
	}
}
