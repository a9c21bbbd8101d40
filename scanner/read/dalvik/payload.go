package dalvik

import (
	"fmt"
	"math"
)

// payloadHeaderUnits is the fixed part of each payload: ident, size and
// (packed-switch) first_key or (fill-array-data) element_width + size.
var payloadHeaderUnits = [...]int{
	PayloadPackedSwitch:  4,
	PayloadSparseSwitch:  2,
	PayloadFillArrayData: 4,
}

// decodePayload decodes the payload of the given kind at pc. Its size comes
// from counts inside the payload, so every count is checked against the
// units left before anything is allocated: allocations are bounded by
// len(insns), never by a count alone.
func decodePayload(insns []uint16, pc int, kind PayloadKind) (Inst, error) {
	inst := Inst{Op: OpNop, Format: FormatPayload, PC: pc, Payload: &Payload{Kind: kind}}
	code := insns[pc:]
	hdr := payloadHeaderUnits[kind]
	if len(code) < hdr {
		// Not even the size field is there; dexdump reads on regardless
		// and prints one more line, so this still counts as one
		// (truncated) instruction.
		inst.Size = hdr
		return truncatedPayload(inst, len(code))
	}
	size := payloadUnits(kind, code)
	if size > uint64(len(code)) {
		inst.Size = int(min(size, math.MaxInt32))
		return truncatedPayload(inst, len(code))
	}
	inst.Size = int(size)
	p := inst.Payload
	switch kind {
	case PayloadPackedSwitch:
		n := int(code[1])
		p.FirstKey = int32(uint32(code[2]) | uint32(code[3])<<16)
		p.Keys, p.Targets = make([]int32, n), make([]int32, n)
		for k := range n {
			p.Keys[k] = p.FirstKey + int32(k)
			p.Targets[k] = read32(code, 4+2*k)
		}
	case PayloadSparseSwitch:
		n := int(code[1])
		p.Keys, p.Targets = make([]int32, n), make([]int32, n)
		for k := range n {
			p.Keys[k] = read32(code, 2+2*k)
			p.Targets[k] = read32(code, 2+2*n+2*k)
		}
	case PayloadFillArrayData:
		p.ElementWidth = int(code[1])
		p.ElementCount = int(uint32(code[2]) | uint32(code[3])<<16)
		need := uint64(p.ElementWidth) * uint64(p.ElementCount)
		have := uint64(inst.Size-4) * 2
		if need > have {
			// Only reachable when the runtime's 32-bit size arithmetic
			// wrapped; keep its size (as dexdump does) but no data.
			return inst, &Error{PC: pc, Name: kind.String(), Err: ErrArrayData,
				Detail: fmt.Sprintf("%d elements of %d bytes in %d units", p.ElementCount, p.ElementWidth, inst.Size)}
		}
		p.Data = make([]byte, need)
		for k := range p.Data {
			unit := code[4+k/2]
			p.Data[k] = byte(unit >> (8 * (k % 2)))
		}
	}
	return inst, nil
}

// payloadUnits computes a payload's size in code units the way ART's
// Instruction::SizeInCodeUnitsComplexOpcode does, including its 32-bit
// wrap-around for fill-array-data, so that Walk steps exactly like dexdump.
// code holds at least the payload's header.
func payloadUnits(kind PayloadKind, code []uint16) uint64 {
	switch kind {
	case PayloadPackedSwitch:
		return 4 + uint64(code[1])*2
	case PayloadSparseSwitch:
		return 2 + uint64(code[1])*4 + 0
	default:
		width := uint32(code[1])
		count := uint32(code[2]) | uint32(code[3])<<16
		return 4 + uint64((width*count+1)/2)
	}
}

func truncatedPayload(inst Inst, avail int) (Inst, error) {
	inst.Truncated = true
	return inst, &Error{PC: inst.PC, Name: inst.Payload.Kind.String(), Err: ErrTruncated,
		Detail: fmt.Sprintf("needs %d code units, %d left", inst.Size, avail)}
}

// read32 reads the little-endian 32-bit value at code[i], code[i+1]; the
// caller has checked the bounds.
func read32(code []uint16, i int) int32 {
	return int32(uint32(code[i]) | uint32(code[i+1])<<16)
}
