package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Keyed stores (spec stores with key). The fixpoint keeps a store as one
// location; the witness search links a write under a constant key (a
// preference's putString("a", imei)) only to reads under the same
// constant (getString("a", "")), and a write or read whose key the code
// does not show to every read or write: a value stored under one key and
// a value read under another are not the same; nor, for a store with
// files, are a value stored in one file and one read from another.

// storeKeyOf returns the declared argument holding the key of store id's
// calls, or -1 for a store without keys.
func (e *engine) storeKeyOf(id string) int {
	if k, ok := e.r.storeKeys[id]; ok {
		return k
	}
	return -1
}

// keyedLocs returns the witness's locations of a write (write) or read of
// store location store by the call in of m: the store itself for a store
// without keys; else, for a constant key, that key's and, for a write,
// the one reads with no known key take, for a read, the one writes with
// no known key fill; with no known key, those.
func (w *witnesses) keyedLocs(m *method, in dalvik.Inst, c *callee, store int32, write bool) []int32 {
	e := w.e
	if c.storeKey < 0 {
		return []int32{store}
	}
	key, ok := "", false
	ps := c.ref.Proto.Parameters
	if c.storeKey < len(ps) && ps[c.storeKey] == "Ljava/lang/String;" {
		if regs, p := in.ArgRegs(), declaredArg(isStatic(in.Op), c.ref, c.storeKey); p < len(regs) {
			key, ok = m.constString(in, regs[p])
		}
	}
	name := "store:" + c.storeID
	anyRead, anyWrite := e.heapLoc(name+"#any-read"), e.heapLoc(name+"#any-write")
	if ok && e.r.storeFiles[c.storeID] != nil && !isStatic(in.Op) {
		// Keyed by file too (storefiles.go): a known file's own key, and
		// the key of an unknown file, one location for the writes of
		// such and one for the reads.
		file, known := "", false
		if regs := in.ArgRegs(); len(regs) > 0 {
			file, known = w.storeFile(c.storeID, m, m.instAt(in.PC), regs[0])
		}
		inFile := e.heapLoc(name + "#file:" + file + "#key:" + key)
		unknownW, unknownR := e.heapLoc(name+"#file?w#key:"+key), e.heapLoc(name+"#file?r#key:"+key)
		switch {
		case write && known:
			return []int32{inFile, unknownR, anyRead}
		case write:
			return []int32{unknownW, unknownR, anyRead}
		case known:
			return []int32{inFile, unknownW, anyWrite}
		}
		return []int32{unknownR, anyWrite}
	}
	switch {
	case ok && write:
		return []int32{e.heapLoc(name + "#key:" + key), anyRead}
	case ok:
		return []int32{e.heapLoc(name + "#key:" + key), anyWrite}
	case write:
		return []int32{anyWrite}
	}
	return []int32{anyRead, anyWrite}
}
