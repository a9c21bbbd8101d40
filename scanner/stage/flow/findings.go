package flow

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
)

// maxExamples bounds the further witnesses a finding shows.
const maxExamples = 2

// sdkSeverity is the severity of a finding grouping the flows wholly
// inside one bundled SDK: that SDK's own behaviour, which its tracker
// finding already reports.
const sdkSeverity = finding.SeverityLow

// codePathRules returns the code-path rules of rs by the kind of finding
// they name. A kind without a rule (it was disabled) is not reported.
func codePathRules(rs []*rules.Rule) map[string]*rules.Rule {
	out := map[string]*rules.Rule{}
	for _, r := range rs {
		if r.CodePath != nil {
			out[r.CodePath.Finding] = r
		}
	}
	return out
}

// verdict is one finding to make from a flow pair: a category and the
// witnesses that support it.
type verdict struct {
	cat      string
	pair     *flowPair
	arrivals []arrival
}

// findings turns the confirmed flow pairs into findings: one per category,
// source statement and sink statement. Flows that start and end inside the
// same library (not app code) are grouped into one low finding per
// library and category.
func (e *engine) findings(w *witnesses, pairs []*flowPair, hasIncognito bool, incognito []finding.Evidence) []finding.Finding {
	var out []finding.Finding
	groups := map[string]*sdkGroup{}
	var order []string
	ids := map[string]int{}
	emit := func(f finding.Finding) {
		// Identical source and sink APIs in the same methods: number them
		// in code order, which a rebuild of the same code keeps.
		n := ids[f.ID]
		ids[f.ID]++
		if n > 0 {
			f.ID = fmt.Sprintf("%s-%d", f.ID, n+1)
		}
		out = append(out, f)
	}
	for _, p := range pairs {
		for _, v := range e.verdicts(p, hasIncognito) {
			if e.report[v.cat] == nil {
				continue // its rule is disabled
			}
			if sdk := e.sdkOnly(p); sdk != "" {
				key := v.cat + "\x00" + sdk
				g := groups[key]
				if g == nil {
					g = &sdkGroup{sdk: sdk}
					groups[key] = g
					order = append(order, key)
				}
				g.verdicts = append(g.verdicts, v)
				continue
			}
			emit(e.finding(w, v, incognito))
		}
	}
	for _, key := range order {
		emit(e.groupFinding(w, groups[key], incognito))
	}
	return out
}

// verdicts decides what a flow pair is worth, from its witnesses' marks.
func (e *engine) verdicts(p *flowPair, hasIncognito bool) []verdict {
	src := &e.sources[p.src]
	outbound := p.kind == SinkNetwork || p.kind == SinkTracker
	keep := func(ok func(wflags) bool) []arrival {
		var out []arrival
		for _, a := range p.arrivals {
			if ok(a.o.flags) {
				out = append(out, a)
			}
		}
		return out
	}
	var main verdict
	switch {
	case src.kind == KindBrowsing:
		// Browsing data counts only on a direct path, or one that keeps it
		// once in an app class's static or singleton field (a queue a timer
		// drains), not in an object's own state read by another callback,
		// stores, saved state, library fields or several fields;
		// and, for a network sink, only when embedded in a request (a
		// query, a body, a container sent whole): a browser fetching the
		// page it shows is not a leak, even after keeping its address in a
		// container and reading it back (wHeld). In a request's address
		// alone, it counts only where the code shows the host the request
		// goes to: an address made of the data (the page with a parameter
		// added, a download, a search the user typed into the engine's
		// template) is the browser fetching what the data names. Sent only
		// outside incognito mode, it is the app's normal, guarded
		// behaviour.
		direct := func(f wflags) bool {
			return f&wFar == 0 && (p.kind == SinkTracker || p.embeds || f&(wEmbed|wHeld) != 0 && len(p.hosts) > 0)
		}
		switch {
		case !outbound:
		case !hasIncognito && src.spec != nil && src.spec.OutsideIncognito != nil && !containsString(src.spec.OutsideIncognito, p.kind) &&
			!(containsString(src.spec.OutsideIncognito, SinkTracker) && e.trackerHosts.any(p.hosts)):
			// A search the app itself serves (spec outside-incognito), not
			// sent to a tracker's host.
		case !hasIncognito:
			main = verdict{CategoryBrowsingData, p, keep(direct)}
		case e.offInIncognito(p.what):
			// Sent by a tracker the app switches off in incognito mode
			// (switches.go): its normal, guarded behaviour.
		default:
			main = verdict{CategoryIncognitoBypass, p, keep(func(f wflags) bool { return direct(f) && f&wInc != 0 })}
		}
	default:
		main = verdict{CategoryLeak, p, p.arrivals}
	}
	if len(main.arrivals) == 0 {
		return nil
	}
	out := []verdict{main}
	if outbound {
		// Weak encoding only when an encode step is on the witness itself.
		enc := verdict{CategoryWeakEncoding, p, nil}
		for _, a := range main.arrivals {
			if a.o.flags&wEncode != 0 && a.o.flags&wCrypto == 0 {
				enc.arrivals = append(enc.arrivals, a)
			}
		}
		if len(enc.arrivals) > 0 {
			out = append(out, enc)
		}
	}
	return out
}

// finding makes the finding for one verdict.
func (e *engine) finding(w *witnesses, v verdict, incognito []finding.Evidence) finding.Finding {
	p := v.pair
	src := &e.sources[p.src]
	path := e.witnessPath(w, v.cat, v.arrivals[0], incognito)
	entry := path[0].Class
	sum := sha256.Sum256([]byte(v.cat + "\x00" + src.what + "\x00" + src.m.key() + "\x00" + p.what + "\x00" + p.sink.m.key() + "\x00" + entry))
	fl := &finding.Flow{Paths: len(v.arrivals), Entries: e.entriesReaching(src.m)}
	fl.Hosts = p.hosts
	for _, a := range v.arrivals[1:min(len(v.arrivals), 1+maxExamples)] {
		fl.Examples = append(fl.Examples, e.witnessPath(w, v.cat, a, incognito))
	}
	rule := e.report[v.cat]
	return finding.Finding{
		ID:       "flow-" + hex.EncodeToString(sum[:8]),
		Rule:     rule.ID,
		Category: v.cat,
		Severity: rule.SeverityAt(p.kind),
		Title:    rule.Title,
		Message:  e.message(v.cat, e.flowLabel(src, v.arrivals), p),
		Evidence: []finding.Evidence{e.sourceEvidence(p.src), e.sinkEvidence(p)},
		Path:     path,
		Flow:     fl,
	}
}

// witnessPath is a finding's path for one witness: the call chain from an
// entry point to the method the witness starts from, the witness's steps
// (source first, sink last) and, for a bypass, the incognito reads.
func (e *engine) witnessPath(w *witnesses, cat string, a arrival, incognito []finding.Evidence) []finding.Step {
	bypass := cat == CategoryIncognitoBypass
	path := e.path(w.top(a), bypass)
	steps := w.witnessSteps(a)
	for i := range steps {
		switch steps[i].Kind {
		case "source":
			steps[i].Value = e.sourceEvidence(a.s.src).Value
		case "sink":
			_, what, _, _ := w.sinkAt(a.o.site)
			steps[i].Value = what
		}
	}
	if bypass && len(steps) > 0 {
		sink := steps[len(steps)-1]
		path = append(path, steps[:len(steps)-1]...)
		for _, ev := range guardSteps(path, a.o.site.m, incognito) {
			path = append(path, finding.Step{Evidence: ev, Kind: "guard"})
		}
		return append(path, sink)
	}
	return append(path, steps...)
}

// top returns the method a witness's first part runs in at its outermost:
// the source's method, or the caller a returned value climbed to.
func (w *witnesses) top(a arrival) *method {
	s := a.s
	var nodes []int32
	for x := a.o.node; x >= 0; x = s.nodes[x].parent {
		nodes = append(nodes, x)
	}
	top := w.e.sources[s.src].m
	for i := len(nodes) - 1; i >= 0; i-- {
		nd := &s.nodes[nodes[i]]
		switch nd.via.kind {
		case vReturn, vParamOut:
			top = nd.k.m
		case vLoad:
			if nd.via.from == regHeap {
				return top
			}
		}
	}
	return top
}

// guardSteps picks up to three incognito reads to show on a bypass path:
// reads in the sink's method or on the call path first (the check that
// exists but does not guard this sink), then the app's other reads.
func guardSteps(path []finding.Step, sink *method, incognito []finding.Evidence) []finding.Evidence {
	on := map[string]bool{sink.cls.name + "." + sink.name + sink.proto: true}
	for _, s := range path {
		on[s.Class+"."+s.Method] = true
	}
	var near, far []finding.Evidence
	for _, ev := range incognito {
		if on[ev.Class+"."+ev.Method] {
			near = append(near, ev)
		} else {
			far = append(far, ev)
		}
	}
	out := append(near, far...)
	return out[:min(3, len(out))]
}

func (e *engine) library(cls string) bool {
	return hasPrefix(cls, e.r.libraryPfx)
}
