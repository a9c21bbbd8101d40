package dalvik

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

// fakeResolver knows a handful of indices and fails for the rest, like a
// dex file whose pools are short.
type fakeResolver struct{}

var errUnknownIndex = errors.New("unknown index")

func (fakeResolver) lookup(m map[uint32]string, idx uint32) (string, error) {
	if s, ok := m[idx]; ok {
		return s, nil
	}
	return "", errUnknownIndex
}
func (r fakeResolver) ResolveString(i uint32) (string, error) {
	return r.lookup(map[uint32]string{0x12: "hello", 0x13: "two\nlines \"q\""}, i)
}
func (r fakeResolver) ResolveType(i uint32) (string, error) {
	return r.lookup(map[uint32]string{1: "Ljava/lang/Object;"}, i)
}
func (r fakeResolver) ResolveField(i uint32) (string, error) {
	return r.lookup(map[uint32]string{7: "LT;.f:I"}, i)
}
func (r fakeResolver) ResolveMethod(i uint32) (string, error) {
	return r.lookup(map[uint32]string{4: "Ljava/lang/Object;.<init>:()V"}, i)
}
func (r fakeResolver) ResolveProto(i uint32) (string, error) {
	return r.lookup(map[uint32]string{3: "(I)V"}, i)
}
func (r fakeResolver) ResolveMethodHandle(uint32) (string, error) { return "", errUnknownIndex }
func (r fakeResolver) ResolveCallSite(uint32) (string, error)     { return "", errUnknownIndex }

type decodeCase struct {
	name  string
	pc    int      // units are placed at this address, preceded by nops
	units []uint16 // code from pc on
	text  string   // expected Text(fakeResolver{}), as dexdump prints it
	size  int
	err   error // sentinel, nil for none
	want  *Inst // when set, the whole decoded Inst (PC included)
}

// Expected texts were taken from dexdump -d output for the same code units
// (see TestOracleSynthetic, which checks them against dexdump directly).
var decodeCases = []decodeCase{
	{name: "10x nop spacer", units: []uint16{0xff00}, text: "nop // spacer", size: 1},
	{name: "10x return-void", units: []uint16{0x000e}, text: "return-void", size: 1},
	{name: "10x unused", units: []uint16{0x213e}, text: "unused-3e", size: 1},
	{name: "12x move", units: []uint16{0x2101}, text: "move v1, v2", size: 1,
		want: &Inst{Op: OpMove, Format: Format12x, Size: 1, A: 1, B: 2}},
	{name: "11n const/4 positive", units: []uint16{0x2112}, text: "const/4 v1, #int 2 // #2", size: 1},
	{name: "11n const/4 negative", units: []uint16{0x8312}, text: "const/4 v3, #int -8 // #f8", size: 1,
		want: &Inst{Op: OpConst4, Format: Format11n, Size: 1, A: 3, Literal: -8}},
	{name: "11x move-result", units: []uint16{0x210a}, text: "move-result v33", size: 1},
	{name: "10t goto", pc: 0x118, units: []uint16{0x2128}, text: "goto 0139 // +0021", size: 1},
	{name: "10t goto back", pc: 5, units: []uint16{0xff28}, text: "goto 0004 // -0001", size: 1,
		want: &Inst{Op: OpGoto, Format: Format10t, PC: 5, Size: 1, Branch: -1}},
	{name: "20t goto/16", pc: 0x11f, units: []uint16{0x2129, 1}, text: "goto/16 0120 // +0001", size: 2},
	{name: "22x move/from16", units: []uint16{0x2102, 1}, text: "move/from16 v33, v1", size: 2},
	{name: "21t if-eqz", pc: 0x188, units: []uint16{0x2138, 1}, text: "if-eqz v33, 0189 // +0001", size: 2},
	{name: "21s const/16", units: []uint16{0x0313, 0xfed4}, text: "const/16 v3, #int -300 // #fed4", size: 2},
	{name: "21s const-wide/16", units: []uint16{0x2116, 1}, text: "const-wide/16 v33, #int 1 // #1", size: 2},
	{name: "21h const/high16", units: []uint16{0x0215, 0x7f00}, text: "const/high16 v2, #int 2130706432 // #7f00", size: 2,
		want: &Inst{Op: OpConstHigh16, Format: Format21h, Size: 2, A: 2, Literal: 0x7f000000}},
	{name: "21h const-wide/high16", units: []uint16{0x0019, 0x4000},
		text: "const-wide/high16 v0, #long 4611686018427387904 // #4000", size: 2},
	{name: "21c const-string", units: []uint16{0x011a, 0x0012}, text: `const-string v1, "hello" // string@0012`, size: 2},
	{name: "21c const-string raw newline", units: []uint16{0x011a, 0x0013},
		text: "const-string v1, \"two\nlines \"q\"\" // string@0013", size: 2},
	{name: "21c sget resolved", units: []uint16{0x0060, 7}, text: "sget v0, LT;.f:I // field@0007", size: 2},
	{name: "21c const-method-handle", units: []uint16{0x21fe, 1}, text: "const-method-handle v33, method_handle@0001", size: 2},
	{name: "21c const-method-type", units: []uint16{0x21ff, 1}, text: "const-method-type v33, <?> // proto@0001", size: 2},
	{name: "21c const-method-type resolved", units: []uint16{0x01ff, 3}, text: "const-method-type v1, (I)V // proto@0003", size: 2},
	{name: "23x cmpl-float", units: []uint16{0x212d, 0x0001}, text: "cmpl-float v33, v1, v0", size: 2,
		want: &Inst{Op: OpCmplFloat, Format: Format23x, Size: 2, A: 33, B: 1, C: 0}},
	{name: "22b add-int/lit8", units: []uint16{0x21d8, 0xff01}, text: "add-int/lit8 v33, v1, #int -1 // #ff", size: 2},
	{name: "22t if-eq", pc: 0x15e, units: []uint16{0x2132, 1}, text: "if-eq v1, v2, 015f // +0001", size: 2},
	{name: "22s add-int/lit16", units: []uint16{0x21d0, 1}, text: "add-int/lit16 v1, v2, #int 1 // #0001", size: 2},
	{name: "22c new-array", units: []uint16{0x2123, 1}, text: "new-array v1, v2, Ljava/lang/Object; // type@0001", size: 2},
	{name: "22c iget unresolved", units: []uint16{0x2152, 1}, text: "iget v1, v2, <field?> // field@0001", size: 2},
	{name: "22cs iget-quick", units: []uint16{0x21e3, 1}, text: "iget-quick v1, v2, [obj+0001]", size: 2},
	{name: "30t goto/32", units: []uint16{0x212a, 1, 2}, text: "goto/32 #00020001", size: 3},
	{name: "32x move/16", units: []uint16{0x2103, 1, 2}, text: "move/16 v1, v2", size: 3},
	{name: "31i const", units: []uint16{0x0214, 0x0000, 0x3fc0}, text: "const v2, #float 1.5 // #3fc00000", size: 3},
	{name: "31i const-wide/32", units: []uint16{0x2117, 1, 2}, text: "const-wide/32 v33, #float 1.83672e-40 // #00020001", size: 3},
	{name: "31t packed-switch", pc: 0x12d, units: []uint16{0x212b, 1, 2}, text: "packed-switch v33, 0002012e // +00020001", size: 3},
	{name: "31t packed-switch back", pc: 0x10, units: []uint16{0x002b, 0xfffe, 0xffff},
		text: "packed-switch v0, 0000000e // +fffffffe", size: 3},
	{name: "31c const-string/jumbo", units: []uint16{0x211b, 1, 2}, text: "const-string/jumbo v33, <string?> // string@00020001", size: 3},
	{name: "35c invoke-direct", units: []uint16{0x1070, 0x0004, 0x0000},
		text: "invoke-direct {v0}, Ljava/lang/Object;.<init>:()V // method@0004", size: 3},
	{name: "35c five args", units: []uint16{0x5a6e, 4, 0x4321},
		text: "invoke-virtual {v1, v2, v3, v4, v10}, Ljava/lang/Object;.<init>:()V // method@0004", size: 3,
		want: &Inst{Op: OpInvokeVirtual, Format: Format35c, Size: 3, ArgCount: 5, Args: [5]uint8{1, 2, 3, 4, 10}, Index: 4}},
	{name: "35c filled-new-array none", units: []uint16{0x0024, 1, 0}, text: "filled-new-array {}, Ljava/lang/Object; // type@0001", size: 3},
	{name: "35c invoke-custom", units: []uint16{0x21fc, 1, 2}, text: "invoke-custom {v2, v0}, call_site@0001", size: 3},
	{name: "35ms invoke-virtual-quick", units: []uint16{0x21e9, 1, 2}, text: "invoke-virtual-quick {v2, v0}, [0001] // vtable #0001", size: 3},
	{name: "3rc invoke-static/range", units: []uint16{0x0277, 4, 5},
		text: "invoke-static/range {v5, v6}, Ljava/lang/Object;.<init>:()V // method@0004", size: 3,
		want: &Inst{Op: OpInvokeStaticRange, Format: Format3rc, Size: 3, RangeStart: 5, RangeCount: 2, Index: 4}},
	{name: "3rms invoke-virtual/range-quick", units: []uint16{0x01ea, 9, 2}, text: "invoke-virtual/range-quick {v2}, [0009] // vtable #0009", size: 3},
	{name: "45cc invoke-polymorphic", units: []uint16{0x21fa, 1, 2, 3},
		text: "invoke-polymorphic {v2, v0}, <method?>, (I)V // method@0001, proto@0003", size: 4,
		want: &Inst{Op: OpInvokePolymorphic, Format: Format45cc, Size: 4, ArgCount: 2, Args: [5]uint8{2, 0, 0, 0, 1}, Index: 1, Index2: 3}},
	{name: "4rcc invoke-polymorphic/range", units: []uint16{0x03fb, 4, 0x10, 9},
		text: "invoke-polymorphic/range {v16, v17, v18}, Ljava/lang/Object;.<init>:()V, <proto?> // method@0004, proto@0009", size: 4},
	{name: "51l const-wide", units: []uint16{0x0018, 0x2d18, 0x5444, 0x21fb, 0x4009},
		text: "const-wide v0, #double 3.14159 // #400921fb54442d18", size: 5},

	{name: "packed-switch-data", units: []uint16{0x0100, 2, 0xfff0, 0x7fff, 3, 0, 0xfffc, 0xffff},
		text: "packed-switch-data (8 units)", size: 8,
		want: &Inst{Op: OpNop, Format: FormatPayload, Size: 8, Payload: &Payload{Kind: PayloadPackedSwitch,
			FirstKey: 0x7ffffff0, Keys: []int32{0x7ffffff0, 0x7ffffff1}, Targets: []int32{3, -4}}}},
	{name: "packed-switch-data empty", units: []uint16{0x0100, 0, 0, 0}, text: "packed-switch-data (4 units)", size: 4},
	{name: "sparse-switch-data", units: []uint16{0x0200, 2, 1, 0, 0x8000, 0, 4, 0, 0xfff8, 0xffff},
		text: "sparse-switch-data (10 units)", size: 10,
		want: &Inst{Op: OpNop, Format: FormatPayload, Size: 10, Payload: &Payload{Kind: PayloadSparseSwitch,
			Keys: []int32{1, 0x8000}, Targets: []int32{4, -8}}}},
	{name: "array-data odd bytes", units: []uint16{0x0300, 1, 3, 0, 0x0201, 0x0003},
		text: "array-data (6 units)", size: 6,
		want: &Inst{Op: OpNop, Format: FormatPayload, Size: 6, Payload: &Payload{Kind: PayloadFillArrayData,
			ElementWidth: 1, ElementCount: 3, Data: []byte{1, 2, 3}}}},
	{name: "array-data long", units: []uint16{0x0300, 8, 1, 0, 1, 2, 3, 4}, text: "array-data (8 units)", size: 8},
	{name: "array-data width 0", units: []uint16{0x0300, 0, 5, 0}, text: "array-data (4 units)", size: 4},

	{name: "truncated const", units: []uint16{0x0014, 1}, text: "const v0, #float 1.4013e-45 // #00000001", size: 3, err: ErrTruncated},
	{name: "truncated const-wide", units: []uint16{0x0018}, size: 5, err: ErrTruncated,
		text: "const-wide v0, #double 0 // #0000000000000000"},
	{name: "truncated invoke", units: []uint16{0x1070, 4}, size: 3, err: ErrTruncated,
		text: "invoke-direct {v0}, Ljava/lang/Object;.<init>:()V // method@0004"},
	{name: "truncated packed header", units: []uint16{0x0100, 0}, text: "packed-switch-data (4 units)", size: 4, err: ErrTruncated},
	{name: "truncated packed targets", units: []uint16{0x0100, 3, 0, 0, 1, 0}, text: "packed-switch-data (10 units)", size: 10, err: ErrTruncated},
	{name: "truncated sparse", units: []uint16{0x0200, 1, 0, 0, 1}, text: "sparse-switch-data (6 units)", size: 6, err: ErrTruncated},
	{name: "truncated sparse header", units: []uint16{0x0200}, text: "sparse-switch-data (2 units)", size: 2, err: ErrTruncated},
	{name: "truncated array", units: []uint16{0x0300, 1, 4, 0, 0x0201}, text: "array-data (6 units)", size: 6, err: ErrTruncated},
	{name: "array size wraps 32 bits", units: []uint16{0x0300, 2, 0, 0x8000}, text: "array-data (4 units)", size: 4, err: ErrArrayData},
	{name: "array huge", units: []uint16{0x0300, 0xffff, 0xffff, 0xffff}, text: "array-data (2147450885 units)", size: 2147450885, err: ErrTruncated},
	// dexdump prints uninitialized registers past the fifth; we print the five that exist.
	{name: "35c six args", units: []uint16{0x606e, 4, 0x4321}, text: "invoke-virtual {v1, v2, v3, v4, v0}, Ljava/lang/Object;.<init>:()V // method@0004",
		size: 3, err: ErrArgCount},
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases {
		t.Run(tc.name, func(t *testing.T) {
			insns := append(make([]uint16, tc.pc), tc.units...)
			inst, err := Decode(insns, tc.pc)
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if inst.PC != tc.pc || inst.Size != tc.size {
				t.Errorf("pc/size = %d/%d, want %d/%d", inst.PC, inst.Size, tc.pc, tc.size)
			}
			if inst.Truncated != errors.Is(tc.err, ErrTruncated) {
				t.Errorf("Truncated = %v", inst.Truncated)
			}
			if got := inst.Text(fakeResolver{}); got != tc.text {
				t.Errorf("Text:\n got  %q\n want %q", got, tc.text)
			}
			if tc.want != nil {
				want := *tc.want
				want.PC = tc.pc
				if !reflect.DeepEqual(inst, want) {
					t.Errorf("Inst:\n got  %+v\n want %+v", inst, want)
				}
			}
		})
	}
}

func TestDecodeBadPC(t *testing.T) {
	insns := []uint16{0x000e, 0x000e}
	for _, pc := range []int{-1, 2, 1 << 40} {
		if _, err := Decode(insns, pc); !errors.Is(err, ErrPC) {
			t.Errorf("Decode(pc=%d) err = %v, want ErrPC", pc, err)
		}
	}
	if _, err := Decode(nil, 0); !errors.Is(err, ErrPC) {
		t.Errorf("Decode(nil) err = %v, want ErrPC", err)
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := Decode([]uint16{0x000e, 0x0014, 1}, 1)
	want := "dalvik: insns[0x0001] const: needs 3 code units, 2 left: instruction truncated"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
	var de *Error
	if !errors.As(err, &de) || de.PC != 1 {
		t.Errorf("error %v is not *Error at pc 1", err)
	}
}

func TestArgRegs(t *testing.T) {
	tests := []struct {
		units []uint16
		want  []uint32
	}{
		{[]uint16{0x5a6e, 4, 0x4321}, []uint32{1, 2, 3, 4, 10}},
		{[]uint16{0x0277, 4, 0xfffe}, []uint32{0xfffe, 0xffff}},
		{[]uint16{0x0071, 4, 0}, []uint32{}},
		{[]uint16{0x2101}, nil},
	}
	for _, tc := range tests {
		inst, err := Decode(tc.units, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := inst.ArgRegs(); fmt.Sprint(got) != fmt.Sprint(tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("%s: ArgRegs = %v, want %v", inst.Text(nil), got, tc.want)
		}
		buf := []uint32{99}
		if got := inst.AppendArgRegs(buf); fmt.Sprint(got[1:]) != fmt.Sprint(tc.want) || got[0] != 99 {
			t.Errorf("%s: AppendArgRegs = %v, want [99] + %v", inst.Text(nil), got, tc.want)
		}
	}
}
