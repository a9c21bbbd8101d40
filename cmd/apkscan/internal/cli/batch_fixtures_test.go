package cli

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// zipBomb returns a zip holding the entries of base plus classes2.dex:
// 1 GiB of zeros that deflates to about 1 MiB. The deflate stream is one
// sync-flushed 1 MiB block repeated (each copy only refers back into
// itself) and an empty final block, so building it costs no 1 GiB pass.
func zipBomb(t *testing.T, base string) []byte {
	t.Helper()
	const chunk, copies = 1 << 20, 1024
	var seg bytes.Buffer
	fw, _ := flate.NewWriter(&seg, flate.BestCompression)
	fw.Write(make([]byte, chunk))
	fw.Flush()
	var stream bytes.Buffer
	for range copies {
		stream.Write(seg.Bytes())
	}
	stream.Write([]byte{0x03, 0x00}) // final empty fixed-Huffman block
	crc := crc32.NewIEEE()
	zero := make([]byte, chunk)
	for range copies {
		crc.Write(zero)
	}
	var out bytes.Buffer
	zw := copyZip(t, &out, base)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "classes2.dex", Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(stream.Len()), UncompressedSize64: chunk * copies})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(stream.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// withDirEntry returns base plus a zip directory entry named x.apk/, a
// nested-APK name that is no file.
func withDirEntry(t *testing.T, base string) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := copyZip(t, &out, base)
	if _, err := zw.Create("assets/x.apk/"); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// copyZip starts a zip writer on out holding every entry of base as is.
func copyZip(t *testing.T, out io.Writer, base string) *zip.Writer {
	t.Helper()
	zr, err := zip.OpenReader(base)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	zw := zip.NewWriter(out)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	return zw
}

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// truncateInEntry returns the file at p cut off in the middle of entry's
// data, as an interrupted download leaves it.
func truncateInEntry(t *testing.T, p, entry string) []byte {
	t.Helper()
	b := readFile(t, p)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == entry {
			off, err := f.DataOffset()
			if err != nil {
				t.Fatal(err)
			}
			return b[:off+int64(f.CompressedSize64/2)]
		}
	}
	t.Fatalf("%s has no %s", p, entry)
	return nil
}
