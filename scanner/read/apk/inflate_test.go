package apk

import (
	"archive/zip"
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestOneShotMatchesStreaming reads every DEFLATE entry of corpus APKs
// through the one-shot path (in sequence and split between two
// goroutines), our streaming path and apkparser's (archive/zip's) reader,
// and requires the same bytes.
func TestOneShotMatchesStreaming(t *testing.T) {
	fast := 0
	for _, p := range corpusAPKs(t) {
		a, err := Open(p, Budgets{})
		if err != nil {
			continue
		}
		for _, e := range a.Entries {
			if e.Kind == KindDir || e.zf == nil || e.zf.Method != zip.Deflate || e.Size <= 0 {
				continue
			}
			apkparser, trunc, err := a.inflate(e, a.budgets.MaxEntrySize)
			if err != nil || trunc {
				t.Errorf("%s!%s: apkparser: %v (truncated %v)", filepath.Base(p), e.Name, err, trunc)
				continue
			}
			off, _ := e.zf.DataOffset()
			streamed, trunc, err := a.inflateStream(off, e.CompressedSize, e.Size, a.budgets.MaxEntrySize)
			if err != nil || trunc || !bytes.Equal(streamed, apkparser) {
				t.Errorf("%s!%s: streamed %d bytes (%v, truncated %v), apkparser %d", filepath.Base(p), e.Name, len(streamed), err, trunc, len(apkparser))
			}
			for _, split := range []bool{false, true} {
				var shown []byte
				calls := 0
				one, ok := a.inflateWhole(off, e.CompressedSize, e.Size, ReadOptions{Split: split, Progress: func(filled []byte) {
					calls++
					if len(filled) <= len(shown) || len(shown) > 0 && &filled[0] != &shown[0] {
						t.Errorf("%s!%s: progress went from %d to %d bytes, or to another buffer", filepath.Base(p), e.Name, len(shown), len(filled))
					}
					shown = filled
				}})
				if !ok {
					t.Errorf("%s!%s: one-shot path refused a good entry", filepath.Base(p), e.Name)
					continue
				}
				if len(one) > 0 && (len(shown) != len(one) || &shown[0] != &one[0]) {
					t.Errorf("%s!%s: progress ended at %d of %d bytes (%d calls)", filepath.Base(p), e.Name, len(shown), len(one), calls)
				}
				fast++
				if !bytes.Equal(one, apkparser) {
					t.Errorf("%s!%s (split %v): one-shot read (%d bytes) differs from apkparser's (%d bytes)", filepath.Base(p), e.Name, split, len(one), len(apkparser))
				}
			}
		}
		a.Close()
	}
	if fast == 0 {
		t.Fatal("no entry took the one-shot path")
	}
	t.Logf("%d entries compared (%s)", fast, Inflater)
}

// TestReadReportsBadHeaders: a bad CRC-32 or a declared size that lies is
// read anyway (as Android reads it) and reported with the data.
func TestReadReportsBadHeaders(t *testing.T) {
	body := strings.Repeat("analytics ", 2000)
	data := buildZip(t, [2]string{"assets/a.txt", body})
	t.Run("bad CRC", func(t *testing.T) {
		bad := bytes.Clone(data)
		// The central directory's CRC-32 sits 16 bytes into its record.
		cd := bytes.LastIndex(bad, []byte("PK\x01\x02"))
		bad[cd+16] ^= 0xff
		lh := 14 // and the local header's, 14 bytes in
		bad[lh] ^= 0xff
		a, err := OpenBytes(bad, Budgets{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.Read(a.Lookup("assets/a.txt"))
		if !errors.Is(err, zip.ErrChecksum) || string(got) != body {
			t.Errorf("Read = %d bytes, %v; want the body and a checksum error", len(got), err)
		}
	})
	t.Run("declared size too large", func(t *testing.T) {
		bad := bytes.Clone(data)
		cd := bytes.LastIndex(bad, []byte("PK\x01\x02"))
		bad[cd+24]++ // uncompressed size, central directory
		bad[22]++    // and local header
		a, err := OpenBytes(bad, Budgets{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.Read(a.Lookup("assets/a.txt"))
		if err == nil || !strings.Contains(err.Error(), "declares") || string(got) != body {
			t.Errorf("Read = %d bytes, %v; want the body and a size error", len(got), err)
		}
	})
	t.Run("limit below the size", func(t *testing.T) {
		a, err := OpenBytes(data, Budgets{})
		if err != nil {
			t.Fatal(err)
		}
		e := a.Lookup("assets/a.txt")
		got, err := a.ReadLimit(e, 100)
		if !errors.Is(err, ErrBudget) || len(got) != 100 || string(got) != body[:100] {
			t.Errorf("ReadLimit(100) = %d bytes, %v; want the first 100 bytes and ErrBudget", len(got), err)
		}
	})
}
