package dex

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// corpusDirs hold the real APKs every dex of which is checked against dexdump.
var corpusDirs = []string{"../../../../shared/corpus/apk", "../../../../shared/corpus/browsers", "../../../../shared/droidbench"}

var dexEntry = regexp.MustCompile(`^classes[0-9]*\.dex$`)

// corpusDex extracts every classes*.dex of the corpus APKs into dir and
// returns their paths, or skips the test when the corpus is absent.
func corpusDex(t testing.TB, dir string) []string {
	var apks []string
	for _, d := range corpusDirs {
		m, _ := filepath.Glob(filepath.Join(d, "*.apk"))
		apks = append(apks, m...)
	}
	if len(apks) == 0 {
		t.Skip("corpus not found (../../../shared/corpus/apk etc.); skipping oracle tests")
	}
	var out []string
	for _, apk := range apks {
		zr, err := zip.OpenReader(apk)
		if err != nil {
			t.Fatalf("%s: %v", apk, err)
		}
		for _, zf := range zr.File {
			if !dexEntry.MatchString(zf.Name) {
				continue
			}
			p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(apk), ".apk")+"!"+zf.Name)
			if err := extract(zf, p); err != nil {
				t.Fatalf("%s!%s: %v", apk, zf.Name, err)
			}
			out = append(out, p)
		}
		zr.Close()
	}
	return out
}

func extract(zf *zip.File, path string) error {
	rc, err := zf.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	w, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, rc); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// dexdumpResult is what the oracle test takes from one `dexdump -f -d` run.
type dexdumpResult struct {
	header map[string]uint64   // header field -> value, from -f
	insns  int                 // number of `|ADDR:` lines, from -d
	sample map[uint32][]string // code_off -> instruction texts of sampled methods
	names  map[uint32]string   // code_off -> method name, for messages
}

// sampleEvery picks which methods' disassembly is compared line by line.
const sampleEvery = 23

// runDexdump runs dexdump once and parses its output as it streams, so the
// hundreds of megabytes of -d text for the large files are never stored.
func runDexdump(t *testing.T, path string) dexdumpResult {
	cmd := exec.Command("dexdump", "-f", "-d", path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	res := dexdumpResult{header: map[string]uint64{}, sample: map[uint32][]string{}, names: map[uint32]string{}}
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	methods, inHeader := 0, true
	var cur []string
	var curOff uint32
	flush := func() {
		if cur != nil {
			res.sample[curOff] = cur
		}
		cur = nil
	}
	for sc.Scan() {
		line := sc.Bytes()
		if inHeader {
			inHeader = parseHeaderLine(line, res.header)
		}
		bar := bytes.IndexByte(line, '|')
		if bar < 8 || !bytes.HasPrefix(line[bar-1:], []byte(" |")) || !isHexPrefix(line) {
			if len(cur) > 0 {
				if bytes.HasPrefix(line, []byte("      catches")) {
					flush()
				} else { // dexdump prints strings raw: a "\n" continues the line
					cur[len(cur)-1] += "\n" + string(line)
				}
			}
			continue
		}
		rest := line[bar+1:]
		if bytes.HasPrefix(rest, []byte("[")) { // method header: |[code_off] name
			flush()
			if methods%sampleEvery == 0 {
				off, _ := strconv.ParseUint(string(rest[1:bytes.IndexByte(rest, ']')]), 16, 32)
				curOff, cur = uint32(off), []string{}
				res.names[curOff] = string(rest[bytes.IndexByte(rest, ']')+2:])
			}
			methods++
			continue
		}
		colon := bytes.Index(rest, []byte(": "))
		if colon < 4 || !isHex(rest[:colon]) {
			continue
		}
		res.insns++
		if cur != nil {
			cur = append(cur, string(rest[colon+2:]))
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("dexdump: %v\n%s", err, stderr.String())
	}
	return res
}

// parseHeaderLine reads "name : value" lines of `dexdump -f`; it returns
// false after data_off, the last header field.
func parseHeaderLine(line []byte, h map[string]uint64) bool {
	name, val, ok := strings.Cut(string(line), ":")
	if !ok {
		return true
	}
	name, val = strings.TrimSpace(name), strings.Fields(val + " x")[0]
	base := 10
	if name == "checksum" {
		base = 16
	}
	if v, err := strconv.ParseUint(val, base, 64); err == nil {
		h[name] = v
	}
	return name != "data_off"
}

func isHex(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return len(b) > 0
}

// isHexPrefix reports whether line starts with "HEXADDR: ".
func isHexPrefix(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	return i > 0 && isHex(line[:i]) && len(line) > i+1 && line[i+1] == ' '
}

func headerMap(h *Header) map[string]uint64 {
	return map[string]uint64{"checksum": uint64(h.Checksum), "file_size": uint64(h.FileSize),
		"header_size": uint64(h.HeaderSize), "link_size": uint64(h.LinkSize), "link_off": uint64(h.LinkOff),
		"string_ids_size": uint64(h.StringIDsSize), "string_ids_off": uint64(h.StringIDsOff),
		"type_ids_size": uint64(h.TypeIDsSize), "type_ids_off": uint64(h.TypeIDsOff),
		"proto_ids_size": uint64(h.ProtoIDsSize), "proto_ids_off": uint64(h.ProtoIDsOff),
		"field_ids_size": uint64(h.FieldIDsSize), "field_ids_off": uint64(h.FieldIDsOff),
		"method_ids_size": uint64(h.MethodIDsSize), "method_ids_off": uint64(h.MethodIDsOff),
		"class_defs_size": uint64(h.ClassDefsSize), "class_defs_off": uint64(h.ClassDefsOff),
		"data_size": uint64(h.DataSize), "data_off": uint64(h.DataOff)}
}

// TestDexdumpOracle checks, for every dex in the corpus, that the header,
// the instruction count and a sample of disassembled methods agree with
// the installed dexdump.
func TestDexdumpOracle(t *testing.T) {
	if _, err := exec.LookPath("dexdump"); err != nil {
		t.Skip("dexdump not installed (apt-get install dexdump); skipping oracle test")
	}
	for _, path := range corpusDex(t, t.TempDir()) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			checkAgainstDexdump(t, path)
		})
	}
}

func checkAgainstDexdump(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := OpenBytes(data)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	want := runDexdump(t, path)
	got := headerMap(&f.Header)
	if len(want.header) != len(got) {
		t.Errorf("dexdump -f gave %d header fields, want %d: %v", len(want.header), len(got), want.header)
	}
	for k, v := range want.header {
		if got[k] != v {
			t.Errorf("header %s = %d, dexdump says %d", k, got[k], v)
		}
	}
	st, errs := f.Stats()
	for _, e := range errs {
		t.Errorf("stats: %v", e)
	}
	if st.Instructions != want.insns {
		t.Errorf("instructions = %d, dexdump -d has %d |ADDR: lines", st.Instructions, want.insns)
	}
	for _, err := range f.Verify() {
		// dexdump refuses a bad adler32 but never looks at the SHA-1
		// signature (fdroid_v2.only.sig_2.apk ships a stale one).
		if !errors.Is(err, ErrSignature) {
			t.Errorf("verify: %v", err)
		}
	}
	checkMethodsAgree(t, f, st)
	if want.insns > 0 && len(want.sample) == 0 {
		t.Errorf("no method sampled from dexdump output with %d instructions", want.insns)
	}
	for off, lines := range want.sample {
		compareDisassembly(t, f, off, want.names[off], lines)
	}
}

// checkMethodsAgree runs the Methods iterator and checks it reaches the
// same code as Stats.
func checkMethodsAgree(t *testing.T, f *File, st Stats) {
	n := 0
	diags, err := f.Methods(func(m *Method) error {
		if m.Code != nil {
			return dalvik.Walk(m.Code.Insns, func(dalvik.Inst) error { n++; return nil })
		}
		return nil
	})
	if err != nil || len(diags) != 0 {
		t.Errorf("methods: %v %v", err, diags)
	}
	if n != st.Instructions {
		t.Errorf("Methods walked %d instructions, Stats %d", n, st.Instructions)
	}
}

func compareDisassembly(t *testing.T, f *File, off uint32, name string, want []string) {
	c, err := f.Code(off) // dexdump prints |[code_off] before the instructions
	if err != nil {
		t.Errorf("%s: code: %v", name, err)
		return
	}
	var got []string
	_ = dalvik.Walk(c.Insns, func(in dalvik.Inst) error {
		got = append(got, fmt.Sprintf("%04x: %s", in.PC, in.Text(f)))
		return nil
	})
	for k := range max(len(got), len(want)) {
		var g, w string
		if k < len(got) {
			g = got[k][6:]
		}
		if k < len(want) {
			w = mutf8ToUTF8(want[k])
		}
		if g != w {
			t.Errorf("%s line %d:\n got %q\nwant %q", name, k, g, w)
			return
		}
	}
}

// mutf8ToUTF8 turns the raw MUTF-8 that dexdump prints inside string
// literals into the UTF-8 that ResolveString returns: C0 80 is NUL, and a
// supplementary character is a surrogate pair of two 3-byte sequences.
func mutf8ToUTF8(s string) string {
	if !strings.Contains(s, "\xc0\x80") && !strings.Contains(s, "\xed") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "\xc0\x80"):
			b.WriteByte(0)
			i++
		case i+5 < len(s) && s[i] == 0xed && s[i+1]&0xf0 == 0xa0 && s[i+3] == 0xed && s[i+4]&0xf0 == 0xb0:
			hi := rune(s[i+1]&0x0f)<<6 | rune(s[i+2]&0x3f)
			lo := rune(s[i+4]&0x0f)<<6 | rune(s[i+5]&0x3f)
			b.WriteRune(0x10000 + hi<<10 + lo)
			i += 5
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
