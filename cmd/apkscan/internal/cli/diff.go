package cli

import (
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/baseline"
	"github.com/apkscan/apkscan/scanner/result/report"
)

type diffOptions struct {
	format   string
	output   string
	failOn   string
	ruleDirs []string
	disable  []string
}

func newDiffCmd() *cobra.Command {
	var o diffOptions
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show trackers, endpoints, permissions, exported components and code paths added or removed between two builds",
		Long: `diff compares two builds of an app. OLD and NEW are each an APK (scanned now)
or an earlier JSON report (apkscan scan --format json). It lists, item by item,
the trackers, endpoints, permissions, exported components, code-path findings,
identifier reads and manifest flags added and removed. Only what the rules report
is compared. sarif output holds the added items only.

--fail-on defaults to low here (not high as for scan): in a release gate,
any newly added tracker, endpoint or permission deserves a look.

` + exitCodesHelp,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(baseline.DiffFormats, o.format) {
				return usageErr("--format %q: want one of %s", o.format, strings.Join(baseline.DiffFormats, ", "))
			}
			return runDiff(cmd, args[0], args[1], o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(baseline.DiffFormats, ", "))
	f.StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	f.StringVar(&o.failOn, "fail-on", "low", "exit 1 when an added item is at or above this severity: "+strings.Join(finding.Severities(), ", ")+", or none")
	f.StringArrayVar(&o.ruleDirs, "rules", nil, "also load rule files from this directory (repeatable; used for APK inputs)")
	f.StringArrayVar(&o.disable, "disable", nil, "disable the rule with this id (repeatable; used for APK inputs)")
	return cmd
}

func runDiff(cmd *cobra.Command, oldPath, newPath string, o diffOptions) error {
	adviseHeap(appHugeRegion)
	failOn, err := failThreshold(o.failOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	var sc *scanner.Scanner
	load := func(p string) (*finding.Result, error) {
		if baseline.IsReport(p) {
			r, err := baseline.Load(p)
			if err != nil {
				return nil, &exitError{code: ExitInput, err: err}
			}
			return r, nil
		}
		if sc == nil {
			rs, err := loadRules(o.ruleDirs, o.disable)
			if err != nil {
				return nil, err
			}
			if sc, err = scanner.New(rs, Version, scanner.Options{}); err != nil {
				return nil, &exitError{code: ExitUsage, err: err}
			}
		}
		r, err := sc.Scan(cmd.Context(), p)
		if err != nil {
			// A partial result would show phantom removals: refuse it.
			return nil, &exitError{code: ExitInput, err: err}
		}
		return r, nil
	}
	oldRes, err := load(oldPath)
	if err != nil {
		return err
	}
	newRes, err := load(newPath)
	if err != nil {
		return err
	}
	d := baseline.Compare(oldRes, newRes)
	err = writeTo(cmd, o.output, func(w io.Writer) error {
		switch o.format {
		case "json":
			return d.WriteJSON(w)
		case "sarif":
			return report.SARIFWriter{}.Write(w, d.AddedResult(newRes.Tool, newRes.Rules))
		}
		return d.WriteText(w)
	})
	if err != nil {
		return err
	}
	if failOn > 0 && d.Max() >= failOn {
		return &exitError{code: ExitFindings}
	}
	return nil
}
