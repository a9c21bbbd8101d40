package flow

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unsafe"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// TestInstFields: inst carries every field of dalvik.Inst but Payload (a
// field added to dalvik.Inst must be packed too), and packs to 32 bytes.
func TestInstFields(t *testing.T) {
	want := reflect.TypeOf(dalvik.Inst{})
	known := map[string]bool{"Op": true, "Format": true, "Truncated": true, "Args": true, "PC": true, "Size": true,
		"A": true, "B": true, "C": true, "RangeStart": true, "RangeCount": true, "ArgCount": true,
		"Literal": true, "Branch": true, "Index": true, "Index2": true, "Payload": true}
	for i := 0; i < want.NumField(); i++ {
		if f := want.Field(i); !known[f.Name] {
			t.Errorf("dalvik.Inst has a field %s that inst does not pack", f.Name)
		}
	}
	if n := unsafe.Sizeof(inst{}); n != 32 {
		t.Errorf("inst is %d bytes, want 32", n)
	}
}

// TestInstRoundTrip decodes every opcode and payload over random operand
// units and requires compact to take each instruction and full to give it
// back unchanged: the decoder's values all fit the packing.
func TestInstRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	units := make([]uint16, 8)
	n := 0
	for op := 0; op < 256; op++ {
		for trial := 0; trial < 400; trial++ {
			for k := range units {
				units[k] = uint16(rng.Uint32())
			}
			switch trial % 4 {
			case 0: // extremes: all ones, then all zeros
				for k := range units {
					units[k] = 0xffff
				}
			case 1:
				clear(units)
			}
			units[0] = units[0]&0xff00 | uint16(op)
			for _, cut := range []int{len(units), 1 + trial%3} { // whole, and truncated
				in, _ := dalvik.Decode(units[:cut], 0)
				checkRoundTrip(t, in)
				n++
			}
		}
	}
	for _, ident := range []uint16{0x0100, 0x0200, 0x0300} {
		for size := range 40 {
			u := make([]uint16, 2+size)
			for k := range u {
				u[k] = uint16(rng.Uint32())
			}
			u[0] = ident
			in, _ := dalvik.Decode(u, 0)
			in.Payload = nil
			checkRoundTrip(t, in)
			n++
		}
	}
	t.Logf("%d instructions round-tripped", n)
}

func checkRoundTrip(t *testing.T, in dalvik.Inst) {
	t.Helper()
	in.Payload = nil
	x, ok := compact(in)
	if !ok {
		t.Fatalf("compact refused %+v", in)
	}
	if back := x.full(); back != in {
		t.Fatalf("round trip: %+v, want %+v", back, in)
	}
	checkInPlace(t, in)
}

// checkInPlace: what the passes read without unpacking (flags, target,
// registers) agrees with the unpacked instruction, packed or wide.
func checkInPlace(t *testing.T, in dalvik.Inst) {
	t.Helper()
	m := &method{mstate: &mstate{}}
	m.addInst(in)
	a, b, c := m.regs(0)
	if m.insts[0].flags() != in.Flags() || m.target(0) != in.Target() || a != in.A || b != in.B || c != in.C {
		t.Fatalf("read in place: flags %v target %d regs %d %d %d; unpacked %+v", m.insts[0].flags(), m.target(0), a, b, c, in)
	}
}

// TestInstWide: an instruction the packing cannot hold (values past what
// the decoder gives) is kept whole, and inst(i) returns it.
func TestInstWide(t *testing.T) {
	cases := []dalvik.Inst{
		{Op: dalvik.OpMoveFrom16, A: 1 << 16, B: 3, PC: 0, Size: 2},
		{Op: dalvik.OpAddInt, A: 1, B: 2, C: 1 << 16, PC: 0, Size: 2},
		{Op: dalvik.OpMove16, A: 1, B: 1 << 16, PC: 0, Size: 3},
		{Op: dalvik.OpConst, A: 1, Literal: 5, Index: 7, PC: 2, Size: 3},
		{Op: dalvik.OpInvokeVirtual, ArgCount: 16, Args: [5]uint8{1, 2, 3, 4, 16}, Index: 9, PC: 5, Size: 3},
		{Op: dalvik.OpInvokeVirtualRange, RangeCount: 256, RangeStart: 70000, Index: 9, PC: 8, Size: 3},
	}
	m := &method{mstate: &mstate{}}
	for _, in := range cases {
		if _, ok := compact(in); ok {
			t.Errorf("compact took %+v", in)
		}
		m.addInst(in)
	}
	m.addInst(dalvik.Inst{Op: dalvik.OpNop, PC: 11, Size: 1})
	for i, in := range cases {
		if got := m.inst(i); got != in {
			t.Errorf("inst(%d) = %+v, want %+v", i, got, in)
		}
		checkInPlace(t, in)
	}
	if len(m.wide) != len(cases) || m.inst(len(cases)).Op != dalvik.OpNop {
		t.Errorf("wide holds %d, want %d; the packed nop after them: %+v", len(m.wide), len(cases), m.inst(len(cases)))
	}
}
