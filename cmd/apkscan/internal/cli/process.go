package cli

import (
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/cmd/apkscan/internal/process"
	"github.com/apkscan/apkscan/scanner/batch"
)

// appHugeHeap is the heap advised for huge pages by a command that reads
// one or two apps: the largest corpus apps peak at ~100 MB of heap.
const appHugeHeap = 256 << 20

// isolateParentHugeHeap is the heap an --isolate parent advises: it only
// checks the rules and passes records on, peaking at ~25 MB.
const isolateParentHugeHeap = 64 << 20

// applyProcess is process.Apply; tests replace it to see what is applied.
var applyProcess = process.Apply

// procSettings applies the process settings of the command about to run
// (package process) and restores them when it is done.
type procSettings struct {
	undo func()
}

// apply works out the command's settings from its flags and applies them.
func (p *procSettings) apply(cmd *cobra.Command, args []string) error {
	s, err := settingsFor(cmd, args)
	if err != nil {
		return err
	}
	undo, err := applyProcess(s)
	p.undo = undo
	if err != nil {
		return usageErr("%v", err)
	}
	return nil
}

func (p *procSettings) restore() {
	if p.undo != nil {
		p.undo()
		p.undo = nil
	}
}

// settingsFor is every command's process settings, in one place.
func settingsFor(cmd *cobra.Command, args []string) (process.Settings, error) {
	f := cmd.Flags()
	switch cmd.Name() {
	case "info", "strings", "diff":
		return process.Settings{HugeHeap: appHugeHeap}, nil
	case scanOneName:
		jobs, _ := f.GetInt("app-jobs")
		serve, _ := f.GetBool("serve")
		limit, _ := strconv.ParseInt(os.Getenv(batch.MemoryLimitEnv), 10, 64)
		return process.Settings{Cores: jobs, DataLimit: limit, Apps: boolInt(serve), HugeHeap: process.HugeRegionSize(limit, 1)}, nil
	case "scan":
		jobs, _ := f.GetInt("jobs")
		if !scanIsBatch(cmd, args) {
			s := process.Settings{HugeHeap: appHugeHeap}
			if f.Changed("jobs") {
				s.Cores = jobs
			}
			return s, nil
		}
		b := batchOptions{}
		b.memoryLimit, _ = f.GetString("memory-limit")
		b.isolate, _ = f.GetBool("isolate")
		limit, err := processMemoryLimit(b)
		if err != nil {
			return process.Settings{}, err
		}
		if b.isolate {
			return process.Settings{Cores: jobs, HugeHeap: isolateParentHugeHeap}, nil
		}
		return process.Settings{Cores: jobs, SoftMemoryLimit: limit, Apps: jobs, HugeHeap: process.HugeRegionSize(limit, jobs)}, nil
	}
	return process.Settings{}, nil
}

// scanIsBatch is isBatch over the scan command's parsed flags.
func scanIsBatch(cmd *cobra.Command, args []string) bool {
	f := cmd.Flags()
	var o scanOptions
	var b batchOptions
	o.format, _ = f.GetString("format")
	b.fromFile, _ = f.GetString("from-file")
	b.shard, _ = f.GetString("shard")
	b.resume, _ = f.GetString("resume")
	b.isolate, _ = f.GetBool("isolate")
	return isBatch(args, o, b)
}

// minMemoryLimit is the least --memory-limit a scan can work under: an
// isolated child under 128 MiB dies before it reads even a 10 KB app (the
// Go runtime and the compiled rules take ~120 MB of data), and large apps
// need more (the corpus's largest bundles peak at 100-180 MB of heap).
const minMemoryLimit = 128 << 20

// processMemoryLimit parses --memory-limit.
func processMemoryLimit(b batchOptions) (int64, error) {
	limit, err := process.ParseBytes(b.memoryLimit)
	if err != nil {
		return 0, usageErr("--memory-limit: %v", err)
	}
	if limit > 0 && limit < minMemoryLimit {
		return 0, usageErr("--memory-limit %s: a scan needs at least 128MiB (0: no limit)", b.memoryLimit)
	}
	return limit, nil
}

// boolInt is 1 for true: an isolated child serving apps scans one at a time.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
