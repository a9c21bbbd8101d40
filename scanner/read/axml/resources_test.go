package axml

import (
	"encoding/binary"
	"errors"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

var reAaptString = regexp.MustCompile(`^String #(\d+): (.*)$`)

// TestResourceStringsAgainstAapt checks our own pool reader against
// `aapt dump strings`, which prints resources.arsc's global value pool.
func TestResourceStringsAgainstAapt(t *testing.T) {
	apks := corpusAPKs(t)
	if _, err := exec.LookPath("aapt"); err != nil {
		t.Skip("aapt not installed; skipping comparison with aapt dump strings")
	}
	for _, apk := range apks {
		ent := readEntries(t, apk, "resources.arsc")
		arsc, ok := ent["resources.arsc"]
		if !ok {
			continue
		}
		t.Run(filepath.Base(apk), func(t *testing.T) {
			res, err := ParseResources(arsc)
			if err != nil {
				t.Fatalf("ParseResources: %v", err)
			}
			out, err := exec.Command("aapt", "dump", "strings", apk).Output()
			if err != nil {
				t.Skipf("aapt dump strings failed: %v", err)
			}
			got := res.Strings()
			n := 0
			for _, line := range strings.Split(string(out), "\n") {
				m := reAaptString.FindStringSubmatch(line)
				if m == nil {
					continue
				}
				i, _ := strconv.Atoi(m[1])
				n++
				// A string with a newline spans lines; its first line is a prefix.
				if i >= len(got) || !strings.HasPrefix(got[i], m[2]) {
					t.Fatalf("string #%d: aapt %q, got %q", i, m[2], at(got, i))
				}
			}
			if n == 0 {
				t.Skip("aapt could not read the string pool")
			}
			if n > len(got) {
				t.Errorf("aapt printed %d strings, we read %d", n, len(got))
			}
			if len(res.KeyStrings()) == 0 {
				t.Errorf("no key strings read")
			}
		})
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return "<missing>"
}

func TestResolveCorpus(t *testing.T) {
	ent := readEntries(t, skipIfMissing(t, "../../../../shared/corpus/apk/fdroid_issue-1128-poc1.apk"), "resources.arsc")
	res, err := ParseResources(ent["resources.arsc"])
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := res.ResolveString(0x7f010000); !ok || s != "Tiny App for CTS" {
		t.Errorf("ResolveString(0x7f010000) = %q, %v", s, ok)
	}
	if n, ok := res.ResourceName(0x7f010000); !ok || n != "@string/app_name" {
		t.Errorf("ResourceName = %q, %v", n, ok)
	}
	for _, id := range []uint32{0, 0x7f7f0000, 0x01010001, 0x7f01ffff} {
		if s, ok := res.ResolveString(id); ok {
			t.Errorf("ResolveString(0x%x) = %q, want not found", id, s)
		}
	}
}

func skipIfMissing(t *testing.T, path string) string {
	t.Helper()
	if m, _ := filepath.Glob(path); len(m) == 0 {
		t.Skipf("%s not found; skipping", path)
	}
	return path
}

// poolBuilder builds a ResStringPool chunk for tests.
func buildPool(utf8 bool, strs ...string) []byte {
	var data []byte
	var offs []uint32
	for _, s := range strs {
		offs = append(offs, uint32(len(data)))
		if utf8 {
			u := utf16.Encode([]rune(s))
			data = append(data, byte(len(u)), byte(len(s)))
			data = append(data, s...)
			data = append(data, 0)
		} else {
			u := utf16.Encode([]rune(s))
			data = binary.LittleEndian.AppendUint16(data, uint16(len(u)))
			for _, c := range u {
				data = binary.LittleEndian.AppendUint16(data, c)
			}
			data = append(data, 0, 0)
		}
	}
	for len(data)%4 != 0 {
		data = append(data, 0)
	}
	hdr := make([]byte, resStringPoolHeaderSize)
	le := binary.LittleEndian
	le.PutUint16(hdr, resStringPoolType)
	le.PutUint16(hdr[2:], resStringPoolHeaderSize)
	le.PutUint32(hdr[4:], uint32(resStringPoolHeaderSize+4*len(strs)+len(data)))
	le.PutUint32(hdr[8:], uint32(len(strs)))
	if utf8 {
		le.PutUint32(hdr[16:], stringPoolUTF8Flag)
	}
	le.PutUint32(hdr[20:], uint32(resStringPoolHeaderSize+4*len(strs)))
	out := hdr
	for _, o := range offs {
		out = le.AppendUint32(out, o)
	}
	return append(out, data...)
}

func TestStringPool(t *testing.T) {
	le := binary.LittleEndian
	tests := []struct {
		name    string
		chunk   func() []byte
		budget  int64
		want    []string
		bad     int
		wantErr error
	}{
		{name: "utf8", chunk: func() []byte { return buildPool(true, "a", "héllo", "") }, want: []string{"a", "héllo", ""}},
		{name: "utf16", chunk: func() []byte { return buildPool(false, "x", "日本", "😀") }, want: []string{"x", "日本", "😀"}},
		{name: "empty-pool", chunk: func() []byte { return buildPool(true) }, want: nil},
		{name: "header-truncated", chunk: func() []byte { return buildPool(true, "a")[:20] }, wantErr: ErrTruncated},
		{name: "wrong-type", chunk: func() []byte { b := buildPool(true, "a"); b[0] = 2; return b }, wantErr: ErrMalformed},
		{name: "chunk-size-past-end", chunk: func() []byte { b := buildPool(true, "a"); le.PutUint32(b[4:], 1<<30); return b }, wantErr: ErrTruncated},
		{name: "string-count-overflow", chunk: func() []byte { b := buildPool(true, "a"); le.PutUint32(b[8:], 0xffffffff); return b }, wantErr: ErrTruncated},
		{name: "strings-start-past-end", chunk: func() []byte { b := buildPool(true, "a"); le.PutUint32(b[20:], 0xffff); return b }, wantErr: ErrMalformed},
		{name: "string-offset-past-end", chunk: func() []byte {
			b := buildPool(true, "a", "b")
			le.PutUint32(b[resStringPoolHeaderSize+4:], 0x7fffffff)
			return b
		}, want: []string{"a", ""}, bad: 1},
		{name: "utf8-length-past-end", chunk: func() []byte {
			b := buildPool(true, "abc")
			b[resStringPoolHeaderSize+4+1] = 0x7f // utf8 length 127 > data
			return b
		}, want: []string{""}, bad: 1},
		{name: "utf16-length-past-end", chunk: func() []byte {
			b := buildPool(false, "abc")
			le.PutUint16(b[resStringPoolHeaderSize+4:], 0x8fff) // long form, huge
			return b
		}, want: []string{""}, bad: 1},
		{name: "budget-exhausted", chunk: func() []byte { return buildPool(true, "aaaa", "bbbb", "cccc") }, budget: 6, want: []string{"aaaa"}, wantErr: ErrBudget},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			budget := tt.budget
			if budget == 0 {
				budget = 1 << 20
			}
			p, err := parseStringPool(tt.chunk(), 0, &budget)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "axml: string pool") {
				t.Errorf("error text %q lacks package prefix", err)
			}
			if p == nil {
				if tt.want != nil {
					t.Fatalf("nil pool, want %q", tt.want)
				}
				return
			}
			if strings.Join(p.strings, "|") != strings.Join(tt.want, "|") || len(p.strings) != len(tt.want) {
				t.Errorf("strings = %q, want %q", p.strings, tt.want)
			}
			if p.bad != tt.bad {
				t.Errorf("bad = %d, want %d", p.bad, tt.bad)
			}
		})
	}
}

func TestParseResourcesMalformed(t *testing.T) {
	pool := buildPool(true, "hello", "world")
	table := func(size uint32, chunks ...[]byte) []byte {
		b := make([]byte, resTableHeaderSize)
		binary.LittleEndian.PutUint16(b, resTableType)
		binary.LittleEndian.PutUint16(b[2:], resTableHeaderSize)
		binary.LittleEndian.PutUint32(b[8:], 1)
		for _, c := range chunks {
			b = append(b, c...)
		}
		if size == 0 {
			size = uint32(len(b))
		}
		binary.LittleEndian.PutUint32(b[4:], size)
		return b
	}
	tests := []struct {
		name     string
		data     []byte
		wantStrs int
		wantErr  error
	}{
		{name: "empty", data: nil, wantErr: ErrTruncated},
		{name: "pool-only", data: table(0, pool), wantStrs: 2},
		{name: "table-size-past-end", data: table(1<<31, pool), wantStrs: 2},
		{name: "child-size-past-end", data: func() []byte {
			b := table(0, pool)
			binary.LittleEndian.PutUint32(b[resTableHeaderSize+4:], 1<<20)
			return b
		}(), wantErr: ErrTruncated},
		{name: "package-header-truncated", data: table(0, pool, []byte{0, 2, 8, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), wantStrs: 2, wantErr: ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ParseResources(tt.data)
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if res == nil {
				t.Fatal("nil Resources; partial results expected")
			}
			if len(res.Strings()) != tt.wantStrs {
				t.Errorf("strings = %q, want %d", res.Strings(), tt.wantStrs)
			}
		})
	}
}
