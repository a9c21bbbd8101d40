//go:build libdeflate && cgo

package apk

import (
	"errors"
	"sync"

	"github.com/4kills/go-libdeflate/v2"
)

// Inflater names the DEFLATE implementation this build uses.
const Inflater = "libdeflate (cgo)"

var errNoDecompressor = errors.New("libdeflate: cannot allocate a decompressor")

// decompressors are reused across reads; one is used by one goroutine at a
// time. AutoClose frees the C side when the pool drops one.
var decompressors = sync.Pool{New: func() any {
	dc, err := libdeflate.NewDecompressorAutoClose()
	if err != nil {
		return nil
	}
	return &dc
}}

// inflateExact inflates the raw DEFLATE stream in into out, which must be
// exactly the size of the inflated data (libdeflate fails otherwise). It
// inflates in one call, on one core whatever o.Split says, so o.Progress,
// if set, hears of out once, at the end.
func inflateExact(in, out []byte, o ReadOptions) error {
	dc, _ := decompressors.Get().(*libdeflate.Decompressor)
	if dc == nil {
		return errNoDecompressor
	}
	defer decompressors.Put(dc)
	if _, _, err := dc.Decompress(in, out, libdeflate.ModeDEFLATE); err != nil {
		return err
	}
	if o.Progress != nil {
		o.Progress(out)
	}
	return nil
}
