package flow

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/dalvik"
	"github.com/apkscan/apkscan/scanner/dex"
)

// fieldKey names a field independently of the class javac wrote in the
// reference: "Lowner;->name". Instance and static fields share the space;
// their names never collide within one class.
func (e *engine) fieldKey(m *method, in dalvik.Inst) (key, cls, name, typ string, ok bool) {
	k := calleeKey{m.file, in.Index}
	fi, seen := e.fieldInfo[k]
	if !seen {
		if fr, err := m.file.FieldRef(in.Index); err == nil {
			owner := e.prog.fieldOwner(fr.Class, fr.Name)
			fi = fieldInfo{key: owner + "->" + fr.Name, ref: fr, ok: true}
		}
		e.fieldInfo[k] = fi
	}
	return fi.key, fi.ref.Class, fi.ref.Name, fi.ref.Type, fi.ok
}

// fieldInfo caches a resolved field reference.
type fieldInfo struct {
	key string
	ref dex.FieldRef
	ok  bool
}

// readField returns the taint of a field read: the global summary of the
// field, plus a source fact when the field is a source (Build.SERIAL) or
// boolean incognito state.
func (e *engine) readField(m *method, in dalvik.Inst, static bool) tset {
	key, cls, name, typ, ok := e.fieldKey(m, in)
	if !ok {
		return nil
	}
	t := e.heapRead(e.readKey(m, key))
	if src, ok := lookup(e.r.fieldSources, cls, name); ok {
		id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: src}, src.Kind, cls+"->"+name)
		t = union(t, tset{fact(id, 0)})
	}
	if typ == "Z" && e.r.incognitoName(name) && !e.incognitoIgnored(m.cls.name) && !e.incognitoIgnored(cls) {
		id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognito, cls+"->"+name)
		t = union(t, tset{fact(id, 0)})
	}
	return t
}

// readKey returns a heap location's summary and registers m as a reader.
func (e *engine) readKey(m *method, key string) tset {
	rs := e.readers[key]
	if rs == nil {
		rs = map[*method]bool{}
		e.readers[key] = rs
	}
	rs[m] = true
	return e.fields[key]
}

// heapRead marks browsing facts read back from the heap. Whether the app
// was in incognito mode when it stored them is unknown (the write and the
// read run at different times), so guard reasoning does not apply to them.
func (e *engine) heapRead(t tset) tset {
	return mapFacts(t, func(f uint32) (uint32, bool) {
		if e.sources[factSource(f)].kind == KindBrowsing {
			return f | flagHeap, true
		}
		return f, true
	})
}

// writeKey merges t into a heap location and requeues its readers.
func (e *engine) writeKey(key string, t tset) {
	u := union(e.fields[key], t)
	if slices.Equal(u, e.fields[key]) {
		return
	}
	e.fields[key] = u
	for r := range e.readers[key] {
		e.enqueue(r)
	}
}

// writeField merges t into the field's summary (a weak update: the field
// may hold either value afterwards) and requeues the field's readers.
func (e *engine) writeField(m *method, in dalvik.Inst, t tset) {
	if len(t) == 0 {
		return
	}
	key, _, _, _, ok := e.fieldKey(m, in)
	if !ok {
		return
	}
	e.writeKey(key, t)
}

// frameworkFieldTaint lets a tainted framework object taint its public
// fields (PointF.x of a tainted PointF): the app cannot write them
// separately, so object-level taint is the best model.
func (e *engine) frameworkFieldTaint(m *method, in dalvik.Inst, obj tset) tset {
	if len(obj) == 0 {
		return nil
	}
	fr, err := m.file.FieldRef(in.Index)
	if err != nil || !e.prog.framework(fr.Class) {
		return nil
	}
	return obj
}

// trackerOf returns the tracker prefix (as given in Options) a class
// belongs to, or "".
func (e *engine) trackerOf(cls string) string {
	return e.r.trackerPrefix(cls, e.opts.TrackerPrefixes)
}
