package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Sinks by object origin. Writing to an OutputStream or a Writer sends data
// out only when the stream comes from a network connection or a file
// (spec origins): URLConnection.getOutputStream, Socket.getOutputStream,
// new FileOutputStream. The fixpoint carries an origin fact on the stream
// object, through returns, fields and the wrappers built around it (a
// BufferedWriter around an OutputStreamWriter around the connection's
// stream: the default model of a constructor taints the new object with
// its arguments), and records at each write which origins its receiver
// may have. A write to a stream of no origin (a ByteArrayOutputStream) is
// no sink: its model carries the data into the stream object instead.

// originFact returns the fact of the origin a call makes.
func (e *engine) originFact(m *method, in dalvik.Inst, c *callee) tset {
	id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kindOrigin, c.label())
	e.sources[id].origin = c.origin
	return tset{fact(id, 0)}
}

// recordStream notes the origins of the receiver of a stream write.
func (e *engine) recordStream(m *method, in dalvik.Inst, recv tset) {
	cs := callSite{m, in.PC}
	for _, f := range e.concrete(m, recv) {
		id := factSource(f)
		if id < firstSite || e.sources[id].kind != kindOrigin || containsInt(e.streams[cs], id) {
			continue
		}
		e.streams[cs] = append(e.streams[cs], id)
	}
}

// streamSink returns the kind of sink a stream write is (network before
// file) and the origin making it so, or "" when its receiver has no origin
// the rule accepts.
func (e *engine) streamSink(cs callSite, c *callee) (string, int) {
	kind, src := "", -1
	for _, id := range e.streams[cs] {
		o := e.sources[id].origin
		if !containsString(c.originSink, o) {
			continue
		}
		better := kind == "" || o == SinkNetwork && kind != SinkNetwork ||
			o == kind && e.sourceLess(id, src)
		if better {
			kind, src = o, id
		}
	}
	return kind, src
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
