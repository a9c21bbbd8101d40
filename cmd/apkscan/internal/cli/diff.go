package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/finding"
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
			return runDiff(cmd, args[0], args[1], o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(report.Diff.Formats(), ", "))
	f.StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	f.StringVar(&o.failOn, "fail-on", "low", "exit 1 when an added item is at or above this severity: "+strings.Join(finding.Severities(), ", ")+", or none")
	f.StringArrayVar(&o.ruleDirs, "rules", nil, "also load rule files from this directory (repeatable; used for APK inputs)")
	f.StringArrayVar(&o.disable, "disable", nil, "disable the rule with this id (repeatable; used for APK inputs)")
	completeValues(cmd, "format", report.Diff.Formats()...)
	completeSeverities(cmd)
	completeRuleIDs(cmd)
	return cmd
}

func runDiff(cmd *cobra.Command, oldPath, newPath string, o diffOptions) error {
	format, err := report.Diff.Check(o.format)
	if err != nil {
		return usageErr("--format: %v", err)
	}
	failOn, err := failThreshold(o.failOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	cfg := scanner.Config{Version: version(), Rules: scanner.RuleSet{Dirs: o.ruleDirs, Disable: o.disable}}
	d, err := scanner.Diff(cmd.Context(), cfg, oldPath, newPath)
	if err != nil {
		return err
	}
	if err := writeTo(cmd, o.output, func(w io.Writer) error { return report.Diff.Write(w, format, d, report.Options{}) }); err != nil {
		return err
	}
	if failOn > 0 && d.Max() >= failOn {
		return &exitError{code: ExitFindings}
	}
	return nil
}
