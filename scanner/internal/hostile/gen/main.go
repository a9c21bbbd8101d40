// Command gen writes every hostile case built from a base app into a
// directory, for whole-process measurements:
//
//	go run ./scanner/internal/hostile/gen -base app.apk -out DIR [-small]
//
// It also makes DIR/fifo.apk, a named pipe, where the system allows. With
// -mutants N it writes N random mutants of the base app instead
// (hostile.Mutate), named m0001-<kind>.apk, reproducible from -seed.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"syscall"

	"github.com/apkscan/apkscan/scanner/internal/hostile"
)

func main() {
	base := flag.String("base", "", "the real app to build the cases from")
	out := flag.String("out", "", "directory to write the cases to")
	small := flag.Bool("small", false, "the small sizes the tests use")
	mutants := flag.Int("mutants", 0, "write this many random mutants of the base app instead")
	seed := flag.Int64("seed", 1, "the mutants' random seed")
	flag.Parse()
	run := func() error { return cases(*base, *out, *small) }
	if *mutants > 0 {
		run = func() error { return mutate(*base, *out, *mutants, *seed) }
	}
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func cases(base, out string, small bool) error {
	if base == "" || out == "" {
		return fmt.Errorf("need -base and -out")
	}
	data, err := os.ReadFile(base)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	scale := hostile.Full
	if small {
		scale = hostile.Small
	}
	for _, c := range hostile.Cases() {
		b, err := c.Build(data, scale)
		if err != nil {
			return fmt.Errorf("%s: %w", c.Name, err)
		}
		p := filepath.Join(out, c.Name+".apk")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
		fmt.Printf("%-28s %10d bytes  %s\n", c.Name, len(b), c.Doc)
	}
	fifo := filepath.Join(out, "fifo.apk")
	os.Remove(fifo)
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		fmt.Println("fifo.apk: not made:", err)
	}
	return nil
}

func mutate(base, out string, n int, seed int64) error {
	data, err := os.ReadFile(base)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(seed))
	for i := 1; i <= n; i++ {
		kind, b, err := hostile.Mutate(data, rng)
		if err != nil {
			return fmt.Errorf("mutant %d (%s): %w", i, kind, err)
		}
		if err := os.WriteFile(filepath.Join(out, fmt.Sprintf("m%04d-%s.apk", i, kind)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
