package dalvik

import (
	"errors"
	"fmt"
	"strings"
)

// The oracle compares Walk, Decode and Text with dexdump's disassembly of the
// same code. Text is checked with a Resolver fed from dexdump's own output:
// a first pass renders each instruction with marker values in place of pool
// references, matches the result against dexdump's line (everything but the
// resolved names must agree) and learns the names; a second pass renders
// with the learned names and requires byte-identical lines. A reference that
// dexdump shows differently in two places fails the first pass.

type refKey struct {
	kind IndexKind
	idx  uint32
}

// markResolver resolves everything to a marker naming the index kind.
type markResolver struct{}

func mark(k IndexKind) string { return "\x00" + k.String() + "\x00" }

func (markResolver) ResolveString(uint32) (string, error)       { return mark(IndexString), nil }
func (markResolver) ResolveType(uint32) (string, error)         { return mark(IndexType), nil }
func (markResolver) ResolveField(uint32) (string, error)        { return mark(IndexField), nil }
func (markResolver) ResolveMethod(uint32) (string, error)       { return mark(IndexMethod), nil }
func (markResolver) ResolveProto(uint32) (string, error)        { return mark(IndexProto), nil }
func (markResolver) ResolveMethodHandle(uint32) (string, error) { return mark(IndexMethodHandle), nil }
func (markResolver) ResolveCallSite(uint32) (string, error)     { return mark(IndexCallSite), nil }

var errNoRef = errors.New("not learned")

// learnedResolver serves the names learned from dexdump's output.
type learnedResolver map[refKey]string

func (r learnedResolver) get(k IndexKind, idx uint32) (string, error) {
	if s, ok := r[refKey{k, idx}]; ok {
		return s, nil
	}
	return "", errNoRef
}
func (r learnedResolver) ResolveString(i uint32) (string, error) { return r.get(IndexString, i) }
func (r learnedResolver) ResolveType(i uint32) (string, error)   { return r.get(IndexType, i) }
func (r learnedResolver) ResolveField(i uint32) (string, error)  { return r.get(IndexField, i) }
func (r learnedResolver) ResolveMethod(i uint32) (string, error) { return r.get(IndexMethod, i) }
func (r learnedResolver) ResolveProto(i uint32) (string, error)  { return r.get(IndexProto, i) }
func (r learnedResolver) ResolveMethodHandle(i uint32) (string, error) {
	return r.get(IndexMethodHandle, i)
}
func (r learnedResolver) ResolveCallSite(i uint32) (string, error) { return r.get(IndexCallSite, i) }

// learn matches inst's marker rendering against dexdump's line and records
// the referenced names. It reports a mismatch outside the names, or a name
// that contradicts an earlier one.
func (r learnedResolver) learn(inst Inst, line string) error {
	tmpl := inst.Text(markResolver{})
	if !strings.Contains(tmpl, "\x00") {
		return nil // nothing to learn; the second pass compares verbatim
	}
	parts := strings.Split(tmpl, "\x00") // lit, kind, lit, kind, lit ...
	if !strings.HasPrefix(line, parts[0]) {
		if inst.Text(nil) == line {
			return nil // dexdump could not resolve it either ("<method?>")
		}
		return fmt.Errorf("prefix %q", parts[0])
	}
	rest := line[len(parts[0]):]
	for p := 1; p+1 < len(parts); p += 2 {
		lit := parts[p+1]
		var end int
		if p+2 == len(parts) {
			if !strings.HasSuffix(rest, lit) || len(rest) < len(lit) {
				return fmt.Errorf("suffix %q", lit)
			}
			end = len(rest) - len(lit)
		} else if end = strings.Index(rest, lit); end < 0 {
			return fmt.Errorf("separator %q", lit)
		}
		key := refKey{kind: indexKindByName(parts[p]), idx: inst.Index}
		if key.kind == IndexProto && inst.IndexKind() == IndexMethodAndProto {
			key.idx = inst.Index2
		}
		val := rest[:end]
		if old, ok := r[key]; ok && old != val {
			return fmt.Errorf("%v@%d is %q here but %q elsewhere", key.kind, key.idx, val, old)
		}
		r[key] = val
		rest = rest[end+len(lit):]
	}
	return nil
}

func indexKindByName(name string) IndexKind {
	for k := range numIndexKinds {
		if k.String() == name {
			return k
		}
	}
	return IndexUnknown
}

// walked is one method decoded by Walk next to dexdump's view of it.
type walked struct {
	where string
	insts []Inst
	dump  dumpMethod
}

// compareStructure checks Walk against dexdump: same number of
// instructions, same addresses, mnemonics and sizes. wantErr says whether
// Walk is expected to report malformed code.
func compareStructure(w walked, units []uint16, walkErr error, wantErr bool) []string {
	var probs []string
	if (walkErr != nil) != wantErr {
		probs = append(probs, fmt.Sprintf("%s: Walk error = %v, want error %v", w.where, walkErr, wantErr))
	}
	if len(w.insts) != len(w.dump.insns) {
		probs = append(probs, fmt.Sprintf("%s: Walk yielded %d instructions, dexdump printed %d",
			w.where, len(w.insts), len(w.dump.insns)))
	}
	for k := range min(len(w.insts), len(w.dump.insns)) {
		inst, d := w.insts[k], w.dump.insns[k]
		wantSize := w.dump.insnsSize - d.pc
		if k+1 < len(w.dump.insns) {
			wantSize = w.dump.insns[k+1].pc - d.pc
		}
		name, _, _ := strings.Cut(d.text, " ")
		dec, _ := Decode(units, d.pc)
		switch {
		case dec.Size != inst.Size || dec.Name() != inst.Name():
			probs = append(probs, fmt.Sprintf("%s @%04x: Decode gives %s/%d, Walk %s/%d",
				w.where, d.pc, dec.Name(), dec.Size, inst.Name(), inst.Size))
		case inst.PC != d.pc:
			probs = append(probs, fmt.Sprintf("%s @%04x: Walk at pc %04x", w.where, d.pc, inst.PC))
		case inst.Name() != name:
			probs = append(probs, fmt.Sprintf("%s @%04x: name %q, dexdump %q", w.where, d.pc, inst.Name(), name))
		case inst.Size != wantSize && !inst.Truncated:
			probs = append(probs, fmt.Sprintf("%s @%04x %s: size %d, dexdump %d", w.where, d.pc, name, inst.Size, wantSize))
		}
		if len(probs) > 20 {
			break
		}
	}
	return probs
}
