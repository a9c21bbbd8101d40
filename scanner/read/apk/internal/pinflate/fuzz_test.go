package pinflate

import (
	"bytes"
	"compress/flate"
	"io"
	"testing"
	"time"
)

// FuzzInflate feeds arbitrary streams to the decoder, whole and as a tail:
// no panic, nothing past the output's bound, and whatever it accepts
// compress/flate accepts with the same bytes (it may reject more: a
// rejected stream is inflated by another path).
func FuzzInflate(f *testing.F) {
	for name, data := range samples() {
		if name != "empty" {
			data = data[:min(len(data), 4<<10)]
		}
		if name == "text" {
			f.Add(deflate(f, samples()["text"][:48<<10], flate.BestSpeed), uint16(0)) // long enough to split
		}
		f.Add(deflate(f, data, flate.DefaultCompression), uint16(0))
		f.Add(deflate(f, data, flate.BestSpeed), uint16(3000))
	}
	f.Add([]byte{0x01, 0x00, 0x00, 0xff, 0xff}, uint16(0)) // an empty stored block
	f.Fuzz(func(t *testing.T, in []byte, from uint16) {
		recoverPanics, splitMin, maxWait = false, Window+1, time.Minute
		defer func() { recoverPanics, splitMin, maxWait = true, MinSplit, 5*time.Millisecond }()
		const limit = 1 << 18
		got, _, _, err := inflateAll(in, limit)
		if err != nil {
			return
		}
		if len(got) > limit {
			t.Fatalf("inflated %d bytes past the %d limit", len(got), limit)
		}
		want, ferr := io.ReadAll(flate.NewReader(bytes.NewReader(in)))
		if ferr != nil || !bytes.Equal(got, want) {
			t.Fatalf("accepted a stream compress/flate reads differently (%v)", ferr)
		}
		for _, split := range []bool{false, true} {
			out := withSlack(len(got))
			if err := Inflate(in, out, Options{Split: split}); err != nil || !bytes.Equal(out, got) {
				t.Fatalf("Inflate (split %v): %v", split, err)
			}
		}
		tail := StartTail(in, int64(from), len(got))
		<-tail.done
		if size, ok := tail.Size(); ok {
			if size > len(got) {
				t.Fatalf("tail of %d bytes, stream of %d", size, len(got))
			}
			tail.Resolve(make([]byte, Window), make([]byte, size))
		}
	})
}
