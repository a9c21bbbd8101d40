package flow

import (
	"github.com/apkscan/apkscan/scanner/app"
	"github.com/apkscan/apkscan/scanner/dex"
)

const (
	accStatic    = 0x0008
	accPrivate   = 0x0002
	accPublic    = 0x0001
	accInterface = 0x0200
	accAbstract  = 0x0400
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

	file       *dex.File    // the dex file and class_def that define it,
	def        dex.ClassDef // read for its fields on first use
	fields     map[string]bool
	fieldsRead bool
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
		c.fields = map[string]bool{}
		for _, list := range [][]dex.EncodedField{cdata.StaticFields, cdata.InstanceFields} {
			for _, ef := range list {
				if fr, err := c.file.FieldRef(ef.FieldIdx); err == nil {
					c.fields[fr.Name] = true
				}
			}
		}
	}
	return c.fields[name]
}

// method is one method defined in the app. Most methods of an app (library
// code nothing calls) are never analysed, so everything the analysis needs
// lives in mstate, allocated when the engine first reaches or decodes m.
type method struct {
	cls     *class
	name    string
	proto   string // "(args)ret"
	params  []string
	retType string
	access  uint32
	codeOff uint32 // code_off: 0 for abstract and native methods
	file    *dex.File

	read      bool // body has tried to decode the code_item
	decoded   bool
	reached   bool
	entry     bool
	dirty     bool // needs the full analysis (see scan.go)
	oversized bool // too large for register states; only scanned
	queued    bool

	*mstate // nil until state() is called
}

// mstate is a method's code and analysis state, owned by one engine.
type mstate struct {
	code     *dex.Code       // decoded by body on first use
	insts    []inst          // decoded on first use
	pcIndex  []int32         // code unit -> index into insts, -1 between instructions
	switches map[int][]int32 // switch payload's relative targets, by index into insts
	blocks   []block

	paramTaint []tset            // taint per parameter register slot
	ret        tset              // taint of every returned value
	callers    []callSite        // call sites that may run this method (rarely one twice)
	calls      map[int][]*method // app targets per invoke pc
	branches   map[int]tset      // incognito facts tested by if-eqz/if-nez per pc
	thrown     tset              // taint of thrown values, for move-exception

	incBlocks []bool    // blocks that may run in incognito mode (nil: method never does)
	incFrom   *callSite // the call site that first ran it in incognito mode
}

// state returns m's mstate, allocating it on first use.
func (m *method) state() *mstate {
	if m.mstate == nil {
		m.mstate = new(mstate)
	}
	return m.mstate
}

// callSite is one invoke instruction.
type callSite struct {
	m  *method
	pc int
}

func (m *method) static() bool { return m.access&accStatic != 0 }

// key names m as "Lcls;->name(args)ret" (built when asked: it is needed
// for evidence and ordering of the few methods that have findings).
func (m *method) key() string { return m.cls.name + "->" + m.name + m.proto }

// keyLess orders methods by key without building the keys.
func keyLess(a, b *method) bool {
	return cmpConcat([4]string{a.cls.name, "->", a.name, a.proto}, [4]string{b.cls.name, "->", b.name, b.proto}) < 0
}

// cmpConcat compares the concatenations of a's and b's parts bytewise.
func cmpConcat(a, b [4]string) int {
	i, j, pi, pj := 0, 0, 0, 0 // part and offset in it, for a and b
	for {
		for i < len(a) && pi == len(a[i]) {
			i, pi = i+1, 0
		}
		for j < len(b) && pj == len(b[j]) {
			j, pj = j+1, 0
		}
		switch {
		case i == len(a) && j == len(b):
			return 0
		case i == len(a):
			return -1
		case j == len(b):
			return 1
		}
		if x, y := a[i][pi], b[j][pj]; x != y {
			if x < y {
				return -1
			}
			return 1
		}
		pi, pj = pi+1, pj+1
	}
}

// hasCode reports whether m has a code_item (is neither abstract nor native).
func (m *method) hasCode() bool { return m.codeOff != 0 }

// body decodes m's code_item on first use. It is nil when m has none or the
// code_item does not decode (the indexer reports that as a diagnostic).
func (m *method) body() *dex.Code {
	if !m.read {
		m.read = true
		if m.codeOff != 0 {
			m.state().code, _ = m.file.Code(m.codeOff)
		}
	}
	if m.mstate == nil {
		return nil
	}
	return m.code
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
	diags  []string
	// fwAncestors memoises frameworkAncestors: every callee resolution asks
	// for the same classes' framework supertypes again and again.
	fwAncestors map[string][]string
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
		m := &method{cls: c, name: dm.Ref.Name, proto: dm.Ref.Proto.String(), params: dm.Ref.Proto.Parameters,
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

// extends reports whether cls is, extends or implements typ.
func (p *program) extends(cls, typ string) bool {
	found := false
	p.ancestors(cls, func(n string, _ *class) bool {
		found = n == typ
		return !found
	})
	return found
}

// framework reports whether a type is outside the app (no class_def).
func (p *program) framework(name string) bool { return p.classes[name] == nil }

// frameworkAncestors lists, in ancestors' order, the supertypes of cls that
// the app does not define (the framework types its methods may inherit).
// The program does not change once built, so the list is computed once.
func (p *program) frameworkAncestors(cls string) []string {
	if l, ok := p.fwAncestors[cls]; ok {
		return l
	}
	var l []string
	p.ancestors(cls, func(n string, c *class) bool {
		if c == nil {
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
