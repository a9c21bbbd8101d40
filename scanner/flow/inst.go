package flow

import "github.com/apkscan/apkscan/scanner/dalvik"

// inst is a dalvik.Inst without its Payload pointer and with narrow
// integers (56 bytes, not 88). A method's decoded instructions, the largest
// thing the analysis keeps, then hold no pointers and the collector never
// scans them; the switch tables the analysis needs from payloads are kept
// beside them (method.switches). TestInstFields keeps the fields in step
// with dalvik.Inst.
//
// The narrow fields hold every value decode can give: PC is below maxInsns
// (longer methods are not decoded), dalvik caps Size at MaxInt32,
// RangeCount is a byte (AA) and ArgCount a nibble.
type inst struct {
	Op         dalvik.Opcode
	Format     dalvik.Format
	Truncated  bool
	Args       [5]uint8
	PC         int32
	Size       int32
	A, B, C    uint32
	RangeStart uint32
	Literal    int64
	Branch     int32
	Index      uint32
	Index2     uint32
	RangeCount uint16
	ArgCount   uint8
}

func compact(in dalvik.Inst) inst {
	return inst{Op: in.Op, Format: in.Format, Truncated: in.Truncated, Args: in.Args, PC: int32(in.PC), Size: int32(in.Size),
		A: in.A, B: in.B, C: in.C, RangeStart: in.RangeStart, RangeCount: uint16(in.RangeCount), ArgCount: uint8(in.ArgCount),
		Literal: in.Literal, Branch: in.Branch, Index: in.Index, Index2: in.Index2}
}

// full is the dalvik.Inst again, with a nil Payload.
func (x *inst) full() dalvik.Inst {
	return dalvik.Inst{Op: x.Op, Format: x.Format, Truncated: x.Truncated, Args: x.Args, PC: int(x.PC), Size: int(x.Size),
		A: x.A, B: x.B, C: x.C, RangeStart: x.RangeStart, RangeCount: int(x.RangeCount), ArgCount: int(x.ArgCount),
		Literal: x.Literal, Branch: x.Branch, Index: x.Index, Index2: x.Index2}
}
