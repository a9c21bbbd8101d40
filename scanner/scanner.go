// Package scanner is apkscan's pipeline. A Scanner, built once from a
// Config, scans apps in named stages: load (container, manifest,
// resources, dex: stage/app) → facts (stage/index) → rules
// (stage/match) → code paths (stage/flow) → filter (result/filter). The
// rules load and compile in the background while the first app is read.
// Reports are written by result/report; the CLI only maps flags to a
// Config, calls Scan and writes.
package scanner

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/filter"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/attribute"
	"github.com/apkscan/apkscan/scanner/stage/index"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// Config shapes a Scanner.
type Config struct {
	// Version is the tool version results carry.
	Version string
	// Rules selects the rule set: the built-in rules, extra directories,
	// disabled ids.
	Rules RuleSet
	// NoCodePaths skips the code-path stage (call graph, taint, incognito
	// guards): the scan then reports what rules over facts find, faster.
	NoCodePaths bool
	// Jobs bounds the workers inside one app's scan; 0 means every core.
	// With 1, every stage runs on the calling goroutine.
	Jobs int
	// Filter is applied to every result.
	Filter FilterOptions
	// ProjectFile names the project file the caller took fail-on, rules
	// and ignore entries from ("" for none); results say which it was.
	ProjectFile string
}

// FilterOptions say what a scan's result keeps (see result/filter).
type FilterOptions = filter.Options

// IgnoreEntry is one ignore entry of a project file (see result/filter).
type IgnoreEntry = filter.Entry

// InputError says the input is not a readable Android app; the result, if
// any, holds what was read.
type InputError = app.InputError

// Scanner holds compiled rules; it is safe for concurrent use.
type Scanner struct {
	cfg  Config
	done chan struct{} // closed when the rules are compiled (or failed)
	err  error
	// Set once done is closed:
	rules   *rules.Set
	byID    map[string]*rules.Rule
	engine  *match.Engine
	tool    finding.Tool
	ruleDoc []finding.RuleInfo
	reads   map[string]string // identifier rule id → what it reads
}

// New returns a Scanner and starts loading and compiling its rules in the
// background; Ready waits for them. A rule problem is a *RuleError from
// Ready and from every Scan.
func New(cfg Config) *Scanner {
	s := &Scanner{cfg: cfg, done: make(chan struct{})}
	if cfg.Jobs == 1 {
		// One worker: nothing runs beside the scan, the rules included.
		s.compile()
		return s
	}
	go s.compile()
	return s
}

func (s *Scanner) compile() {
	defer close(s.done)
	rs, err := LoadRules(s.cfg.Rules)
	if err != nil {
		s.err = err
		return
	}
	s.use(rs)
}

// use compiles the rule set rs, which the Scanner then runs.
func (s *Scanner) use(rs *rules.Set) {
	eng, err := match.Compile(rs.Rules)
	if err != nil {
		s.err = &RuleError{Err: err}
		return
	}
	s.rules, s.engine, s.byID = rs, eng, map[string]*rules.Rule{}
	s.tool = finding.Tool{Name: "apkscan", Version: s.cfg.Version, RulesDigest: rules.Digest(rs)}
	s.reads = map[string]string{}
	for _, r := range rs.Rules {
		s.byID[r.ID] = r
		if r.Reads != "" {
			s.reads[r.ID] = r.Reads
		}
		if r.CodePath != nil && s.cfg.NoCodePaths {
			continue // not run: reports do not list it as checked
		}
		s.ruleDoc = append(s.ruleDoc, finding.RuleInfo{ID: r.ID, Title: r.Title, Category: string(r.Category),
			Severity: r.MaxSeverity(), Description: r.Description, References: r.References})
	}
	sort.Slice(s.ruleDoc, func(i, j int) bool { return s.ruleDoc[i].ID < s.ruleDoc[j].ID })
}

// Ready waits until the rules are compiled and returns their error.
func (s *Scanner) Ready() error {
	<-s.done
	return s.err
}

// Rules returns the compiled rule set (after Ready).
func (s *Scanner) Rules() *rules.Set {
	<-s.done
	return s.rules
}

// Scan runs every stage on the app at path and filters the result. When
// the input is not a readable app it returns the partial result (nil if
// nothing could be read) with an *InputError; a rule problem is a
// *RuleError; a scan cut short by ctx is a *StageError.
func (s *Scanner) Scan(ctx context.Context, path string) (*finding.Result, error) {
	a, loadErr := app.Load(path, s.appOptions())
	if a != nil {
		defer a.Close()
	}
	select {
	case <-s.done:
	case <-ctx.Done():
		return nil, &StageError{Stage: "load", Err: ctx.Err()}
	}
	if s.err != nil {
		return nil, s.err
	}
	if a == nil {
		return nil, loadErr
	}
	if loadErr != nil {
		// Not an app: what was read is shown, but no rule runs on it, so
		// nothing is reported about an app that is not there.
		res := s.newResult(a)
		why := loadErr
		if ie, ok := loadErr.(*InputError); ok {
			why = ie.Err // the result names the path already
		}
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagError, Message: why.Error()})
		return res, loadErr
	}
	res, lost, err := s.scanApp(ctx, a)
	if res == nil {
		return nil, err
	}
	filter.Apply(res, s.cfg.Filter)
	if err == nil && len(lost) > 0 {
		// Findings about the part that was read stand, but a gate must
		// not pass on an app it could not read whole.
		err = &InputError{Path: a.Path, Err: &PartialReadError{Parts: lost}}
	}
	return res, err
}

func (s *Scanner) newResult(a *app.App) *finding.Result {
	return &finding.Result{SchemaVersion: finding.SchemaVersion, Tool: s.tool, Target: a.Target(),
		Config: cmp.Or(s.cfg.ProjectFile, "none"), Findings: []finding.Finding{}, Rules: s.ruleDoc,
		Diagnostics: append([]finding.Diagnostic{}, a.Diagnostics...)}
}

// PartialReadError says which parts of an app could not be read whole
// (a dex file, the manifest, the resources): the error diagnostics of the
// reading stages name them.
type PartialReadError struct {
	Parts []string
}

func (e *PartialReadError) Error() string {
	return "read in part only: " + strings.Join(e.Parts, ", ") + " could not be read whole (see the diagnostics)"
}

// unreadParts names the parts of an app that the reading stages' error
// diagnostics say could not be read whole.
func unreadParts(ds []finding.Diagnostic) []string {
	var parts []string
	for _, d := range ds {
		if d.Severity == finding.DiagError && !slices.Contains(parts, cmp.Or(d.Entry, "the container")) {
			parts = append(parts, cmp.Or(d.Entry, "the container"))
		}
	}
	return parts
}

func (s *Scanner) appOptions() app.Options { return app.Options{Jobs: s.cfg.Jobs} }

// scanApp runs the stages after loading. lost names the parts of the
// app the reading stages could not read whole.
func (s *Scanner) scanApp(ctx context.Context, a *app.App) (res *finding.Result, lost []string, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, &StageError{Stage: "load", Err: err}
	}
	res = s.newResult(a)
	iopts := index.Options{Jobs: s.cfg.Jobs,
		WantMethod: s.engine.WantsMethod, WantField: s.engine.WantsField,
		WantMethodClass: s.engine.WantsMethodClass, WantFieldClass: s.engine.WantsFieldClass}
	facts, diags := index.Build(a, iopts)
	res.Diagnostics = append(res.Diagnostics, diags...)
	lost = unreadParts(res.Diagnostics)
	if err := ctx.Err(); err != nil {
		return nil, nil, &StageError{Stage: "index", Err: err}
	}
	res.Findings = append(res.Findings, s.engine.MatchJobs(facts, s.cfg.Jobs)...)
	sdks := s.bundledSDKs(res.Findings)
	var reach attribute.Reach
	if !s.cfg.NoCodePaths {
		var err error
		if reach, err = s.codePaths(ctx, a, res, sdks); err != nil {
			if ctx.Err() != nil {
				return nil, nil, &StageError{Stage: "code paths", Err: ctx.Err()}
			}
			res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagError, Message: "code-path analysis: " + err.Error()})
		}
	}
	var diags2 []finding.Diagnostic
	res.Findings, diags2 = attribute.Apply(res.Findings, attribute.Options{SDKs: sdks, Reach: reach, Reads: s.reads})
	res.Diagnostics = append(res.Diagnostics, diags2...)
	sortFindings(res.Findings)
	return res, lost, nil
}

// sortFindings orders findings for every report: most severe first, then
// by category, rule and id, so output is stable run to run.
func sortFindings(fs []finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		if a.Category != b.Category {
			return a.Category < b.Category
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.ID < b.ID
	})
}

// StageError says which stage was running when the scan's context ended
// (a per-app time budget in batch mode).
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return fmt.Sprintf("%s stage: %v", e.Stage, e.Err) }
func (e *StageError) Unwrap() error { return e.Err }

// IsInputError reports whether err says the input is not a readable app.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}
