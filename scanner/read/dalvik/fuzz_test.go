package dalvik

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"
)

// fuzzSeeds are real method bodies plus the synthetic oracle cases, as
// little-endian bytes.
func fuzzSeeds(f *testing.F) [][]byte {
	_, bodies := realMethods(f)
	for _, tc := range synthCases {
		bodies = append(bodies, tc.units)
	}
	for _, tc := range decodeCases {
		bodies = append(bodies, tc.units)
	}
	seeds := make([][]byte, len(bodies))
	for k, b := range bodies {
		seeds[k] = unitsToBytes(b)
	}
	return seeds
}

func unitsToBytes(units []uint16) []byte {
	b := make([]byte, 2*len(units))
	for i, u := range units {
		binary.LittleEndian.PutUint16(b[2*i:], u)
	}
	return b
}

func bytesToUnits(b []byte) []uint16 {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return units
}

// checkInst verifies the invariants every decoded instruction must keep.
func checkInst(t *testing.T, insns []uint16, inst Inst, err error) {
	t.Helper()
	if err != nil && strings.Contains(err.Error(), "panic") {
		t.Fatalf("decoder panicked: %v", err)
	}
	var de *Error
	if err != nil && !errors.As(err, &de) {
		t.Fatalf("error %v is not *Error", err)
	}
	if inst.Size < 1 {
		t.Fatalf("@%d: size %d", inst.PC, inst.Size)
	}
	if inst.Truncated != errors.Is(err, ErrTruncated) {
		t.Fatalf("@%d: Truncated=%v with err %v", inst.PC, inst.Truncated, err)
	}
	if !inst.Truncated && inst.PC+inst.Size > len(insns) {
		t.Fatalf("@%d: size %d runs past %d units without Truncated", inst.PC, inst.Size, len(insns))
	}
	if p := inst.Payload; p != nil && !inst.Truncated {
		if len(p.Keys) != len(p.Targets) || len(p.Data) > 2*inst.Size {
			t.Fatalf("@%d: inconsistent payload %+v", inst.PC, p)
		}
	}
	if inst.Text(nil) == "" || inst.Text(fakeResolver{}) == "" {
		t.Fatalf("@%d: empty text", inst.PC)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, 0)
		f.Add(s, len(s)/4)
	}
	f.Fuzz(func(t *testing.T, code []byte, pc int) {
		insns := bytesToUnits(code)
		inst, err := Decode(insns, pc)
		if pc < 0 || pc >= len(insns) {
			if !errors.Is(err, ErrPC) {
				t.Fatalf("pc %d of %d: err %v, want ErrPC", pc, len(insns), err)
			}
			return
		}
		checkInst(t, insns, inst, err)
	})
}

func FuzzWalk(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code []byte) {
		insns := bytesToUnits(code)
		next, n := 0, 0
		err := Walk(insns, func(inst Inst) error {
			if inst.PC != next {
				t.Fatalf("Walk at %d, expected %d", inst.PC, next)
			}
			d, derr := Decode(insns, inst.PC)
			checkInst(t, insns, d, derr)
			next += inst.Size
			n++
			return nil
		})
		if n > len(insns) {
			t.Fatalf("%d instructions in %d units", n, len(insns))
		}
		if err == nil && next != len(insns) {
			t.Fatalf("clean walk ended at %d of %d units", next, len(insns))
		}
	})
}
