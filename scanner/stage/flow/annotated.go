package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Sinks by annotation. Retrofit turns a call of a service interface's
// method into an HTTP request by reading the method's annotations at run
// time (@GET("track") with @Query parameters): the interface has no
// implementation in the app and nothing the analysis can follow, but the
// annotations stay, since Retrofit needs them. A call of an app method
// declared with an annotation a sink lists (spec sinks annotated) is a
// sink of that kind for every declared argument, placed in the request.

// annotatedCallee makes c a sink when the method it names is declared
// with one of the spec's sink annotations.
func (e *engine) annotatedCallee(c *callee, ref dex.MethodRef) {
	s := sig{ref.Name, ref.Proto.String()}
	var decl *class
	e.prog.ancestors(ref.Class, func(_ string, k *class) bool {
		if k != nil && k.methods[s] != nil {
			decl = k
			return false
		}
		return true
	})
	if decl == nil {
		return
	}
	for _, t := range decl.annotations(s) {
		if r := e.r.annotated[t]; r != nil {
			c.sinkKind, c.sinkArgs, c.sinkData, c.embeds = r.kind, nil, r.data, true
			c.server = r.base
			c.what = c.ref.Class + "->" + c.ref.Name + " (@" + t + ")"
			return
		}
	}
}

// annotations returns the annotation types of the class's method s, read
// from its dex once for the whole class.
func (c *class) annotations(s sig) []string {
	if c.annots == nil {
		c.annots = map[sig][]string{}
		byIdx, _ := c.file.MethodAnnotations(c.def) // what could be read
		for idx, types := range byIdx {
			if ref, err := c.file.MethodRef(idx); err == nil && ref.Class == c.name {
				k := sig{ref.Name, ref.Proto.String()}
				c.annots[k] = append(c.annots[k], types...)
			}
		}
	}
	return c.annots[s]
}

// seedAnnotatedSources makes the String parameters of an app method
// declared with a source's annotation (a WebView bridge's
// @JavascriptInterface method) data of that source.
func (e *engine) seedAnnotatedSources(m *method) {
	if len(e.r.annotCallbacks) == 0 || m.static() {
		return
	}
	for _, cb := range e.r.annotCallbacks {
		if !e.prog.named[cb.owner] || !slices.Contains(m.cls.annotations(sig{m.name, m.proto}), cb.owner) {
			continue
		}
		for k, p := range m.params {
			if p != typeString {
				continue
			}
			id := e.source(siteKey{m: m, pc: -1, param: k, spec: cb.src}, cb.src.Kind, m.cls.name+"->"+m.name)
			e.mergeParam(m, paramSlot(false, m.params, k), tset{fact(id, 0)})
		}
	}
}

// annotatedMethods returns the instance methods with code that an object
// of app class cls runs for those of its class and app superclasses
// declared with annotation annot, in class order.
func (e *engine) annotatedMethods(cls, annot string) []*method {
	if cls == "" || !e.prog.named[annot] {
		return nil
	}
	var out []*method
	e.prog.ancestors(cls, func(_ string, a *class) bool {
		if a == nil {
			return true
		}
		for _, m := range sortedMethods(a) {
			if m.static() || !slices.Contains(a.annotations(sig{m.name, m.proto}), annot) {
				continue
			}
			if t := e.prog.resolve(cls, sig{m.name, m.proto}); t != nil && t.hasCode() && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		return true
	})
	return out
}
