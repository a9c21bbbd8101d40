package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/report"
)

// scanOptions are the flags of `scan` (one app or a batch).
type scanOptions struct {
	format      string
	output      string
	failOn      string
	minSeverity string
	ruleDirs    []string
	disable     []string
	noColor     bool
	noCodePaths bool
	config      string
	baseline    string
	jobs        int // workers inside one app's scan; 0: every core
}

func newScanCmd() *cobra.Command {
	var o scanOptions
	var b batchOptions
	cmd := &cobra.Command{
		Use:   "scan APK|DIR...",
		Short: "Scan an app for trackers, analytics endpoints, identifiers, permissions and risky manifest flags",
		Long: `scan reads the app once, extracts facts (defined classes, referenced types, calls,
strings with their place, manifest, files) and matches every rule against them.
Each finding carries evidence you can check: entry, class, method, code offset, value.

` + exitCodesHelp,
		Args: scanArgs(&b),
		RunE: func(cmd *cobra.Command, args []string) error {
			if isBatch(args, o, b) {
				return runBatch(cmd, args, o, b)
			}
			if cmd.Flags().Changed("jobs") {
				o.jobs = b.jobs
			}
			return runScan(cmd, args[0], o)
		},
	}
	addBatchFlags(cmd, &b)
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(report.Result.Formats(), ", ")+
		"; a batch: "+strings.Join(report.Batch.Formats(), ", ")+" (table is an alias of text)")
	f.StringVarP(&o.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&o.failOn, "fail-on", "high", "exit 1 when a finding is at or above this severity: "+strings.Join(finding.Severities(), ", ")+", or none")
	f.StringVar(&o.minSeverity, "min-severity", "info", "only report findings at or above this severity")
	f.StringArrayVar(&o.ruleDirs, "rules", nil, "also load rule files from this directory (repeatable)")
	f.StringArrayVar(&o.disable, "disable", nil, "disable the rule with this id (repeatable)")
	f.BoolVar(&o.noColor, "no-color", false, "never colour the text report (NO_COLOR is honoured too)")
	f.BoolVar(&o.noCodePaths, "no-code-paths", false, "skip the code-path stage (call graph, taint, incognito guards): faster, rules over facts only")
	f.StringVar(&o.config, "config", "", "project file with ignore entries, fail-on, rules, disable (default: "+scanner.ProjectFileName+" in the working directory, else next to the app)")
	f.StringVar(&o.baseline, "baseline", "", "an earlier JSON report: show and gate only findings not in it")
	completeValues(cmd, "format", append(report.Result.Formats(), report.Batch.Formats()[1:]...)...)
	completeSeverities(cmd)
	completeRuleIDs(cmd)
	return cmd
}

// failThreshold parses --fail-on; 0 means never fail.
func failThreshold(s string) (finding.Severity, error) {
	if s == "none" {
		return 0, nil
	}
	return finding.ParseSeverity(s)
}

// scanPlan is what the flags and the project file resolve to: the
// library's Config, the gate, and the project file used.
type scanPlan struct {
	cfg     scanner.Config
	failOn  finding.Severity
	project *scanner.Project
}

// plan resolves the project file (projectPath, "" for none) and the flags
// into a scanner Config. Flags win over the file's fail-on; rule
// directories and disabled rules of both are used (the file's first), and
// each problem with them names where it was given.
func plan(cmd *cobra.Command, o scanOptions, projectPath string) (*scanPlan, error) {
	p := &scanPlan{}
	set := scanner.RuleSet{Where: map[string]string{}}
	if projectPath != "" {
		proj, err := scanner.LoadProject(projectPath)
		if err != nil {
			return nil, usageErr("%v", err)
		}
		p.project = proj
		if proj.FailOn != "" && !cmd.Flags().Changed("fail-on") {
			o.failOn = proj.FailOn
		}
		for i, d := range proj.Rules {
			set.Dirs, set.Where[d] = append(set.Dirs, d), proj.Where(fmt.Sprintf("rules[%d]", i))
		}
		for i, id := range proj.Disable {
			set.Disable, set.Where[id] = append(set.Disable, id), proj.Where(fmt.Sprintf("disable[%d]", i))
		}
		p.cfg.Filter.Ignore, p.cfg.Filter.IgnoreFile = proj.Ignore, proj.Path
		p.cfg.ProjectFile = proj.Path
	}
	for _, d := range o.ruleDirs {
		set.Dirs, set.Where[d] = append(set.Dirs, d), "--rules"
	}
	for _, id := range o.disable {
		set.Disable, set.Where[id] = append(set.Disable, id), "--disable"
	}
	var err error
	if p.failOn, err = failThreshold(o.failOn); err != nil {
		return nil, usageErr("--fail-on: %v", err)
	}
	if p.cfg.Filter.MinSeverity, err = finding.ParseSeverity(o.minSeverity); err != nil {
		return nil, usageErr("--min-severity: %v", err)
	}
	p.cfg.Version = version()
	p.cfg.Rules = set
	p.cfg.NoCodePaths = o.noCodePaths
	p.cfg.Jobs = o.jobs
	return p, nil
}

// projectFor is the project file a scan of apps uses: --config, else the
// one FindProject finds from the working directory and the apps.
func projectFor(o scanOptions, apps ...string) string {
	if o.config != "" {
		return o.config
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return scanner.FindProject(wd, apps...)
}

// warnExpired says once, on stderr, which ignore entries no longer apply.
func (p *scanPlan) warnExpired(w io.Writer) {
	for _, e := range p.cfg.Filter.Expired() {
		fmt.Fprintf(w, "apkscan: warning: %s:%d: ignore entry expired on %s; it no longer applies\n", p.cfg.Filter.IgnoreFile, e.Line, e.Expires)
	}
}

func runScan(cmd *cobra.Command, path string, o scanOptions) error {
	p, err := plan(cmd, o, projectFor(o, path))
	if err != nil {
		return err
	}
	format, err := report.Result.Check(o.format)
	if err != nil {
		return usageErr("--format: %v", err)
	}
	if o.baseline != "" {
		base, err := scanner.LoadBaseline(o.baseline)
		if err != nil {
			return usageErr("--baseline: %v", err)
		}
		p.cfg.Filter.Baseline, p.cfg.Filter.BaselineFile = base, o.baseline
	}
	p.warnExpired(notes(cmd))
	res, scanErr := scanner.New(p.cfg).Scan(cmd.Context(), path)
	if res == nil {
		return scanErr
	}
	sayFiltered(notes(cmd), res, p.cfg.Filter)
	opts := report.Options{Color: useColor(cmd.OutOrStdout(), o), Verbose: verbose(cmd), FailOn: p.failOn,
		More: moreFiles(o.output), Note: noteTo(notes(cmd))}
	if err := writeTo(cmd, o.output, func(w io.Writer) error { return report.Result.Write(w, format, res, opts) }); err != nil {
		return err
	}
	if scanErr != nil {
		return scanErr
	}
	if p.failOn > 0 && res.Max() >= p.failOn {
		return &exitError{code: ExitFindings}
	}
	return nil
}

// sayFiltered says on stderr what the filter set aside, never silently.
func sayFiltered(w io.Writer, res *finding.Result, f scanner.FilterOptions) {
	var ignored, baselined int
	for _, s := range res.Suppressed {
		switch s.Kind {
		case finding.SuppressedByIgnore:
			ignored++
		case finding.SuppressedByBaseline:
			baselined++
		}
	}
	if ignored > 0 {
		fmt.Fprintf(w, "apkscan: %s suppressed by %s (not counted for --fail-on)\n", plural(ignored, "finding", "findings"), f.IgnoreFile)
	}
	if baselined > 0 {
		verb := "are"
		if baselined == 1 {
			verb = "is"
		}
		fmt.Fprintf(w, "apkscan: %s already in the baseline %s %s not shown\n", plural(baselined, "finding", "findings"), f.BaselineFile, verb)
	}
}

// useColor: only on a terminal, never with NO_COLOR set or --no-color, and
// never when writing to a file.
func useColor(out io.Writer, o scanOptions) bool {
	if o.noColor || o.output != "" || os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := out.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// plural says "1 finding", "2 findings".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
