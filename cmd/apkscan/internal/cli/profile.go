package cli

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profiler writes a CPU profile of one command when the hidden
// --cpuprofile flag names a file, and an allocation profile with
// --memprofile: how batch and scan hot spots are found (go tool pprof FILE).
type profiler struct {
	path    string
	memPath string
	f       *os.File
}

func (p *profiler) register(root *cobra.Command) {
	pf := root.PersistentFlags()
	pf.StringVar(&p.path, "cpuprofile", "", "write a CPU profile to `FILE` (for developers)")
	pf.StringVar(&p.memPath, "memprofile", "", "write an allocation profile to `FILE` at exit (for developers)")
	_ = pf.MarkHidden("cpuprofile")
	_ = pf.MarkHidden("memprofile")
}

func (p *profiler) start() error {
	if p.path == "" {
		return nil
	}
	f, err := os.Create(p.path)
	if err != nil {
		return usageErr("--cpuprofile: %v", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return usageErr("--cpuprofile: %v", err)
	}
	p.f = f
	return nil
}

// stop ends the profiles; Run calls it whatever the command returned.
func (p *profiler) stop() error {
	if p.memPath != "" {
		if err := writeHeapProfile(p.memPath); err != nil {
			return err
		}
	}
	if p.f == nil {
		return nil
	}
	pprof.StopCPUProfile()
	err := p.f.Close()
	p.f = nil
	if err != nil {
		return fmt.Errorf("--cpuprofile: %w", err)
	}
	return nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	defer f.Close()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	return f.Close()
}
