package pinflate

import (
	"bytes"
	"compress/flate"
	"fmt"
	"testing"
	"time"
)

func withSlack(n int) []byte { return make([]byte, n, n+Slack) }

// TestInflate checks the whole-stream API in sequence and split, and that
// a split of a large stream really joins a tail.
func TestInflate(t *testing.T) {
	defer func(w time.Duration) { maxWait = w }(maxWait)
	maxWait = time.Minute // however loaded the machine, the tail gets its turn
	for name, data := range samples() {
		for _, level := range levels {
			in := deflate(t, data, level)
			for _, split := range []bool{false, true} {
				what := fmt.Sprintf("%s level %d split %v", name, level, split)
				out := withSlack(len(data))
				last := 0
				joined, err := inflate(in, out, Options{Split: split, Progress: func(n int) {
					if n <= last || n > len(data) {
						t.Fatalf("%s: progress %d after %d", what, n, last)
					}
					last = n
				}})
				if err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				if !bytes.Equal(out, data) {
					t.Fatalf("%s: output differs", what)
				}
				if last != len(data) {
					t.Fatalf("%s: last progress %d of %d", what, last, len(data))
				}
				// The text makes many dynamic blocks; stored ones give
				// the tail nothing to find, and runs make a few blocks.
				if split && name == "text" && level != flate.NoCompression && !joined || !split && joined {
					t.Fatalf("%s: joined %v", what, joined)
				}
			}
		}
	}
}

// TestInflateErrors: a stream that is cut, followed by more bytes, or of
// another size than out is an error, never a panic, split or not.
func TestInflateErrors(t *testing.T) {
	data := samples()["text"]
	in := deflate(t, data, flate.DefaultCompression)
	cases := []struct {
		name string
		in   []byte
		size int
	}{
		{"cut in half", in[:len(in)/2], len(data)},
		{"cut at the end", in[:len(in)-1], len(data)},
		{"trailing bytes", append(append([]byte(nil), in...), 0, 0), len(data)},
		{"out too short", in, len(data) - 1},
		{"out too long", in, len(data) + 1},
		{"empty input", nil, 10},
	}
	for _, c := range cases {
		for _, split := range []bool{false, true} {
			if err := Inflate(c.in, withSlack(c.size), Options{Split: split}); err == nil {
				t.Errorf("%s (split %v): no error", c.name, split)
			}
		}
	}
	if err := Inflate(in, make([]byte, len(data)), Options{}); err == nil {
		t.Error("out without slack: no error")
	}
}

// TestTailBuffersReused: a split's tail buffers go back to the pools whole
// (a pooled pointer to the Tail's own field would hand out nil).
func TestTailBuffersReused(t *testing.T) {
	defer func(w time.Duration) { maxWait = w }(maxWait)
	maxWait = time.Minute
	data := samples()["text"]
	in := deflate(t, data, flate.DefaultCompression)
	out := withSlack(len(data))
	if joined, err := inflate(in, out, Options{Split: true}); err != nil || !joined {
		t.Fatalf("split: joined %v, %v", joined, err)
	}
	// (Under the race detector a pool drops some puts: nil is no failure.)
	if b, _ := symPool.Get().(*[]uint16); b != nil && cap(*b) == 0 {
		t.Error("the pool handed out an empty symbol buffer")
	}
}

// TestNoSplitPastMaxSplit: an entry inflating to more than MaxSplit is
// decoded on one goroutine (a tail could hold twice its size).
func TestNoSplitPastMaxSplit(t *testing.T) {
	data := bytes.Repeat([]byte("Lcom/example/Tracker;->track "), MaxSplit/29+1024)
	in := deflate(t, data, flate.BestSpeed)
	out := withSlack(len(data))
	joined, err := inflate(in, out, Options{Split: true})
	if err != nil || !bytes.Equal(out, data) {
		t.Fatalf("inflate: %v", err)
	}
	if joined {
		t.Errorf("a %d-byte entry was split (MaxSplit %d)", len(data), MaxSplit)
	}
}
