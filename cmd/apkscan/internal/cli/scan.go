package cli

import (
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/hugepage"
	"github.com/apkscan/apkscan/scanner/result/ignore"
	"github.com/apkscan/apkscan/scanner/result/report"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

type scanOptions struct {
	format      string
	output      string
	failOn      string
	minSeverity string
	ruleDirs    []string
	disable     []string
	verbose     bool
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
				if b.jobs < 1 {
					return usageErr("--jobs %d: want at least 1", b.jobs)
				}
				o.jobs = b.jobs
				defer limitProcs(b.jobs)()
			}
			return runScan(cmd, args[0], o)
		},
	}
	addBatchFlags(cmd, &b)
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "table", "output format: "+strings.Join(report.Formats(), ", "))
	f.StringVarP(&o.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&o.failOn, "fail-on", "high", "exit 1 when a finding is at or above this severity: "+strings.Join(finding.Severities(), ", ")+", or none")
	f.StringVar(&o.minSeverity, "min-severity", "info", "only report findings at or above this severity")
	f.StringArrayVar(&o.ruleDirs, "rules", nil, "also load rule files from this directory (repeatable)")
	f.StringArrayVar(&o.disable, "disable", nil, "disable the rule with this id (repeatable)")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list every evidence place and diagnostic")
	f.BoolVar(&o.noColor, "no-color", false, "never colour the table (NO_COLOR is honoured too)")
	f.BoolVar(&o.noCodePaths, "no-code-paths", false, "skip the code-path stage (call graph, taint, incognito guards): faster, rules over facts only")
	f.StringVar(&o.config, "config", "", "project file with ignore entries, fail-on, rules, disable (default: "+ignore.FileName+" next to the APK)")
	f.StringVar(&o.baseline, "baseline", "", "an earlier JSON report: show and gate only findings not in it")
	return cmd
}

// failThreshold parses --fail-on; 0 means never fail.
func failThreshold(s string) (finding.Severity, error) {
	if s == "none" {
		return 0, nil
	}
	return finding.ParseSeverity(s)
}

// appHugeRegion is the heap a command that reads one or two apps has
// advised for huge pages (package hugepage) before it starts: the largest
// corpus apps peak at ~100 MB of heap. Measured cold on the 2-vCPU VM, 3-4
// runs each, before → after: scan of the Sensors demo 0.22 → 0.13 s, of
// appium 0.40 → 0.24 s, of the Logstrike bundle 0.70 → 0.58 s; info of
// appium 0.12 → 0.06 s, strings 0.38 → 0.24 s. Peak RSS is the same.
const appHugeRegion = 256 << 20

// adviseHeap is hugepage.Ensure; tests replace it to see who calls it.
var adviseHeap = hugepage.Ensure

func runScan(cmd *cobra.Command, path string, o scanOptions) error {
	adviseHeap(appHugeRegion)
	cfg, err := projectConfig(o.config, path)
	if err != nil {
		return err
	}
	o = mergeConfig(cmd, o, cfg)
	failOn, err := failThreshold(o.failOn)
	if err != nil {
		return usageErr("--fail-on: %v", err)
	}
	minSev, err := finding.ParseSeverity(o.minSeverity)
	if err != nil {
		return usageErr("--min-severity: %v", err)
	}
	w, err := report.New(o.format, report.Options{Color: useColor(cmd.OutOrStdout(), o), Verbose: o.verbose})
	if err != nil {
		return usageErr("--format: %v", err)
	}
	// Read the app while the rules load and compile: neither needs the other.
	loaded := make(chan loadedApp, 1)
	go func() {
		a, err := app.Load(path, o.scannerOptions().App)
		loaded <- loadedApp{a, err}
	}()
	sc, err := newScanner(o)
	l := <-loaded
	if l.app != nil {
		defer l.app.Close()
	}
	if err != nil {
		return err
	}
	if l.app == nil {
		return &exitError{code: ExitInput, err: l.err}
	}
	res, scanErr := sc.ScanApp(cmd.Context(), l.app, l.err)
	if res == nil {
		return &exitError{code: ExitInput, err: scanErr}
	}
	scanner.FilterSeverity(res, minSev)
	if err := filterStage(cmd, res, cfg, o.baseline); err != nil {
		return err
	}
	if err := writeTo(cmd, o.output, func(out io.Writer) error { return w.Write(out, res) }); err != nil {
		return err
	}
	if scanErr != nil {
		return &exitError{code: ExitInput, err: scanErr}
	}
	if failOn > 0 && res.Max() >= failOn {
		return &exitError{code: ExitFindings}
	}
	return nil
}

type loadedApp struct {
	app *app.App
	err error
}

// newScanner loads the rules (built-in, --rules, --disable) and compiles them.
func newScanner(o scanOptions) (*scanner.Scanner, error) {
	rs, err := loadRules(o.ruleDirs, o.disable)
	if err != nil {
		return nil, err
	}
	sc, err := scanner.New(rs, Version, o.scannerOptions())
	if err != nil {
		return nil, &exitError{code: ExitUsage, err: err}
	}
	return sc, nil
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

// loadRules merges the built-in rules with each --rules directory and drops
// the disabled ones. Any rule problem is a usage error (exit 2).
func loadRules(dirs, disable []string) ([]*rules.Rule, error) {
	sets := [][]*rules.Rule{}
	builtin, err := rules.Builtin()
	if err != nil {
		return nil, &exitError{code: ExitUsage, err: err}
	}
	for _, d := range dirs {
		rs, err := rules.LoadDir(d)
		if err != nil {
			return nil, &exitError{code: ExitUsage, err: err}
		}
		sets = append(sets, rs)
	}
	sets = append(sets, overrideExodus(builtin, sets))
	all, err := rules.Merge(sets...)
	if err != nil {
		return nil, &exitError{code: ExitUsage, err: err}
	}
	sel, err := scanner.Select(all, disable)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return sel, nil
}

// limitProcs keeps the process to n cores (GOMAXPROCS) when it has more:
// --jobs bounds cores, not only workers, so with --jobs 1 the collector
// and helper goroutines share the one core instead of taking idle ones (on
// a shared build host or a cluster node, --jobs is what the job asked
// for). It never raises GOMAXPROCS: an explicit GOMAXPROCS, or the
// container CPU limit Go reads, stays in force. It returns a function that
// restores the previous setting (commands run as functions in tests).
func limitProcs(n int) (restore func()) {
	if prev := runtime.GOMAXPROCS(0); n > 0 && n < prev {
		runtime.GOMAXPROCS(n)
		return func() { runtime.GOMAXPROCS(prev) }
	}
	return func() {}
}

// scannerOptions maps flags to the library's options.
func (o scanOptions) scannerOptions() scanner.Options {
	opts := scanner.Options{NoCodePaths: o.noCodePaths}
	opts.App.Jobs, opts.Index.Jobs = o.jobs, o.jobs
	return opts
}
