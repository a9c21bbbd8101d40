package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/report"
)

const batchHelp = `Batch mode (several apps, a folder, --from-file, --format jsonl, --shard or
--resume): folders are searched recursively for .apk .aab .apks .xapk .apkm
files and every app is scanned, --jobs at a time, each within --timeout. The
output is text (one line per app), JSONL (--format jsonl: one result
document per line, as --format json writes it, or an error record
{"path","sha256","error","exit":3} for an app that could not be read),
SARIF (one artifact per app; split into several files with -o where
GitHub code scanning's limits require) or one HTML page.
Lines come in completion order; --sort buffers them and sorts by path.
A broken app never stops the batch. Exit code: 3 if any app could not be
read (it takes precedence), else 1 if any app has a finding at or above
--fail-on, else 0. The project file is --config, else .apkscan.yaml in the
working directory, else in the apps' folder when they all share one.`

// batchOptions are the flags only batch mode uses.
type batchOptions struct {
	fromFile    string
	jobs        int
	timeout     time.Duration
	isolate     bool
	memoryLimit string
	shard       string
	resume      string
	sort        bool
	allowEmpty  bool
}

func addBatchFlags(cmd *cobra.Command, b *batchOptions) {
	f := cmd.Flags()
	f.StringVar(&b.fromFile, "from-file", "", "scan the apps listed in this file, one path per line (- reads standard input)")
	f.IntVarP(&b.jobs, "jobs", "j", runtime.NumCPU(), "scan workers: apps scanned at once in a batch; one app's stages share them too, and the process uses at most this many cores (--jobs 1: one core); the default is one per core")
	f.DurationVar(&b.timeout, "timeout", 60*time.Second, "batch: time budget per app (0: none)")
	f.BoolVar(&b.isolate, "isolate", false, "batch: scan each app in a child process with --memory-limit and --timeout")
	f.StringVar(&b.memoryLimit, "memory-limit", "2GiB", "batch: memory per app with --isolate (on Linux a hard limit on the child's data, RLIMIT_DATA); without it, a soft limit for the whole process; 0: none")
	f.StringVar(&b.shard, "shard", "", "batch: scan only part I/N of the apps (0-based), chosen by content sha256")
	f.StringVar(&b.resume, "resume", "", "batch: skip the apps recorded in this JSONL file and append new records to it")
	f.BoolVar(&b.sort, "sort", false, "batch: buffer the records and write them sorted by path")
	f.BoolVar(&b.allowEmpty, "allow-empty", false, "batch: finding no app to scan is not an error (exit 0)")
	cmd.Long += "\n\n" + batchHelp
}

// scanArgs: one app, several, or none with --from-file.
func scanArgs(b *batchOptions) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 && b.fromFile == "" {
			return usageErr("%s: requires an app, a folder or --from-file", commandName(cmd))
		}
		return nil
	}
}

// isBatch decides the mode: one plain app path keeps the single-app scan
// with every report format; anything else is a batch.
func isBatch(args []string, o scanOptions, b batchOptions) bool {
	if len(args) != 1 || b.fromFile != "" || o.format == "jsonl" || b.shard != "" || b.resume != "" || b.isolate {
		return true
	}
	st, err := os.Stat(args[0])
	return err == nil && st.IsDir()
}

func runBatch(cmd *cobra.Command, args []string, o scanOptions, b batchOptions) error {
	if b.resume != "" {
		// The resume file is JSONL: it is both what is skipped and where records go.
		if cmd.Flags().Changed("format") && o.format != "jsonl" {
			return usageErr("--resume writes JSONL; drop --format %s", o.format)
		}
		o.format = "jsonl"
	}
	r, err := prepareBatch(cmd, args, o, b)
	if err != nil {
		return err
	}
	// With --resume, the records already written decide what is skipped,
	// so that file is read before the batch starts; -o is created only
	// once the rules are known good.
	var out io.Writer
	closeOut := func() error { return nil }
	if b.resume != "" {
		if out, closeOut, err = batchOutput(cmd, o, b, &r.opts); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel()
	recs := make(chan batch.Record)
	go func() {
		defer close(recs)
		batch.Run(ctx, r.sc, r.items, r.opts, func(rec batch.Record) { recs <- rec })
	}()
	abort := func(err error) error {
		cancel()
		for range recs { // scans waiting for the rules end with ctx
		}
		_ = closeOut()
		return err
	}
	if err := r.ready(); err != nil {
		return abort(err)
	}
	if out == nil {
		if out, closeOut, err = batchOutput(cmd, o, b, &r.opts); err != nil {
			return abort(err)
		}
	}
	tally := finding.Tally{FailOn: r.plan.failOn}
	prog := newProgress(notes(cmd), len(r.items))
	opts := report.Options{FailOn: r.plan.failOn, Paths: r.paths(), More: moreFiles(o.output), Note: noteTo(notes(cmd))}
	werr := report.Batch.Write(out, r.format, r.records(recs, b.sort, &tally, prog), opts)
	if werr != nil {
		cancel() // the writer stopped early: start no more apps
	}
	for range recs { // let the apps in progress end
	}
	prog.finish()
	if ws, ok := r.sc.(*batch.Workers); ok {
		ws.Close()
	}
	if cerr := closeOut(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("writing batch output: %w", werr)
	}
	if r.format != "text" {
		// The text table ends with this line already; JSONL stays pure records.
		fmt.Fprintln(notes(cmd), "apkscan: "+tally.String())
	}
	if err := cmd.Context().Err(); err != nil {
		return &exitError{code: ExitInput, err: fmt.Errorf("batch interrupted: %w", err)}
	}
	if b.resume != "" {
		// The file now records every app of the run so far, earlier runs
		// included: the exit code is the whole corpus's, however many
		// runs it took.
		if tally, err = resumedTally(b.resume, r.plan.failOn); err != nil {
			return err
		}
		fmt.Fprintf(notes(cmd), "apkscan: %s records %s\n", b.resume, tally)
	}
	switch {
	case tally.Failed > 0:
		// An unreadable app (3) outranks findings (1), as for one app, so
		// that a gate never passes on a corpus it could not fully read.
		return &exitError{code: ExitInput}
	case tally.Gated > 0:
		return &exitError{code: ExitFindings}
	}
	return nil
}

// batchRun is what runBatch resolved from the flags.
type batchRun struct {
	plan   *scanPlan
	format string
	opts   batch.Options
	sc     batch.Scanner
	ready  func() error // waits for the rules: nothing is written before
	items  []batch.Item
}

func (r *batchRun) paths() []string {
	ps := make([]string, len(r.items))
	for i, it := range r.items {
		ps[i] = it.Path
	}
	return ps
}

// records yields the batch's records as they finish (or, sorted, all at
// the end), counting each and drawing the progress bar.
func (r *batchRun) records(recs <-chan batch.Record, sorted bool, t *finding.Tally, prog *progress) iter.Seq[finding.Record] {
	return func(yield func(finding.Record) bool) {
		var held []batch.Record
		for rec := range recs {
			prog.add(rec)
			t.Add(rec.Document())
			if sorted {
				held = append(held, rec)
			} else if !yield(rec.Document()) {
				return
			}
		}
		slices.SortStableFunc(held, func(a, b batch.Record) int { return strings.Compare(a.Path, b.Path) })
		for _, rec := range held {
			if !yield(rec.Document()) {
				return
			}
		}
	}
}

func prepareBatch(cmd *cobra.Command, args []string, o scanOptions, b batchOptions) (*batchRun, error) {
	if o.baseline != "" {
		return nil, usageErr("--baseline compares one app with its earlier report; it does not apply to a batch")
	}
	format, err := report.Batch.Check(o.format)
	if err != nil {
		return nil, usageErr("--format: %v (json holds one app: a batch writes jsonl)", err)
	}
	if b.jobs < 1 {
		return nil, usageErr("--jobs %d: want at least 1", b.jobs)
	}
	r := &batchRun{format: format, opts: batch.Options{Jobs: b.jobs, Timeout: b.timeout}}
	if b.shard != "" {
		if r.opts.Shard, err = batch.ParseShard(b.shard); err != nil {
			return nil, usageErr("--shard: %v", err)
		}
	}
	paths := append([]string(nil), args...)
	if b.fromFile != "" {
		listed, err := readList(cmd, b.fromFile)
		if err != nil {
			return nil, err
		}
		paths = append(paths, listed...)
	}
	r.items = batch.Discover(paths)
	if len(r.items) == 0 && !b.allowEmpty {
		return nil, usageErr("%s: no apps found in %s (--allow-empty accepts that)", commandName(cmd), strings.Join(paths, ", "))
	}
	p, err := plan(cmd, o, projectFor(o, r.paths()...))
	if err != nil {
		return nil, err
	}
	r.plan = p
	p.cfg.Jobs = appWorkers(b.jobs, len(r.items))
	p.warnExpired(notes(cmd))
	if !b.isolate {
		sc := scanner.New(p.cfg)
		r.sc, r.ready = sc, sc.Ready
		return r, nil
	}
	// Each child loads and compiles the rules again; here they are only
	// checked, so that a rule error stops the batch before it starts.
	if _, err := scanner.LoadRules(p.cfg.Rules); err != nil {
		return nil, err
	}
	limit, err := processMemoryLimit(b)
	if err != nil {
		return nil, err
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("--isolate: %w", err)
	}
	r.sc = &batch.Workers{Command: childArgs(exe, o, p), MemoryLimit: limit}
	r.ready = func() error { return nil }
	return r, nil
}

// childArgs is the command line of an --isolate child: the same rules,
// code-path setting, project file and severity floor, so that each child
// filters its results as an in-process scan would.
func childArgs(exe string, o scanOptions, p *scanPlan) []string {
	argv := []string{exe, scanOneName, "--serve", "--app-jobs", strconv.Itoa(p.cfg.Jobs),
		"--min-severity", p.cfg.Filter.MinSeverity.String()}
	for _, d := range o.ruleDirs {
		argv = append(argv, "--rules", d)
	}
	for _, id := range o.disable {
		argv = append(argv, "--disable", id)
	}
	if o.noCodePaths {
		argv = append(argv, "--no-code-paths")
	}
	if p.project != nil {
		argv = append(argv, "--config", p.project.Path)
	}
	return argv
}

// appWorkers is how many workers one app's scan gets when a batch of apps
// runs with jobs workers: one each while there are more apps than workers
// (splitting an app's work only adds the cost of splitting when every
// worker has an app), the spare workers shared out when there are fewer.
// --jobs therefore bounds the whole batch: --jobs 1 scans one app at a
// time on one worker, leaving the other cores to whatever else runs.
func appWorkers(jobs, apps int) int {
	jobs = max(1, jobs)
	return max(1, jobs/max(1, min(jobs, apps)))
}

func readList(cmd *cobra.Command, name string) ([]string, error) {
	var r io.Reader = cmd.InOrStdin()
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, usageErr("--from-file: %v", err)
		}
		defer f.Close()
		r = f
	}
	paths, err := batch.ReadList(r)
	if err != nil {
		return nil, usageErr("--from-file: %v", err)
	}
	return paths, nil
}

// batchOutput opens where records go: the --resume file (appending,
// after noting what it already records), -o, or standard output.
func batchOutput(cmd *cobra.Command, o scanOptions, b batchOptions, opts *batch.Options) (io.Writer, func() error, error) {
	noop := func() error { return nil }
	switch {
	case b.resume != "":
		if o.output != "" {
			return nil, nil, usageErr("--resume writes to its own file; drop -o")
		}
		seen, f, err := batch.OpenResume(b.resume)
		if err != nil {
			return nil, nil, usageErr("--resume: %v", err)
		}
		opts.Done = seen
		return f, f.Close, nil
	case o.output != "" && o.output != "-":
		f, err := os.Create(o.output)
		if err != nil {
			return nil, nil, usageErr("-o: %v", err)
		}
		return f, f.Close, nil
	}
	return cmd.OutOrStdout(), noop, nil
}

// resumedTally counts every record of a --resume file.
func resumedTally(path string, failOn finding.Severity) (finding.Tally, error) {
	t := finding.Tally{FailOn: failOn}
	f, err := os.Open(path)
	if err != nil {
		return t, &exitError{code: ExitInput, err: err}
	}
	defer f.Close()
	if _, err := batch.ReadLines(f, func(rec finding.Record) error { t.Add(rec); return nil }); err != nil {
		return t, &exitError{code: ExitInput, err: fmt.Errorf("%s: %w", path, err)}
	}
	return t, nil
}
