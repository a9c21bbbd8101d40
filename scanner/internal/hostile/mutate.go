package hostile

import (
	"fmt"
	"math/rand"
)

// Mutation kinds, as Mutate names them: random damage where an app is
// parsed (the dex, its header, the binary manifest, the resource table),
// to the zip's own bytes, and a cut file.
var mutationKinds = []string{"dex-bytes", "dex-header", "dex-run", "manifest", "resources", "zip-bytes", "truncated"}

// Mutate damages an app at random, as a fuzzer would but whole-app: it
// returns the kind of damage and the mutant. The same rng state gives the
// same mutant, so a campaign is reproducible from its seed.
func Mutate(base []byte, rng *rand.Rand) (string, []byte, error) {
	kind := mutationKinds[rng.Intn(len(mutationKinds))]
	flips := []int{1, 5, 50, 500}[rng.Intn(4)]
	var out []byte
	var err error
	switch kind {
	case "dex-bytes":
		out, err = mutateEntry(base, "classes.dex", func(b []byte) { flip(b, flips, rng) })
	case "dex-header":
		out, err = mutateEntry(base, "classes.dex", func(b []byte) { flip(b[:min(len(b), 0x70)], 1+flips%7, rng) })
	case "dex-run":
		out, err = mutateEntry(base, "classes.dex", func(b []byte) {
			if len(b) == 0 {
				return
			}
			i, n := rng.Intn(len(b)), []int{16, 256, 4096}[rng.Intn(3)]
			rng.Read(b[i:min(len(b), i+n)])
		})
	case "manifest":
		out, err = mutateEntry(base, "AndroidManifest.xml", func(b []byte) { flip(b, flips, rng) })
	case "resources":
		out, err = mutateEntry(base, "resources.arsc", func(b []byte) { flip(b, flips, rng) })
	case "zip-bytes":
		out = append([]byte(nil), base...)
		flip(out, flips, rng)
	case "truncated":
		out = append([]byte(nil), base[:rng.Intn(len(base)+1)]...)
	}
	return kind, out, err
}

// mutateEntry rewrites the archive with one entry's content changed by fn.
func mutateEntry(base []byte, name string, fn func([]byte)) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	e := a.Find(name)
	if e == nil {
		return nil, fmt.Errorf("hostile: base app has no %s", name)
	}
	d, err := Inflate(e)
	if err != nil {
		return nil, err
	}
	fn(d)
	e.SetContent(d, e.Method == 8)
	return a.Bytes(), nil
}

// flip sets n random bytes of b to random values.
func flip(b []byte, n int, rng *rand.Rand) {
	if len(b) == 0 {
		return
	}
	for range n {
		b[rng.Intn(len(b))] = byte(rng.Intn(256))
	}
}
