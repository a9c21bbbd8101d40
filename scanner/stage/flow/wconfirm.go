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
	kind     string // sink kind
	what     string // sink API, for evidence
	arrivals []arrival
}

// confirm searches from every data source the fixpoint met, in code order,
// and returns the source and sink statement pairs that have a witness, in
// source then sink order.
func (w *witnesses) confirm() []*flowPair {
	var ids []int
	for id := firstSite; id < len(w.e.sources); id++ {
		if k := w.e.sources[id].kind; k != kindIncognito && w.e.sources[id].m != nil {
			ids = append(ids, id)
		}
	}
	sort.SliceStable(ids, func(i, j int) bool { return w.sourceLess(ids[i], ids[j]) })
	var out []*flowPair
	for _, id := range ids {
		s := w.rootSearch(id)
		if s == nil {
			continue
		}
		out = append(out, w.pairs(id, s)...)
	}
	return out
}

// sourceLess orders source sites by method, then offset, then parameter.
func (w *witnesses) sourceLess(a, b int) bool {
	x, y := &w.e.sources[a], &w.e.sources[b]
	if x.m != y.m {
		return keyLess(x.m, y.m)
	}
	if x.pc != y.pc {
		return x.pc < y.pc
	}
	if x.param != y.param {
		return x.param < y.param
	}
	return x.what < y.what
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
	if src.pc < 0 { // a callback parameter
		reg := int32(code.RegistersSize) - int32(code.InsSize) + int32(paramSlot(m.static(), m.params, src.param))
		if reg < 0 || reg >= int32(code.RegistersSize) {
			return nil
		}
		s.push(wkey{m, 0, reg, -1, wInc}, -1, wvia{kind: vSource, m: m, pc: -1, from: regNone, ffld: -1, to: reg, tfld: -1})
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
		fl := uint8(0)
		if m.runsIncognito(src.pc) {
			fl = wInc
		}
		for _, t := range s.succs(m, int32(i)) {
			s.push(wkey{m, t, to, -1, fl}, -1, wvia{kind: vSource, m: m, pc: int32(src.pc), from: regNone, ffld: -1, to: to, tfld: -1})
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
			c := w.calleeAt(o.site)
			if c == nil {
				continue
			}
			p = &flowPair{src: id, sink: o.site, kind: c.sinkKind, what: c.label()}
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

// calleeAt returns what the rules say of the call at a site.
func (w *witnesses) calleeAt(cs callSite) *callee {
	i := cs.m.instAt(cs.pc)
	if i < 0 {
		return nil
	}
	in := cs.m.inst(i)
	if k := in.IndexKind(); k != dalvik.IndexMethod && k != dalvik.IndexMethodAndProto {
		return nil
	}
	c := w.e.calleeOf(cs.m.file, in.Index)
	if !c.ok || c.sinkKind == "" {
		return nil
	}
	return c
}
