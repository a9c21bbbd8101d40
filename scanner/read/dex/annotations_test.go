package dex

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestMethodAnnotations reads the method annotations of a smali-built
// class (testdata/annotations/classes.dex, from Api.smali with `smali
// assemble -j 1`), as `dexdump -a` lists them.
func TestMethodAnnotations(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "annotations", "classes.dex"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := OpenBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	cd, err := f.ClassDef(0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.MethodAnnotations(cd)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string][]string{}
	for idx, types := range got {
		ref, err := f.MethodRef(idx)
		if err != nil {
			t.Fatal(err)
		}
		byName[ref.Name] = slices.Sorted(slices.Values(types))
	}
	want := map[string][]string{
		"send":  {"Lretrofit2/http/POST;"},
		"track": {"Ljava/lang/Deprecated;", "Lretrofit2/http/GET;"},
	}
	if len(byName) != len(want) {
		t.Fatalf("annotated methods %v, want %v", byName, want)
	}
	for n, w := range want {
		if !slices.Equal(byName[n], w) {
			t.Errorf("%s: %q, want %q", n, byName[n], w)
		}
	}
	// Damage: every offset is checked, and nothing panics.
	for _, cut := range []int{len(data) - 1, len(data) / 2, int(cd.AnnotationsOff) + 8} {
		b := append([]byte(nil), data...)
		for i := cut; i < len(b); i++ {
			b[i] = 0xff
		}
		if g, err := OpenBytes(b); err == nil {
			if cd, err := g.ClassDef(0); err == nil {
				g.MethodAnnotations(cd)
			}
		}
	}
}
