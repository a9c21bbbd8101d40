package hostile

import (
	"bytes"
	"math/rand"
	"os"
	"testing"
)

// TestMutateReproducible: one seed gives the same mutants, each differs
// from the base, and every kind comes up.
func TestMutateReproducible(t *testing.T) {
	base, err := os.ReadFile("../../../samples/hello.apk")
	if err != nil {
		t.Skip("samples/hello.apk:", err)
	}
	a, b := rand.New(rand.NewSource(7)), rand.New(rand.NewSource(7))
	kinds := map[string]bool{}
	for i := range 60 {
		k1, m1, err1 := Mutate(base, a)
		k2, m2, err2 := Mutate(base, b)
		if k1 != k2 || !bytes.Equal(m1, m2) || (err1 == nil) != (err2 == nil) {
			t.Fatalf("mutant %d differs between two runs of one seed", i)
		}
		if err1 != nil {
			t.Fatalf("mutant %d (%s): %v", i, k1, err1)
		}
		if bytes.Equal(m1, base) && k1 != "truncated" {
			t.Errorf("mutant %d (%s) is the base app", i, k1)
		}
		kinds[k1] = true
	}
	if len(kinds) != len(mutationKinds) {
		t.Errorf("kinds seen %v, want all of %v", kinds, mutationKinds)
	}
}
