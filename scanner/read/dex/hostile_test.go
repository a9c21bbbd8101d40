package dex

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
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

// decodeAll walks everything a scan walks: every string, type, proto,
// field and method reference, the class definitions and every method's
// code with its instructions (Stats), as the indexer and `info` do.
func decodeAll(f *File) {
	for i := 0; i < f.NumStrings(); i++ {
		f.String(uint32(i))
	}
	for i := 0; i < f.NumProtos(); i++ {
		f.Proto(uint32(i))
	}
	for i := 0; i < f.NumMethods(); i++ {
		f.MethodRef(uint32(i))
	}
	for i := 0; i < f.NumFields(); i++ {
		f.FieldRef(uint32(i))
	}
	exercise(f)
	f.Stats()
}

// largestCorpusDex is the biggest corpus dex, or nil without the corpus.
func largestCorpusDex(t *testing.T) []byte {
	var best []byte
	for _, p := range corpusDexNoSkip(t) {
		if b, err := os.ReadFile(p); err == nil && len(b) > len(best) {
			best = b
		}
	}
	return best
}

func corpusDexNoSkip(t *testing.T) []string {
	for _, d := range corpusDirs {
		if m, _ := filepath.Glob(filepath.Join(d, "*.apk")); len(m) > 0 {
			return corpusDex(t, t.TempDir())
		}
	}
	return nil
}

// TestHostileDexBounded decodes each hostile shape of a dex (strings
// sharing one endless run, class data sent into garbage, class_defs at 0
// or repeated) and bounds what it allocates by the file's size: before
// those shapes were bounded, a 5 MB dex cost gigabytes. The synthetic
// string case always runs; the class cases mutate the largest corpus dex.
func TestHostileDexBounded(t *testing.T) {
	many := newSpec()
	for i := 0; i < 3000; i++ {
		many.strings = append(many.strings, []byte("s"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))))
	}
	cases := []struct {
		name string
		base []byte
		mut  func([]byte) ([]byte, error)
	}{
		{"dex-string-run-synthetic", build(many), func(d []byte) ([]byte, error) { return hostile.StringRun(d, 64<<10) }},
	}
	if big := largestCorpusDex(t); big != nil {
		cases = append(cases, []struct {
			name string
			base []byte
			mut  func([]byte) ([]byte, error)
		}{
			{"dex-string-run", big, func(d []byte) ([]byte, error) { return hostile.StringRun(d, 60<<10) }},
			{"dex-flip-every-7th", big, func(d []byte) ([]byte, error) { return hostile.FlipEvery7th(d, 4<<10) }},
			{"dex-class-data-scattered", big, hostile.ScatterClassData},
			{"dex-class-defs-at-zero", big, hostile.ClassDefsAtZero},
			{"dex-class-defs-repeated", big, func(d []byte) ([]byte, error) { return hostile.RepeatClassDefs(d, 4*len(d)) }},
		}...)
	} else {
		t.Log("corpus not found: only the synthetic case runs")
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.mut(tc.base)
			if err != nil {
				t.Fatal(err)
			}
			base := allocated(func() {
				if f, err := OpenBytes(tc.base); err == nil {
					decodeAll(f)
				}
			})
			var f *File
			n := allocated(func() {
				if f, err = OpenBytes(data); err == nil {
					decodeAll(f)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			// What decoding the intact file allocates, twice, plus the
			// bytes added: the unbounded shapes cost 10 to 1000 times that.
			if bound := 2*base + 4*uint64(len(data)) + 16<<20; n > bound {
				t.Errorf("decoding a %d-byte file allocated %d bytes (bound %d; the intact file %d)", len(data), n, bound, base)
			}
			if w := f.Warnings(); len(w) > maxKept+1 {
				t.Errorf("%d warnings kept", len(w))
			}
		})
	}
}

// TestDamagedPastClassErrors: past MaxClassErrors broken classes the file
// is reported as damaged once and the rest of the classes are not walked.
func TestDamagedPastClassErrors(t *testing.T) {
	s := newSpec()
	s.classDefs = 3000 // every class def replays the same class data and class
	f, err := OpenBytesWith(build(s), Budgets{MaxClassErrors: 10})
	if err != nil {
		t.Fatal(err)
	}
	walked := 0
	diags, _ := f.Classes(func(ClassDef, *ClassData) error { walked++; return nil })
	if walked != 11 {
		t.Errorf("walked %d classes, want the first 11 (10 broken after the first)", walked)
	}
	last := diags[len(diags)-1].Error()
	if len(diags) != 11 || !strings.Contains(last, "dex damaged: 10 broken class definitions") || !strings.Contains(last, "the 2989 classes from here on are not read") {
		t.Errorf("%d diagnostics, last %q", len(diags), last)
	}
}

// TestRangesSeeTheWholeTable: a walk split into ranges (the indexer's
// workers) reports what one walk over every class reports, even for a
// class whose data another range's class used first.
func TestRangesSeeTheWholeTable(t *testing.T) {
	s := newSpec()
	s.classDefs = 40
	f, err := OpenBytes(build(s))
	if err != nil {
		t.Fatal(err)
	}
	whole, _ := f.Classes(func(ClassDef, *ClassData) error { return nil })
	var split []error
	for _, r := range [][2]int{{0, 13}, {13, 27}, {27, 40}} {
		d, _ := f.Clone().ClassesRange(r[0], r[1], func(ClassDef, *ClassData) error { return nil })
		split = append(split, d...)
	}
	if fmt.Sprint(whole) != fmt.Sprint(split) {
		t.Errorf("whole walk: %v\nsplit walk: %v", whole, split)
	}
}

// BenchmarkLayout measures what working out a file's layout costs (string
// order, the class index with its code windows, the prototype budget), on
// the largest corpus dex: every scan pays it once per dex file.
func BenchmarkLayout(b *testing.B) {
	var data []byte
	for _, p := range corpusDex(b, b.TempDir()) {
		if d, err := os.ReadFile(p); err == nil && len(d) > len(data) {
			data = d
		}
	}
	for b.Loop() {
		f, err := OpenBytes(data)
		if err != nil {
			b.Fatal(err)
		}
		f.strLayout()
		f.classIndex()
		f.protoBudget()
	}
}
