package flow

import (
	"sort"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Sinks by object origin. Writing to an OutputStream or a Writer sends data
// out only when the stream comes from a network connection or a file
// (spec origins): URLConnection.getOutputStream, Socket.getOutputStream,
// new FileOutputStream. Before the data searches, a search runs from each
// origin site in reached code, following the stream object as a value:
// through moves, returns, fields, and the wrappers built around it (a
// BufferedWriter around an OutputStreamWriter around the connection's
// stream: a constructor's default model puts its arguments into the new
// object), and records at each stream write which origins its receiver
// may hold. A write to a stream of no origin (a ByteArrayOutputStream) is
// no sink: its model carries the data into the stream object instead.

// originSite is one call making a stream.
type originSite struct {
	m    *method
	pc   int
	kind string // network, file
	what string // the call, for evidence
}

// streamOrigins runs the origin searches once, in method order, when a
// data search first reaches a stream write. They keep their own callee
// summaries, so that when they run changes nothing for the data searches.
func (w *witnesses) streamOrigins() {
	if w.streams != nil {
		return
	}
	w.streams = map[callSite][]int{}
	for _, m := range w.reachedMethods() {
		for i := range m.insts {
			x := &m.insts[i]
			if x.flags()&dalvik.IsInvoke == 0 {
				continue
			}
			in := m.inst(i)
			if !namesMethod(in) {
				continue
			}
			c := w.e.calleeOf(m.file, in.Index)
			if c.ok && c.origin != "" {
				w.origins = append(w.origins, originSite{m: m, pc: in.PC, kind: c.origin, what: c.label()})
				w.originSearch(len(w.origins)-1, m, int32(i), in, c)
			}
		}
	}
}

// originSearch follows the stream one origin site makes.
func (w *witnesses) originSearch(id int, m *method, i int32, in dalvik.Inst, c *callee) {
	s := w.newSearch(true, m)
	s.origin, s.streams = id, true
	reg := int32(regResult)
	if c.ref.Name == "<init>" {
		regs := in.ArgRegs()
		if len(regs) == 0 {
			return
		}
		reg = int32(regs[0]) // the new object
	}
	for _, t := range s.succs(m, i) {
		s.push(wkey{m, t, reg, -1, 0, 0}, -1, wvia{kind: vSource, m: m, pc: int32(in.PC), from: regNone, ffld: -1, to: reg, tfld: -1, loc: -1})
	}
	s.run()
	for _, o := range s.outs {
		if o.kind == outStream && !containsInt(w.streams[o.site], id) {
			w.streams[o.site] = append(w.streams[o.site], id)
		}
	}
}

// streamSink returns the kind of sink a stream write is (network before
// file, then the first origin in code order) and the origin making it so,
// or "" when its receiver has no origin the rule accepts.
func (w *witnesses) streamSink(cs callSite, c *callee) (string, *originSite) {
	w.streamOrigins()
	kind, best := "", -1
	for _, id := range w.streams[cs] {
		o := w.origins[id].kind
		if !containsString(c.originSink, o) {
			continue
		}
		if kind == "" || o == SinkNetwork && kind != SinkNetwork || o == kind && id < best {
			kind, best = o, id
		}
	}
	if best < 0 {
		return "", nil
	}
	return kind, &w.origins[best]
}

// reachedMethods lists the analysed methods in method order.
// analysed reports whether the walk reached m and decoded its code.
func (m *method) analysed() bool {
	return m.reached && m.decoded && len(m.blocks) > 0
}

func (w *witnesses) reachedMethods() []*method {
	if w.reached != nil {
		return w.reached
	}
	for _, c := range w.e.prog.order {
		for _, m := range c.methods {
			if m.analysed() {
				w.reached = append(w.reached, m)
			}
		}
	}
	sort.Slice(w.reached, func(i, j int) bool { return keyLess(w.reached[i], w.reached[j]) })
	return w.reached
}

// sourceLess orders source sites by method, then offset, then parameter.
func (e *engine) sourceLess(a, b int) bool {
	x, y := &e.sources[a], &e.sources[b]
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

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// returnSink returns the sink rule whose framework method m overrides when
// the framework sends what m returns (Volley's Request.getParams), or nil.
func (e *engine) returnSink(m *method) *sinkRule {
	if len(e.r.returnSinks) == 0 || m.static() {
		return nil
	}
	if r, ok := e.retSinks[m]; ok {
		return r
	}
	var rule *sinkRule
	e.prog.ancestors(m.cls.name, func(n string, _ *class) bool {
		if r, ok := lookup(e.r.returnSinks, n, m.name); ok {
			rule = r
			return false
		}
		return true
	})
	e.retSinks[m] = rule
	return rule
}
