//go:build !libdeflate || !cgo

package apk

import (
	"bytes"
	"errors"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// Inflater names the DEFLATE implementation this build uses.
const Inflater = "klauspost/compress (pure Go)"

var flatePool sync.Pool

// inflateExact inflates the raw DEFLATE stream in into out, which must be
// exactly the size of the inflated data. progress, if set, hears of the
// filled prefix of out about every progressStep bytes and at the end.
func inflateExact(in, out []byte, progress Progress) error {
	src := bytes.NewReader(in)
	fr, _ := flatePool.Get().(io.ReadCloser)
	if fr == nil {
		fr = flate.NewReader(src)
	} else if err := fr.(flate.Resetter).Reset(src, nil); err != nil {
		return err
	}
	defer flatePool.Put(fr)
	if err := readFull(fr, out, progress); err != nil {
		return err
	}
	var one [1]byte
	if n, err := fr.Read(one[:]); n != 0 || err != io.EOF {
		return errors.New("inflated data longer than declared")
	}
	return nil
}

// progressStep is how many new bytes make a Progress call: a hasher on
// another core then lags the inflater by at most this much.
const progressStep = 256 << 10

// readFull is io.ReadFull telling progress of what has been read.
func readFull(r io.Reader, out []byte, progress Progress) error {
	if progress == nil {
		_, err := io.ReadFull(r, out)
		return err
	}
	n, next := 0, progressStep
	for n < len(out) {
		m, err := r.Read(out[n:])
		n += m
		if n >= next || n == len(out) {
			progress(out[:n])
			next = n + progressStep
		}
		if err != nil && n < len(out) {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
	}
	return nil
}
