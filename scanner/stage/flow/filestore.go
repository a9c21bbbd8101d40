package flow

import (
	"path"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// A file's contents (spec stores with origin). The fixpoint puts every
// stream write into one store, and every read of a file the code names
// takes it; the witness search links a write only to reads of the same
// file: the one named by a constant where the stream is opened
// (openFileOutput("out.txt"), new FileInputStream(new File(dir,
// "out.txt"))), by its last path element. A file whose name the code does
// not show links to nothing.

// fileName returns the base name of the file the call in of m opens (a
// stream constructor or Context.openFileInput/openFileOutput), or "".
func (e *engine) fileName(m *method, in dalvik.Inst) string {
	regs := in.ArgRegs()
	static := isStatic(in.Op)
	first := btoi(!static)
	if len(regs) <= first {
		return ""
	}
	return m.fileArg(in, regs[first], 2)
}

// fileArg returns the base name of the file register r names before
// instruction at: a constant path (moves followed), or a File made from
// one (new File(path), new File(dir, name)).
func (m *method) fileArg(at dalvik.Inst, r uint32, depth int) string {
	i := m.instAt(at.PC)
	if i < 0 || depth == 0 {
		return ""
	}
	w, j, ok := m.definition(i, r, 4)
	switch {
	case !ok:
		return ""
	case w.Op == dalvik.OpConstString || w.Op == dalvik.OpConstStringJumbo:
		if s, err := m.file.String(w.Index); err == nil {
			return path.Base(s)
		}
		return ""
	case w.Op != dalvik.OpNewInstance:
		return ""
	}
	if t, err := m.file.Type(w.Index); err != nil || t != "Ljava/io/File;" {
		return ""
	}
	if call, regs, ok := m.initCall(j, i, r); ok && len(regs) > 1 {
		return m.fileArg(call, regs[len(regs)-1], depth-1) // the last: the path or the child's name
	}
	return ""
}

// fileLoc returns the witness's location of what the file named name
// holds in origin store loc, or -1 for a file not named.
func (e *engine) fileLoc(store int32, name string) int32 {
	if name == "" || store < 0 {
		return -1
	}
	return e.heapLoc(e.locName(store) + "@" + name)
}

// originFileLoc returns the location of what a stream write of kind puts
// into the file its origin o opens, or -1.
func (w *witnesses) originFileLoc(kind string, o *originSite) int32 {
	store := w.e.originStoreLoc(kind)
	if store < 0 || o == nil {
		return -1
	}
	i := o.m.instAt(o.pc)
	if i < 0 {
		return -1
	}
	return w.e.fileLoc(store, w.e.fileName(o.m, o.m.inst(i)))
}

// originStoreLoc returns the location of the store that stream writes to
// a stream of origin kind write (spec stores with origin: a file's
// contents), or -1.
func (e *engine) originStoreLoc(kind string) int32 {
	id := e.r.originStores[kind]
	if id == "" {
		return -1
	}
	return e.heapLoc("store:" + id)
}

// originStoreWrite writes a stream write's data into the stores of the
// origin kinds it may have: the fixpoint does not know the stream's
// origin (the witness search does), so every kind's.
func (e *engine) originStoreWrite(m *method, c *callee, args []tset) {
	var t tset
	for _, a := range args[min(len(args), 1):] {
		t = union(t, a)
	}
	if t = dataFacts(e.concrete(m, t)); len(t) == 0 {
		return
	}
	for _, kind := range c.originSink {
		if loc := e.originStoreLoc(kind); loc >= 0 {
			e.writeKey(loc, t)
		}
	}
}
