package dalvik

import "testing"

func TestOpcodeTable(t *testing.T) {
	tests := []struct {
		op     Opcode
		name   string
		format Format
		index  IndexKind
		flags  Flags
	}{
		{OpNop, "nop", Format10x, IndexNone, CanContinue},
		{OpConst4, "const/4", Format11n, IndexNone, CanContinue},
		{OpConstWideHigh16, "const-wide/high16", Format21h, IndexNone, CanContinue},
		{OpConstStringJumbo, "const-string/jumbo", Format31c, IndexString, CanContinue | CanThrow},
		{OpReturnVoid, "return-void", Format10x, IndexNone, CanReturn},
		{OpThrow, "throw", Format11x, IndexNone, CanThrow},
		{OpGoto32, "goto/32", Format30t, IndexNone, CanBranch},
		{OpIfLez, "if-lez", Format21t, IndexNone, CanContinue | CanBranch},
		{OpSparseSwitch, "sparse-switch", Format31t, IndexNone, CanContinue | CanSwitch},
		{OpFillArrayData, "fill-array-data", Format31t, IndexNone, CanContinue | CanThrow},
		{OpUnused3E, "unused-3e", Format10x, IndexUnknown, 0},
		{OpUnusedF9, "unused-f9", Format10x, IndexUnknown, 0},
		{OpIget, "iget", Format22c, IndexField, CanContinue | CanThrow},
		{OpSputShort, "sput-short", Format21c, IndexField, CanContinue | CanThrow},
		{OpInvokeVirtualRange, "invoke-virtual/range", Format3rc, IndexMethod, CanContinue | CanThrow | IsInvoke},
		{OpReturnVoidNoBarrier, "return-void-no-barrier", Format10x, IndexNone, CanReturn},
		{OpDivIntLit8, "div-int/lit8", Format22b, IndexNone, CanContinue | CanThrow},
		{OpRsubInt, "rsub-int", Format22s, IndexNone, CanContinue},
		{OpIputObjectQuick, "iput-object-quick", Format22cs, IndexFieldOffset, CanContinue | CanThrow},
		{OpInvokeVirtualQuick, "invoke-virtual-quick", Format35ms, IndexVtableOffset, CanContinue | CanThrow | IsInvoke},
		{OpInvokeVirtualRangeQuick, "invoke-virtual/range-quick", Format3rms, IndexVtableOffset, CanContinue | CanThrow | IsInvoke},
		{OpInvokePolymorphic, "invoke-polymorphic", Format45cc, IndexMethodAndProto, CanContinue | CanThrow | IsInvoke},
		{OpInvokePolymorphicRange, "invoke-polymorphic/range", Format4rcc, IndexMethodAndProto, CanContinue | CanThrow | IsInvoke},
		{OpInvokeCustom, "invoke-custom", Format35c, IndexCallSite, CanContinue | CanThrow | IsInvoke},
		{OpInvokeCustomRange, "invoke-custom/range", Format3rc, IndexCallSite, CanContinue | CanThrow | IsInvoke},
		{OpConstMethodHandle, "const-method-handle", Format21c, IndexMethodHandle, CanContinue | CanThrow},
		{OpConstMethodType, "const-method-type", Format21c, IndexProto, CanContinue | CanThrow},
		{OpConstWide, "const-wide", Format51l, IndexNone, CanContinue},
	}
	for _, tc := range tests {
		info := tc.op.Info()
		if info != (OpInfo{tc.name, tc.format, tc.index, tc.flags}) {
			t.Errorf("opcode 0x%02x: %+v, want %s %s %s %b", uint8(tc.op), info, tc.name, tc.format, tc.index, tc.flags)
		}
	}
}

// TestOpcodeTableInvariants checks properties every entry must have.
func TestOpcodeTableInvariants(t *testing.T) {
	names := map[string]Opcode{}
	unused, odex := 0, 0
	for i := range 256 {
		op := Opcode(i)
		info := op.Info()
		if prev, dup := names[info.Name]; dup || info.Name == "" {
			t.Errorf("opcode 0x%02x: name %q empty or shared with 0x%02x", i, info.Name, uint8(prev))
		}
		names[info.Name] = op
		if n := info.Format.Units(); n < 1 || n > 5 {
			t.Errorf("%s: format %s has %d units", info.Name, info.Format, n)
		}
		hasIndex := info.Index != IndexNone && info.Index != IndexUnknown
		switch info.Format {
		case Format21c, Format22c, Format22cs, Format31c, Format35c, Format35ms, Format3rc, Format3rms, Format45cc, Format4rcc:
			if !hasIndex {
				t.Errorf("%s: format %s without index kind", info.Name, info.Format)
			}
		default:
			if hasIndex {
				t.Errorf("%s: format %s cannot carry index kind %s", info.Name, info.Format, info.Index)
			}
		}
		if info.Flags&IsInvoke != 0 && info.Flags&CanThrow == 0 {
			t.Errorf("%s: invoke that cannot throw", info.Name)
		}
		if op.IsUnused() {
			unused++
		}
		if op.IsOdexOnly() {
			odex++
		}
	}
	if unused != 15 || odex != 17 {
		t.Errorf("%d unused and %d odex-only opcodes, want 15 and 17", unused, odex)
	}
}

func TestFormatUnits(t *testing.T) {
	want := map[Format]int{Format10x: 1, Format12x: 1, Format11n: 1, Format11x: 1, Format10t: 1,
		Format20t: 2, Format20bc: 2, Format22x: 2, Format21t: 2, Format21s: 2, Format21h: 2,
		Format21c: 2, Format23x: 2, Format22b: 2, Format22t: 2, Format22s: 2, Format22c: 2,
		Format22cs: 2, Format30t: 3, Format32x: 3, Format31i: 3, Format31t: 3, Format31c: 3,
		Format35c: 3, Format35ms: 3, Format35mi: 3, Format3rc: 3, Format3rms: 3, Format3rmi: 3,
		Format45cc: 4, Format4rcc: 4, Format51l: 5, FormatPayload: 0, FormatNone: 0}
	if len(want) != int(numFormats) {
		t.Fatalf("test covers %d formats, package has %d", len(want), numFormats)
	}
	for f, n := range want {
		if f.Units() != n {
			t.Errorf("%s.Units() = %d, want %d", f, f.Units(), n)
		}
	}
}
