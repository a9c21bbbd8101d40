package flow

import (
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Content URIs. A source may be a query of a content provider the data
// lives in (spec const-arg uris: the contacts, the text messages): the
// URI argument is read from a framework field (ContactsContract's
// CONTENT_URI) or parsed from a constant ("content://sms/inbox"), perhaps
// with a path or an id appended (Uri.withAppendedPath,
// ContentUris.withAppendedId).

// contentURI returns what register r holds before instruction at, when
// the code there shows it: the field it was read from ("Lcls;->NAME") or
// the constant it was parsed from. It follows moves and appended parts
// up to depth calls.
func (m *method) contentURI(at dalvik.Inst, r uint32, depth int) string {
	i := m.instAt(at.PC)
	if i < 0 {
		return ""
	}
	w, j, ok := m.definition(i, r, 4)
	switch {
	case !ok:
		return ""
	case w.Op == dalvik.OpSgetObject:
		fr, err := m.file.FieldRef(w.Index)
		if err != nil {
			return ""
		}
		return fr.Class + "->" + fr.Name
	case w.Op != dalvik.OpMoveResultObject || j == 0 || depth == 0:
		return ""
	}
	call := m.inst(j - 1)
	if call.Flags()&dalvik.IsInvoke == 0 {
		return ""
	}
	ref, err := m.file.MethodRef(call.Index)
	regs := call.ArgRegs()
	if err != nil || len(regs) == 0 {
		return ""
	}
	switch uriOpOf(ref) {
	case uriParse:
		s, _ := m.constString(call, regs[0])
		return s
	case uriAppend:
		return m.contentURI(call, regs[0], depth-1)
	}
	return ""
}

// uriMatches reports whether uri (a field or a parsed constant) is one of
// pats: a field exactly, or a URI that starts with a content:// pattern
// and goes on, if at all, with a path or a query.
func uriMatches(uri string, pats []string) bool {
	if uri == "" {
		return false
	}
	for _, p := range pats {
		if !strings.HasPrefix(p, "content://") {
			if uri == p {
				return true
			}
			continue
		}
		if rest, ok := strings.CutPrefix(uri, p); ok && (rest == "" || rest[0] == '/' || rest[0] == '?') {
			return true
		}
	}
	return false
}

// A content URI passed to a helper that queries it (a contacts helper
// given Phone.CONTENT_URI) is not shown where the query is. So the URI
// itself is a handle (view.go) where the code reads it from a listed
// field or parses it from a listed constant: it moves with the value,
// through Uri.withAppendedPath and ContentUris.withAppendedId, and a
// query given a handle of its own source reads that source's data.

// uriPrefix is a content:// prefix of a source's const-arg uris.
type uriPrefix struct {
	prefix string
	src    *rules.Source
}

// uriSource reports whether a source is a query of content URIs (its
// const-arg names them), as viewSource does for views.
func uriSource(src *rules.Source) bool {
	return src.ConstArg != nil && len(src.ConstArg.URIs) > 0
}

// addURIs indexes the content URIs of a source's const-arg.
func (r *compiled) addURIs(src *rules.Source) {
	if !uriSource(src) {
		return
	}
	for _, u := range src.ConstArg.URIs {
		if strings.HasPrefix(u, "content://") {
			r.uriPrefixes = append(r.uriPrefixes, uriPrefix{u, src})
			continue
		}
		if r.uriFields == nil {
			r.uriFields = map[string]*rules.Source{}
		}
		if r.uriFields[u] == nil {
			r.uriFields[u] = src
		}
	}
}

// URI operations (callee.uriOp).
const (
	uriParse  = 1 + iota // Uri.parse(String)
	uriAppend            // Uri.withAppendedPath(Uri, String), ContentUris.withAppendedId(Uri, long)
	uriLoader            // new CursorLoader(Context, Uri, ...), CursorLoader.setUri(Uri)
)

func uriOpOf(ref dex.MethodRef) uint8 {
	switch ref.Class + "->" + ref.Name {
	case "Landroid/net/Uri;->parse":
		return uriParse
	case "Landroid/net/Uri;->withAppendedPath", "Landroid/content/ContentUris;->withAppendedId":
		return uriAppend
	}
	if cursorLoaders[ref.Class] && (ref.Name == "<init>" && len(ref.Proto.Parameters) > 1 || ref.Name == "setUri") {
		return uriLoader
	}
	return 0
}

// cursorLoaders are the framework's and the support libraries' CursorLoader.
var cursorLoaders = map[string]bool{
	"Landroid/content/CursorLoader;":            true,
	"Landroidx/loader/content/CursorLoader;":    true,
	"Landroid/support/v4/content/CursorLoader;": true,
}

// uriHandles returns the handles a URI call's result is: a parsed
// constant of a source's prefixes, or the URI a path or an id is
// appended to.
func (e *engine) uriHandles(m *method, in dalvik.Inst, c *callee, regs []uint32, args []tset) tset {
	if len(regs) == 0 {
		return nil
	}
	switch c.uriOp {
	case uriParse:
		s, ok := m.constString(in, regs[0])
		if !ok {
			return nil
		}
		for _, p := range e.r.uriPrefixes {
			if uriMatches(s, []string{p.prefix}) {
				id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: p.src}, kindHandle, c.label())
				e.sources[id].handle = s
				return tset{fact(id, flagHandle)}
			}
		}
	case uriAppend:
		return handleFacts(e.concrete(m, args[0]))
	case uriLoader:
		// The loader queries the URI it is given (the constructor's after
		// the Context, setUri's only one): it holds the handle.
		uri := 1
		if c.ref.Name == "<init>" {
			uri = 2
		}
		if uri < len(args) {
			e.taintReg(regs[0], handleFacts(e.concrete(m, args[uri])))
		}
	}
	return nil
}

// loaderMade passes what a LoaderCallbacks' onCreateLoader returns on to
// its onLoadFinished(loader, data): the framework loads the loader it
// made and hands over the data, for a CursorLoader the cursor of the URI
// it holds (cursorOf).
func (e *engine) loaderMade(m *method) {
	handles := handleFacts(e.concrete(m, m.ret))
	if len(handles) == 0 {
		return
	}
	for _, t := range sortedMethods(m.cls) {
		if t.name != "onLoadFinished" || t.static() || len(t.params) != 2 {
			continue
		}
		if e.mergeParam(t, paramSlot(false, t.params, 1), e.cursorOf(t, 1, handles)) {
			e.enqueue(t)
		}
	}
}

// queryByHandle returns the data a call of a source method with a
// content URI const-arg reads when the URI argument holds handles of that
// source (the query's URI came from its caller): a source at the call,
// which names the handles. Nil otherwise.
func (e *engine) queryByHandle(m *method, in dalvik.Inst, c *callee, static bool, args []tset) tset {
	for _, src := range c.srcs {
		if !uriSource(src) {
			continue
		}
		pos := declaredArg(static, c.ref, src.ConstArg.Index)
		if pos >= len(args) {
			continue
		}
		id := -1
		for _, f := range e.concrete(m, args[pos]) {
			if !isHandle(f) {
				continue
			}
			h := e.sources[factSource(f)] // a copy: e.source may grow the slice
			if h.spec != src {
				continue
			}
			if id < 0 {
				id = e.source(siteKey{m: m, pc: in.PC, param: -1, spec: src}, src.Kind, c.label())
			}
			e.readVia(id, h.handle)
		}
		if id >= 0 {
			return tset{fact(id, 0)}
		}
	}
	return nil
}

// cursorType is the type of what a content provider's query returns.
const cursorType = "Landroid/database/Cursor;"

// cursorOf returns what a dispatched callback's Cursor parameter k holds
// when a rule's flow brings it the handles of the URI queried for it (an
// AsyncQueryHandler's onQueryComplete): the data of each handle's source,
// a source at the parameter; other facts as they are.
func (e *engine) cursorOf(t *method, k int, from tset) tset {
	return mapFacts(from, func(f uint32) (uint32, bool) {
		if !isHandle(f) {
			return f, true
		}
		h := e.sources[factSource(f)] // a copy: e.source may grow the slice
		if h.spec == nil || !uriSource(h.spec) {
			return 0, false
		}
		id := e.source(siteKey{m: t, pc: -1, param: k, spec: h.spec}, h.spec.Kind, t.cls.name+"->"+t.name)
		e.readVia(id, h.handle)
		return fact(id, 0), true
	})
}
