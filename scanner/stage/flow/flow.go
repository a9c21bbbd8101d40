package flow

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// Finding categories: the kinds of code-path finding, each reported under
// the code-path rule that names it (rules.CodePathRule).
const (
	CategoryIncognitoBypass = string(rules.CategoryIncognitoBypass)
	CategoryLeak            = string(rules.CategoryLeak)
	CategoryWeakEncoding    = string(rules.CategoryWeakEncoding)
	CategoryBrowsingData    = string(rules.CategoryBrowsingData)
)

// Options tune one analysis.
type Options struct {
	// TrackerPrefixes are Java package prefixes of tracker SDKs
	// ("com.sensorsdata.analytics", or "Lcom/sensorsdata/analytics").
	// Every call from app code into such a class is a tracker sink, and
	// Result.Called says which prefixes app code calls.
	TrackerPrefixes []string
	// MaxSteps bounds method analyses (0: 40 per method, at least 20000).
	// When it is reached the result is partial and Result.Truncated is set.
	MaxSteps int
	// Ask lists methods whose reachability the caller wants to know (the
	// places of fact findings); Result.Reached answers for them.
	Ask []Method

	// shuffle, when not zero, seeds a random order for the entry points
	// and the fixpoint's work list: tests use it to check that the result
	// does not depend on the order the analysis runs in.
	shuffle int64
	// witnessWork and rootWork, when not zero, replace the witness
	// search's bounds (maxWitnessWork, maxRootWork): tests use them to cut
	// a small app's search.
	witnessWork, rootWork int
}

// Result is what Analyze found.
type Result struct {
	Findings []finding.Finding
	// Incognito lists where incognito state is read and then tested by a
	// branch, in app code (tracker SDK code excluded).
	Incognito []finding.Evidence
	// Called holds the TrackerPrefixes (as given) whose code is called from
	// app code reachable from an entry point.
	Called map[string]bool
	// Stats describe the work done.
	Stats Stats
	// Reached holds the Options.Ask methods that an entry point reaches
	// through the call graph. Tracker SDK code is a black box (app calls
	// into it are sinks, not followed), so its methods are never in it.
	// Complete only when Truncated is false.
	Reached map[Method]bool
	// Truncated is set when MaxSteps or ctx stopped the fixpoint early.
	Truncated   bool
	Diagnostics []finding.Diagnostic
}

// Method names one method: the class descriptor and the method's name
// and proto ("getImei(I)Ljava/lang/String;"), as evidence places give them.
type Method struct{ Class, Method string }

// Stats count what the analysis covered.
type Stats struct {
	Classes, Methods, EntryPoints, Reached, Steps, Sources, SinkHits int
	// WitnessWork counts the witness search's nodes (bounded by
	// maxWitnessWork).
	WitnessWork int
}

// Analyze runs the code-path analysis over every dex file of a, with the
// code-path spec of set, and reports what it proves under set's code-path
// rules: a kind of finding set has no rule for (it was disabled) is not
// reported.
func Analyze(ctx context.Context, a *app.App, set *rules.Set, opts Options) (res *Result, err error) {
	defer func() {
		// Last resort: the analysis trusts decoded bytecode shapes (register
		// numbers, payloads) that fuzzed input may break in ways not yet seen.
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("flow: internal error: %v", r)
		}
	}()
	if a == nil || set == nil || set.CodePaths == nil {
		return nil, fmt.Errorf("flow: nil app or code-path spec")
	}
	r := compile(set.CodePaths, opts.TrackerPrefixes)
	p := buildProgram(a)
	p.supers = set.CodePaths.FrameworkSupers
	p.library = r.libraryPfx
	p.readTypes(a, set.CodePaths.WebEngines, r.wantedTypes)
	e := newEngine(ctx, p, r, opts)
	e.report = codePathRules(set.Rules)
	e.trackerHosts = trackerHosts(set.Rules)
	e.app = a
	e.budget = opts.MaxSteps
	nmethods := 0
	for _, c := range p.order {
		nmethods += len(c.methods)
	}
	if e.budget <= 0 {
		e.budget = max(20000, 40*nmethods)
	}
	entries := e.entryPoints(a.Manifest)
	order := entries // the order the fixpoint reaches them in
	if opts.shuffle != 0 {
		e.rnd = rand.New(rand.NewPCG(uint64(opts.shuffle), 1))
		order = slices.Clone(entries)
		e.rnd.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	for _, m := range order {
		m.entry = true
		e.reach(m)
	}
	e.run()
	for !e.stopped && (e.linkUndispatched() || e.decideAll()) {
		e.run()
	}
	// The walk of what runs in incognito mode names, for each method, the
	// call site that first ran it from the entries in their own order:
	// the witness's call chain, the same whatever order the fixpoint took.
	normal, incActivity := e.normalComponents(a.Manifest)
	e.incognitoReach(entries, normal)
	e.appPkgs = appPackages(a.Manifest)

	res = &Result{Called: e.called, Truncated: e.stopped}
	res.Incognito = e.incognitoEvidence()
	w := newWitnesses(e)
	pairs := w.confirm()
	res.Findings = e.findings(w, pairs, len(res.Incognito) > 0 || incActivity, res.Incognito)
	res.Reached = e.reached(opts.Ask)
	res.Stats = Stats{Classes: len(p.order), Methods: nmethods, EntryPoints: len(entries),
		Steps: e.steps, Sources: len(e.sources) - firstSite, SinkHits: len(e.hits), WitnessWork: w.work}
	for _, c := range p.order {
		for _, m := range c.methods {
			if m.reached {
				res.Stats.Reached++
			}
		}
	}
	for _, d := range p.diags {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagWarning, Message: "flow: " + d})
	}
	if e.oversized > 0 {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagWarning,
			Message: fmt.Sprintf("flow: %d methods too large for taint analysis (registers x blocks > %d); their calls are followed, their data flows are not", e.oversized, maxFrameSlots)})
	}
	if w.cut {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagWarning,
			Message: "flow: the witness search reached its bound; code-path findings may be incomplete"})
	}
	if e.stopped {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagWarning,
			Message: fmt.Sprintf("flow: analysis stopped after %d steps; code-path findings may be incomplete", e.steps)})
	}
	return res, ctx.Err()
}

// reached answers Options.Ask.
func (e *engine) reached(ask []Method) map[Method]bool {
	out := map[Method]bool{}
	for _, q := range ask {
		c := e.prog.classes[q.Class]
		name, proto, ok := strings.Cut(q.Method, "(")
		if c == nil || !ok {
			continue
		}
		if m := c.methods[sig{name, "(" + proto}]; m != nil && m.reached {
			out[q] = true
		}
	}
	return out
}

// incognitoEvidence lists the incognito reads that some branch tests or,
// when no branch tests one, the calls that hand the state on (setters.go).
func (e *engine) incognitoEvidence() []finding.Evidence {
	ids := map[int]bool{}
	for _, c := range e.prog.order {
		for _, m := range c.methods {
			if m.mstate == nil {
				continue
			}
			for _, facts := range m.branches {
				for _, f := range facts {
					ids[factSource(f)] = true
				}
			}
		}
	}
	var out []finding.Evidence
	for id := range ids {
		out = append(out, e.sourceEvidence(id))
	}
	if len(out) == 0 {
		out = append(out, e.stateSets...)
	}
	sort.Slice(out, func(i, j int) bool { return evidenceLess(out[i], out[j]) })
	return out
}

func evidenceLess(a, b finding.Evidence) bool {
	if a.Class != b.Class {
		return a.Class < b.Class
	}
	if a.Method != b.Method {
		return a.Method < b.Method
	}
	return off(a) < off(b)
}

func off(e finding.Evidence) int {
	if e.Offset == nil {
		return -1
	}
	return *e.Offset
}
