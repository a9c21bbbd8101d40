package flow

import "github.com/apkscan/apkscan/scanner/read/dalvik"

// inst is a dalvik.Inst packed into 32 bytes (dalvik.Inst is 88). A
// method's decoded instructions are the largest thing the analysis keeps,
// and a large app's run to 10–20 MB: every pass of the fixpoint walks
// them, so their size is cache misses. They hold no pointers, so the
// collector never scans them; the switch tables the analysis needs from
// payloads are kept beside them (method.switches).
//
// The packing relies on what dalvik's decoder gives: registers (A, B, C,
// RangeStart) have at most 16 bits, argument registers and ArgCount 4,
// RangeCount 8; a format has at most one of Literal, Branch and Index
// (with Index2, 16 bits, for 45cc/4rcc). PC is below maxInsns. An
// instruction that breaks any of this is kept whole in method.wide
// (TestInstRoundTrip decodes every opcode over random operands and checks
// that none does).
type inst struct {
	val        int64 // Literal, Branch, or Index | Index2<<32, as bits says
	PC         int32
	Size       int32
	A, B, C    uint16
	RangeStart uint16
	args       uint32 // Args[k] in bits 4k..4k+3
	Op         dalvik.Opcode
	Format     dalvik.Format
	RangeCount uint8
	bits       uint8 // ArgCount | Truncated<<4 | kind<<5 | wide<<7
}

// What inst.val holds (bits 5–6 of inst.bits).
const (
	valNone = iota
	valLiteral
	valBranch
	valIndex
)

const (
	bitTruncated = 1 << 4
	kindShift    = 5
	bitWide      = 1 << 7 // the instruction is in method.wide
)

// compact packs in, reporting false when it does not fit (see inst).
func compact(in dalvik.Inst) (inst, bool) {
	x := inst{PC: int32(in.PC), Size: int32(in.Size), A: uint16(in.A), B: uint16(in.B), C: uint16(in.C),
		RangeStart: uint16(in.RangeStart), Op: in.Op, Format: in.Format, RangeCount: uint8(in.RangeCount),
		bits: uint8(in.ArgCount & 0xf)}
	ok := int(x.PC) == in.PC && int(x.Size) == in.Size && uint32(x.A) == in.A && uint32(x.B) == in.B &&
		uint32(x.C) == in.C && uint32(x.RangeStart) == in.RangeStart && int(x.RangeCount) == in.RangeCount &&
		in.ArgCount >= 0 && in.ArgCount <= 0xf
	for k, a := range in.Args {
		ok = ok && a <= 0xf
		x.args |= uint32(a&0xf) << (4 * k)
	}
	if in.Truncated {
		x.bits |= bitTruncated
	}
	kinds := 0
	if in.Literal != 0 {
		x.val, x.bits, kinds = in.Literal, x.bits|valLiteral<<kindShift, kinds+1
	}
	if in.Branch != 0 {
		x.val, x.bits, kinds = int64(in.Branch), x.bits|valBranch<<kindShift, kinds+1
	}
	if in.Index != 0 || in.Index2 != 0 {
		x.val, x.bits, kinds = int64(uint64(in.Index)|uint64(in.Index2)<<32), x.bits|valIndex<<kindShift, kinds+1
	}
	return x, ok && kinds <= 1
}

// full unpacks x (which must not be wide).
func (x *inst) full() dalvik.Inst {
	in := dalvik.Inst{Op: x.Op, Format: x.Format, Truncated: x.bits&bitTruncated != 0, PC: int(x.PC), Size: int(x.Size),
		A: uint32(x.A), B: uint32(x.B), C: uint32(x.C), RangeStart: uint32(x.RangeStart),
		RangeCount: int(x.RangeCount), ArgCount: int(x.bits & 0xf)}
	if a := x.args; a != 0 {
		in.Args = [5]uint8{uint8(a & 0xf), uint8(a >> 4 & 0xf), uint8(a >> 8 & 0xf), uint8(a >> 12 & 0xf), uint8(a >> 16 & 0xf)}
	}
	switch x.bits >> kindShift & 3 {
	case valLiteral:
		in.Literal = x.val
	case valBranch:
		in.Branch = int32(x.val)
	case valIndex:
		in.Index, in.Index2 = uint32(x.val), uint32(uint64(x.val)>>32)
	}
	return in
}

// text is m's instruction i as dexdump shows it: an invoke-custom the
// analysis takes as a call (lambda.go) as it is written.
func (m *method) text(i int) string {
	if in, ok := m.lambdas[int32(i)]; ok {
		return in.Text(m.file)
	}
	return m.inst(i).Text(m.file)
}

// inst returns m's instruction i.
func (m *method) inst(i int) dalvik.Inst {
	if x := &m.insts[i]; x.bits&bitWide == 0 {
		return x.full()
	}
	return m.wide[int32(i)]
}

// flags is the instruction's dalvik.Inst.Flags, read without unpacking it
// (Op and Format are exact even for a wide instruction).
func (x *inst) flags() dalvik.Flags {
	if x.Format == dalvik.FormatPayload {
		return 0
	}
	return x.Op.Flags()
}

// target is m.inst(i).Target() (PC plus branch offset), read in place.
func (m *method) target(i int) int {
	x := &m.insts[i]
	switch {
	case x.bits&bitWide != 0:
		return m.wide[int32(i)].Target()
	case x.bits>>kindShift&3 == valBranch:
		return int(x.PC) + int(int32(x.val))
	}
	return int(x.PC)
}

// regs returns the A, B and C registers of m's instruction i, unpacking
// nothing unless it is wide.
func (m *method) regs(i int) (a, b, c uint32) {
	if x := &m.insts[i]; x.bits&bitWide == 0 {
		return uint32(x.A), uint32(x.B), uint32(x.C)
	}
	w := m.wide[int32(i)]
	return w.A, w.B, w.C
}

// addInst appends in to m's instructions.
func (m *method) addInst(in dalvik.Inst) {
	x, ok := compact(in)
	if !ok {
		if m.wide == nil {
			m.wide = map[int32]dalvik.Inst{}
		}
		in.Payload = nil
		m.wide[int32(len(m.insts))] = in
		x.bits |= bitWide
	}
	m.insts = append(m.insts, x)
}
