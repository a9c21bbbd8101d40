package cli

import (
	"bufio"
	"context"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/report"
)

// scanOneName is the hidden command --isolate runs in each child.
const scanOneName = "scan-one"

// newScanOneCmd is the child side of --isolate: under the memory limit the
// parent passed (process settings), scan one app (or, with --serve, each
// path read on stdin) and print one JSONL record per app, a result or an
// error record, filtered as the parent's own scan would. Any other
// outcome (a crash, out of memory, a kill at the deadline) is the parent's
// to report.
func newScanOneCmd() *cobra.Command {
	var o scanOptions
	var serve bool
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
			p, err := plan(cmd, o, o.config)
			if err != nil {
				return err
			}
			sc := scanner.New(p.cfg)
			if err := sc.Ready(); err != nil {
				return err
			}
			if serve {
				return serveScans(cmd, sc)
			}
			return scanOneRecord(cmd.Context(), cmd.OutOrStdout(), sc, args[0])
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&o.ruleDirs, "rules", nil, "also load rule files from this directory (repeatable)")
	f.StringArrayVar(&o.disable, "disable", nil, "disable the rule with this id (repeatable)")
	f.BoolVar(&o.noCodePaths, "no-code-paths", false, "skip the code-path stage")
	f.IntVar(&o.jobs, "app-jobs", 0, "workers inside one app's scan (0: every core)")
	f.StringVar(&o.config, "config", "", "the project file the parent uses")
	f.StringVar(&o.minSeverity, "min-severity", "info", "only report findings at or above this severity")
	f.StringVar(&o.failOn, "fail-on", "none", "unused: the parent gates")
	f.BoolVar(&serve, "serve", false, "read app paths from stdin, one per line, and print one record per path")
	return cmd
}

func scanOneRecord(ctx context.Context, w io.Writer, sc *scanner.Scanner, path string) error {
	rec := batch.Record{Path: path}
	rec.Result, rec.Err = sc.Scan(ctx, path)
	if rec.Result != nil {
		rec.SHA256 = rec.Result.Target.SHA256
	}
	// One line is one write, so the parent never sees half a record.
	return report.Batch.Write(w, "jsonl", slices.Values([]finding.Record{rec.Document()}), report.Options{})
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
