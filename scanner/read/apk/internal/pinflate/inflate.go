package pinflate

import (
	"errors"
	"fmt"
	"time"
)

// Slack is how much room past the data Inflate needs in out's capacity: the
// decoder keeps room for a whole match before each symbol.
const Slack = maxMatch

// MinSplit is the least inflated size Inflate splits between two
// goroutines; below it the second goroutine costs more than it saves.
const MinSplit = 512 << 10

// splitMin is MinSplit, lowered by the fuzz target so that small streams
// exercise the join.
var splitMin = MinSplit

// MaxSplit is the largest inflated size Inflate splits: a tail holds up to
// two bytes per symbol while its window is unknown, so splitting a hostile
// 128 MiB entry could triple its memory. Real dex files are a few MB.
const MaxSplit = 32 << 20

// progressStep is how many new bytes make a progress call.
const progressStep = 256 << 10

// Options tune Inflate.
type Options struct {
	// Split decodes the end of a stream of MinSplit to MaxSplit bytes on a
	// second goroutine (see Tail).
	Split bool
	// Progress, if set, hears of the filled prefix of out (its length)
	// about every 256 KiB and at the end.
	Progress func(n int)
}

// Inflate inflates the raw DEFLATE stream in into out, whose length must be
// exactly the inflated size and whose capacity at least len(out)+Slack.
// The stream must end where in does. With opts.Split the start is decoded
// here and the end by a Tail; the two are joined only when this goroutine
// ends a block exactly where the tail began, and the joined data should
// still be checked against a checksum (a zip entry's CRC-32) by the caller.
func Inflate(in, out []byte, opts Options) error {
	_, err := inflate(in, out, opts)
	return err
}

// inflate is Inflate, also telling whether a tail was joined.
func inflate(in, out []byte, opts Options) (joined bool, err error) {
	if cap(out) < len(out)+Slack {
		return false, errors.New("pinflate: out has no room for Slack")
	}
	d := &decoder{in: in, maxOut: len(out)}
	buf := out[:len(out)+Slack]
	var tail *Tail
	var from int64
	if opts.Split && len(out) >= splitMin && len(out) <= MaxSplit {
		from = int64(len(in)) * 8 * splitAt / 100
		tail = StartTail(in, from, len(out)-Window)
		defer tail.Stop()
	}
	n, next, told := 0, progressStep, 0
	for !d.final {
		if tail != nil && d.bit >= from {
			// The first block boundary past where the tail began looking.
			if n, joined = join(tail, d, out, n); joined {
				break
			}
			tail = nil
		}
		if buf, n, err = block(d, buf, n); err != nil {
			return false, err
		}
		if n > len(out) {
			return false, fmt.Errorf("pinflate: inflated data longer than %d bytes", len(out))
		}
		if opts.Progress != nil && n >= next {
			opts.Progress(n)
			next, told = n+progressStep, n
		}
	}
	if n != len(out) {
		return false, fmt.Errorf("pinflate: inflated %d bytes, want %d", n, len(out))
	}
	if !joined && (d.blockEnd+7)/8 != int64(len(in)) {
		return false, errTrailing // (a joined tail ended exactly at the end)
	}
	if opts.Progress != nil && n > told {
		opts.Progress(n)
	}
	return joined, nil
}

// splitAt is where in the input (percent) the tail starts looking for a
// block: it decodes more slowly than the start while its window is
// unknown, and its markers are resolved after the start is done.
const splitAt = 60

// join is called at the decoder's first block boundary past where the tail
// began looking, which is where the tail will take up unless it is still on
// an earlier, false start. It waits (up to maxWait) for the tail to reach
// that block, then for it to finish, and resolves it into out. A tail that
// failed, or took up elsewhere, is stopped and dropped.
func join(tail *Tail, d *decoder, out []byte, n int) (int, bool) {
	defer func() {
		tail.Stop()
		tail.release()
	}()
	deadline := time.Now().Add(maxWait)
	for {
		done := tail.Done()
		p := tail.trying.Load()
		if done {
			p = -1
			if _, ok := tail.Size(); ok {
				p = tail.bit
			}
		}
		if p == d.bit {
			<-tail.done
			if size, ok := tail.Size(); ok && tail.bit == p && n == len(out)-size && n >= Window {
				tail.Resolve(out[n-Window:n], out[n:])
				return len(out), true
			}
			return n, false
		}
		if done || p > d.bit || time.Now().After(deadline) {
			return n, false
		}
		time.Sleep(20 * time.Microsecond) // still searching, or on a false start
	}
}

// maxWait bounds how long the decoder waits for a tail still searching or
// on a false start before going on alone. (A variable for tests, which
// wait as long as it takes on a loaded machine.)
var maxWait = 5 * time.Millisecond
