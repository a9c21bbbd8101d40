package axml

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// addBundleSeeds adds the module entry name of every corpus App Bundle, at
// runtime so no third-party bytes are committed.
func addBundleSeeds(f *testing.F, name string, maxLen int) {
	aabs, _ := filepath.Glob(filepath.Join(aabCorpus, "*.aab"))
	for _, p := range aabs {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			continue
		}
		rc, err := r.Open(name)
		if err != nil {
			continue
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err == nil && len(data) <= maxLen {
			f.Add(data)
		}
	}
	f.Add([]byte{})
	f.Add(pbNode("manifest", [][]byte{pbAttr("", "package", "com.x", 0, nil)}))
}

func FuzzParseProtoManifest(f *testing.F) {
	addBundleSeeds(f, "base/manifest/AndroidManifest.xml", 64<<10)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseProtoManifest(data, nil)
		if err == nil && m == nil {
			t.Fatal("nil manifest without error")
		}
	})
}

func FuzzParseProtoResources(f *testing.F) {
	// resources.pb files are 100-300 KiB; the fuzzer mutates them slowly but
	// they are the only realistic seeds.
	addBundleSeeds(f, "base/resources.pb", 1<<20)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := ParseProtoResources(data)
		if res == nil {
			t.Fatalf("nil Resources (err %v)", err)
		}
		total := 0
		for _, s := range res.Strings() {
			total += len(s)
		}
		if total > len(data) {
			t.Fatalf("%d string bytes from %d input bytes", total, len(data))
		}
		for _, id := range []uint32{0x7f010000, 0x7f080000, 0x7f0d001d} {
			res.ResolveString(id)
			res.ResolveInt(id)
			res.ResourceName(id)
		}
	})
}
