package flow

import (
	"sort"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// maxArrivals bounds the witnesses kept per source and sink statement.
const maxArrivals = 64

// arrival is one witness: the root search and the outcome that reaches
// the sink.
type arrival struct {
	s *search
	o outcome
}

// flowPair is a source statement whose value reaches a sink statement,
// with every witness found for it, shortest first.
type flowPair struct {
	src      int // source id
	sink     callSite
	kind     string   // sink kind
	what     string   // sink API, for evidence
	embeds   bool     // the sink places its data inside a request (shape.go)
	hosts    []string // a network sink's hosts, where the code shows them (address.go)
	arrivals []arrival
}

// confirm searches from the candidate sources, in code order, and returns
// the source and sink statement pairs that have a witness, in source then
// sink order. The candidates are the sources whose facts the fixpoint saw
// at a sink they count at (every such source, where a sink saw the top
// fact).
func (w *witnesses) confirm() []*flowPair {
	cand := w.candidates()
	var ids []int
	for id := firstSite; id < len(w.e.sources); id++ {
		if !cand(id) {
			continue
		}
		src := &w.e.sources[id]
		if src.vendor && len(w.directCallers(src.m)) > 0 {
			continue // the app calls it itself: not a framework callback
		}
		if src.m != nil && (!w.liveMethod(src.m) || src.pc >= 0 && !w.feasibleHere(src.m, src.pc)) {
			continue // code that never runs (wlive.go, prune.go)
		}
		if k := src.kind; k != kindIncognito && k != kindIncognitoConst && k != kindHandle && src.m != nil {
			ids = append(ids, id)
		}
	}
	// Page data first, then the app's own sources, then the rest: when the
	// search reaches its bound, what it leaves out is the least telling.
	rank := make(map[int]int, len(ids))
	for _, id := range ids {
		src := &w.e.sources[id]
		if src.kind != KindBrowsing {
			rank[id] += 2
		}
		if w.e.sdkOf(src.m.cls.name) != "" {
			rank[id]++
		}
	}
	sort.SliceStable(ids, func(i, j int) bool {
		if ri, rj := rank[ids[i]], rank[ids[j]]; ri != rj {
			return ri < rj
		}
		return w.e.sourceLess(ids[i], ids[j])
	})
	var out []*flowPair
	for _, id := range ids {
		w.rootWork = 0
		s := w.rootSearch(id)
		if s == nil {
			continue
		}
		out = append(out, w.pairs(id, s)...)
	}
	return out
}

// candidates returns whether a source is one the fixpoint saw at a sink
// its data counts at (spec sinks): seen there itself, or where the top
// fact got to (any source may be behind it). A source seen only at sinks
// it does not count at needs no search.
func (w *witnesses) candidates() func(id int) bool {
	seen := map[int]bool{}
	topKinds := map[string]bool{}
	for _, h := range w.e.hits {
		for _, f := range h.taint {
			if id := factSource(f); id == srcTop {
				topKinds[h.kind] = true
			} else if w.countsAtSite(id, h.kind, callSite{h.m, h.pc}, callSite{}) {
				seen[id] = true
			}
		}
	}
	return func(id int) bool {
		if seen[id] {
			return true
		}
		for k := range topKinds {
			if w.e.countsAt(id, k) {
				return true
			}
		}
		return false
	}
}

// countsAtSite reports whether a source's data, come in by call by
// (zero: any), counts at the sink statement cs of kind: as countsAt says,
// or at a tracker when the statement's request goes to a tracker's host
// (hosts.go).
func (w *witnesses) countsAtSite(id int, kind string, cs, by callSite) bool {
	return w.e.countsAt(id, kind) || w.e.countsAt(id, SinkTracker) && w.toTracker(cs, kind, by)
}

// entryCall returns the call by which an arrival's value came into the
// method holding its sink as an argument (through the summaries of the
// calls it went down), or the zero callSite.
func entryCall(o outcome) callSite {
	var by callSite
	for v, n := o.via, 0; v.kind == vArg && v.sub != nil && n < maxSummaryNest; n++ {
		if v.sub.t == o.site.m {
			by = callSite{v.m, int(v.pc)}
		}
		if int(v.out) >= len(v.sub.outs) {
			break
		}
		v = v.sub.outs[v.out].via
	}
	return by
}

// countsAt reports whether a source's data may count at a sink of kind
// (spec sinks; "" is a stream write, a network or file sink by its
// stream's origin).
func (e *engine) countsAt(id int, kind string) bool {
	spec := e.sources[id].spec
	if spec == nil || len(spec.Sinks) == 0 {
		return true
	}
	if kind == "" {
		return containsString(spec.Sinks, SinkNetwork) || containsString(spec.Sinks, SinkFile)
	}
	return containsString(spec.Sinks, kind)
}

// rootSearch runs the search from one source site.
func (w *witnesses) rootSearch(id int) *search {
	src := &w.e.sources[id]
	m := src.m
	m.decode(&w.e.cfg)
	code := m.body()
	if code == nil || len(m.blocks) == 0 || m.oversized {
		return nil
	}
	s := w.newSearch(true, m)
	s.src = id
	s.direct = src.kind == KindBrowsing
	if src.pc < 0 { // a callback parameter
		reg := paramReg(code, paramSlot(m.static(), m.params, src.param))
		if reg < 0 || reg >= int32(code.RegistersSize) {
			return nil
		}
		fl := wInc
		if src.param >= 0 && src.param < len(m.params) {
			fl = stringIf(fl, m.params[src.param])
		}
		s.push(wkey{m, 0, reg, -1, fl, 0}, -1, wvia{kind: vSource, m: m, pc: -1, from: regNone, ffld: -1, to: reg, tfld: -1})
	} else {
		i := m.instAt(src.pc)
		if i < 0 {
			return nil
		}
		in := m.inst(i)
		to := int32(regResult)
		if in.Flags()&dalvik.IsInvoke == 0 {
			to = int32(in.A) // a field read
		}
		fl := stringIf(0, sourceType(m, in))
		if m.runsIncognito(src.pc) {
			fl |= wInc
		}
		for _, t := range s.succs(m, int32(i)) {
			s.push(wkey{m, t, to, -1, fl, 0}, -1, wvia{kind: vSource, m: m, pc: int32(src.pc), from: regNone, ffld: -1, to: to, tfld: -1})
		}
	}
	s.run()
	return s
}

// pairs groups a root search's sink arrivals by sink statement.
func (w *witnesses) pairs(id int, s *search) []*flowPair {
	bySite := map[callSite]*flowPair{}
	var out []*flowPair
	for _, o := range s.outs {
		if o.kind != outSink {
			continue
		}
		p := bySite[o.site]
		if p == nil {
			kind, what, data, embeds := w.sinkAt(o.site)
			src := &w.e.sources[id]
			by := entryCall(o)
			if kind == "" || len(data) > 0 && !containsString(data, src.kind) || !w.countsAtSite(id, kind, o.site, by) {
				continue
			}
			p = &flowPair{src: id, sink: o.site, kind: kind, what: what, embeds: embeds}
			if kind == SinkNetwork || kind == SinkTracker {
				p.hosts = w.sinkHosts(o.site, by)
			}
			bySite[o.site] = p
			out = append(out, p)
		}
		if len(p.arrivals) < maxArrivals {
			p.arrivals = append(p.arrivals, arrival{s, o})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].sink, out[j].sink
		if a.m != b.m {
			return keyLess(a.m, b.m)
		}
		return a.pc < b.pc
	})
	return out
}

// sinkAt returns the kind of sink a sink statement is and what it is, for
// evidence: the call (a stream write names the origin of its stream), or
// a return the framework sends on.
func (w *witnesses) sinkAt(cs callSite) (kind, what string, data []string, embeds bool) {
	i := cs.m.instAt(cs.pc)
	if i < 0 {
		return "", "", nil, false
	}
	in := cs.m.inst(i)
	if in.Op >= dalvik.OpReturn && in.Op <= dalvik.OpReturnObject {
		if r := w.e.returnSink(cs.m); r != nil {
			to := "the framework"
			if r.kind == SinkTracker {
				to = "the SDK" // a tracker SDK asking the app for what it sends
			}
			return r.kind, "returned to " + to + " from " + cs.m.cls.name + "->" + cs.m.name, r.data, false
		}
		return "", "", nil, false
	}
	if !namesMethod(in) {
		return "", "", nil, false
	}
	c := w.e.calleeOf(cs.m.file, in.Index)
	if !c.ok {
		return "", "", nil, false
	}
	if c.sinkKind != "" {
		return c.sinkKind, c.label(), c.sinkData, c.embeds
	}
	if len(c.originSink) > 0 {
		if kind, o := w.streamSink(cs, c); kind != "" {
			// What is written to a connection's stream is the request's
			// body: the data is inside a request, not its address.
			return kind, c.label() + " on the stream of " + o.what + " in " + o.m.key(), c.sinkData, kind == SinkNetwork
		}
	}
	return "", "", nil, false
}
