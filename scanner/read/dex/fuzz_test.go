package dex

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// FuzzOpen opens arbitrary bytes and, when that succeeds, decodes
// everything reachable: stats, every string, class, static value, method,
// code item and instruction text. Panics are not recovered here, so a bug
// shows up as a crash rather than as an error.
func FuzzOpen(f *testing.F) {
	for _, tc := range malformed {
		f.Add(tc.data())
	}
	f.Add(valid())
	if b, err := os.ReadFile(filepath.Join("testdata", "annotations", "classes.dex")); err == nil {
		f.Add(b)
	}
	// The hostile shapes of a dex, on the valid fixture.
	for _, mut := range []func([]byte) ([]byte, error){
		func(d []byte) ([]byte, error) { return hostile.StringRun(d, 256) },
		func(d []byte) ([]byte, error) { return hostile.FlipEvery7th(d, 512) },
		hostile.ScatterClassData, hostile.ClassDefsAtZero,
		func(d []byte) ([]byte, error) { return hostile.RepeatClassDefs(d, 4<<10) },
	} {
		if b, err := mut(valid()); err == nil {
			f.Add(b)
		}
	}
	dir := f.TempDir()
	for _, p := range corpusDexSmall(f, dir) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		recoverPanics = false
		defer func() { recoverPanics = true }()
		df, err := OpenBytes(b)
		if err != nil {
			return
		}
		df.Stats()
		exercise(df)
		checkSums(t, df, b)
		for i := uint32(0); i < 4; i++ {
			df.ResolveCallSite(i)
			df.ResolveMethodHandle(i)
			df.ResolveProto(i)
			df.ResolveField(i)
		}
		df.Methods(func(m *Method) error {
			if m.Code != nil {
				dalvik.Walk(m.Code.Insns, func(dalvik.Inst) error { return nil })
			}
			return nil
		})
		// The indexer's path: reused Method, code decoded into one buffer.
		var c Code
		df.MethodRefsRange(0, df.NumClassDefs(), func(m *Method) error {
			if m.CodeOff != 0 && df.CodeInto(m.CodeOff, &c) == nil {
				dalvik.ScanRefs(c.Insns, func(dalvik.Ref) {})
			}
			return nil
		})
		for i := 0; i < df.NumClassDefs() && i < 64; i++ {
			if cd, err := df.ClassDef(i); err == nil {
				df.MethodAnnotations(cd)
			}
		}
		checkLazy(t, b)
		if ids := df.IDStrings(); len(ids) != df.NumStrings() {
			t.Fatalf("IDStrings: %d marks for %d strings", len(ids), df.NumStrings())
		}
	})
}

// corpusDexSmall returns the corpus dex files under 64 KiB as fuzz seeds;
// none when the corpus is absent (the synthetic fixtures still seed).
func corpusDexSmall(tb testing.TB, dir string) []string {
	var out []string
	for _, d := range corpusDirs {
		if _, err := os.Stat(d); err != nil {
			return nil
		}
	}
	for _, p := range corpusDex(tb, dir) {
		if st, err := os.Stat(p); err == nil && st.Size() < 64<<10 {
			out = append(out, p)
		}
	}
	return out
}

// BenchmarkStats fully decodes the largest corpus dex (every class, method
// and instruction), as the indexer will.
func BenchmarkStats(b *testing.B) {
	paths := corpusDex(b, b.TempDir())
	var data []byte
	for _, p := range paths {
		if filepath.Base(p) == "sensorsdata_demo-release!classes.dex" {
			data, _ = os.ReadFile(p)
		}
	}
	if data == nil {
		b.Skip("sensorsdata_demo-release.apk not in corpus")
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := OpenBytes(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, errs := f.Stats(); len(errs) != 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkMethods decodes every method of the largest dex through the
// Methods iterator and renders every instruction, as the indexer does.
func BenchmarkMethods(b *testing.B) {
	paths := corpusDex(b, b.TempDir())
	var data []byte
	for _, p := range paths {
		if filepath.Base(p) == "sensorsdata_demo-release!classes.dex" {
			data, _ = os.ReadFile(p)
		}
	}
	if data == nil {
		b.Skip("sensorsdata_demo-release.apk not in corpus")
	}
	b.ReportAllocs()
	for b.Loop() {
		f, _ := OpenBytes(data)
		f.Methods(func(m *Method) error {
			if m.Code != nil {
				dalvik.Walk(m.Code.Insns, func(in dalvik.Inst) error { _ = in.Text(f); return nil })
			}
			return nil
		})
	}
}

// checkLazy holds MethodsLazyRange to MethodRefsRange: the same methods
// with the same errors and diagnostics, and the same references once
// resolved; and each validity check to its resolver, from a fresh File
// (so that no cache answers for it).
func checkLazy(t *testing.T, b []byte) {
	eager, _ := OpenBytes(b)
	lazy, _ := OpenBytes(b)
	var want []Method
	wantDiags, wantErr := eager.MethodRefsRange(0, eager.NumClassDefs(), func(m *Method) error {
		want = append(want, *m)
		return nil
	})
	i := 0
	gotDiags, gotErr := lazy.MethodsLazyRange(0, lazy.NumClassDefs(), func(m *Method) error {
		if i >= len(want) {
			t.Fatalf("lazy walk: more methods than the eager one (%d)", len(want))
		}
		w := want[i]
		i++
		if (m.Err == nil) != (w.Err == nil) || m.MethodIdx != w.MethodIdx || m.CodeOff != w.CodeOff {
			t.Fatalf("method %d: lazy %d (err %v), eager %d (err %v)", i, m.MethodIdx, m.Err, w.MethodIdx, w.Err)
		}
		if m.Err == nil {
			ref, err := lazy.MethodRef(m.MethodIdx)
			if err != nil || ref.String() != w.Ref.String() {
				t.Fatalf("method %d: resolved lazily to %v (%v), eagerly to %v", i, ref, err, w.Ref)
			}
		}
		return nil
	})
	if i != len(want) || len(gotDiags) != len(wantDiags) || (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("lazy walk: %d methods, %d diagnostics (err %v); eager: %d, %d (err %v)", i, len(gotDiags), gotErr, len(want), len(wantDiags), wantErr)
	}
	for k := range gotDiags {
		if gotDiags[k].Error() != wantDiags[k].Error() {
			t.Fatalf("diagnostic %d: lazy %q, eager %q", k, gotDiags[k], wantDiags[k])
		}
	}
	for k := uint32(0); k < uint32(min(eager.NumMethods(), 64)); k++ {
		f, _ := OpenBytes(b)
		_, err := f.MethodRef(k)
		if g, _ := OpenBytes(b); g.methodRefValid(k) != (err == nil) {
			t.Fatalf("methodRefValid(%d) = %v, MethodRef error %v", k, !(err == nil), err)
		}
	}
	for k := uint32(0); k < uint32(min(eager.NumProtos(), 64)); k++ {
		f, _ := OpenBytes(b)
		_, err := f.Proto(k)
		if g, _ := OpenBytes(b); g.protoValid(k) != (err == nil) {
			t.Fatalf("protoValid(%d) = %v, Proto error %v", k, !(err == nil), err)
		}
	}
}
