package axml

import (
	"path/filepath"
	"testing"
)

// addCorpusSeeds adds every entry called name from the shared corpus (at
// runtime, so no third-party files are committed) plus small fixtures.
func addCorpusSeeds(f *testing.F, name string) {
	var apks []string
	for _, d := range corpusDirs {
		m, _ := filepath.Glob(filepath.Join(d, "*.apk"))
		apks = append(apks, m...)
	}
	for i, apk := range apks {
		if i%4 != 0 && len(apks) > 20 {
			continue // droidbench APKs are near-duplicates; a quarter suffices
		}
		// Large seeds slow the Go fuzzer to a crawl; small ones mutate well.
		if b, ok := readEntries(f, apk, name)[name]; ok && len(b) <= 16<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte{})
	f.Add([]byte("\x03\x00\x08\x00\x10\x00\x00\x00"))
}

func FuzzParseManifest(f *testing.F) {
	addCorpusSeeds(f, "AndroidManifest.xml")
	// Our sample's manifest, intact and with its chunk type altered.
	m := sampleManifest(f)
	f.Add(m)
	f.Add(append([]byte{'<'}, m[1:]...))
	f.Add([]byte(manifestXML(`<uses-sdk android:minSdkVersion="16"/>`, `<activity android:name=".A"><intent-filter><action android:name="x"/></intent-filter></activity>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data, nil)
		if err == nil && m == nil {
			t.Fatal("nil manifest without error")
		}
	})
}

func FuzzParseResources(f *testing.F) {
	addCorpusSeeds(f, "resources.arsc")
	f.Add(buildPool(true, "a", "b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := ParseResourcesBudget(data, 1<<20)
		if res == nil {
			t.Fatalf("nil Resources (err %v)", err)
		}
		total := 0
		for _, s := range res.Strings() {
			total += len(s)
		}
		for _, s := range res.KeyStrings() {
			total += len(s)
		}
		if total > 1<<20 {
			t.Fatalf("decoded %d string bytes, budget 1 MiB", total)
		}
		for _, id := range []uint32{0x7f010000, 0x7f020000, 0x7f030001} {
			res.ResolveString(id)
			res.ResourceName(id)
		}
	})
}
