package dalvik

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
)

// walkAll collects what Walk yields.
func walkAll(insns []uint16) ([]Inst, error) {
	var out []Inst
	err := Walk(insns, func(i Inst) error { out = append(out, i); return nil })
	return out, err
}

func TestWalk(t *testing.T) {
	tests := []struct {
		name  string
		insns []uint16
		pcs   []int // addresses Walk must yield, in order
		err   error
	}{
		{name: "empty", insns: nil},
		{name: "straight", insns: []uint16{0x0012, 0x0013, 0x0005, 0x000e}, pcs: []int{0, 1, 3}},
		{name: "payload after padding nop", insns: []uint16{0x000e, 0x0000, 0x0100, 1, 0, 0, 5, 0},
			pcs: []int{0, 1, 2}},
		{name: "payload ident as operand is not a payload",
			insns: []uint16{0x0013, 0x0100, 0x000e}, pcs: []int{0, 2}},
		{name: "trailing data decoded as code", insns: []uint16{0x000e, 0x2101, 0xff00},
			pcs: []int{0, 1, 2}},
		{name: "unused opcodes continue", insns: []uint16{0x003e, 0x00f9, 0x000e}, pcs: []int{0, 1, 2}},
		{name: "truncated last instruction yielded then stop", insns: []uint16{0x000e, 0x0014, 1},
			pcs: []int{0, 1}, err: ErrTruncated},
		{name: "truncated payload", insns: []uint16{0x000e, 0x0300, 1, 9, 0, 0}, pcs: []int{0, 1}, err: ErrTruncated},
		{name: "bad arg count continues", insns: []uint16{0x606e, 0, 0, 0x000e}, pcs: []int{0, 3}, err: ErrArgCount},
		{name: "array wrap continues with runtime size", insns: []uint16{0x0300, 2, 0, 0x8000, 0x000e},
			pcs: []int{0, 4}, err: ErrArrayData},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			insts, err := walkAll(tc.insns)
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Errorf("err = %v, want %v", err, tc.err)
			}
			var pcs []int
			for _, i := range insts {
				pcs = append(pcs, i.PC)
			}
			if fmtInts(pcs) != fmtInts(tc.pcs) {
				t.Errorf("pcs = %v, want %v", pcs, tc.pcs)
			}
			if tc.err != nil && errors.Is(tc.err, ErrTruncated) && !insts[len(insts)-1].Truncated {
				t.Errorf("last instruction not marked Truncated")
			}
		})
	}
}

func fmtInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, " ")
}

func TestWalkCallbackError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Walk([]uint16{0x000e, 0x000e, 0x000e}, func(Inst) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("err = %v after %d calls, want stop after 2", err, n)
	}
}

func TestWalkErrorCap(t *testing.T) {
	bad := make([]uint16, 0, 300)
	for range 100 {
		bad = append(bad, 0x606e, 0, 0) // invoke-virtual with 6 args
	}
	bad = append(bad, 0x0014) // truncated const at the end
	insts, err := walkAll(bad)
	if len(insts) != 101 {
		t.Errorf("Walk yielded %d instructions, want 101", len(insts))
	}
	if !errors.Is(err, ErrTruncated) || !errors.Is(err, ErrArgCount) {
		t.Errorf("err = %v, want both ErrArgCount and ErrTruncated", err)
	}
	if n := strings.Count(err.Error(), "\n") + 1; n != maxWalkErrors+1 {
		t.Errorf("Walk kept %d errors, want %d", n, maxWalkErrors+1)
	}
}

// realMethods reads testdata/real_methods.txt: method bodies from the
// corpus with the instruction count dexdump printed for each.
func realMethods(t testing.TB) (counts []int, bodies [][]uint16) {
	t.Helper()
	f, err := os.Open("testdata/real_methods.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		n, err := strconv.Atoi(fields[0])
		if err != nil {
			t.Fatalf("bad count %q", fields[0])
		}
		body := make([]uint16, len(fields)-1)
		for i, h := range fields[1:] {
			u, err := strconv.ParseUint(h, 16, 16)
			if err != nil {
				t.Fatalf("bad unit %q", h)
			}
			body[i] = uint16(u)
		}
		counts, bodies = append(counts, n), append(bodies, body)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return counts, bodies
}

// TestWalkRealMethods checks the dexdump instruction counts recorded for
// real methods, without needing dexdump itself.
func TestWalkRealMethods(t *testing.T) {
	counts, bodies := realMethods(t)
	if len(bodies) < 30 {
		t.Fatalf("only %d real methods in testdata", len(bodies))
	}
	for k, body := range bodies {
		insts, err := walkAll(body)
		if err != nil || len(insts) != counts[k] {
			t.Errorf("method %d: %d instructions, err %v; dexdump printed %d", k, len(insts), err, counts[k])
		}
		for _, i := range insts {
			if i.Text(nil) == "" {
				t.Errorf("method %d @%04x: empty text", k, i.PC)
			}
		}
	}
}
