package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

const (
	accStatic    = 0x0008
	accFinal     = 0x0010
	accPrivate   = 0x0002
	accPublic    = 0x0001
	accInterface = 0x0200
	accAbstract  = 0x0400
	accSynthetic = 0x1000
)

// class is one class defined in the app. When several dex files define the
// same class the first wins, as Android's class loader does.
type class struct {
	name   string
	super  string
	ifaces []string
	access uint32
	entry  string // dex entry, for evidence
	// methods by name and proto, e.g. {"onCreate", "(Landroid/os/Bundle;)V"}.
	methods map[sig]*method

	file       *dex.File         // the dex file and class_def that define it,
	def        dex.ClassDef      // read for its fields on first use
	fields     map[string]uint32 // declared fields' access flags, by name
	annots     map[sig][]string  // method annotation types (annotated.go), read on first use
	fieldsRead bool
	single     int8 // singleton: 0 not yet known, 1 yes, -1 no
}

// sig is a method's name and prototype: what identifies it within a class.
type sig struct{ name, proto string }

// newClass records the first definition of a class.
func newClass(f *dex.File, cd dex.ClassDef, name, entry string) *class {
	c := &class{name: name, access: cd.AccessFlags, entry: entry, methods: map[sig]*method{}, file: f, def: cd}
	c.super, _ = f.Superclass(cd)
	c.ifaces, _ = f.Interfaces(cd)
	return c
}

// hasField reports whether the class declares a field called name. The
// names are read from its class_data_item the first time it is asked:
// field references are resolved for few of an app's classes.
func (c *class) hasField(name string) bool {
	if !c.fieldsRead {
		c.fieldsRead = true
		cdata, err := c.file.ClassData(c.def)
		if err != nil || cdata == nil {
			return false
		}
		c.fields = map[string]uint32{}
		for _, list := range [][]dex.EncodedField{cdata.StaticFields, cdata.InstanceFields} {
			for _, ef := range list {
				if fr, err := c.file.FieldRef(ef.FieldIdx); err == nil {
					c.fields[fr.Name] = ef.AccessFlags
				}
			}
		}
	}
	_, ok := c.fields[name]
	return ok
}

// finalField reports whether the class declares a final field called name.
func (c *class) finalField(name string) bool {
	return c.hasField(name) && c.fields[name]&accFinal != 0
}

// singleton reports whether the class keeps an instance of itself in a
// static field (INSTANCE, sInstance): then its objects' fields are, in
// practice, one global state.
func (c *class) singleton() bool {
	if c.single == 0 {
		c.single = -1
		if cdata, err := c.file.ClassData(c.def); err == nil && cdata != nil {
			for _, ef := range cdata.StaticFields {
				if fr, err := c.file.FieldRef(ef.FieldIdx); err == nil && fr.Type == c.name {
					c.single = 1
					break
				}
			}
		}
	}
	return c.single > 0
}

// oneObject reports whether the app has one object of class c at a time:
// a singleton, or its Application (the framework makes one per process,
// and every component reaches it through getApplication).
func (p *program) oneObject(c *class) bool {
	return c.singleton() || p.extends(c.name, "Landroid/app/Application;")
}

// program is the app's class hierarchy across all dex files.
type program struct {
	classes map[string]*class
	order   []*class // definition order, for deterministic iteration
	// subs maps a type (app or framework) to the app classes that extend
	// or implement it directly.
	subs map[string][]*class
	// supers are framework superclasses from the spec (framework types
	// have no class_def to read them from).
	supers map[string]string
	// library are the spec's library package prefixes.
	library []string
	// engines are the web engine packages (engines.go).
	engines map[string]bool
	// named are the spec's annotation types (of sinks and dispatch rules)
	// some dex names: without one, no method can carry it.
	named map[string]bool
	diags []string
	// fwAncestors memoises ruleAncestors: every callee resolution asks
	// for the same classes' framework supertypes again and again.
	fwAncestors map[string][]string
	extCache    map[[2]string]bool // extends' answers
	// slab is the block newMethod cuts methods from.
	slab []method
}

// methodSlab is how many methods one allocation holds: an app defines tens
// of thousands, and allocating them one by one was a large share of a
// batch's allocations.
const methodSlab = 512

// newMethod returns a zero method from the current block.
func (p *program) newMethod() *method {
	if len(p.slab) == cap(p.slab) {
		p.slab = make([]method, 0, methodSlab)
	}
	p.slab = p.slab[:len(p.slab)+1]
	return &p.slab[len(p.slab)-1]
}

func buildProgram(a *app.App) *program {
	p := &program{classes: map[string]*class{}, subs: map[string][]*class{}}
	for _, df := range a.Dex {
		if df == nil || df.File == nil {
			continue
		}
		p.addDex(df.Entry, df.File)
	}
	for _, c := range p.order {
		for _, parent := range append([]string{c.super}, c.ifaces...) {
			if parent != "" && parent != c.name {
				p.subs[parent] = append(p.subs[parent], c)
			}
		}
	}
	return p
}

func (p *program) addDex(entry string, f *dex.File) {
	skip := map[int]bool{} // class defs shadowed by an earlier dex
	// Code items are not decoded here: most of an app's methods (library
	// code nothing reaches) are never analysed.
	_, err := f.MethodRefsRange(0, f.NumClassDefs(), func(dm *dex.Method) error {
		if dm.Err != nil || skip[dm.Class.Index] {
			return nil
		}
		name := dm.Ref.Class
		c := p.classes[name]
		if c == nil {
			c = newClass(f, dm.Class, name, entry)
			p.classes[name] = c
			p.order = append(p.order, c)
		} else if c.entry != entry {
			skip[dm.Class.Index] = true
			return nil
		}
		m := p.newMethod()
		*m = method{cls: c, name: dm.Ref.Name, proto: dm.Ref.Proto.String(), params: dm.Ref.Proto.Parameters,
			retType: dm.Ref.Proto.ReturnType, access: dm.AccessFlags, file: f, codeOff: dm.CodeOff}
		c.methods[sig{m.name, m.proto}] = m
		return nil
	})
	if err != nil {
		p.diags = append(p.diags, entry+": "+err.Error())
	}
	// Classes without methods still matter for the hierarchy.
	for i := 0; i < f.NumClassDefs(); i++ {
		cd, err := f.ClassDef(i)
		if err != nil || skip[i] {
			continue
		}
		name, err := f.ClassName(cd)
		if err != nil {
			continue
		}
		if p.classes[name] == nil {
			c := newClass(f, cd, name, entry)
			p.classes[name] = c
			p.order = append(p.order, c)
		}
	}
}

// fieldOwner returns the app class declaring field name as seen from cls
// (javac names the static type, which may be a subclass), or cls itself.
func (p *program) fieldOwner(cls, name string) string {
	owner := cls
	p.ancestors(cls, func(n string, c *class) bool {
		if c != nil && c.hasField(name) {
			owner = n
			return false
		}
		return true
	})
	return owner
}

// ancestors calls fn for cls and every type above it (superclasses and
// interfaces, app-defined or not) until fn returns false. Cycles, which
// only malformed input has, are cut by the seen set.
func (p *program) ancestors(cls string, fn func(name string, c *class) bool) {
	seen := map[string]bool{}
	var walk func(string) bool
	walk = func(n string) bool {
		if n == "" || seen[n] {
			return true
		}
		seen[n] = true
		c := p.classes[n]
		if !fn(n, c) {
			return false
		}
		if e := p.engineType(n); e != "" && !walk(e) {
			return false
		}
		if c == nil {
			return walk(p.supers[n])
		}
		if !walk(c.super) {
			return false
		}
		for _, i := range c.ifaces {
			if !walk(i) {
				return false
			}
		}
		return true
	}
	walk(cls)
}

// extends reports whether cls is, extends or implements typ. The answers
// are kept: the fixpoint asks the same questions on every pass.
func (p *program) extends(cls, typ string) bool {
	if cls == typ {
		return true
	}
	k := [2]string{cls, typ}
	if v, ok := p.extCache[k]; ok {
		return v
	}
	found := false
	p.ancestors(cls, func(n string, _ *class) bool {
		found = n == typ
		return !found
	})
	if p.extCache == nil {
		p.extCache = map[[2]string]bool{}
	}
	p.extCache[k] = found
	return found
}

// related reports whether a value declared of type a may be an object
// declared of type b: one type is Object, or one extends the other.
func (p *program) related(a, b string) bool {
	return a == "Ljava/lang/Object;" || b == "Ljava/lang/Object;" || p.extends(a, b) || p.extends(b, a)
}

// framework reports whether a type is outside the app (no class_def).
func (p *program) framework(name string) bool { return p.classes[name] == nil }

// ruleAncestors lists, in ancestors' order, the supertypes of cls that
// rules name: the types the app does not define (the framework types its
// methods may inherit) and those of the library packages it bundles
// (androidx.work's ListenableWorker under an app's worker). The program
// does not change once built, so the list is computed once.
func (p *program) ruleAncestors(cls string) []string {
	if l, ok := p.fwAncestors[cls]; ok {
		return l
	}
	var l []string
	p.ancestors(cls, func(n string, c *class) bool {
		if n != cls && (c == nil || hasPrefix(n, p.library)) {
			l = append(l, n)
		}
		return true
	})
	if p.fwAncestors == nil {
		p.fwAncestors = map[string][]string{}
	}
	p.fwAncestors[cls] = l
	return l
}

// resolve finds the method a call to cls->name+proto runs when the receiver
// is exactly cls: cls's own or the nearest inherited app definition.
func (p *program) resolve(cls string, s sig) *method {
	var found *method
	p.ancestors(cls, func(_ string, c *class) bool {
		if c != nil {
			if m := c.methods[s]; m != nil && m.access&accAbstract == 0 && m.hasCode() {
				found = m
				return false
			}
		}
		return true
	})
	return found
}

// resolveRef is resolve for a method reference: the app method a call of
// ref runs when the receiver is exactly ref's class.
func (p *program) resolveRef(ref dex.MethodRef) *method {
	return p.resolve(ref.Class, sig{ref.Name, ref.Proto.String()})
}

// hasPrefix reports whether s begins with one of the prefixes.
func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
