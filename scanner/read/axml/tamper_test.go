package axml

import (
	"archive/zip"
	"io"
	"testing"
)

// sampleManifest returns the binary manifest of one of our sample apps.
func sampleManifest(t testing.TB) []byte {
	t.Helper()
	zr, err := zip.OpenReader("../../../samples/hello.apk")
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	rc, err := zr.Open("AndroidManifest.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAlteredChunkTypeReadAsAndroid: a binary manifest whose first byte is
// altered (the chunk type, which Android never checks) is read as Android
// reads it, and the alteration is reported; the intact one is not.
func TestAlteredChunkTypeReadAsAndroid(t *testing.T) {
	orig := sampleManifest(t)
	want, err := ParseManifest(orig, nil)
	if err != nil || want.Package == "" || len(want.Tampering) != 0 {
		t.Fatalf("intact manifest: %v, package %q, tampering %v", err, want.Package, want.Tampering)
	}
	for _, first := range []byte{0x00, 0x43, '<', 0xff} {
		b := append([]byte(nil), orig...)
		b[0] = first
		m, err := ParseManifest(b, nil)
		if err != nil || m.Package != want.Package || len(m.Components) != len(want.Components) {
			t.Errorf("first byte %#x: %v, package %q", first, err, m.Package)
			continue
		}
		if len(m.Tampering) != 1 || m.Tampering[0].Trick != TrickChunkType {
			t.Errorf("first byte %#x: tampering %v", first, m.Tampering)
		}
	}
}
