package hostile

import (
	"archive/zip"
	"bytes"
	"os"
	"testing"
)

// TestCasesBuild builds every case from one of our sample apps and checks
// that archive/zip still opens the result: the cases are hostile inside a
// well-formed container (or, for the tampering ones, in ways zip readers
// tolerate), so that scanners reach the part under test.
func TestCasesBuild(t *testing.T) {
	base, err := os.ReadFile("../../../samples/hello.apk")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Cases() {
		b, err := c.Build(base, Small)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		if bytes.Equal(b, base) {
			t.Errorf("%s: built the base app unchanged", c.Name)
		}
		if _, err := zip.NewReader(bytes.NewReader(b), int64(len(b))); err != nil {
			t.Errorf("%s: archive/zip: %v", c.Name, err)
		}
	}
}

// TestStringRun: every string id points at the one run, which has no NUL.
func TestStringRun(t *testing.T) {
	d := make([]byte, 0x70+8)
	copy(d, "dex\n035\x00")
	le.PutUint32(d[offStringIDsSize:], 2)
	le.PutUint32(d[offStringIDsOff:], 0x70)
	out, err := StringRun(d, 100)
	if err != nil {
		t.Fatal(err)
	}
	at := le.Uint32(out[0x70:])
	if at != le.Uint32(out[0x74:]) || int(at)+5+100 != len(out) || bytes.IndexByte(out[at:], 0) >= 0 {
		t.Errorf("string ids %d and %d, run at %d of %d bytes", at, le.Uint32(out[0x74:]), at, len(out))
	}
}
