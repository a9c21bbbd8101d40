package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// fieldKey resolves a field reference once per dex file and index: its heap
// location, named independently of the class javac wrote in the reference
// ("Lowner;->name"; instance and static fields share the space, their
// names never collide within one class), and what the rules say of it.
func (e *engine) fieldKey(m *method, in dalvik.Inst) *fieldInfo {
	slot := e.fieldInfo.slot(m.file, in.Index)
	var fi *fieldInfo
	if slot != nil {
		fi = *slot
	}
	if fi == nil {
		fi = &fieldInfo{}
		if fr, err := m.file.FieldRef(in.Index); err == nil {
			owner := e.prog.fieldOwner(fr.Class, fr.Name)
			*fi = fieldInfo{loc: e.heapLoc(owner + "->" + fr.Name), ref: fr, ok: true}
			fi.src, fi.isSrc = lookup(e.r.fieldSources, fr.Class, fr.Name)
			fi.uri = e.r.uriFields[fr.Class+"->"+fr.Name]
			if !e.incognitoIgnored(fr.Class) {
				named := e.r.incognitoName(fr.Name)
				// Boolean state, an int whose zero is off (a mode flag, a
				// count of private tabs: only a test against zero reads
				// it), or an object holding a boolean (AtomicBoolean,
				// LiveData).
				fi.incognito = (fr.Type == "Z" || fr.Type == "I" || e.r.stateTypes[fr.Type]) && named
				// An enum's constant named like incognito mode, or whose
				// name string is (a shrinker renames the field, not
				// Enum.name()), or a Kotlin object named like it
				// (Mode.Private's INSTANCE).
				fi.incConst = fr.Type == fr.Class && (named ||
					e.r.incognitoName(e.enumNames(fr.Class)[fr.Name]) ||
					fr.Name == "INSTANCE" && e.incognitoClass(fr.Class))
				// The enum's constant of normal browsing, beside one of
				// incognito mode: what equals it is not incognito mode.
				fi.normalConst = fr.Type == fr.Class && !fi.incConst &&
					(e.r.normalName(fr.Name) || e.r.normalName(e.enumNames(fr.Class)[fr.Name])) && e.hasIncognitoConst(fr.Class)
			}
		}
		if slot != nil {
			*slot = fi
		}
	}
	return fi
}

// fieldInfo caches a resolved field reference.
type fieldInfo struct {
	loc       int32 // heap location (heapLoc)
	ref       dex.FieldRef
	ok        bool
	src       *rules.Source // the field is a source (Build.SERIAL)
	uri       *rules.Source // the field is a content URI of this source's (uri.go)
	isSrc     bool
	incognito bool // boolean (or int) incognito state, unless its class is ignored
	incConst  bool // a constant of the field's own class named like incognito mode (an enum's)
	// normalConst: the constant of normal browsing of an enum with an
	// incognito constant.
	normalConst bool
}

// locOwner returns the class part of a field location's name ("" for a
// store).
func (e *engine) locOwner(loc int32) string {
	name := e.locName(loc)
	if i := strings.Index(name, "->"); i >= 0 {
		return name[:i]
	}
	return ""
}

// heapLoc returns the id of a heap location (a field, or "store:" and a
// store's id), adding it on first use: summaries and readers are kept by
// id, so the fixpoint hashes no string per field access.
func (e *engine) heapLoc(key string) int32 {
	if id, ok := e.locs[key]; ok {
		return id
	}
	id := int32(len(e.fields))
	e.locs[key] = id
	e.fields = append(e.fields, nil)
	e.readers = append(e.readers, readerSet{})
	return id
}

// readField returns the taint of a field read: the global summary of the
// field, plus a source fact when the field is a source (Build.SERIAL) or
// boolean incognito state.
func (e *engine) readField(m *method, in dalvik.Inst, static bool) tset {
	return e.readFieldFrom(m, in, static, nil, false)
}

// readFieldFrom is readField with the field's value given (local) when
// the code just stored it (storedBefore), not read from the heap.
func (e *engine) readFieldFrom(m *method, in dalvik.Inst, static bool, local tset, stored bool) tset {
	fi := e.fieldKey(m, in)
	if !fi.ok {
		return nil
	}
	t := local
	if !stored {
		t = e.heapRead(e.readKey(m, fi.loc))
	}
	cls, name := fi.ref.Class, fi.ref.Name
	if fi.isSrc {
		id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: fi.src}, fi.src.Kind, cls+"->"+name)
		t = union(t, tset{fact(id, 0)})
	}
	if fi.uri != nil && static {
		id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: fi.uri}, kindHandle, cls+"->"+name)
		e.sources[id].handle = cls + "->" + name
		t = union(t, tset{fact(id, flagHandle)})
	}
	incConst := fi.incConst || e.constLocs[fi.loc]
	if (fi.incognito || incConst || e.stateLocs[fi.loc]) && !e.incognitoIgnored(m.cls.name) {
		kind := kindIncognito
		if incConst {
			kind = kindIncognitoConst
		} else {
			// The field is the state: the negation of a read stored back
			// (a toggle, incognito = !incognito) would contradict this
			// read, which already says all.
			t = mapFacts(t, func(f uint32) (uint32, bool) { return f, !isInc(f) || f&flagNeg == 0 })
		}
		id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kind, cls+"->"+name)
		t = union(t, tset{fact(id, flagInc)})
	}
	if fi.normalConst && !e.incognitoIgnored(m.cls.name) {
		// Never equal to the mode in incognito mode: a negated constant.
		id := e.source(siteKey{m: m, pc: in.PC, param: -1}, kindIncognitoConst, cls+"->"+name)
		t = union(t, tset{fact(id, flagInc|flagNeg)})
	}
	return t
}

// readKey returns a heap location's summary and registers m as a reader.
func (e *engine) readKey(m *method, loc int32) tset {
	e.readers[loc].add(m)
	return e.fields[loc]
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

// readerSet holds the methods reading a heap location in the order they
// were first seen, so that requeueing them is deterministic.
type readerSet struct {
	list []*method
	has  map[*method]bool
}

func (s *readerSet) add(m *method) {
	if s.has[m] {
		return
	}
	if s.has == nil {
		s.has = map[*method]bool{}
	}
	s.has[m] = true
	s.list = append(s.list, m)
}

// writeKey merges t into a heap location and requeues its readers.
func (e *engine) writeKey(loc int32, t tset) {
	u := union(e.fields[loc], t)
	if slices.Equal(u, e.fields[loc]) {
		return
	}
	e.fields[loc] = u
	for _, r := range e.readers[loc].list {
		e.enqueue(r)
	}
}

// writeField merges t into the field's summary (a weak update: the field
// may hold either value afterwards) and requeues the field's readers.
func (e *engine) writeField(m *method, in dalvik.Inst, t tset) {
	if len(t) == 0 {
		return
	}
	if fi := e.fieldKey(m, in); fi.ok {
		e.writeKey(fi.loc, t)
	}
}

// frameworkFieldTaint lets a tainted framework object taint its public
// fields (PointF.x of a tainted PointF): the app cannot write them
// separately, so object-level taint is the best model.
func (e *engine) frameworkFieldTaint(m *method, in dalvik.Inst, obj tset) tset {
	if len(obj) == 0 {
		return nil
	}
	fr, err := m.file.FieldRef(in.Index)
	if err != nil || !e.prog.framework(fr.Class) || e.r.sanitizers[fr.Class+"->"+fr.Name] {
		return nil // an app object's field, or a framework field holding no data (Account.type)
	}
	return obj
}

// trackerOf returns the tracker prefix (as given in Options) a class
// belongs to, or "".
func (e *engine) trackerOf(cls string) string {
	return e.r.trackerPrefix(cls, e.opts.TrackerPrefixes)
}

// appField reports whether heap location loc is a field of a class the app
// defines outside library and tracker packages.
func (e *engine) appField(loc int32) bool {
	name := e.locName(loc)
	owner, _, ok := strings.Cut(name, "->")
	if !ok || !strings.HasPrefix(owner, "L") || e.prog.classes[owner] == nil {
		return false
	}
	return !e.library(owner) && e.trackerOf(owner) == ""
}

// heldLoc returns the location that stands for field loc holding an
// object that holds the value in its field inner: a path of two fields
// (user.pwd.password), named as loc, a NUL and inner. A path keeps no
// more: when inner is itself such a location, the value is in loc as it
// is (an object holding it somewhere), which field reads do not follow.
func (e *engine) heldLoc(loc, inner int32) int32 {
	if e.heldBase(inner) >= 0 {
		return loc
	}
	k := [2]int32{loc, inner}
	if h, ok := e.held[k]; ok {
		return h
	}
	h := e.heapLoc(e.locName(loc) + heldMark + e.locName(inner))
	if e.held == nil {
		e.held, e.heldOf = map[[2]int32]int32{}, map[int32][2]int32{}
	}
	e.held[k], e.heldOf[h] = h, k
	return h
}

// heldBase returns the outer field of a two-field location (heldLoc), or
// -1.
func (e *engine) heldBase(loc int32) int32 {
	if k, ok := e.heldOf[loc]; ok {
		return k[0]
	}
	return -1
}

// heldInner returns the inner field of a two-field location.
func (e *engine) heldInner(loc int32) int32 { return e.heldOf[loc][1] }

const heldMark = "\x00"
