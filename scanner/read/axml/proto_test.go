package axml

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/pbxml"
)

const aabCorpus = "../../../../shared/corpus/aab"

// zipEntry reads one entry of a zip file (an .aab, or an APK inside an .apks).
func zipEntry(t testing.TB, r *zip.Reader, name string) []byte {
	t.Helper()
	f, err := r.Open(name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func openZip(t testing.TB, p string) *zip.Reader {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tsvPackages reads file -> package from the corpus MANIFEST.tsv.
func tsvPackages(t *testing.T) map[string]string {
	f, err := os.Open(filepath.Join(aabCorpus, "MANIFEST.tsv"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	defer f.Close()
	out := map[string]string{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		cols := strings.Split(s.Text(), "\t")
		if len(cols) > 8 && strings.HasSuffix(cols[0], ".aab") {
			out[cols[0]] = cols[8]
		}
	}
	return out
}

func TestProtoManifestCorpus(t *testing.T) {
	pkgs := tsvPackages(t)
	if len(pkgs) != 4 {
		t.Fatalf("MANIFEST.tsv lists %d bundles, want 4", len(pkgs))
	}
	for file, pkg := range pkgs {
		t.Run(file, func(t *testing.T) {
			r := openZip(t, filepath.Join(aabCorpus, file))
			res, err := ParseProtoResources(zipEntry(t, r, "base/resources.pb"))
			if err != nil {
				t.Fatalf("resources: %v", err)
			}
			m, err := ParseProtoManifest(zipEntry(t, r, "base/manifest/AndroidManifest.xml"), res)
			if err != nil {
				t.Fatalf("manifest: %v", err)
			}
			if m.Package != pkg {
				t.Errorf("package %q, MANIFEST.tsv says %q", m.Package, pkg)
			}
			if m.VersionCode == 0 || !m.MinSdkSet || m.Application.Label == "" || strings.HasPrefix(m.Application.Label, "@") {
				t.Errorf("versionCode %d, minSdk set %v, label %q: want all set and resolved", m.VersionCode, m.MinSdkSet, m.Application.Label)
			}
			if len(m.Components) == 0 {
				t.Error("no components")
			}
		})
	}
}

// TestProtoManifestMatchesBinary compares the protobuf manifest of the
// listall bundle with the binary manifest bundletool built from it (the
// base-master.apk of the APK set from the same commit): the two formats
// must yield the same model.
func TestProtoManifestMatchesBinary(t *testing.T) {
	aab := openZip(t, filepath.Join(aabCorpus, "limajonatas_listall_app-release.aab"))
	set := openZip(t, filepath.Join(aabCorpus, "limajonatas_listall_app-release.apks"))
	pres, err := ParseProtoResources(zipEntry(t, aab, "base/resources.pb"))
	if err != nil {
		t.Fatal(err)
	}
	pm, err := ParseProtoManifest(zipEntry(t, aab, "base/manifest/AndroidManifest.xml"), pres)
	if err != nil {
		t.Fatal(err)
	}
	baseAPK := zipEntry(t, set, "splits/base-master.apk")
	br, err := zip.NewReader(bytes.NewReader(baseAPK), int64(len(baseAPK)))
	if err != nil {
		t.Fatal(err)
	}
	bres, err := ParseResources(zipEntry(t, br, "resources.arsc"))
	if err != nil {
		t.Fatal(err)
	}
	bm, err := ParseManifest(zipEntry(t, br, "AndroidManifest.xml"), bres)
	if err != nil {
		t.Fatal(err)
	}
	if pm.Package != bm.Package || pm.VersionCode != bm.VersionCode || pm.VersionName != bm.VersionName ||
		pm.MinSdk != bm.MinSdk || pm.TargetSdk != bm.TargetSdk || pm.Application.Label != bm.Application.Label {
		t.Errorf("proto %s %d %q sdk %d/%d %q\nbinary %s %d %q sdk %d/%d %q", pm.Package, pm.VersionCode, pm.VersionName, pm.MinSdk,
			pm.TargetSdk, pm.Application.Label, bm.Package, bm.VersionCode, bm.VersionName, bm.MinSdk, bm.TargetSdk, bm.Application.Label)
	}
	if len(pm.Components) != len(bm.Components) || len(pm.UsesPermissions) != len(bm.UsesPermissions) {
		t.Fatalf("proto: %d components %d permissions; binary: %d, %d", len(pm.Components), len(pm.UsesPermissions), len(bm.Components), len(bm.UsesPermissions))
	}
	for i, c := range pm.Components {
		b := bm.Components[i]
		if c.Name != b.Name || c.Kind != b.Kind || c.Exported != b.Exported || c.ExportedExplicit != b.ExportedExplicit || len(c.IntentFilters) != len(b.IntentFilters) {
			t.Errorf("component %d: proto %+v\nbinary %+v", i, c, b)
		}
	}
	if pm.Application.UsesCleartextTraffic != bm.Application.UsesCleartextTraffic {
		t.Errorf("usesCleartextTraffic: proto %+v, binary %+v", pm.Application.UsesCleartextTraffic, bm.Application.UsesCleartextTraffic)
	}
}

// Byte builders for synthetic protobuf manifests.
var (
	pbAttr   = pbxml.Attr
	pbNode   = pbxml.Node
	boolItem = pbxml.Bool
)

func TestProtoManifestSynthetic(t *testing.T) {
	const exportedID = 0x01010010
	activity := func(attrs ...[]byte) []byte {
		return pbNode("manifest", [][]byte{pbAttr("", "package", "com.x", 0, nil)},
			pbNode("application", nil, pbNode("activity", append([][]byte{pbAttr(androidNS, "name", ".A", 0x01010003, nil)}, attrs...))))
	}
	deep := pbNode("x", nil)
	for range maxDepth + 10 {
		deep = pbNode("x", nil, deep)
	}
	tests := []struct {
		name     string
		data     []byte
		exported bool
		wantErr  error
		warn     string
	}{
		{name: "exported by name and id", data: activity(pbAttr(androidNS, "exported", "true", exportedID, boolItem(true))), exported: true},
		// Android reads attributes by ID: a renamed name must not hide android:exported.
		{name: "exported renamed, read by id", data: activity(pbAttr("", "zzz", "true", exportedID, boolItem(true))), exported: true},
		{name: "exported false compiled", data: activity(pbAttr(androidNS, "exported", "true", exportedID, boolItem(false))), exported: false},
		{name: "truncated length", data: activity(pbAttr(androidNS, "exported", "true", exportedID, boolItem(true)))[:40], wantErr: ErrTruncated},
		{name: "depth over limit", data: pbNode("manifest", [][]byte{pbAttr("", "package", "com.x", 0, nil)}, deep), warn: "nested deeper"},
		{name: "not a manifest", data: pbNode("foo", nil), warn: "root element is <foo>"},
		{name: "empty", data: nil, wantErr: ErrTruncated},
		{name: "garbage wire type", data: []byte{0x0f, 0x01}, wantErr: ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseProtoManifest(tc.data, nil)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.warn != "" {
				if !strings.Contains(errors.Join(m.Warnings...).Error(), tc.warn) {
					t.Errorf("warnings %v lack %q", m.Warnings, tc.warn)
				}
				return
			}
			if len(m.Components) != 1 || m.Components[0].Name != "com.x.A" || m.Components[0].Exported != tc.exported {
				t.Errorf("components = %+v, want com.x.A exported=%v", m.Components, tc.exported)
			}
		})
	}
}
