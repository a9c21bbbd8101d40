package dalvik

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// This file holds the test-side knowledge of `dexdump -d` output: running
// it, splitting it into methods and instruction lines, and locating each
// method's insns in the dex bytes (code_item header is 16 bytes; the
// "[%06x]" in the method line is the code_item offset).

// dumpInsn is one "|ADDR: text" line; text may span several output lines
// when a string constant contains newlines (dexdump prints strings raw).
type dumpInsn struct {
	pc   int
	text string
}

type dumpMethod struct {
	header    string
	codeOff   int
	insnsSize int
	insns     []dumpInsn
}

// needDexdump returns the dexdump path or skips the test.
func needDexdump(t testing.TB) string {
	t.Helper()
	path, err := exec.LookPath("dexdump")
	if err != nil {
		t.Skip("dexdump not on PATH (Debian package dexdump); oracle test skipped")
	}
	return path
}

// runDexdump runs `dexdump -d [extra...] file` and returns its methods.
func runDexdump(t testing.TB, file string, extra ...string) []dumpMethod {
	t.Helper()
	var methods []dumpMethod
	streamDexdump(t, file, extra, func(m dumpMethod) { methods = append(methods, m) })
	return methods
}

// streamDexdump runs `dexdump -d [extra...] file` and hands each method to
// emit as soon as its disassembly is complete; the corpus produces hundreds
// of megabytes of text, which are never held in memory at once.
func streamDexdump(t testing.TB, file string, extra []string, emit func(dumpMethod)) {
	t.Helper()
	args := append(append([]string{"-d"}, extra...), file)
	cmd := exec.Command(needDexdump(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	perr := scanDexdump(out, emit)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("dexdump %s: %v\n%s", file, err, stderr.String())
	}
	if perr != nil {
		t.Fatalf("parse dexdump output of %s: %v", file, perr)
	}
}

// scanDexdump extracts, per method with code, the insns size, code offset
// and disassembly lines.
func scanDexdump(r io.Reader, emit func(dumpMethod)) error {
	var cur *dumpMethod
	pendingSize := -1
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "      insns size    : "):
			f := strings.Fields(line)
			n, err := strconv.Atoi(f[3])
			if err != nil {
				return fmt.Errorf("bad insns size line %q", line)
			}
			pendingSize = n
		case isMethodHeader(line):
			off, err := strconv.ParseUint(line[49:55], 16, 32)
			if err != nil || pendingSize < 0 {
				return fmt.Errorf("bad method header %q", line)
			}
			cur = &dumpMethod{header: line[57:], codeOff: int(off), insnsSize: pendingSize}
			pendingSize = -1
		case cur == nil:
		case strings.HasPrefix(line, "      catches       :"):
			emit(*cur)
			cur = nil
		case isInsnLine(line):
			rest := line[48:]
			colon := strings.Index(rest, ": ")
			pc, err := strconv.ParseUint(rest[:colon], 16, 32)
			if colon < 4 || err != nil {
				return fmt.Errorf("bad instruction line %q", line)
			}
			cur.insns = append(cur.insns, dumpInsn{pc: int(pc), text: rest[colon+2:]})
		case len(cur.insns) > 0:
			// Continuation of a string constant containing '\n'.
			last := &cur.insns[len(cur.insns)-1]
			last.text += "\n" + line
		default:
			return fmt.Errorf("unexpected line %q", line)
		}
	}
	if cur != nil {
		emit(*cur)
	}
	return sc.Err()
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return len(s) > 0
}

// isMethodHeader matches "%06x:" + 40 spaces + "|[%06x] name".
func isMethodHeader(line string) bool {
	return len(line) > 57 && isHex(line[:6]) && line[6] == ':' &&
		strings.TrimSpace(line[7:47]) == "" && line[47:49] == "|[" && line[55:57] == "] "
}

// isInsnLine matches "%06x:" + 40 columns of hex units + "|%04x: ".
func isInsnLine(line string) bool {
	if len(line) < 55 || !isHex(line[:6]) || line[6] != ':' || line[47] != '|' {
		return false
	}
	colon := strings.Index(line[48:], ": ")
	return colon >= 4 && isHex(line[48:48+colon])
}

// methodUnits returns the insns of m read from the dex bytes.
func methodUnits(dex []byte, m dumpMethod) ([]uint16, error) {
	start := m.codeOff + 16
	end := start + 2*m.insnsSize
	if m.codeOff < 0 || end > len(dex) {
		return nil, fmt.Errorf("code item at 0x%x (%d units) past end of %d-byte dex", m.codeOff, m.insnsSize, len(dex))
	}
	units := make([]uint16, m.insnsSize)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(dex[start+2*i:])
	}
	return units, nil
}
