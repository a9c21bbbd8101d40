package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
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
	switch ref.Class + "->" + ref.Name {
	case "Landroid/net/Uri;->parse":
		s, _ := m.constString(call, regs[0])
		return s
	case "Landroid/net/Uri;->withAppendedPath", "Landroid/content/ContentUris;->withAppendedId":
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
