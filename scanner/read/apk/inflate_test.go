package apk

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestFastPathMatchesStreaming reads every entry of corpus APKs through the
// one-shot path (in sequence and split between two goroutines) and the
// streaming path and requires the same bytes.
func TestFastPathMatchesStreaming(t *testing.T) {
	fast := 0
	for _, p := range corpusAPKs(t) {
		a, err := Open(p, Budgets{})
		if err != nil {
			continue
		}
		for _, e := range a.Entries {
			if e.Kind == KindDir {
				continue
			}
			streamed, trunc, err := a.inflate(e, a.budgets.MaxEntrySize)
			for _, split := range []bool{false, true} {
				var shown []byte
				calls := 0
				one, ok := a.readWhole(e, a.budgets.MaxEntrySize, ReadOptions{Split: split, Progress: func(filled []byte) {
					calls++
					if len(filled) <= len(shown) || len(shown) > 0 && &filled[0] != &shown[0] {
						t.Errorf("%s!%s: progress went from %d to %d bytes, or to another buffer", filepath.Base(p), e.Name, len(shown), len(filled))
					}
					shown = filled
				}})
				if !ok {
					continue
				}
				if len(one) > 0 && (len(shown) != len(one) || &shown[0] != &one[0]) {
					t.Errorf("%s!%s: progress ended at %d of %d bytes (%d calls)", filepath.Base(p), e.Name, len(shown), len(one), calls)
				}
				fast++
				if err != nil || trunc || !bytes.Equal(one, streamed) {
					t.Errorf("%s!%s (split %v): one-shot read (%d bytes) differs from streaming (%d bytes, err %v)", filepath.Base(p), e.Name, split, len(one), len(streamed), err)
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

// TestFastPathFallsBack: whatever the one-shot path refuses (a bad CRC, a
// size that lies) is read by the streaming path, which reports it.
func TestFastPathFallsBack(t *testing.T) {
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
		e := a.Lookup("assets/a.txt")
		if _, ok := a.readWhole(e, 1<<20, ReadOptions{}); ok {
			t.Fatal("one-shot path accepted a bad CRC-32")
		}
		if _, err := a.Read(e); err == nil || !strings.Contains(err.Error(), "checksum") {
			t.Errorf("Read error = %v, want a checksum error", err)
		}
	})
	t.Run("declared size too small", func(t *testing.T) {
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
	t.Run("good entry", func(t *testing.T) {
		a, err := OpenBytes(data, Budgets{})
		if err != nil {
			t.Fatal(err)
		}
		e := a.Lookup("assets/a.txt")
		got, ok := a.readWhole(e, 1<<20, ReadOptions{})
		if !ok || string(got) != body {
			t.Errorf("one-shot read = %d bytes, ok %v; want the body", len(got), ok)
		}
	})
}
