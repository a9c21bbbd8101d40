package strs

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestPrintable(t *testing.T) {
	in := []byte("\x00\x01short\x00https://tsis.jpush.cn\x00\xffJPush version 4.0.0\x7fab\tcdef")
	var got []string
	if err := Printable(bytes.NewReader(in), MinRun, func(off int64, s string) { got = append(got, fmt.Sprintf("%d:%s", off, s)) }); err != nil {
		t.Fatal(err)
	}
	want := "8:https://tsis.jpush.cn|31:JPush version 4.0.0|51:ab\tcdef"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got %q\nwant %q", g, want)
	}
}

func TestPrintableCapsLongRuns(t *testing.T) {
	var got []string
	_ = Printable(strings.NewReader(strings.Repeat("a", 3*MaxRun)), MinRun, func(_ int64, s string) { got = append(got, s) })
	if len(got) != 1 || len(got[0]) != MaxRun {
		t.Fatalf("got %d runs, first len %d; want 1 run of %d", len(got), len(got[0]), MaxRun)
	}
}

func TestMaybeText(t *testing.T) {
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"assets/config.json", "{\"a\":1}", true},
		{"assets/x.png", "just text", false},
		{"assets/README", "plain text file\n", true},
		{"assets/blob", "\x00\x01\x02", false},
		{"res/layout/main.xml", "\x03\x00\x08\x00", false},
		{"assets/data.xyz", "text but unknown extension", false},
		{"assets/utf8", "h\xc3\xa9llo w\xc3", true}, // cut multi-byte rune at the end
		{"assets/ctrl", strings.Repeat("\x01\x02a", 10), false},
	}
	for _, tt := range tests {
		if got := MaybeText(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("MaybeText(%q, %q) = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestLines(t *testing.T) {
	var got []string
	Lines([]byte("a\n\n  b  \r\nc"), func(n int, s string) { got = append(got, fmt.Sprintf("%d=%s", n, s)) })
	if g := strings.Join(got, ","); g != "1=a,3=b,4=c" {
		t.Errorf("got %s", g)
	}
}

func FuzzPrintable(f *testing.F) {
	f.Add([]byte("\x00hello world\x00"), 6)
	f.Fuzz(func(t *testing.T, data []byte, min int) {
		_ = Printable(bytes.NewReader(data), min%64, func(off int64, s string) {
			if off < 0 || off > int64(len(data)) || len(s) > MaxRun {
				t.Fatalf("bad run at %d len %d", off, len(s))
			}
		})
	})
}
