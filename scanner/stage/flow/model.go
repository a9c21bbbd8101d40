package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// model applies a library model (or the default one) to a call into code
// the app does not define, updating argument registers in place through
// set and returning the result's taint.
func (e *engine) model(m *method, c *callee, static bool, in dalvik.Inst, regs []uint32, args []tset) tset {
	md, ref := c.model, c.ref
	if md == nil {
		return e.defaultModel(m, ref, static, in, regs, args)
	}
	if md.prints {
		args = e.printed(m, in, ref, regs, static, args)
	}
	var result tset
	from := func(pos int) tset {
		switch pos {
		case posRecv:
			if !static && len(args) > 0 {
				return args[0]
			}
		case posArgs:
			var t tset
			start := 0
			if !static {
				start = 1
			}
			for _, a := range args[min(start, len(args)):] {
				t = union(t, a)
			}
			return t
		default:
			if p := declaredArg(static, ref, pos); p < len(args) {
				return args[p]
			}
		}
		return nil
	}
	for _, f := range md.flows {
		t := from(f.from)
		if f.to == posRecv && !static && len(regs) > 0 {
			e.holderState(regs[0], t)
		}
		holder := md.element && (f.from == posRecv && f.to == posRet || f.to == posRecv && e.r.stateTypes[ref.Class])
		if !holder {
			// Incognito state passes only into and out of a holder of it
			// (an AtomicReference's set, a LiveData's getValue; see the
			// spec's state-types).
			t = dataFacts(t)
		}
		// An object passed along as itself (recv->ret of a builder) is not
		// embedded again; its arguments are.
		if md.mark != 0 && (md.mark != flagEmbed || f.from != posRecv) {
			t = mapFacts(t, func(x uint32) (uint32, bool) { return x | md.mark, true })
		}
		switch f.to {
		case posRet:
			if truthOrVoid(ref) {
				continue // a truth value tells nothing of the data (add, offer)
			}
			result = union(result, t)
		case posRecv:
			if !static && len(regs) > 0 {
				e.taintReg(regs[0], t)
				e.fillField(regs[0], t)
				if md.fluent { // the result is the receiver
					result = union(result, t)
				}
			}
		default:
			if p := declaredArg(static, ref, f.to); p < len(regs) {
				e.taintReg(regs[p], t)
				e.fillField(regs[p], t)
			}
		}
	}
	return result
}

// printed adds to the arguments of a call that makes a string of them
// (rules.Model.Prints: StringBuilder.append(Object)) that are app objects
// whose class overrides toString what their fields hold: the call prints
// them with it (a Kotlin data class's toString prints every field). It
// returns args, or a copy with them added.
func (e *engine) printed(m *method, in dalvik.Inst, ref dex.MethodRef, regs []uint32, static bool, args []tset) []tset {
	out := args
	for k := range regs {
		if k >= len(args) || k == 0 && !static || regType(static, ref.Class, ref.Proto.Parameters, k) != typeObject {
			continue
		}
		t := e.heldData(m, in, ref, regs, static, func(j int) bool { return j == k && e.printsFields(m, in, regs[j]) })
		if len(t) == 0 {
			continue
		}
		if &out[0] == &args[0] {
			out = slices.Clone(args)
		}
		out[k] = union(out[k], t)
	}
	return out
}

// printsFields reports whether register r holds, before in, an app
// object whose class (or an app superclass) overrides toString, other
// than with a constant (a data object's name).
func (e *engine) printsFields(m *method, in dalvik.Inst, r uint32) bool {
	cls := m.knownType(in, r)
	if cls == "" || e.prog.classes[cls] == nil {
		return false
	}
	t := e.prog.resolve(cls, sig{"toString", "()Ljava/lang/String;"})
	return t != nil && t.hasCode() && !e.library(t.cls.name) && e.printedName(t.cls.name) == ""
}

// truthOrVoid reports whether a call returns a boolean or nothing: no
// data flows into its result.
func truthOrVoid(ref dex.MethodRef) bool {
	return ref.Proto.ReturnType == "V" || ref.Proto.ReturnType == "Z"
}

// boxesInt reports whether a call boxes or unboxes an int
// (Integer.valueOf, intValue): an int flag read as an Integer
// (ContentValues.getAsInteger) is still the state.
func boxesInt(ref dex.MethodRef) bool {
	return ref.Class == "Ljava/lang/Integer;" && (ref.Name == "intValue" || ref.Name == "valueOf" && ref.Proto.ReturnType == "Ljava/lang/Integer;")
}

// defaultModel: constructors taint the new object with their arguments;
// other calls taint their result with the receiver and arguments.
// Incognito facts pass only into boolean results (Boolean.booleanValue)
// and an Integer's boxing.
func (e *engine) defaultModel(m *method, ref dex.MethodRef, static bool, in dalvik.Inst, regs []uint32, args []tset) tset {
	var all tset
	for _, a := range args {
		all = union(all, a)
	}
	if ref.Name == "<init>" {
		if !static && len(regs) > 0 {
			var rest tset
			for _, a := range args[1:] {
				rest = union(rest, a)
			}
			if e.r.stateTypes[ref.Class] {
				// A holder of a boolean made with the state
				// (new AtomicReference(Boolean.valueOf(incognito))) holds it.
				e.taintReg(regs[0], union(dataFacts(rest), e.stateFacts(e.concrete(m, rest), false)))
			} else {
				e.taintReg(regs[0], dataFacts(rest))
			}
			// A library object built around another (Formatter(buffer),
			// ObjectOutputStream(out)) writes through to it.
			for k, p := range ref.Proto.Parameters {
				if pos := declaredArg(false, ref, k); pos < len(regs) && (p[0] == 'L' || p[0] == '[') {
					if wrapsParam(p) {
						e.setAlias(regs[0], regs[pos])
					}
					break
				}
			}
		}
		return nil
	}
	if ref.Proto.ReturnType == "V" {
		if !static && len(regs) > 0 {
			e.holderState(regs[0], all) // AtomicBoolean.set(incognito)
		}
		return nil
	}
	if ref.Proto.ReturnType == "Z" || ref.Proto.ReturnType == "Ljava/lang/Boolean;" || boxesInt(ref) {
		return mapFacts(all, func(f uint32) (uint32, bool) { return f, !isHandle(f) })
	}
	// What a library call makes of an app object (a JSON serialiser's
	// string) holds what the object's fields hold.
	all = union(all, e.heldData(m, in, ref, regs, static, nil))
	return dataFacts(all)
}

// heldData returns the data the app objects that argument registers of
// a call hold keep in their fields (their class's and its app
// superclasses' object fields, as the field-based heap has them): what a
// library reading the object (a serialiser, a sink given it) gets. Only
// an object whose class the code before the call shows (made there, cast)
// is asked, for an argument declared of a type an app class may be (not a
// primitive or a String); checked, if not nil, picks the argument
// positions.
func (e *engine) heldData(m *method, in dalvik.Inst, ref dex.MethodRef, regs []uint32, static bool, checked func(int) bool) tset {
	var t tset
	for k, r := range regs {
		if k == 0 && !static || checked != nil && !checked(k) {
			continue
		}
		if p := regType(static, ref.Class, ref.Proto.Parameters, k); p == "" || p[0] != 'L' || p == typeString {
			continue
		}
		c := e.prog.classes[m.knownType(in, r)]
		if c == nil {
			// A parameter handed on (a repository sending the request
			// its view model built): its declared type, an app class.
			if slot := m.stableParam(int32(r)); slot >= 0 {
				c = e.prog.classes[m.slotType(slot)]
			}
		}
		if c == nil || e.library(c.name) {
			continue
		}
		for _, loc := range e.objectFieldLocs(c) {
			t = union(t, e.heapRead(e.readKey(m, loc)))
		}
	}
	return dataFacts(t)
}

// objectFieldLocs returns the heap locations of the instance fields of
// object type an app class and its app superclasses declare.
func (e *engine) objectFieldLocs(c *class) []int32 {
	if locs, ok := e.objFields[c]; ok {
		return locs
	}
	var locs []int32
	e.prog.ancestors(c.name, func(n string, a *class) bool {
		if a == nil || e.library(n) {
			return a != nil
		}
		data, err := a.file.ClassData(a.def)
		if err != nil || data == nil {
			return true
		}
		for _, f := range data.InstanceFields {
			if fr, err := a.file.FieldRef(f.FieldIdx); err == nil && (fr.Type[0] == 'L' || fr.Type[0] == '[') {
				locs = append(locs, e.heapLoc(n+"->"+fr.Name))
			}
		}
		return true
	})
	if e.objFields == nil {
		e.objFields = map[*class][]int32{}
	}
	e.objFields[c] = locs
	return locs
}

// taintReg adds t to a register of the current frame. The frame is the
// one step is working on; invoke registers are always in range.
func (e *engine) taintReg(r uint32, t tset) {
	for hops := 0; hops < 4; hops++ {
		if len(t) == 0 || e.cur == nil || int(r) >= len(e.cur)-1 {
			return
		}
		e.cur[r] = union(e.cur[r], t)
		next, ok := e.alias[r]
		if !ok || next == r {
			return
		}
		r = next
	}
}

// wrapsParam reports whether a library constructor's first object
// parameter, of type p, may be the object it is built around and writes
// through to (a buffer, a stream): not the Context it is made in (new
// Intent(context, Upload.class)), an immutable String or Class, or a
// Looper.
func wrapsParam(p string) bool {
	switch p {
	case "Landroid/content/Context;", "Ljava/lang/String;", "Ljava/lang/CharSequence;", "Ljava/lang/Class;", "Landroid/os/Looper;":
		return false
	}
	return true
}

// holderState marks the field an object holding a boolean (spec
// state-types: a MutableStateFlow, an AtomicBoolean) was read from, or
// stored into just before, as incognito state when a call puts the state into it
// (flag.setValue(incognito)): reads of that field are incognito reads from
// then on (readField), whatever a shrinker renamed it to, as a boolean
// field stored from the state is (setters.go).
func (e *engine) holderState(r uint32, t tset) {
	m := e.curM
	if m == nil || polarity(e.stateFacts(e.concrete(m, t), false)) != polPos {
		return
	}
	get, _, ok := m.fieldOf(e.curI, r) // read from the field, or stored there before
	if !ok {
		return
	}
	if fi := e.fieldKey(m, get); fi.ok && e.r.stateTypes[fi.ref.Type] && !fi.incognito && !e.incognitoIgnored(fi.ref.Class) {
		e.markLoc(&e.stateLocs, fi.loc)
	}
}

// setFields writes the incognito state a call's int and boolean arguments
// hold into the fields of its result the rules name (a message obtained
// with its arg1): a reader testing the field tests the state.
func (e *engine) setFields(m *method, c *callee, static bool, args []tset) {
	var t tset
	for k, p := range c.ref.Proto.Parameters {
		if s := declaredArg(static, c.ref, k); (p == "I" || p == "Z") && s < len(args) {
			t = union(t, e.stateFacts(e.concrete(m, args[s]), false))
		}
	}
	if len(t) == 0 {
		return
	}
	for _, f := range c.sets {
		cls, name, _ := strings.Cut(f, "->")
		e.writeKey(e.heapLoc(e.prog.fieldOwner(cls, name)+"->"+name), t)
	}
}

// sdkObject models a call into a bundled tracker SDK from outside it, as
// for a library the app does not bundle: a constructor's arguments go
// into the new object, and an instance call's into its receiver too (an
// event or a builder the app fills in before handing it to an ingest
// API: new Identify().set("id", id), props.putValue("id", id)); the
// result carries the receiver and the arguments unless it is a truth
// value.
func (e *engine) sdkObject(ref dex.MethodRef, static bool, regs []uint32, args []tset) tset {
	var given, all tset
	for k, a := range args {
		all = union(all, a)
		if k > 0 || static {
			given = union(given, a)
		}
	}
	if !static && len(regs) > 0 {
		if t := dataFacts(given); len(t) > 0 {
			e.taintReg(regs[0], t)
			e.fillField(regs[0], t)
		}
	}
	if ref.Name == "<init>" || truthOrVoid(ref) {
		return nil
	}
	return dataFacts(all)
}
