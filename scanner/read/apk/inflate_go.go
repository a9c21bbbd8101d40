//go:build !libdeflate || !cgo

package apk

import "github.com/apkscan/apkscan/scanner/read/apk/internal/pinflate"

// Inflater names the DEFLATE implementation this build uses.
const Inflater = "pinflate (pure Go)"

// inflateExact inflates the raw DEFLATE stream in into out, which must be
// exactly the size of the inflated data, with pinflate.Slack bytes of
// capacity past it. With o.Split a large entry's end is inflated on a
// second goroutine; o.Progress hears of the filled prefix of out about
// every 256 KiB and at the end.
func inflateExact(in, out []byte, o ReadOptions) error {
	var progress func(int)
	if o.Progress != nil {
		progress = func(n int) { o.Progress(out[:n]) }
	}
	return pinflate.Inflate(in, out, pinflate.Options{Split: o.Split, Progress: progress})
}
