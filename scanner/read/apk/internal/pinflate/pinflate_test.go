package pinflate

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// inflateAll decodes a whole stream from its first bit, recording where
// each block begins in the input (bits) and in the output (bytes).
func inflateAll(in []byte, maxOut int) (out []byte, blockBits []int64, blockOut []int, err error) {
	d := &decoder{in: in, maxOut: maxOut, record: true}
	n := 0
	for {
		blockOut = append(blockOut, n)
		if out, n, err = block(d, out, n); err != nil {
			return out[:n], d.blocks, blockOut, err
		}
		if d.final {
			break
		}
	}
	if n > maxOut {
		return out[:n], d.blocks, blockOut, errTooLong
	}
	if (d.blockEnd+7)/8 != int64(len(in)) {
		return out[:n], d.blocks, blockOut, errTrailing
	}
	return out[:n], d.blocks, blockOut, nil
}

func deflate(t testing.TB, data []byte, level int) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, level)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// samples are inputs of different shapes: incompressible, text-like with
// long and overlapping matches, runs, and empty.
func samples() map[string][]byte {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 300<<10)
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	var text bytes.Buffer
	words := strings.Fields("Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI; track login " +
		"https://sdkdebugtest.datasink.sensorsdata.cn/sa?project=default invoke-virtual const-string " +
		"Landroid/provider/Settings$Secure; getString android_id aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
	for text.Len() < 2<<20 {
		text.WriteString(words[r.IntN(len(words))])
		if r.IntN(7) == 0 {
			fmt.Fprintf(&text, "%d", r.Uint32())
		}
		text.WriteByte(" \n\x00"[r.IntN(3)])
	}
	return map[string][]byte{
		"random": random,
		"text":   text.Bytes(),
		"runs":   bytes.Repeat([]byte{'a', 'a', 'a', 'b'}, 200<<10),
		"empty":  nil,
	}
}

var levels = []int{flate.HuffmanOnly, flate.NoCompression, flate.BestSpeed, 4, flate.DefaultCompression, flate.BestCompression}

func TestInflateMatchesFlate(t *testing.T) {
	for name, data := range samples() {
		for _, level := range levels {
			in := deflate(t, data, level)
			got, _, _, err := inflateAll(in, len(data))
			if err != nil {
				t.Fatalf("%s level %d: %v", name, level, err)
			}
			if !bytes.Equal(got, data) {
				t.Fatalf("%s level %d: output differs", name, level)
			}
		}
	}
}

// TestTailFromEveryBlock starts a tail at every block boundary of real
// streams and checks that the joined result is the stream's data.
func TestTailFromEveryBlock(t *testing.T) {
	for name, data := range samples() {
		for _, level := range levels {
			in := deflate(t, data, level)
			minTries := 0
			if level != flate.NoCompression && len(data) > 1<<20 {
				minTries = 3
			}
			checkTails(t, fmt.Sprintf("%s level %d", name, level), in, data, minTries)
		}
	}
}

// checkTails starts a tail at up to a dozen of the stream's dynamic blocks,
// spread over it, and wants at least minTries of them.
func checkTails(t *testing.T, name string, in, data []byte, minTries int) {
	t.Helper()
	_, bits, outs, err := inflateAll(in, len(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var dynamic []int
	for k, b := range bits {
		if outs[k] >= Window && peek(in, b)>>1&3 == 2 {
			dynamic = append(dynamic, k) // far enough from the start, and dynamic
		}
	}
	tried := 0
	for j, k := range dynamic {
		if len(dynamic) > 12 && j%(len(dynamic)/12) != 0 {
			continue
		}
		b := bits[k]
		tried++
		tail := StartTail(in, b, len(data)-Window)
		<-tail.done
		size, ok := tail.Size()
		if !ok || tail.Bit() != b {
			t.Fatalf("%s: tail from block %d (bit %d) failed (ok %v, began at %d)", name, k, b, ok, tail.Bit())
		}
		start := len(data) - size
		if start != outs[k] {
			t.Fatalf("%s: block %d: tail of %d bytes, want %d", name, k, size, len(data)-outs[k])
		}
		got := make([]byte, size)
		tail.Resolve(data[start-Window:start], got)
		if !bytes.Equal(got, data[start:]) {
			t.Fatalf("%s: block %d: resolved tail differs", name, k)
		}
	}
	if tried < minTries {
		t.Fatalf("%s: only %d dynamic blocks tried", name, tried)
	}
}

// TestTailFromAnywhere starts tails between boundaries: each must find the
// next dynamic block, not a false one.
func TestTailFromAnywhere(t *testing.T) {
	data := samples()["text"]
	in := deflate(t, data, flate.DefaultCompression)
	_, bits, outs, err := inflateAll(in, len(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, frac := range []int64{3, 5, 7, 9} {
		from := int64(len(in)) * 8 * frac / 10
		tail := StartTail(in, from, len(data)-Window)
		<-tail.done
		size, ok := tail.Size()
		if !ok {
			t.Fatalf("from %d/10: no tail", frac)
		}
		k := 0
		for k < len(bits) && bits[k] < from {
			k++
		}
		if tail.Bit() != bits[k] || len(data)-size != outs[k] {
			t.Fatalf("from %d/10: began at bit %d (next block %d), size %d", frac, tail.Bit(), bits[k], size)
		}
	}
}

// TestTailRejectsNoise: random bytes are no stream; a tail must not claim
// to have decoded them.
func TestTailRejectsNoise(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		in := make([]byte, 4096+r.IntN(4096))
		for i := range in {
			in[i] = byte(r.Uint32())
		}
		tail := StartTail(in, 0, 1<<20)
		<-tail.done
		if _, ok := tail.Size(); ok {
			t.Fatalf("a tail decoded random bytes from bit %d", tail.Bit())
		}
	}
}

func TestTailStop(t *testing.T) {
	data := samples()["text"]
	in := deflate(t, data, flate.DefaultCompression)
	tail := StartTail(in, 0, len(data))
	tail.Stop()
	if !tail.Done() {
		t.Fatal("Stop returned before the tail finished")
	}
}

// TestCorpusEntries decodes the tails of the corpus's real dex entries,
// which zlib and other zip writers compressed.
func TestCorpusEntries(t *testing.T) {
	paths, _ := filepath.Glob("../../../../../../shared/corpus/apk/*.apk")
	if len(paths) == 0 {
		t.Skip("shared corpus not available (../shared/corpus/apk)")
	}
	for _, p := range paths {
		zr, err := zip.OpenReader(p)
		if err != nil {
			continue // the deliberately broken ones
		}
		for _, f := range zr.File {
			if f.Method != zip.Deflate || f.UncompressedSize64 < 256<<10 || !strings.HasSuffix(f.Name, ".dex") {
				continue
			}
			raw, err := f.OpenRaw()
			if err != nil {
				t.Fatal(err)
			}
			in, _ := io.ReadAll(raw)
			rc, _ := f.Open()
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				continue
			}
			checkTails(t, filepath.Base(p)+"!"+f.Name, in, data, 1)
		}
		zr.Close()
	}
}
