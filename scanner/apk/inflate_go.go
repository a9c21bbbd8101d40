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
// exactly the size of the inflated data.
func inflateExact(in, out []byte) error {
	src := bytes.NewReader(in)
	fr, _ := flatePool.Get().(io.ReadCloser)
	if fr == nil {
		fr = flate.NewReader(src)
	} else if err := fr.(flate.Resetter).Reset(src, nil); err != nil {
		return err
	}
	defer flatePool.Put(fr)
	if _, err := io.ReadFull(fr, out); err != nil {
		return err
	}
	var one [1]byte
	if n, err := fr.Read(one[:]); n != 0 || err != io.EOF {
		return errors.New("inflated data longer than declared")
	}
	return nil
}
