package app

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
	"testing"
)

// deflatedZip builds a zip whose entries carry their sizes and CRC-32 in
// the local headers, as aapt and zipalign write them (archive/zip's Create
// uses data descriptors instead), so that apk takes its one-shot path.
func deflatedZip(t *testing.T, files ...[2][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range files {
		var z bytes.Buffer
		fw, _ := flate.NewWriter(&z, flate.DefaultCompression)
		fw.Write(f[1])
		fw.Close()
		raw, err := w.CreateRaw(&zip.FileHeader{Name: string(f[0]), Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(f[1]),
			CompressedSize64: uint64(z.Len()), UncompressedSize64: uint64(len(f[1]))})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Write(z.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDexChecksumWhileInflating: with more than one worker the dex digests
// are computed while the entry inflates; the diagnostics must be those of
// hashing afterwards (one worker), for a good and for a corrupted dex big
// enough to be hashed in many pieces.
func TestDexChecksumWhileInflating(t *testing.T) {
	src := corpusFile(t, "../../../../shared/corpus/apk", "countly_app-release.apk")
	manifest := readZipEntry(t, src, "AndroidManifest.xml")
	good := readZipEntry(t, src, "classes.dex")
	bad := slices.Clone(good)
	bad[len(bad)-100] ^= 0x5a
	for _, tc := range []struct {
		name string
		dex  []byte
		want int // checksum + signature diagnostics
	}{
		{"good", good, 0},
		{"corrupted", bad, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeTemp(t, "app.apk", deflatedZip(t, file("AndroidManifest.xml", manifest), file("classes.dex", tc.dex)))
			var got []string
			for _, jobs := range []int{1, 2} {
				a, err := Load(p, Options{Jobs: jobs})
				if err != nil {
					t.Fatal(err)
				}
				var sums []string
				for _, d := range a.Diagnostics {
					if strings.Contains(d.Message, "checksum") || strings.Contains(d.Message, "signature") {
						sums = append(sums, fmt.Sprintf("%s: %s", d.Entry, d.Message))
					}
				}
				a.Close()
				if len(sums) != tc.want {
					t.Errorf("jobs %d: %d checksum/signature diagnostics %q, want %d", jobs, len(sums), sums, tc.want)
				}
				if jobs == 1 {
					got = sums
				} else if !slices.Equal(sums, got) {
					t.Errorf("jobs 2 says %q, jobs 1 %q", sums, got)
				}
			}
		})
	}
}
