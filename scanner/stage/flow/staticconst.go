package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Static flags that never change. A debug switch the app declares but
// never sets (static boolean VERBOSE, left false) or sets once, to a
// constant, in its class's static initialiser, has that value wherever it
// is read: a log of the device's IMEI under `if (VERBOSE)` never runs. So
// does one set to Log.isLoggable(TAG, Log.DEBUG), false on users' phones.
// The constant-comparison interpreter (prune.go) reads such a field as
// its constant. Only the app's own int-like fields count, and only where
// the reached code writes them nowhere else; a field never written has
// the initial value its class declares for it (a static final
// BuildConfig.DEBUG = false, which a build without R8 does not inline),
// or zero. A static String known so is a container's key (keyString).

// staticVal is what reached code stores in one static field: an int-like
// constant, or a string one (a key named by a static String).
type staticVal struct {
	val      int64
	str      string
	variable bool // written with something other than that one constant
}

// staticConst returns the constant the static field read by x in m always
// holds, if it has one.
func (w *witnesses) staticConst(m *method, x dalvik.Inst) (int64, bool) {
	v, c, fr, initial, ok := w.staticFixed(m, x)
	switch {
	case !ok:
		return 0, false
	case initial:
		return initialInt(c, fr.Name)
	}
	return v.val, true
}

// fixedString returns the string the static field read by x in m always
// holds, if it has one: a key a class names once (static String KEY =
// "device", which a build may read rather than inline).
func (w *witnesses) fixedString(m *method, x dalvik.Inst) (string, bool) {
	v, c, fr, initial, ok := w.staticFixed(m, x)
	switch {
	case !ok || fr.Type != typeString:
		return "", false
	case initial:
		return initialString(c, fr.Name)
	}
	return v.str, true
}

// staticFixed returns what the app's static field read by x in m always
// holds: the one constant reached code writes it with, or, when no code
// writes it, its class's declared initial value (initial: read it from
// class c). ok is false when it may hold anything: written with
// something else, or perhaps by reflection.
func (w *witnesses) staticFixed(m *method, x dalvik.Inst) (v staticVal, c *class, fr dex.FieldRef, initial, ok bool) {
	fr, err := m.file.FieldRef(x.Index)
	if err != nil {
		return v, nil, fr, false, false
	}
	c = w.e.prog.classes[fr.Class]
	if c == nil || w.e.library(fr.Class) || !c.hasField(fr.Name) {
		return v, nil, fr, false, false
	}
	if w.statics == nil {
		w.statics, w.reflected = w.staticWrites()
	}
	v, written := w.statics[fr.Class+"->"+fr.Name]
	switch {
	case w.reflected[fr.Name], written && v.variable:
		return v, c, fr, false, false
	}
	return v, c, fr, !written, true
}

// initialInt returns the initial value class c declares for its static
// field name (its class_def's static values), zero where it declares none,
// if that value is int-like.
func initialInt(c *class, name string) (int64, bool) {
	v, ok := initialValue(c, name)
	if !ok {
		return 0, false
	}
	switch v.Type {
	case dex.ValueBoolean, dex.ValueByte, dex.ValueShort, dex.ValueChar, dex.ValueInt:
		return v.Int, true
	}
	return 0, false
}

// initialString returns the initial String value class c declares for
// its static field name, if it declares one.
func initialString(c *class, name string) (string, bool) {
	v, ok := initialValue(c, name)
	if !ok || v.Type != dex.ValueString {
		return "", false
	}
	s, err := c.file.String(v.Index)
	return s, err == nil
}

// initialValue returns the initial value class c declares for its static
// field name, a zero int where it declares none.
func initialValue(c *class, name string) (dex.Value, bool) {
	zero := dex.Value{Type: dex.ValueInt}
	if c.def.StaticValuesOff == 0 {
		return zero, true
	}
	data, err := c.file.ClassData(c.def)
	if err != nil || data == nil {
		return dex.Value{}, false
	}
	vals, err := c.file.StaticValues(c.def)
	if err != nil {
		return dex.Value{}, false
	}
	for k, f := range data.StaticFields {
		if fr, err := c.file.FieldRef(f.FieldIdx); err != nil || fr.Name != name {
			continue
		}
		if k >= len(vals) {
			return zero, true
		}
		return vals[k], true
	}
	return dex.Value{}, false
}

// staticWrites collects what each static int-like field of an app class
// is given: over the reached methods, the constant a static initialiser
// gives it; anywhere else, something unknown. It also returns the names
// a method setting fields by reflection (Field.set*) gives as constants:
// a flag the app sets so (getDeclaredField("logIds").setBoolean(null,
// true)) may hold anything.
func (w *witnesses) staticWrites() (map[string]staticVal, map[string]bool) {
	out, reflected := map[string]staticVal{}, map[string]bool{}
	for _, m := range w.reachedMethods() {
		for i := range m.insts {
			if !constSput(m.insts[i].Op) {
				continue
			}
			x := m.inst(i)
			fr, err := m.file.FieldRef(x.Index)
			if err != nil {
				continue
			}
			k := fr.Class + "->" + fr.Name
			v, isConst := staticVal{}, false
			if m.name == "<clinit>" && m.cls.name == fr.Class {
				def, j, ok := m.lastWrite(i, x.A)
				switch {
				case !ok:
				case x.Op == dalvik.OpSputObject:
					if def.Op == dalvik.OpConstString || def.Op == dalvik.OpConstStringJumbo {
						v.str, err = m.file.String(def.Index)
						isConst = err == nil
					}
				case def.Op >= dalvik.OpConst4 && def.Op <= dalvik.OpConstHigh16:
					v.val, isConst = def.Literal, true
				case def.Op == dalvik.OpMoveResult && j > 0 && quietCall(m, m.inst(j-1)):
					isConst = true // DEBUG = Log.isLoggable(TAG, Log.DEBUG): false
				}
			}
			prev, seen := out[k]
			v.variable = !isConst || prev.variable || seen && (prev.val != v.val || prev.str != v.str)
			out[k] = v
		}
	}
	// Code the walk did not reach may run all the same (an SDK's init
	// called through an entry the manifest does not name): what it
	// writes is not known. Nor is what reflection may write anywhere.
	setters := map[*dex.File]map[uint32]bool{}
	for _, c := range w.e.prog.order {
		for _, m := range c.methods {
			reached := m.analysed()
			if m.codeOff == 0 {
				continue
			}
			fs, ok := setters[m.file]
			if !ok {
				fs = fieldSetters(m.file)
				setters[m.file] = fs
			}
			if reached && len(fs) == 0 {
				continue
			}
			code, err := m.file.Code(m.codeOff) // read, not kept
			if err != nil || code == nil {
				continue
			}
			var strs []uint32
			reflects := false
			_ = dalvik.ScanRefs(code.Insns, func(r dalvik.Ref) {
				switch {
				case r.Kind == dalvik.IndexString && len(fs) > 0:
					strs = append(strs, r.Index)
				case r.Kind == dalvik.IndexMethod:
					reflects = reflects || fs[r.Index]
				case reached || !constSput(r.Op):
				default:
					if fr, err := m.file.FieldRef(r.Index); err == nil {
						out[fr.Class+"->"+fr.Name] = staticVal{variable: true}
					}
				}
			})
			if !reflects {
				continue
			}
			for _, k := range strs {
				if name, err := m.file.String(k); err == nil {
					reflected[name] = true
				}
			}
		}
	}
	return out, reflected
}

// intSput reports whether op stores an int-like static field (sput,
// sput-boolean to sput-short).
func intSput(op dalvik.Opcode) bool {
	return op == dalvik.OpSput || op >= dalvik.OpSputBoolean && op <= dalvik.OpSputShort
}

// constSput reports whether op stores a static field whose constant the
// flow may know: an int-like one or an object (a String) one.
func constSput(op dalvik.Opcode) bool {
	return intSput(op) || op == dalvik.OpSputObject
}

// fieldSetters returns the method ids of f that name
// java.lang.reflect.Field's setters.
func fieldSetters(f *dex.File) map[uint32]bool {
	out := map[uint32]bool{}
	for i := 0; i < f.NumMethods(); i++ {
		id, err := f.MethodID(uint32(i))
		if err != nil {
			continue
		}
		if cls, err := f.Type(uint32(id.ClassIdx)); err != nil || cls != "Ljava/lang/reflect/Field;" {
			continue
		}
		if name, err := f.String(id.NameIdx); err == nil && strings.HasPrefix(name, "set") {
			out[uint32(i)] = true
		}
	}
	return out
}

// staticRead returns what the interpreter knows the static read x in m
// gives: the API level (sdkInt) or a flag's constant (staticConst).
func (w *witnesses) staticRead(m *method, x dalvik.Inst) (aval, bool) {
	if v, ok := w.sdkInt(m, x); ok {
		return v, true
	}
	if v, ok := w.staticConst(m, x); ok {
		return aval{kind: aInts, ints: []int64{v}}, true
	}
	return aval{}, false
}

// sdkInt returns what a read of Build.VERSION.SDK_INT by x holds: an int
// of at least the app's minSdkVersion (a compatibility branch for older
// devices never runs on a device the app installs on).
func (w *witnesses) sdkInt(m *method, x dalvik.Inst) (aval, bool) {
	fr, err := m.file.FieldRef(x.Index)
	if err != nil || fr.Class != "Landroid/os/Build$VERSION;" || fr.Name != "SDK_INT" {
		return aval{}, false
	}
	if w.e.app == nil || w.e.app.Manifest == nil || w.e.app.Manifest.MinSdk <= 1 {
		return aval{}, false
	}
	return aval{kind: aMin, ints: []int64{int64(w.e.app.Manifest.MinSdk)}}, true
}
