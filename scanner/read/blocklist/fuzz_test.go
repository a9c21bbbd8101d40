package blocklist

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// FuzzRecognise runs arbitrary text through the recogniser, which reads
// every text asset of an untrusted app. A list it accepts meets the
// thresholds it documents, and the verdict does not depend on line endings
// or a byte order mark.
func FuzzRecognise(f *testing.F) {
	for _, s := range []string{
		hostsHeader + lines(25, func(i int) string { return "0.0.0.0 " + host(i) }),
		lines(21, host),
		"[Adblock Plus 2.0]\n" + lines(20, func(i int) string { return "||" + host(i) + "^$script\n##.ad\n@@|https://x.org/" }),
		"{\"hosts\": [\"a.example.com\"]}",
		"0.0.0.0 a\n::1 b\n||c.\n|http://\n#@?#\n$~domain=",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, ok := Recognise(data)
		if ok {
			if l.Entries < MinEntries || l.Entries*100 < (l.Entries+l.Other)*MinPercent || !slices.Contains(Formats, l.Format) {
				t.Fatalf("accepted %+v", l)
			}
			if l.Hosts > len(data)/4+1 { // a host is at least `a.bc` and a separator
				t.Fatalf("%d hosts from %d bytes", l.Hosts, len(data))
			}
		}
		if bytes.HasPrefix(data, bom) {
			return
		}
		crlf := []byte(strings.ReplaceAll(string(data), "\n", "\r\n"))
		for _, v := range [][]byte{crlf, append(slices.Clip(bom), data...)} {
			if l2, ok2 := Recognise(v); ok2 != ok || l2 != l {
				t.Fatalf("%+v %v, but %+v %v after a CRLF or BOM change", l, ok, l2, ok2)
			}
		}
	})
}
