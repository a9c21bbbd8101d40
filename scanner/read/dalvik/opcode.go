// Package dalvik decodes the Dalvik bytecode instruction set: the 256 opcodes,
// their formats, index kinds and control-flow flags, the three payload
// pseudo-instructions, and a dexdump-compatible text rendering.
//
// It knows nothing about the DEX container: callers hand it a method's insns
// array (16-bit code units) and, for rendering, a Resolver that turns pool
// indices into names. Every operand read is bounds-checked against the code
// units given; malformed code yields typed errors, never panics.
//
// The reference for names, sizes and text is the Android 11 dexdump that
// Debian ships (art/dexdump/dexdump.cc); the oracle test compares against it.
package dalvik

import "fmt"

// Opcode is the low byte of an instruction's first code unit.
type Opcode uint8

// Format is the Dalvik instruction format ID ("22c", "35c", ...): it fixes
// the instruction's size in code units and where its operands live.
type Format uint8

// Instruction formats, named as in the Dalvik bytecode specification.
// FormatPayload marks the three variable-length payload pseudo-instructions.
const (
	FormatNone Format = iota
	Format10x
	Format12x
	Format11n
	Format11x
	Format10t
	Format20t
	Format20bc
	Format22x
	Format21t
	Format21s
	Format21h
	Format21c
	Format23x
	Format22b
	Format22t
	Format22s
	Format22c
	Format22cs
	Format30t
	Format32x
	Format31i
	Format31t
	Format31c
	Format35c
	Format35ms
	Format35mi
	Format3rc
	Format3rms
	Format3rmi
	Format45cc
	Format4rcc
	Format51l
	FormatPayload
	numFormats
)

var formatNames = [numFormats]string{
	"", "10x", "12x", "11n", "11x", "10t", "20t", "20bc", "22x", "21t", "21s", "21h", "21c",
	"23x", "22b", "22t", "22s", "22c", "22cs", "30t", "32x", "31i", "31t", "31c", "35c", "35ms",
	"35mi", "3rc", "3rms", "3rmi", "45cc", "4rcc", "51l", "payload",
}

// String returns the format ID, e.g. "35c".
func (f Format) String() string {
	if f < numFormats {
		return formatNames[f]
	}
	return fmt.Sprintf("format(%d)", uint8(f))
}

// Units is the fixed size of the format in 16-bit code units: the first
// digit of its ID. It is 0 for FormatNone and FormatPayload, whose size
// depends on the data.
func (f Format) Units() int {
	s := f.String()
	if f == FormatNone || f == FormatPayload || len(s) < 2 {
		return 0
	}
	return int(s[0] - '0')
}

// IndexKind says which constant pool (or odex table) an instruction's
// Index operand points into.
type IndexKind uint8

// Index kinds, mirroring ART's Instruction::IndexType.
const (
	IndexNone           IndexKind = iota // no index operand
	IndexUnknown                         // unused opcode: the operand means nothing
	IndexString                          // string_ids
	IndexType                            // type_ids
	IndexField                           // field_ids
	IndexMethod                          // method_ids
	IndexMethodAndProto                  // method_ids in Index, proto_ids in Index2 (45cc, 4rcc)
	IndexProto                           // proto_ids
	IndexMethodHandle                    // method_handles
	IndexCallSite                        // call_site_ids
	IndexVtableOffset                    // odex: vtable slot (invoke-*-quick)
	IndexFieldOffset                     // odex: byte offset into the object (iget/iput-*-quick)
	IndexInline                          // odex: inline method number (execute-inline, 35mi/3rmi)
	numIndexKinds
)

var indexKindNames = [numIndexKinds]string{
	"none", "unknown", "string", "type", "field", "method", "method-and-proto", "proto",
	"method-handle", "call-site", "vtable-offset", "field-offset", "inline",
}

// String returns a short lower-case name such as "method-handle".
func (k IndexKind) String() string {
	if k < numIndexKinds {
		return indexKindNames[k]
	}
	return fmt.Sprintf("index-kind(%d)", uint8(k))
}

// Flags describe how control may leave an instruction; the CFG builder
// relies on them. An instruction with none of CanContinue, CanBranch,
// CanSwitch or CanReturn (throw, unused opcodes) ends its block for good.
type Flags uint8

// Control-flow flags, mirroring ART's Instruction::Flags.
const (
	CanContinue Flags = 1 << iota // may fall through to the next instruction
	CanBranch                     // may jump to PC+Branch (goto, if-*)
	CanSwitch                     // may jump to one of its payload's targets
	CanThrow                      // may raise an exception (edges to handlers)
	CanReturn                     // leaves the method normally
	IsInvoke                      // calls a method (its result feeds move-result*)
)

// OpInfo is the static description of one opcode.
type OpInfo struct {
	Name   string    // mnemonic as dexdump prints it
	Format Format    // instruction format
	Index  IndexKind // what Inst.Index refers to
	Flags  Flags     // control-flow flags
}

// Info returns the static description of op.
func (op Opcode) Info() OpInfo { return opTable[op] }

// Name is the mnemonic as dexdump prints it, e.g. "invoke-virtual/range".
func (op Opcode) Name() string { return opTable[op].Name }

// String is Name.
func (op Opcode) String() string { return opTable[op].Name }

// Format is the opcode's instruction format.
func (op Opcode) Format() Format { return opTable[op].Format }

// IndexKind is what the opcode's index operand refers to.
func (op Opcode) IndexKind() IndexKind { return opTable[op].Index }

// Flags are the opcode's control-flow flags.
func (op Opcode) Flags() Flags { return opTable[op].Flags }

// IsUnused reports whether the opcode byte is unassigned in Android 11.
func (op Opcode) IsUnused() bool { return opTable[op].Index == IndexUnknown }

// IsOdexOnly reports whether the opcode exists only in optimized (odex/vdex)
// code: return-void-no-barrier and the -quick forms. Such code in an APK's
// classes.dex is suspicious but still decodable.
func (op Opcode) IsOdexOnly() bool {
	return op == OpReturnVoidNoBarrier || (op >= OpIgetQuick && op <= OpIgetShortQuick)
}
