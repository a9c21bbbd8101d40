package dalvik

import "fmt"

// Decode decodes the instruction or payload starting at code-unit address pc.
//
// A unit whose whole value is a payload ident (0x0100, 0x0200, 0x0300) is
// decoded as that payload, exactly as the runtime and dexdump do wherever it
// sits; any other unit with low byte 0x00 is a one-unit nop.
//
// Errors are *Error wrapping ErrPC, ErrTruncated, ErrArgCount or
// ErrArrayData. Except for ErrPC the returned Inst is still filled in:
// Op, Format, PC and Size are always valid, so a caller can step over it.
func Decode(insns []uint16, pc int) (inst Inst, err error) {
	if pc < 0 || pc >= len(insns) {
		return Inst{PC: pc}, &Error{PC: pc,
			Detail: fmt.Sprintf("address outside %d code units", len(insns)), Err: ErrPC}
	}
	// Last resort: a decoder bug must surface as an error, not crash a scan.
	defer func() {
		if r := recover(); r != nil {
			inst = Inst{PC: pc, Size: 1}
			err = &Error{PC: pc, Detail: fmt.Sprintf("internal decoder panic: %v", r), Err: errInternal}
		}
	}()
	if kind := payloadKindOf(insns[pc]); kind != PayloadNone {
		return decodePayload(insns, pc, kind)
	}
	op := Opcode(insns[pc])
	info := opTable[op]
	inst = Inst{Op: op, Format: info.Format, PC: pc, Size: info.Format.Units()}

	// Copy the instruction's units into a fixed buffer; units past the end
	// of insns stay zero so that a truncated instruction can still be shown.
	var u [5]uint16
	avail := len(insns) - pc
	copy(u[:min(inst.Size, avail)], insns[pc:])
	decodeOperands(&inst, u)

	if inst.Size > avail {
		inst.Truncated = true
		return inst, &Error{PC: pc, Name: info.Name, Err: ErrTruncated,
			Detail: fmt.Sprintf("needs %d code units, %d left", inst.Size, avail)}
	}
	if inst.ArgCount > len(inst.Args) {
		return inst, &Error{PC: pc, Name: info.Name, Err: ErrArgCount,
			Detail: fmt.Sprintf("%d argument registers", inst.ArgCount)}
	}
	return inst, nil
}

// decodeOperands fills the operand fields for inst.Format from the units u
// (u[0] is the opcode unit). Field layouts follow the Dalvik format table.
func decodeOperands(inst *Inst, u [5]uint16) {
	aa := uint32(u[0] >> 8)                // 8-bit A
	a4 := uint32(u[0]>>8) & 0xf            // 4-bit A
	b4 := uint32(u[0] >> 12)               // 4-bit B
	u32 := uint32(u[1]) | uint32(u[2])<<16 // 32-bit operand in units 1-2
	switch inst.Format {
	case Format12x:
		inst.A, inst.B = a4, b4
	case Format11n:
		inst.A, inst.Literal = a4, int64(int16(u[0])>>12)
	case Format11x:
		inst.A = aa
	case Format10t:
		inst.Branch = int32(int8(u[0] >> 8))
	case Format20t:
		inst.Branch = int32(int16(u[1]))
	case Format20bc:
		inst.A, inst.Index = aa, uint32(u[1])
	case Format22x:
		inst.A, inst.B = aa, uint32(u[1])
	case Format21t:
		inst.A, inst.Branch = aa, int32(int16(u[1]))
	case Format21s:
		inst.A, inst.Literal = aa, int64(int16(u[1]))
	case Format21h:
		inst.A = aa
		if inst.Op == OpConstHigh16 {
			inst.Literal = int64(int32(uint32(u[1]) << 16))
		} else {
			inst.Literal = int64(uint64(u[1]) << 48)
		}
	case Format21c:
		inst.A, inst.Index = aa, uint32(u[1])
	case Format23x:
		inst.A, inst.B, inst.C = aa, uint32(u[1]&0xff), uint32(u[1]>>8)
	case Format22b:
		inst.A, inst.B, inst.Literal = aa, uint32(u[1]&0xff), int64(int8(u[1]>>8))
	case Format22t:
		inst.A, inst.B, inst.Branch = a4, b4, int32(int16(u[1]))
	case Format22s:
		inst.A, inst.B, inst.Literal = a4, b4, int64(int16(u[1]))
	case Format22c, Format22cs:
		inst.A, inst.B, inst.Index = a4, b4, uint32(u[1])
	case Format30t:
		inst.Branch = int32(u32)
	case Format32x:
		inst.A, inst.B = uint32(u[1]), uint32(u[2])
	case Format31i:
		inst.A, inst.Literal = aa, int64(int32(u32))
	case Format31t:
		inst.A, inst.Branch = aa, int32(u32)
	case Format31c:
		inst.A, inst.Index = aa, u32
	case Format35c, Format35ms, Format35mi, Format45cc:
		inst.ArgCount = int(b4)
		inst.Args = [5]uint8{uint8(u[2] & 0xf), uint8(u[2] >> 4 & 0xf), uint8(u[2] >> 8 & 0xf),
			uint8(u[2] >> 12), uint8(a4)}
		inst.Index = uint32(u[1])
		if inst.Format == Format45cc {
			inst.Index2 = uint32(u[3])
		}
	case Format3rc, Format3rms, Format3rmi, Format4rcc:
		inst.RangeCount, inst.Index, inst.RangeStart = int(aa), uint32(u[1]), uint32(u[2])
		if inst.Format == Format4rcc {
			inst.Index2 = uint32(u[3])
		}
	case Format51l:
		inst.A = aa
		inst.Literal = int64(uint64(u32) | uint64(u[3])<<32 | uint64(u[4])<<48)
	}
}
