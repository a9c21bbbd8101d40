// Package scanner is apkscan's pipeline, written as named stages:
// load (container, manifest, resources, dex) → index (facts) → match (rules)
// → result. Filtering and reporting are separate stages the caller runs.
package scanner

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/flow"
	"github.com/apkscan/apkscan/scanner/stage/index"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// Options shape one scan.
type Options struct {
	App app.Options
	// Index.Jobs also bounds matching: with 1, the rules' string pass does
	// not run beside the other matchers.
	Index index.Options
	// NoCodePaths skips the code-path stage (call graph, taint, incognito
	// guards): the scan then reports what rules over facts find, faster.
	NoCodePaths bool
}

// Scanner holds compiled rules; it is safe for concurrent use.
type Scanner struct {
	rules    []*rules.Rule
	byID     map[string]*rules.Rule
	flowSpec *flow.Spec
	engine   *match.Engine
	tool     finding.Tool
	opts     Options
	ruleDoc  []finding.RuleInfo
}

// New compiles rs once. version is the tool version reported in results.
func New(rs []*rules.Rule, version string, opts Options) (*Scanner, error) {
	eng, err := match.Compile(rs)
	if err != nil {
		return nil, err
	}
	s := &Scanner{rules: rs, engine: eng, opts: opts, byID: map[string]*rules.Rule{},
		tool: finding.Tool{Name: "apkscan", Version: version, RulesDigest: rules.Digest(rs)}}
	if !opts.NoCodePaths {
		if s.flowSpec, err = flow.DefaultSpec(); err != nil {
			return nil, err
		}
		s.ruleDoc = append(s.ruleDoc, flow.Rules()...)
	}
	for _, r := range rs {
		s.byID[r.ID] = r
		s.ruleDoc = append(s.ruleDoc, finding.RuleInfo{ID: r.ID, Title: r.Title, Category: string(r.Category),
			Severity: r.Severity, Description: r.Description, References: r.References})
	}
	sort.Slice(s.ruleDoc, func(i, j int) bool { return s.ruleDoc[i].ID < s.ruleDoc[j].ID })
	return s, nil
}

// Select returns rs without the rules whose ids are in disabled; an unknown
// id is an error (a typo must not silently keep a rule enabled).
func Select(rs []*rules.Rule, disabled []string) ([]*rules.Rule, error) {
	known := map[string]bool{}
	for _, r := range rs {
		known[r.ID] = true
	}
	for _, id := range disabled {
		if !known[id] {
			return nil, fmt.Errorf("--disable %s: no such rule", id)
		}
	}
	return slices.DeleteFunc(slices.Clone(rs), func(r *rules.Rule) bool { return slices.Contains(disabled, r.ID) }), nil
}

// Scan runs every stage on the app at path. When the input is not a
// readable app it returns the partial result together with an
// *app.InputError; on other errors the result is nil.
func (s *Scanner) Scan(ctx context.Context, path string) (*finding.Result, error) {
	a, loadErr := app.Load(path, s.opts.App)
	if a == nil {
		return nil, loadErr
	}
	defer a.Close()
	return s.ScanApp(ctx, a, loadErr)
}

// ScanApp runs the stages after loading on an app the caller loaded (with
// app.Load and this scanner's Options.App), for example while the rules
// were still compiling. loadErr is app.Load's error, returned with the
// result as Scan returns it. The caller closes a.
func (s *Scanner) ScanApp(ctx context.Context, a *app.App, loadErr error) (*finding.Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, &StageError{Stage: "load", Err: err}
	}
	res := &finding.Result{SchemaVersion: finding.SchemaVersion, Tool: s.tool, Target: a.Target(),
		Findings: []finding.Finding{}, Rules: s.ruleDoc}
	res.Diagnostics = append([]finding.Diagnostic{}, a.Diagnostics...)
	iopts := s.opts.Index
	if iopts.WantMethod == nil && iopts.WantField == nil {
		iopts.WantMethod, iopts.WantField = s.engine.WantsMethod, s.engine.WantsField
		iopts.WantMethodClass, iopts.WantFieldClass = s.engine.WantsMethodClass, s.engine.WantsFieldClass
	}
	facts, diags := index.Build(a, iopts)
	res.Diagnostics = append(res.Diagnostics, diags...)
	if err := ctx.Err(); err != nil {
		return nil, &StageError{Stage: "index", Err: err}
	}
	res.Findings = append(res.Findings, s.engine.MatchJobs(facts, iopts.Jobs)...)
	if !s.opts.NoCodePaths {
		if err := s.codePaths(ctx, a, res); err != nil {
			if ctx.Err() != nil {
				return nil, &StageError{Stage: "code paths", Err: ctx.Err()}
			}
			res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagError, Message: "code-path analysis: " + err.Error()})
		}
	}
	sortFindings(res.Findings)
	return res, loadErr
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
