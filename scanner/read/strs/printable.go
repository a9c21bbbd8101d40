// Package strs extracts strings from the parts of an app that are not dex or
// binary XML: printable runs in native libraries (as `strings -n 6` does) and
// lines of text-like assets.
package strs

import (
	"bufio"
	"io"
)

// MinRun is the shortest printable run reported from binary files: six bytes,
// long enough to skip most noise, short enough for "jpush" plus a version.
const MinRun = 6

// MaxRun caps one reported run; longer runs are cut (a minified JS blob or a
// certificate in a .so must not make one giant string).
const MaxRun = 4096

// Printable calls fn for every run of at least min printable ASCII bytes
// (0x20–0x7e and tab) in r, with the byte offset where the run starts. It
// streams: memory use is bounded by MaxRun whatever the size of r.
func Printable(r io.Reader, min int, fn func(off int64, s string)) error {
	if min < 1 {
		min = 1
	}
	br := bufio.NewReaderSize(r, 64<<10)
	run := make([]byte, 0, MaxRun)
	var off, start int64
	flush := func() {
		if len(run) >= min {
			fn(start, string(run))
		}
		run = run[:0]
	}
	for {
		b, err := br.ReadByte()
		if err == io.EOF {
			flush()
			return nil
		}
		if err != nil {
			flush()
			return err
		}
		if (b >= 0x20 && b < 0x7f) || b == '\t' {
			if len(run) == 0 {
				start = off
			}
			if len(run) < MaxRun {
				run = append(run, b)
			}
		} else {
			flush()
		}
		off++
	}
}
