package dalvik

import (
	"crypto/sha1"
	"encoding/binary"
	"hash/adler32"
	"os"
	"path/filepath"
	"testing"
)

// testdata/template.dex (built with smali) holds one method, LT;.m()V, whose
// code_item sits at templateCodeOff with room for templateUnits code units.
// Synthetic tests patch arbitrary code into it and ask dexdump -d -j (no
// verification) how it disassembles that code.
const (
	templateCodeOff = 0xf0
	templateUnits   = 2000
)

// patchTemplate returns template.dex with insns replaced by units (padded
// with nops) and insns_size set to size, checksum and signature updated.
func patchTemplate(t *testing.T, units []uint16, size int) []byte {
	t.Helper()
	tpl, err := os.ReadFile("testdata/template.dex")
	if err != nil {
		t.Fatal(err)
	}
	if got := binary.LittleEndian.Uint32(tpl[templateCodeOff+12:]); got != templateUnits {
		t.Fatalf("template insns_size = %d, want %d", got, templateUnits)
	}
	if len(units) > templateUnits || size > templateUnits {
		t.Fatalf("synthetic code of %d units (size %d) does not fit the template", len(units), size)
	}
	dex := append([]byte(nil), tpl...)
	binary.LittleEndian.PutUint32(dex[templateCodeOff+12:], uint32(size))
	for i := range templateUnits {
		var u uint16
		if i < len(units) {
			u = units[i]
		}
		binary.LittleEndian.PutUint16(dex[templateCodeOff+16+2*i:], u)
	}
	sum := sha1.Sum(dex[32:])
	copy(dex[12:32], sum[:])
	binary.LittleEndian.PutUint32(dex[8:], adler32.Checksum(dex[12:]))
	return dex
}

// sweep lays out every opcode with the given first-unit high byte and
// operand units, 7 units apart so each opcode starts a fresh instruction.
func sweep(high uint8, ops [4]uint16) []uint16 {
	var units []uint16
	for op := range 256 {
		units = append(units, uint16(high)<<8|uint16(op), ops[0], ops[1], ops[2], ops[3], 0, 0)
	}
	return units
}

func cat(parts ...[]uint16) []uint16 {
	var out []uint16
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

type synthCase struct {
	name  string
	units []uint16
	size  int  // insns_size; 0 means len(units)
	bad   bool // Walk must report an error (truncated or malformed)
}

var synthCases = []synthCase{
	{name: "sweep-21", units: sweep(0x21, [4]uint16{1, 2, 3, 4})},
	{name: "sweep-5a", units: sweep(0x5a, [4]uint16{0xfedc, 0x8001, 0x7ffe, 0xba98})},
	{name: "sweep-0f", units: sweep(0x0f, [4]uint16{0xffff, 0x0010, 0x8000, 0x00ff})},
	{name: "sweep-f0-argcount", units: sweep(0xf0, [4]uint16{5, 6, 7, 8}), bad: true},
	{name: "floats", units: cat(
		const31i(0), const31i(0x80000000), const31i(0x7f800000), const31i(0xff800000),
		const31i(0x7fc00000), const31i(0xffc00000), const31i(1), const31i(0x3f800000),
		const31i(0x47c35000), const31i(0x49742400), const31i(0x3727c5ac), const31i(0x38d1b717),
		const31i(0x7f7fffff), const31i(0x3eaaaaab), const31i(0x4e6e6b28),
		const51l(0), const51l(0x8000000000000000), const51l(0x7ff0000000000000),
		const51l(0xfff0000000000000), const51l(0x7ff8000000000001), const51l(0xfff8000000000000),
		const51l(1), const51l(0x3fb999999999999a), const51l(0x419d6f3454000000),
		const51l(0x4415af1d78b58c40), const51l(0x01a56e1fc2f8f359), const51l(0x3ff0000000000001),
		[]uint16{0x000e}),
	},
	{name: "payloads", units: cat(
		[]uint16{0x000e},
		[]uint16{0x0100, 0}, // packed, 0 targets
		[]uint16{0, 0},      // its first_key
		[]uint16{0x0100, 2, 0xfff0, 0x7fff, 3, 0, 0xfffc, 0xffff}, // packed, 2 targets
		[]uint16{0x0200, 0}, // sparse, 0 entries
		[]uint16{0x0200, 2, 1, 0, 0x8000, 0, 4, 0, 0xfff8, 0xffff},
		[]uint16{0x0300, 1, 3, 0, 0x0201, 0x0003}, // 3 bytes, odd
		[]uint16{0x0300, 2, 2, 0, 0x1234, 0x5678}, // 2 shorts
		[]uint16{0x0300, 4, 1, 0, 0xbeef, 0xdead}, // 1 int
		[]uint16{0x0300, 8, 1, 0, 1, 2, 3, 4},     // 1 long: 8 units, hex column elided
		[]uint16{0x0300, 0, 5, 0},                 // width 0
		[]uint16{0x0400, 0xff00, 0x0000, 0x213e, 0xfff9, 0x0073, 0x000e}),
	},
	{name: "branches", units: []uint16{
		0x0000, 0x0000, 0x0000, 0x0000, 0x0000, // pc 0..4 nops
		0xff28,         // 5: goto -1
		0x8028,         // 6: goto -128 (before pc 0: wraps)
		0x0029, 0x8000, // 7: goto/16 -32768
		0x0038, 0xfff0, // 9: if-eqz v0, -16
		0x1032, 0x7fff, // b: if-eq v0, v1, +32767
		0x002a, 0xfff0, 0xffff, // d: goto/32 -16
		0x002b, 0xfffe, 0xffff, // 10: packed-switch v0, -2
		0x022c, 0x0000, 0x8000, // 13: sparse-switch v2, min int
		0x0326, 0x0005, 0x0000, // 16: fill-array-data v3, +5
		0x000e}},
	{name: "array-wraps", units: []uint16{0x000e, 0x0300, 2, 0, 0x8000, 0x000e}, bad: true},
	{name: "trunc-const", units: []uint16{0x000e, 0x0014, 0x0001}, size: 2, bad: true},
	{name: "trunc-invoke", units: []uint16{0x000e, 0x1070, 0x0001, 0x0000}, size: 3, bad: true},
	{name: "trunc-packed", units: []uint16{0x000e, 0x0100, 3, 0, 0, 1, 0, 2, 0}, size: 8, bad: true},
	{name: "trunc-sparse", units: []uint16{0x000e, 0x0200, 1, 0, 0, 1}, size: 5, bad: true},
	{name: "trunc-array", units: []uint16{0x000e, 0x0300, 1, 4, 0, 0x0201}, size: 5, bad: true},
	{name: "trunc-array-header", units: []uint16{0x000e, 0x0300, 1}, size: 2, bad: true},
	{name: "trunc-const-wide", units: []uint16{0x000e, 0x0018, 1, 2, 3, 4}, size: 5, bad: true},
}

func const31i(v uint32) []uint16 { return []uint16{0x0514, uint16(v), uint16(v >> 16)} }

func const51l(v uint64) []uint16 {
	return []uint16{0x0718, uint16(v), uint16(v >> 16), uint16(v >> 32), uint16(v >> 48)}
}

// TestOracleSynthetic runs dexdump on hand-made code covering every opcode,
// format, payload, literal and branch corner, and truncated code, and
// compares Walk, Decode and Text with it.
func TestOracleSynthetic(t *testing.T) {
	needDexdump(t)
	dir := t.TempDir()
	for _, tc := range synthCases {
		t.Run(tc.name, func(t *testing.T) {
			size := tc.size
			if size == 0 {
				size = len(tc.units)
			}
			path := filepath.Join(dir, tc.name+".dex")
			if err := os.WriteFile(path, patchTemplate(t, tc.units, size), 0o644); err != nil {
				t.Fatal(err)
			}
			methods := runDexdump(t, path, "-j")
			if len(methods) != 1 {
				t.Fatalf("dexdump shows %d methods, want 1", len(methods))
			}
			units := tc.units[:size]
			w := walked{where: tc.name, dump: methods[0]}
			werr := Walk(units, func(i Inst) error { w.insts = append(w.insts, i); return nil })
			for _, p := range compareStructure(w, units, werr, tc.bad) {
				t.Error(p)
			}
			learned := learnedResolver{}
			for k := range min(len(w.insts), len(w.dump.insns)) {
				inst, want := w.insts[k], w.dump.insns[k].text
				if inst.Truncated || inst.ArgCount > 5 {
					continue // dexdump shows bytes past the end / uninitialized registers
				}
				if err := learned.learn(inst, want); err != nil {
					t.Errorf("@%04x %s: %v", inst.PC, want, err)
					continue
				}
				if got := inst.Text(learned); got != want {
					t.Errorf("@%04x %s:\n  got  %s\n  want %s", inst.PC, inst.Op.Name(), got, want)
				}
			}
		})
	}
}
