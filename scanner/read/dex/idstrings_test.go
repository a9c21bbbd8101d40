package dex

import (
	"os"
	"path/filepath"
	"testing"
)

// TestIDStrings: the string indices IDStrings marks are exactly those of
// the type descriptors, shorties and member names the resolved id tables
// give, on every corpus dex.
func TestIDStrings(t *testing.T) {
	for _, path := range corpusDex(t, t.TempDir()) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := OpenBytes(data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want := map[string]bool{}
		for i := 0; i < f.NumTypes(); i++ {
			if s, err := f.Type(uint32(i)); err == nil {
				want[s] = true
			}
		}
		for i := 0; i < f.NumProtos(); i++ {
			if p, err := f.Proto(uint32(i)); err == nil {
				want[p.Shorty] = true
			}
		}
		for i := 0; i < f.NumFields(); i++ {
			if r, err := f.FieldRef(uint32(i)); err == nil {
				want[r.Name] = true
			}
		}
		for i := 0; i < f.NumMethods(); i++ {
			if r, err := f.MethodRef(uint32(i)); err == nil {
				want[r.Name] = true
			}
		}
		ids := f.IDStrings()
		if len(ids) != f.NumStrings() {
			t.Fatalf("%s: %d marks for %d strings", filepath.Base(path), len(ids), f.NumStrings())
		}
		bad := 0
		for i, marked := range ids {
			s, _ := f.String(uint32(i))
			if marked != want[s] && bad < 5 {
				bad++
				t.Errorf("%s: string %d %q marked %v, want %v", filepath.Base(path), i, s, marked, want[s])
			}
		}
	}
}

// TestIDStringsHostile: ids pointing past string_ids are ignored.
func TestIDStringsHostile(t *testing.T) {
	f := &File{Header: Header{StringIDsSize: 2, TypeIDsSize: 1, TypeIDsOff: 0}, data: []byte{9, 0, 0, 0}}
	if ids := f.IDStrings(); len(ids) != 2 || ids[0] || ids[1] {
		t.Errorf("IDStrings = %v, want two unmarked strings", ids)
	}
}
