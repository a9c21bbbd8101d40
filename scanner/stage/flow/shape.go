package flow

import (
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Sinks by shape. A shrinker renames a bundled library's API (R8 makes
// OkHttp's Request.Builder.url(String) okhttp3.z$a.a(String)), so no
// sink named by class and method matches, and the library's own code
// hides the send behind its objects' fields. A sink's shapes recognise
// such a method by its code instead: its declared parameters and the
// constants it holds (the web-socket schemes url(String) rewrites, the
// characters FormBody.Builder.add escapes). A call that runs a method of
// that shape, defined in the app's dex and named by no rule, is a sink of
// the sink's kind for every declared argument, which it places inside a
// request (as the models of the named API mark it: embed), or which is the
// request's whole address (address: browsing data counts only when placed
// inside it first).

// shapeRule is a compiled rules.Shape.
type shapeRule struct {
	sink    *sinkRule
	label   string
	params  []string
	strings []string
	address bool // the argument is the request's whole address
}

func compileShapes(sk *rules.Sink, rule *sinkRule) []*shapeRule {
	var out []*shapeRule
	for _, s := range sk.Shapes {
		out = append(out, &shapeRule{sink: rule, label: s.Label, params: s.Params, strings: s.Strings, address: s.Address})
	}
	return out
}

// paramsMatch reports whether a method's declared parameters fit want
// ("*" fits any type).
func paramsMatch(want, params []string) bool {
	if len(want) != len(params) {
		return false
	}
	for i, w := range want {
		if w != "*" && w != params[i] {
			return false
		}
	}
	return true
}

// shapeCallee makes c a sink when the method the call runs has one of the
// spec's shapes.
func (e *engine) shapeCallee(c *callee, ref dex.MethodRef) {
	var cands []*shapeRule
	for _, s := range e.r.shapes {
		if paramsMatch(s.params, ref.Proto.Parameters) {
			cands = append(cands, s)
		}
	}
	if len(cands) == 0 {
		return
	}
	m := e.prog.resolveRef(ref)
	if m == nil || m.name == "<init>" {
		return
	}
	held := m.constStrings()
	for _, s := range cands {
		if !slices.ContainsFunc(s.strings, func(x string) bool { return !held[x] }) {
			c.sinkKind, c.sinkArgs, c.sinkData, c.embeds = s.sink.kind, nil, s.sink.data, !s.address
			c.what = c.ref.Class + "->" + c.ref.Name + " (" + s.label + ", known by its code)"
			return
		}
	}
}

// constStrings returns the strings m's code loads with const-string,
// reading the code without building m's CFG.
func (m *method) constStrings() map[string]bool {
	out := map[string]bool{}
	code := m.body()
	if code == nil || len(code.Insns) > maxInsns {
		return out
	}
	_ = dalvik.Walk(code.Insns, func(in dalvik.Inst) error {
		if in.Op == dalvik.OpConstString || in.Op == dalvik.OpConstStringJumbo {
			if s, err := m.file.String(in.Index); err == nil {
				out[s] = true
			}
		}
		return nil
	})
	return out
}
