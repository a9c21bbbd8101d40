package apk

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
)

// FuzzOpen opens arbitrary bytes as an app and reads every entry and nested
// container: it must never panic, hang or exceed the budgets.
func FuzzOpen(f *testing.F) {
	for _, name := range []string{"fdroid_minimal_targetsdk_30_unsigned.apk", "fdroid_urzip.apk", "fdroid_janus.apk", "androguard_multidex.apk"} {
		if data, err := os.ReadFile(filepath.Join(corpusDir, name)); err == nil {
			f.Add(data)
		}
	}
	f.Add(buildZip(f, [2]string{"AndroidManifest.xml", "x"}, [2]string{"assets/a.apk", "PK\x03\x04"}))
	// Every hostile shape, built small from our sample app.
	base := readSample(f)
	for _, c := range hostile.Cases() {
		if b, err := c.Build(base, hostile.Tiny); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("PK\x03\x04garbage"))
	b := Budgets{MaxEntrySize: 1 << 20, MaxTotalSize: 4 << 20, MaxEntries: 1000}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := OpenBytes(data, b)
		if err != nil {
			return
		}
		a.Tampering()
		for _, e := range a.Entries {
			d, _ := a.Read(e)
			if int64(len(d)) > b.MaxEntrySize {
				t.Fatalf("%s: read %d bytes past budget", e.Path, len(d))
			}
			if e.Kind == KindNested {
				if n, err := a.OpenNested(e); err == nil {
					for _, ne := range n.Entries {
						_, _ = n.Read(ne)
					}
				}
			}
		}
	})
}
