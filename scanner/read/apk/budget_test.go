package apk

import (
	"errors"
	"runtime"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
	"github.com/apkscan/apkscan/scanner/read/apk/internal/pinflate"
)

// allocated returns the bytes fn allocates on the heap.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestKindBudgetsBoundMemory: a manifest that inflates to 64 MiB (800 MB
// in the hostile table) and 64 MiB of zeros as resources.arsc cost their
// kind's budget, once, not the entry budget and not twice it.
func TestKindBudgetsBoundMemory(t *testing.T) {
	base := readSample(t)
	const cap = 1 << 20
	b := Budgets{MaxManifestSize: cap, MaxResourcesSize: cap}
	for _, tc := range []struct{ cas, entry string }{
		{"manifest-huge", "AndroidManifest.xml"},
		{"resources-zeros", "resources.arsc"},
	} {
		data := buildCase(t, tc.cas, base)
		a, err := OpenBytes(data, b)
		if err != nil {
			t.Fatal(err)
		}
		var got []byte
		n := allocated(func() { got, err = a.Read(a.Lookup(tc.entry)) })
		if !errors.Is(err, ErrBudget) || len(got) != cap {
			t.Errorf("%s: read %d bytes, %v; want %d and ErrBudget", tc.cas, len(got), err, cap)
		}
		if n > 2*cap {
			t.Errorf("%s: reading allocated %d bytes for a %d-byte budget", tc.cas, n, cap)
		}
	}
}

// TestStreamingStopsAtTheLimit: an entry far larger than the limit (64 MiB
// of zeros as classes.dex) costs one buffer of the limit when its declared
// size is possible; when the header lies the buffer doubles from a few
// bytes, but never past the limit.
func TestStreamingStopsAtTheLimit(t *testing.T) {
	const limit = 6 << 20
	for _, tc := range []struct {
		name  string
		lie   bool
		bound uint64
	}{{"declared size", false, limit + limit/4}, {"lying size", true, 3 * limit}} {
		t.Run(tc.name, func(t *testing.T) {
			data := buildCase(t, "dex-zeros", readSample(t))
			if tc.lie {
				data = declareSize(t, data, "classes.dex", 1)
			}
			a, err := OpenBytes(data, Budgets{})
			if err != nil {
				t.Fatal(err)
			}
			var got []byte
			n := allocated(func() { got, err = a.ReadLimit(a.Lookup("classes.dex"), limit) })
			if !errors.Is(err, ErrBudget) || len(got) != limit || cap(got) > limit+pinflate.Slack {
				t.Fatalf("read %d bytes in a buffer of %d, %v", len(got), cap(got), err)
			}
			if n > tc.bound {
				t.Errorf("allocated %d bytes to read %d", n, limit)
			}
		})
	}
}

// declareSize rewrites the uncompressed size of entry in both headers.
func declareSize(t *testing.T, data []byte, entry string, size uint32) []byte {
	t.Helper()
	a, err := hostile.ReadArchive(data)
	if err != nil {
		t.Fatal(err)
	}
	e := a.Find(entry)
	e.UncompressedSize, e.LocalUncompressedSize = size, size
	return a.Bytes()
}
