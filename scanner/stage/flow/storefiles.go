package flow

import (
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Store files. A keyed store's entries are kept per file too (spec stores
// with files): a preference stored under "uid" in one file ("device") is
// not read back under "uid" from another ("settings"), and an SDK and the
// app often keep the same key names, each in a file of its own. The file
// of a write's or read's receiver is what the code shows: the constant
// name given to the call that opened it (getSharedPreferences("device",
// 0)), through calls returning one of the store's handle types (edit(),
// a put returning its Editor), or through a field every store into which,
// in reached code, holds one file's object.

// fileRule is how a store's files are told apart (rules.Store.Files).
type fileRule struct {
	opens   map[string]bool // calls opening a file ("Lcls;->name")
	handles map[string]bool // classes whose objects are one file's: the writes' and reads' receivers
}

// maxFileHops bounds the calls followed back from a receiver to the call
// that opened its file.
const maxFileHops = 4

// defaultFile names a store's default file (getDefaultSharedPreferences).
const defaultFile = "\x00default"

// storeFile returns the file of store id that register r holds an object
// of before instruction i of m, or false where the code does not show it.
func (w *witnesses) storeFile(id string, m *method, i int, r uint32) (string, bool) {
	fr := w.e.r.storeFiles[id]
	if fr == nil {
		return "", false
	}
	return w.fileOf(fr, id, m, i, r, 0, true)
}

// fileOf is storeFile; fields says whether a field read may be asked
// what its stores hold (not while they are being indexed).
func (w *witnesses) fileOf(fr *fileRule, id string, m *method, i int, r uint32, hops int, fields bool) (string, bool) {
	e := w.e
	def, j, ok := m.lastWrite(i, r)
	if !ok || hops > maxFileHops {
		return "", false
	}
	switch def.Op {
	case dalvik.OpIgetObject, dalvik.OpSgetObject:
		if fi := e.fieldKey(m, def); fields && fi.ok && fr.handles[fi.ref.Type] {
			return w.fieldFile(id, fi.loc)
		}
	case dalvik.OpMoveResultObject:
		if j == 0 {
			break
		}
		call := m.inst(j - 1)
		if call.Flags()&dalvik.IsInvoke == 0 || !namesMethod(call) {
			break
		}
		ref, err := m.file.MethodRef(call.Index)
		if err != nil {
			break
		}
		static, regs := isStatic(call.Op), call.ArgRegs()
		if _, opens := lookupIn(e.prog, fr.opens, ref.Class, ref.Name); opens {
			for k, p := range ref.Proto.Parameters {
				if p != typeString {
					continue
				}
				if q := declaredArg(static, ref, k); q < len(regs) {
					if name, ok := m.constString(call, regs[q]); ok {
						return name, true
					}
				}
				return "", false
			}
			return defaultFile, true
		}
		if !static && len(regs) > 0 && fr.handles[ref.Proto.ReturnType] {
			return w.fileOf(fr, id, m, j-1, regs[0], hops+1, fields) // edit(), putString(...)
		}
	}
	return "", false
}

// fieldFile returns the one file whose object every store into field loc
// in reached code holds, or false.
func (w *witnesses) fieldFile(id string, loc int32) (string, bool) {
	idx := w.fieldFiles[id]
	if idx == nil {
		idx = w.indexFieldFiles(id)
		if w.fieldFiles == nil {
			w.fieldFiles = map[string]map[int32]string{}
		}
		w.fieldFiles[id] = idx
	}
	f, ok := idx[loc]
	return f, ok && f != ""
}

// indexFieldFiles maps each field of a handle type of store id that
// reached code stores into to the one file its stores hold, or "" (several,
// or one the code does not show).
func (w *witnesses) indexFieldFiles(id string) map[int32]string {
	fr, e := w.e.r.storeFiles[id], w.e
	idx := map[int32]string{}
	for _, m := range w.reachedMethods() {
		for i := range m.insts {
			if op := m.insts[i].Op; op != dalvik.OpIputObject && op != dalvik.OpSputObject {
				continue
			}
			in := m.inst(i)
			fi := e.fieldKey(m, in)
			if !fi.ok || !fr.handles[fi.ref.Type] {
				continue
			}
			f, ok := w.fileOf(fr, id, m, i, in.A, 0, false)
			if old, seen := idx[fi.loc]; !ok || seen && old != f {
				f = ""
			}
			idx[fi.loc] = f
		}
	}
	return idx
}
