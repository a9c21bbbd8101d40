package index

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// hostileBudgets are small kind budgets, so that the cases that inflate
// to gigabytes show their bound in a unit test's memory.
var hostileBudgets = apk.Budgets{MaxManifestSize: 1 << 20, MaxResourcesSize: 2 << 20}

// cost is what loading and indexing one app took: heap bytes allocated,
// bytes inflated, and the diagnostics it gave.
type cost struct {
	alloc, inflated uint64
	diags           int
}

func loadAndIndex(t *testing.T, path string) cost {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, _ := app.Load(path, app.Options{Budgets: hostileBudgets})
	if a == nil {
		t.Fatalf("%s: not loaded", path)
	}
	_, diags := Build(a, Options{})
	runtime.ReadMemStats(&after)
	c := cost{alloc: after.TotalAlloc - before.TotalAlloc, diags: len(a.Diagnostics) + len(diags)}
	if a.Archive != nil {
		c.inflated = uint64(a.Archive.Inflated())
	}
	a.Close()
	return c
}

// TestHostileInputsBounded builds every class of hostile input of the
// hostile package from a base app (our sample always, the largest corpus
// APK too when it is there) and loads and indexes it. Each must cost
// about what the intact app costs: inflate at most the base's bytes plus
// its own budget (a manifest or resource table capped, a zero-filled dex
// sniffed, records sharing a header read once), allocate at most twice the
// base's plus four times its size, and give a bounded number of
// diagnostics. These inputs cost seconds and gigabytes before they were
// bounded.
func TestHostileInputsBounded(t *testing.T) {
	bases := []string{"../../../samples/hello.apk"}
	if p := "../../../../shared/corpus/apk/sensorsdata_demo-release.apk"; fileExists(p) {
		bases = append(bases, p)
	} else {
		t.Log("corpus not found: only our sample app is the base")
	}
	extra := map[string]uint64{ // what a case may inflate beyond the base
		"manifest-huge":   uint64(hostileBudgets.MaxManifestSize),
		"resources-zeros": uint64(hostileBudgets.MaxResourcesSize),
		"dex-zeros":       64 << 10,
	}
	dir := t.TempDir()
	for _, basePath := range bases {
		data, err := os.ReadFile(basePath)
		if err != nil {
			t.Fatal(err)
		}
		base := loadAndIndex(t, basePath)
		for _, c := range hostile.Cases() {
			t.Run(filepath.Base(basePath)+"/"+c.Name, func(t *testing.T) {
				b, err := c.Build(data, hostile.Small)
				if err != nil {
					t.Skipf("not built from this base: %v", err)
				}
				p := filepath.Join(dir, c.Name+".apk")
				if err := os.WriteFile(p, b, 0o644); err != nil {
					t.Fatal(err)
				}
				got := loadAndIndex(t, p)
				// What the case adds to the entries, bounded by the budget
				// of the kind it grows (records sharing a header add nothing).
				grown := max(declared(t, b), declared(t, data)) - declared(t, data)
				if e, ok := extra[c.Name]; ok {
					grown = min(grown, e)
				}
				// (A large dex's header is read once more, to sniff it.)
				if limit := base.inflated + grown + 1<<10; got.inflated > limit {
					t.Errorf("inflated %d bytes, the intact app %d (limit %d)", got.inflated, base.inflated, limit)
				}
				limit := 2*base.alloc + 4*uint64(len(b)) + 16<<20
				if c.Name == "dex-string-flood" {
					// Each string_id costs its tables in the dex reader
					// (where its window starts and ends, its decode): a
					// few bytes of the file apiece, however well they
					// compress. The facts stop at MaxPoolStrings.
					limit += 96*uint64(hostile.Small.PoolStrings) + 512*MaxPoolStrings
				}
				if got.alloc > limit {
					t.Errorf("allocated %d bytes, the intact app %d (limit %d)", got.alloc, base.alloc, limit)
				}
				if got.diags > 300 {
					t.Errorf("%d diagnostics", got.diags)
				}
			})
		}
	}
}

// declared sums the uncompressed sizes the entries of a zip declare, once
// per stored body.
func declared(t *testing.T, zip []byte) uint64 {
	a, err := hostile.ReadArchive(zip)
	if err != nil {
		t.Fatal(err)
	}
	n, seen := uint64(0), map[int64]bool{}
	for _, e := range a.Entries {
		if !seen[e.Offset] {
			seen[e.Offset] = true
			n += uint64(e.UncompressedSize)
		}
	}
	return n
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
