package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Content providers of the app's own. ContentResolver.insert(uri, values)
// runs the insert of the provider whose authority the URI names: an app
// handing page data to its own provider, which uploads it, has the
// provider's code run with the values (spec dispatch object provider).
// The URI is known where the code parses a constant (Uri.parse(
// "content://org.example.visits/visit"), perhaps extended by
// withAppendedPath) or reads a static field its class's initialiser sets
// so (VisitProvider.CONTENT_URI).

// maxURIHops bounds the steps followed back to a URI's constant.
const maxURIHops = 4

// providersOf returns the app's enabled providers defining target whose
// authorities include the one of the content URI register r holds before
// in.
func (e *engine) providersOf(m *method, in dalvik.Inst, r uint32, target string) []string {
	auth := e.uriAuthority(m, m.instAt(in.PC), r, 0)
	if auth == "" || e.app == nil || e.app.Manifest == nil {
		return nil
	}
	var out []string
	for _, c := range e.app.Manifest.Components {
		if c.Kind != axml.KindProvider || !c.Enabled || !slices.Contains(c.Authorities, auth) {
			continue
		}
		if cls := descriptor(c.Name); e.findByName(cls, target) != nil {
			out = append(out, cls)
		}
	}
	return out
}

// uriAuthority returns the authority of the content URI register r holds
// before instruction i of m, where the code shows its constant, or "".
func (e *engine) uriAuthority(m *method, i int, r uint32, hops int) string {
	w, j, ok := m.lastWrite(i, r)
	if !ok || hops > maxURIHops {
		return ""
	}
	switch {
	case w.Op == dalvik.OpSgetObject:
		fr, err := m.file.FieldRef(w.Index)
		if err != nil || e.prog.framework(fr.Class) {
			return ""
		}
		init := e.staticInit(fr.Class)
		if init == nil {
			return ""
		}
		loc := e.fieldKey(m, w).loc
		for k := range init.insts {
			if init.insts[k].Op != dalvik.OpSputObject {
				continue
			}
			if put := init.inst(k); e.fieldKey(init, put).loc == loc {
				return e.uriAuthority(init, k, put.A, hops+1)
			}
		}
	case w.Op == dalvik.OpMoveResultObject && j > 0:
		call := m.inst(j - 1)
		ref, err := m.file.MethodRef(call.Index)
		if err != nil || ref.Class != "Landroid/net/Uri;" || len(call.ArgRegs()) == 0 {
			return ""
		}
		arg := call.ArgRegs()[0]
		switch ref.Name {
		case "parse":
			if s, ok := m.constString(call, arg); ok {
				return authorityOf(s)
			}
		case "withAppendedPath":
			return e.uriAuthority(m, j-1, arg, hops+1)
		}
	}
	return ""
}

// authorityOf returns the authority of a content:// URI, or "".
func authorityOf(uri string) string {
	rest, ok := strings.CutPrefix(uri, "content://")
	if !ok {
		return ""
	}
	auth, _, _ := strings.Cut(rest, "/")
	return auth
}
