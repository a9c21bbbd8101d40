package dex

import "testing"

func TestDecodeMUTF8(t *testing.T) {
	tests := []struct {
		name  string
		in    string // body including the NUL terminator
		want  string
		units int
		bad   string
	}{
		{"ascii", "abc\x00", "abc", 3, ""},
		{"empty", "\x00", "", 0, ""},
		{"embedded-nul", "a\xc0\x80b\x00", "a\x00b", 3, ""},
		{"two-byte", "\xc3\xa9\x00", "é", 1, ""},
		{"three-byte", "\xe4\xb8\xad\x00", "中", 1, ""},
		{"surrogate-pair", "\xed\xa0\xbd\xed\xb8\x80\x00", "😀", 2, ""},
		{"unpaired-high", "\xed\xa0\xbdx\x00", "\uFFFDx", 2, "unpaired surrogate"},
		{"unpaired-low", "\xed\xb8\x80\x00", "\uFFFD", 1, "unpaired surrogate"},
		{"four-byte-utf8", "\xf0\x9f\x98\x80\x00", "😀", 2, "4-byte UTF-8 sequence"},
		{"bad-continuation", "\xc3x\x00", "\uFFFDx", 2, "bad byte sequence"},
		{"no-terminator", "abc", "abc", 3, "missing NUL terminator"},
		{"no-terminator-multibyte", "\xc3\xa9", "é", 1, "missing NUL terminator"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, units, bad := decodeMUTF8([]byte(tc.in))
			if got != tc.want || units != tc.units || bad != tc.bad {
				t.Errorf("decodeMUTF8(%q) = %q, %d, %q; want %q, %d, %q", tc.in, got, units, bad, tc.want, tc.units, tc.bad)
			}
		})
	}
}

func TestLEB128(t *testing.T) {
	tests := []struct {
		in   []byte
		u    uint32
		s    int32
		bad  bool
		name string
	}{
		{[]byte{0}, 0, 0, false, "zero"},
		{[]byte{0x7f}, 127, -1, false, "one-byte"},
		{[]byte{0x80, 0x7f}, 16256, -128, false, "two-byte"},
		{[]byte{0xff, 0xff, 0xff, 0xff, 0x0f}, 0xffffffff, -1, false, "max"},
		{[]byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 0, 0, true, "six-bytes"},
		{[]byte{0x80}, 0, 0, true, "truncated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := cursor{data: tc.in}
			u := c.uleb()
			c2 := cursor{data: tc.in}
			s := c2.sleb()
			if c.bad != tc.bad || c2.bad != tc.bad || (!tc.bad && (u != tc.u || s != tc.s)) {
				t.Errorf("uleb=%d,%v sleb=%d,%v; want %d %d bad=%v", u, c.bad, s, c2.bad, tc.u, tc.s, tc.bad)
			}
		})
	}
}
