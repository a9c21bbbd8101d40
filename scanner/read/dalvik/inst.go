package dalvik

// Payload idents: the whole first code unit of a payload pseudo-instruction.
// Their low byte is 0x00 (nop), which is how they hide in the code stream.
const (
	PackedSwitchIdent  uint16 = 0x0100
	SparseSwitchIdent  uint16 = 0x0200
	FillArrayDataIdent uint16 = 0x0300
)

// PayloadKind identifies which payload pseudo-instruction an Inst is.
type PayloadKind uint8

// Payload kinds.
const (
	PayloadNone PayloadKind = iota
	PayloadPackedSwitch
	PayloadSparseSwitch
	PayloadFillArrayData
)

// String returns the name dexdump uses for the payload ("packed-switch-data").
func (k PayloadKind) String() string {
	switch k {
	case PayloadPackedSwitch:
		return "packed-switch-data"
	case PayloadSparseSwitch:
		return "sparse-switch-data"
	case PayloadFillArrayData:
		return "array-data"
	}
	return "none"
}

// Payload is the content of a payload pseudo-instruction.
type Payload struct {
	Kind PayloadKind
	// FirstKey is packed-switch's first_key; Keys[i] == FirstKey+i.
	FirstKey int32
	// Keys are the switch keys: computed for packed-switch, read for sparse-switch.
	Keys []int32
	// Targets are branch offsets relative to the switch instruction (not to
	// the payload), parallel to Keys.
	Targets []int32
	// ElementWidth is fill-array-data's element_width in bytes.
	ElementWidth int
	// ElementCount is fill-array-data's size (number of elements).
	ElementCount int
	// Data holds ElementWidth*ElementCount bytes of little-endian elements.
	Data []byte
}

// Inst is one decoded instruction or payload. Which operand fields are set
// depends on Format (see the Dalvik "instruction formats" document):
//
//	12x 22x 32x 23x  A, B (, C) registers
//	11n 21s 21h 31i 51l 22b 22s  A (, B) registers and Literal
//	10t 20t 30t 21t 22t 31t  (A, B registers and) Branch
//	21c 31c 22c 22cs  A (, B) registers and Index
//	35c 35ms 35mi 45cc  ArgCount, Args, Index (, Index2)
//	3rc 3rms 3rmi 4rcc  RangeStart, RangeCount, Index (, Index2)
//	payload  Payload
//
// The fields are ordered to pack an Inst into 88 bytes: the code-path
// analysis keeps every instruction of every method it reaches.
type Inst struct {
	Op     Opcode // opcode byte; OpNop for payloads
	Format Format // format the operands were decoded with; FormatPayload for payloads

	// Truncated is set when the instruction's operands run past the end of
	// insns. Decode and Walk return such an Inst together with an error;
	// its operands were read as if the missing code units were zero.
	Truncated bool

	Args [5]uint8 // 35c family: argument registers vC, vD, vE, vF, vG

	PC   int // address in code units from the start of insns
	Size int // length in code units, as dexdump advances

	A, B, C uint32 // register operands vA, vB, vC

	RangeStart uint32 // 3rc family: first argument register (vCCCC)
	RangeCount int    // 3rc family: number of argument registers (AA)
	ArgCount   int    // 35c family: number of argument registers (0..5 when valid)

	Literal int64  // constant operand, sign-extended; 21h already shifted into place
	Branch  int32  // branch or payload offset, relative to PC
	Index   uint32 // pool index (see IndexKind)
	Index2  uint32 // 45cc/4rcc: proto_ids index

	Payload *Payload // set for every payload; contents left empty when Truncated
}

// Info is the static description of the instruction's opcode.
func (i Inst) Info() OpInfo { return opTable[i.Op] }

// IsPayload reports whether i is a payload pseudo-instruction.
func (i Inst) IsPayload() bool { return i.Format == FormatPayload }

// Name is the mnemonic dexdump prints: the payload name for payloads,
// otherwise the opcode name.
func (i Inst) Name() string {
	if i.IsPayload() {
		return i.PayloadKind().String()
	}
	return i.Op.Name()
}

// PayloadKind returns the payload kind, PayloadNone for ordinary instructions.
func (i Inst) PayloadKind() PayloadKind {
	if i.Payload != nil {
		return i.Payload.Kind
	}
	return PayloadNone
}

// IndexKind is what Index refers to; IndexNone for payloads.
func (i Inst) IndexKind() IndexKind {
	if i.IsPayload() {
		return IndexNone
	}
	return opTable[i.Op].Index
}

// Flags are the opcode's control-flow flags; payloads have none (execution
// must never reach them).
func (i Inst) Flags() Flags {
	if i.IsPayload() {
		return 0
	}
	return opTable[i.Op].Flags
}

// Target is the absolute code-unit address PC+Branch, meaningful for
// branches, switches and fill-array-data.
func (i Inst) Target() int { return i.PC + int(i.Branch) }

// ArgRegs returns the argument registers of an invoke or filled-new-array
// (35c/3rc families), nil otherwise. For 3rc it allocates RangeCount entries,
// at most 255.
func (i Inst) ArgRegs() []uint32 {
	switch i.Format {
	case Format35c, Format35ms, Format35mi, Format45cc:
		return i.AppendArgRegs(make([]uint32, 0, min(i.ArgCount, len(i.Args))))
	case Format3rc, Format3rms, Format3rmi, Format4rcc:
		return i.AppendArgRegs(make([]uint32, 0, i.RangeCount))
	}
	return nil
}

// AppendArgRegs appends the registers ArgRegs returns to dst, so that a
// caller decoding many invokes can reuse one buffer.
func (i Inst) AppendArgRegs(dst []uint32) []uint32 {
	switch i.Format {
	case Format35c, Format35ms, Format35mi, Format45cc:
		for k := range min(i.ArgCount, len(i.Args)) {
			dst = append(dst, uint32(i.Args[k]))
		}
		return dst
	case Format3rc, Format3rms, Format3rmi, Format4rcc:
		for k := range max(i.RangeCount, 0) {
			dst = append(dst, i.RangeStart+uint32(k))
		}
		return dst
	}
	return dst
}

func payloadKindOf(ident uint16) PayloadKind {
	switch ident {
	case PackedSwitchIdent:
		return PayloadPackedSwitch
	case SparseSwitchIdent:
		return PayloadSparseSwitch
	case FillArrayDataIdent:
		return PayloadFillArrayData
	}
	return PayloadNone
}
