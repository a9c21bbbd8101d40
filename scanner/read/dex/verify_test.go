package dex

import (
	"fmt"
	"slices"
	"testing"
)

// checkSums requires VerifySums with digests fed in pieces (as the app
// layer feeds them while inflating) to say what Verify says.
func checkSums(t *testing.T, f *File, data []byte) {
	t.Helper()
	want := fmt.Sprint(f.Verify())
	for _, step := range []int{1, 7, 64, len(data)/3 + 1} {
		var s Summer
		for off := 0; off < len(data); off += step {
			s.Write(data[off:min(off+step, len(data))])
		}
		if got := fmt.Sprint(f.VerifySums(s.Sum())); got != want {
			t.Fatalf("pieces of %d: VerifySums = %s, Verify = %s", step, got, want)
		}
	}
	// Sums of other bytes are not trusted.
	if got := fmt.Sprint(f.VerifySums(SumBytes(data[:len(data)-1]))); got != want {
		t.Fatalf("sums of a shorter file: VerifySums = %s, Verify = %s", got, want)
	}
}

func TestVerifySums(t *testing.T) {
	good := valid()
	f, err := OpenBytes(good)
	if err != nil {
		t.Fatal(err)
	}
	if errs := f.Verify(); len(errs) != 0 {
		t.Fatalf("valid dex: %v", errs)
	}
	checkSums(t, f, good)

	bad := slices.Clone(good)
	bad[len(bad)-1] ^= 0xff // past both digests' start: both must break
	g, err := OpenBytes(bad)
	if err != nil {
		t.Fatal(err)
	}
	if errs := g.Verify(); len(errs) != 2 {
		t.Fatalf("one flipped byte: %v, want a checksum and a signature error", errs)
	}
	checkSums(t, g, bad)
}
