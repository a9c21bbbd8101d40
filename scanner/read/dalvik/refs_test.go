package dalvik

import (
	"errors"
	"fmt"
	"testing"
)

// refsByWalk is what ScanRefs must report: Walk's instructions that carry
// an index, with Walk's errors.
func refsByWalk(insns []uint16) ([]Ref, error) {
	var out []Ref
	err := Walk(insns, func(in Inst) error {
		if k := in.IndexKind(); poolRef(k) {
			out = append(out, Ref{PC: in.PC, Op: in.Op, Kind: k, Index: in.Index})
		}
		return nil
	})
	return out, err
}

func checkRefs(t *testing.T, name string, insns []uint16) {
	t.Helper()
	want, werr := refsByWalk(insns)
	var got []Ref
	gerr := ScanRefs(insns, func(r Ref) { got = append(got, r) })
	if (werr == nil) != (gerr == nil) || (werr != nil && werr.Error() != gerr.Error()) {
		t.Fatalf("%s: error %v, Walk says %v", name, gerr, werr)
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d refs, Walk finds %d", name, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%s: ref %d = %+v, Walk finds %+v", name, i, got[i], want[i])
		}
	}
	if n, walked := Count(insns), walkCount(insns); n != walked {
		t.Fatalf("%s: Count = %d, Walk reports %d instructions", name, n, walked)
	}
	if _, cerr := CountErr(insns); (werr == nil) != (cerr == nil) || (werr != nil && werr.Error() != cerr.Error()) {
		t.Fatalf("%s: CountErr error %v, Walk says %v", name, cerr, werr)
	}
}

func walkCount(insns []uint16) int {
	n := 0
	_ = Walk(insns, func(Inst) error { n++; return nil })
	return n
}

// TestScanRefsMatchesWalk runs both over every real method body saved in
// testdata and over hand-made odd code: payloads, truncation, a 35c with
// too many arguments, const-string/jumbo's 32-bit index.
func TestScanRefsMatchesWalk(t *testing.T) {
	_, bodies := realMethods(t)
	for i, body := range bodies {
		checkRefs(t, fmt.Sprintf("real method %d", i), body)
	}
	odd := map[string][]uint16{
		"const-string-jumbo":                {0x001b, 0x5678, 0x1234, 0x000e},
		"invoke then packed-switch payload": {0x1070, 0x0042, 0x0000, 0x002b, 0x0006, 0x0000, 0x000e, 0x0000, 0x0100, 0x0001, 0x0000, 0x0000, 0x0003, 0x0000},
		"truncated invoke":                  {0x1070, 0x0042},
		"35c with 7 args":                   {0x706e, 0x0011, 0x3210, 0x000e},
		"iget and sget":                     {0x1052, 0x0009, 0x0060, 0x0007, 0x000e},
		"unused opcode":                     {0x003e, 0x011a, 0x0002},
		"empty":                             {},
	}
	for name, insns := range odd {
		checkRefs(t, name, insns)
	}
}

// FuzzScanRefs: on any code units, ScanRefs and Walk agree.
func FuzzScanRefs(f *testing.F) {
	f.Add([]byte{0x1b, 0x00, 0x78, 0x56, 0x34, 0x12})
	f.Add([]byte{0x70, 0x10, 0x42, 0x00, 0x00, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		insns := make([]uint16, len(b)/2)
		for i := range insns {
			insns[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		want, werr := refsByWalk(insns)
		var got []Ref
		gerr := ScanRefs(insns, func(r Ref) { got = append(got, r) })
		if errors.Is(werr, errInternal) {
			t.Skip()
		}
		if (werr == nil) != (gerr == nil) || len(got) != len(want) {
			t.Fatalf("ScanRefs %d refs err %v; Walk %d refs err %v", len(got), gerr, len(want), werr)
		}
		if n, walked := Count(insns), walkCount(insns); n != walked {
			t.Fatalf("Count = %d, Walk reports %d instructions", n, walked)
		}
		if _, cerr := CountErr(insns); (werr == nil) != (cerr == nil) || (werr != nil && werr.Error() != cerr.Error()) {
			t.Fatalf("CountErr error %v, Walk says %v", cerr, werr)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("ref %d = %+v, Walk %+v", i, got[i], want[i])
			}
		}
	})
}
