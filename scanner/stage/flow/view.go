package flow

import (
	"fmt"
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Views found by their layout kind. A source whose const-arg names a
// layout kind (findViewById of a password field's or an address bar's id,
// layout.go) returns a view, not data: the view is a handle the app keeps
// in a field from onCreate on, and what the user typed is read where the
// code asks the view for its text. So the call makes a handle fact
// (flagHandle), which moves as values move (registers, fields, parameters,
// returns) but into no sink, store or library call's result; a TextView's
// text getter on a view's handle is the data's source (a site of the
// layout source's kind at that call), read fresh when the user acts.
// Content URIs are handles too (uri.go).

// Views are found by other calls too: a view binding's
// ViewBindings.findChildViewById(root, R.id.url), a Kotlin synthetic
// accessor's _$_findCachedViewById(R.id.url), requireViewById, an app's
// own helper; with R8, under any name. So any call that returns a view
// (or an Object: a generic lookup's erased T) and is given the id of a
// layout source's view as a constant int argument finds that view.

// viewIDArgs returns the declared int parameters of a method that
// returns what may be a view, or nil.
func (e *engine) viewIDArgs(ref dex.MethodRef) []int {
	ret := ref.Proto.ReturnType
	if ret != "Ljava/lang/Object;" && ret != view && !e.prog.extends(ret, view) {
		return nil
	}
	var out []int
	for k, p := range ref.Proto.Parameters {
		if p == "I" {
			out = append(out, k)
		}
	}
	return out
}

// viewLookup returns the layout source a call finds a view of, and the
// view's id: one of its int arguments is a constant naming a view of that
// source's layout kind.
func (e *engine) viewLookup(m *method, in dalvik.Inst, regs []uint32, c *callee) (*rules.Source, uint32) {
	for _, k := range c.idArgs {
		pos := declaredArg(isStatic(in.Op), c.ref, k)
		if pos >= len(regs) {
			continue
		}
		id, ok := m.constInt(in, regs[pos])
		if !ok {
			continue
		}
		for _, src := range e.r.layout {
			if e.views().kind(src.ConstArg.Layout, uint32(id)) {
				return src, uint32(id)
			}
		}
	}
	return nil, 0
}

// viewFound returns the view fact of a call finding the view with id
// view for a layout source, or nil in a bundled library's code: a
// library widget's own field (appcompat's SearchView's text box) is read
// for the app through the library's API, whose sources say so.
func (e *engine) viewFound(m *method, in dalvik.Inst, c *callee, src *rules.Source, view uint32) tset {
	if e.library(m.cls.name) {
		return nil
	}
	id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: src}, kindHandle, c.label())
	e.sources[id].handle = fmt.Sprintf("view 0x%08x", view)
	return tset{fact(id, flagHandle)}
}

// A view the code makes is marked by the code: setInputType(textUri) or
// setImeOptions(actionSearch) (not Go: a login form's password field
// has it) on a text view makes it a handle of that
// layout kind from there on, in the register and in the field it was
// read from.

// inputSet marks the receiver of a call setting a text view's input type
// or keyboard action to a constant of a layout source's kind.
func (e *engine) inputSet(m *method, in dalvik.Inst, c *callee, regs []uint32) {
	if len(regs) < 2 || e.library(m.cls.name) {
		return
	}
	v, ok := m.constInt(in, regs[1])
	if !ok {
		return
	}
	kind := ""
	switch c.ref.Name {
	case "setImeOptions":
		if v&0xff == imeSearch {
			kind = layoutSearch
		}
	default:
		if passwordInput(uint32(v)) {
			kind = layoutPassword
		} else {
			kind = inputKind(uint32(v))
		}
	}
	for _, src := range e.r.layout {
		if src.ConstArg.Layout == kind {
			id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: src}, kindHandle, c.label())
			e.sources[id].handle = fmt.Sprintf("a view given %s(0x%x)", c.ref.Name, v)
			t := tset{fact(id, flagHandle)}
			e.taintReg(regs[0], t)
			if get, ok := m.fieldHolding(e.curI, regs[0]); ok && e.fillable(m, get) {
				e.writeKey(e.fieldKey(m, get).loc, t) // the handle itself: fillField keeps data only
			}
			return
		}
	}
}

// view is the framework's view class.
const view = "Landroid/view/View;"

// textView is the framework class of views that hold text.
const textView = "Landroid/widget/TextView;"

// viewSource reports whether a source finds a view by its layout kind.
func viewSource(src *rules.Source) bool {
	return src.ConstArg != nil && src.ConstArg.Layout != ""
}

// viewText returns the data a call reads from a view its receiver may
// be: for each view fact of the receiver, a source at this call of the
// view's layout source. The call must ask a TextView (or a subclass) for
// its text.
func (e *engine) viewText(m *method, in dalvik.Inst, c *callee, static bool, args []tset) tset {
	if c.viewOp == 0 || static || len(args) == 0 || len(args[0]) == 0 {
		return nil
	}
	if c.viewOp == viewChild {
		// A container's text field (TextInputLayout.getEditText()) is
		// the container's handle: the layout gave it the field's kind.
		return mapFacts(handleFacts(e.concrete(m, args[0])), func(f uint32) (uint32, bool) {
			return f, viewSource(e.sources[factSource(f)].spec)
		})
	}
	var out tset
	for _, f := range e.concrete(m, args[0]) {
		if !isHandle(f) {
			continue
		}
		view := e.sources[factSource(f)] // a copy: e.source may grow the slice
		if !viewSource(view.spec) {
			continue // a content URI's
		}
		id := e.source(siteKey{m: m, pc: in.PC, param: -1, spec: view.spec}, view.spec.Kind, c.label())
		e.readVia(id, view.handle)
		out = union(out, tset{fact(id, 0)})
	}
	return out
}

// textTypes are the types of a text view's text handed to a callback.
var textTypes = map[string]bool{"Landroid/text/Editable;": true, "Ljava/lang/CharSequence;": true}

// textOf returns what a dispatched callback's text parameter k (a
// TextWatcher's) holds when a rule's flow brings it the handles of the
// view it watches: the text of each view's layout source, a source at
// the parameter (what names it); nothing else.
func (e *engine) textOf(t *method, k int, what string, from tset) tset {
	return mapFacts(from, func(f uint32) (uint32, bool) {
		if !isHandle(f) {
			return 0, false
		}
		v := e.sources[factSource(f)] // a copy: e.source may grow the slice
		if !viewSource(v.spec) {
			return 0, false
		}
		id := e.source(siteKey{m: t, pc: -1, param: k, spec: v.spec}, v.spec.Kind, what)
		e.readVia(id, v.handle)
		return fact(id, 0), true
	})
}

// What a call does with a text view's handle (callee.viewOp), decided
// once per callee.
const (
	viewGetText = 1 + iota // a TextView's text getter: the data is read here
	viewChild              // a getter of a text view, a container's field
)

// viewOpOf returns what a call does with a view's handle. The text
// getters (getText, getEditableText) are framework methods, never
// renamed; a TextView's other getters (a hint, toString's description)
// are not what the user typed.
func (e *engine) viewOpOf(ref dex.MethodRef) uint8 {
	if len(ref.Proto.Parameters) > 0 {
		return 0
	}
	if ret := ref.Proto.ReturnType; ret != textView && e.prog.extends(ret, textView) {
		return viewChild
	}
	if (ref.Name == "getText" || ref.Name == "getEditableText") && e.prog.extends(ref.Class, textView) {
		return viewGetText
	}
	return 0
}

// readVia records that data site id reads through a handle. Every pass
// may add one; the set the fixpoint ends with does not depend on the
// order they came in.
func (e *engine) readVia(id int, handle string) {
	site := &e.sources[id]
	if k, found := slices.BinarySearch(site.via, handle); !found {
		site.via = slices.Insert(site.via, k, handle)
	}
}

// argRegs returns an invoke's argument registers in the engine's buffer.
func (e *engine) argRegs(in dalvik.Inst) []uint32 {
	e.regBuf = in.AppendArgRegs(e.regBuf[:0])
	return e.regBuf
}
