package dalvik

import "errors"

// Ref is one instruction that names a string, type, field or method by
// pool index, as ScanRefs reports it.
type Ref struct {
	PC    int
	Op    Opcode
	Kind  IndexKind
	Index uint32
}

// unitsTable holds each opcode's size in code units, so the fast path of
// ScanRefs never formats a Format's name.
var unitsTable = func() (t [256]uint8) {
	for op := range t {
		t[op] = uint8(opTable[op].Format.Units())
	}
	return t
}()

// ScanRefs calls fn for every instruction that names a pool entry (string,
// type, field, method, proto, method handle, call site), stepping through insns exactly as Walk does and returning
// the errors Walk returns. It is Walk without building an Inst for every
// instruction: indexers that only need pool references use it, while odd
// code (payloads, truncated or malformed instructions) takes Walk's own
// decoding path so that both always agree (pinned by a corpus test).
func ScanRefs(insns []uint16, fn func(Ref)) error {
	_, err := step(insns, fn)
	return err
}

// step walks insns as Walk does, counting the instructions and reporting
// pool references to fn when it is not nil. Ordinary instructions are
// stepped by their size alone; odd code takes Decode.
func step(insns []uint16, fn func(Ref)) (n int, err error) {
	var errs []error
	for pc := 0; pc < len(insns); n++ {
		u := insns[pc]
		op := Opcode(u)
		size := int(unitsTable[op])
		if payloadKindOf(u) != PayloadNone || size == 0 || pc+size > len(insns) ||
			(argListFormat(opTable[op].Format) && u>>12 > 5) {
			inst, err := Decode(insns, pc)
			if err != nil && (len(errs) < maxWalkErrors || fatal(err)) {
				errs = append(errs, err)
			}
			if k := inst.IndexKind(); fn != nil && poolRef(k) {
				fn(Ref{PC: pc, Op: inst.Op, Kind: k, Index: inst.Index})
			}
			if err != nil && fatal(err) {
				n++
				break
			}
			pc += inst.Size
			continue
		}
		if k := opTable[op].Index; fn != nil && poolRef(k) {
			idx := uint32(insns[pc+1])
			if opTable[op].Format == Format31c {
				idx |= uint32(insns[pc+2]) << 16
			}
			fn(Ref{PC: pc, Op: op, Kind: k, Index: idx})
		}
		pc += size
	}
	return n, errors.Join(errs...)
}

// poolRef reports index kinds that name an entry of a dex pool (the odex
// vtable/field offsets and unused opcodes name none).
func poolRef(k IndexKind) bool {
	switch k {
	case IndexString, IndexType, IndexField, IndexMethod, IndexMethodAndProto, IndexProto, IndexMethodHandle, IndexCallSite:
		return true
	}
	return false
}

// argListFormat reports formats whose high nibble counts argument
// registers; more than five is malformed and decoded by Decode.
func argListFormat(f Format) bool {
	return f == Format35c || f == Format45cc || f == Format35ms || f == Format35mi
}

// Count returns how many instructions Walk reports for insns, stepping as
// ScanRefs does without decoding operands, so that a caller can size the
// slice it decodes into once.
func Count(insns []uint16) int {
	n, _ := CountErr(insns)
	return n
}

// CountErr is Count with the errors Walk returns: what `apkscan info`
// needs to count every instruction of an app and report broken code.
func CountErr(insns []uint16) (int, error) { return step(insns, nil) }
