package scanner

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestFeatureSplitEvidence: a component that only a feature split declares
// is matched like the base's, with the split's manifest as evidence.
func TestFeatureSplitEvidence(t *testing.T) {
	set := filepath.Join(t.TempDir(), "app.apks")
	out, err := os.Create(set)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	for name, src := range map[string]string{
		"splits/base-master.apk":          "../samples/hello.apk",
		"splits/feature_share-master.apk": "../samples/hello-feature.apk",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	out.Close()
	res, err := newScanner(t).Scan(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	const entry = "splits/feature_share-master.apk!AndroidManifest.xml"
	found := false
	for _, f := range res.Findings {
		if f.Rule != "manifest-exported-component" {
			continue
		}
		for _, ev := range f.Evidence {
			if ev.Entry == entry && ev.Value == "service org.apkscan.sample.hello.ShareService (exported, no permission)" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no manifest-exported-component evidence in %s; findings: %+v", entry, res.Findings)
	}
}
