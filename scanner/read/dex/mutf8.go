package dex

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeMUTF8 decodes a NUL-terminated MUTF-8 string_data body (the bytes
// after the uleb128 utf16_size). It returns the UTF-8 string, the number of
// UTF-16 units seen, and a description of the first invalid sequence ("" if
// none). Decoding is lenient like dexdump: a bad sequence becomes U+FFFD and
// decoding continues; a string without a terminating NUL ends at the end of
// the data and is reported.
func decodeMUTF8(b []byte) (s string, units int, bad string) {
	// Fast path: most dex strings are plain ASCII.
	for i, c := range b {
		if c == 0 {
			return string(b[:i]), i, ""
		}
		if c >= 0x80 {
			return decodeSlow(b)
		}
	}
	return string(b), len(b), "missing NUL terminator"
}

// decodeSlow handles multi-byte sequences, pairing surrogates that MUTF-8
// encodes as two separate 3-byte sequences.
func decodeSlow(b []byte) (string, int, string) {
	// b runs to the end of the file; size the buffer by the string alone
	// (MUTF-8 has no NUL byte but the terminator), or every non-ASCII
	// string would allocate the rest of the file.
	n := bytes.IndexByte(b, 0)
	if n < 0 {
		n = len(b)
	}
	out := make([]byte, 0, n)
	units := 0
	bad := ""
	note := func(msg string) {
		if bad == "" {
			bad = msg
		}
	}
	pending := rune(-1) // unpaired high surrogate waiting for its low half
	flush := func() {
		if pending >= 0 {
			out = utf8.AppendRune(out, utf8.RuneError)
			note("unpaired surrogate")
			pending = -1
		}
	}
	i := 0
	for {
		if i >= len(b) {
			note("missing NUL terminator")
			break
		}
		c := b[i]
		if c == 0 {
			break
		}
		r, n := decodeUnit(b[i:])
		if n < 0 {
			note("bad byte sequence")
			r, n = utf8.RuneError, 1
		}
		i += n
		units++
		if n == 4 { // 4-byte UTF-8: not MUTF-8, but decodable; counts as a surrogate pair
			units++
			note("4-byte UTF-8 sequence")
		}
		switch {
		case utf16.IsSurrogate(r) && r < 0xdc00:
			flush()
			pending = r
			continue
		case utf16.IsSurrogate(r):
			if pending >= 0 {
				r = utf16.DecodeRune(pending, r)
				pending = -1
			} else {
				note("unpaired surrogate")
				r = utf8.RuneError
			}
		default:
			flush()
		}
		out = utf8.AppendRune(out, r)
	}
	flush()
	return string(out), units, bad
}

// decodeUnit decodes one MUTF-8 sequence at the start of b, returning the
// UTF-16 unit (or full rune for 4-byte UTF-8) and its length, or n = -1.
func decodeUnit(b []byte) (rune, int) {
	c := b[0]
	cont := func(i int) bool { return i < len(b) && b[i]&0xc0 == 0x80 }
	switch {
	case c < 0x80:
		return rune(c), 1
	case c&0xe0 == 0xc0 && cont(1):
		return rune(c&0x1f)<<6 | rune(b[1]&0x3f), 2
	case c&0xf0 == 0xe0 && cont(1) && cont(2):
		return rune(c&0x0f)<<12 | rune(b[1]&0x3f)<<6 | rune(b[2]&0x3f), 3
	case c&0xf8 == 0xf0 && cont(1) && cont(2) && cont(3):
		r := rune(c&0x07)<<18 | rune(b[1]&0x3f)<<12 | rune(b[2]&0x3f)<<6 | rune(b[3]&0x3f)
		if r > utf8.MaxRune || r < 0x10000 {
			return 0, -1
		}
		return r, 4
	}
	return 0, -1
}
