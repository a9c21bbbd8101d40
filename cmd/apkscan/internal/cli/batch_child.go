package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/hugepage"
)

// scanOneName is the hidden command --isolate runs in each child.
const scanOneName = "scan-one"

// newScanOneCmd is the child side of --isolate: apply the memory limit the
// parent passed, scan one app, print one JSONL record (a result or an
// error record) and exit 0. Any other outcome (a crash, out of memory, a
// kill at the deadline) is the parent's to report.
func newScanOneCmd() *cobra.Command {
	var ruleDirs, disable []string
	var serve, noCodePaths bool
	var appJobs int
	cmd := &cobra.Command{
		Use:    scanOneName + " APK | --serve",
		Short:  "scan one app and print one JSONL record (used by scan --isolate)",
		Hidden: true,
		Args: func(cmd *cobra.Command, args []string) error {
			if serve {
				return exactArgs(0)(cmd, args)
			}
			return exactArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := batch.LimitMemory(); err != nil {
				return err
			}
			// With a huge-page region the heap is readied before the rules
			// compile, so that their allocations fault in huge pages too.
			// Under a limit too tight for one, the floor waits for the
			// rules as before: allocated first, it let the compile's
			// garbage pile up against the limit (128 MiB over the corpus:
			// 24-27 of 29 apps out of memory instead of 17-20).
			limit, _ := strconv.ParseInt(os.Getenv(batch.MemoryLimitEnv), 10, 64)
			early := batch.HugeRegionSize(limit, 1) > 0
			if early {
				prepareChildHeap(serve, limit)
			}
			rs, err := loadRules(ruleDirs, disable)
			if err != nil {
				return err
			}
			opts := scanner.Options{NoCodePaths: noCodePaths}
			opts.App.Jobs, opts.Index.Jobs = appJobs, appJobs
			defer limitProcs(appJobs)() // a child is one of --jobs workers: its cores
			sc, err := scanner.New(rs, Version, opts)
			if err != nil {
				return &exitError{code: ExitUsage, err: err}
			}
			if !early {
				prepareChildHeap(serve, limit)
			}
			if serve {
				return serveScans(cmd, sc)
			}
			return scanOneRecord(cmd.Context(), cmd.OutOrStdout(), sc, args[0])
		},
	}
	cmd.Flags().StringArrayVar(&ruleDirs, "rules", nil, "also load rule files from this directory (repeatable)")
	cmd.Flags().StringArrayVar(&disable, "disable", nil, "disable the rule with this id (repeatable)")
	cmd.Flags().BoolVar(&noCodePaths, "no-code-paths", false, "skip the code-path stage")
	cmd.Flags().IntVar(&appJobs, "app-jobs", 0, "workers inside one app's scan (0: every core)")
	cmd.Flags().BoolVar(&serve, "serve", false, "read app paths from stdin, one per line, and print one record per path")
	return cmd
}

// prepareChildHeap readies an --isolate child's heap: a --serve child
// scans one app at a time for the rest of its life (batch.PrepareHeap),
// a one-shot child gets only the huge-page region a single scan gets.
func prepareChildHeap(serve bool, limit int64) {
	if serve {
		batch.PrepareHeap(limit, 1)
		return
	}
	hugepage.Ensure(batch.HugeRegionSize(limit, 1))
}

func scanOneRecord(ctx context.Context, w io.Writer, sc *scanner.Scanner, path string) error {
	rec := batch.Record{Path: path}
	rec.Result, rec.Err = sc.Scan(ctx, path)
	if rec.Result != nil {
		rec.SHA256 = rec.Result.Target.SHA256
	}
	// One Encode is one write, so the parent never sees half a record.
	return batch.WriteLine(w, batch.Document(rec))
}

// serveScans is the long-lived child of --isolate: the rules are compiled
// once, and each path read on stdin gets one record on stdout.
func serveScans(cmd *cobra.Command, sc *scanner.Scanner) error {
	in := bufio.NewScanner(cmd.InOrStdin())
	in.Buffer(make([]byte, 64<<10), 1<<20)
	for in.Scan() {
		if err := scanOneRecord(cmd.Context(), cmd.OutOrStdout(), sc, in.Text()); err != nil {
			return err
		}
	}
	return in.Err()
}

// setProcessMemoryLimit sets the Go runtime's soft memory limit for the
// whole process (as GOMEMLIMIT does): without --isolate there is no
// per-app limit, only the collector working harder as the batch nears it.
func setProcessMemoryLimit(n int64) { debug.SetMemoryLimit(n) }

// parseBytes parses "2GiB", "512MiB", "1500000000", "0".
func parseBytes(s string) (int64, error) {
	units := []struct {
		suffix string
		mul    int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40}, {"B", 1}}
	mul := int64(1)
	num := strings.TrimSpace(s)
	for _, u := range units {
		if strings.HasSuffix(num, u.suffix) {
			num, mul = strings.TrimSpace(strings.TrimSuffix(num, u.suffix)), u.mul
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mul {
		return 0, fmt.Errorf("%q: want a byte count such as 2GiB, 512MiB or 0", s)
	}
	return n * mul, nil
}
