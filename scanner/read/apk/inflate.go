package apk

import (
	"archive/zip"
	"hash/crc32"
	"sync"

	"github.com/apkscan/apkscan/scanner/read/apk/internal/pinflate"
)

// readWhole is the fast read path: when the central directory is whole and
// the entry's record is consistent, the compressed bytes are read with one
// ReadAt and inflated in one call into a buffer of the declared size (by
// libdeflate when built with -tags libdeflate, else by our pinflate, which
// can split a large entry between two cores).
// The result is used only when it has exactly the declared size and CRC-32;
// anything else (a lying header, a bad checksum, a method Android reads
// leniently) returns ok=false and the caller takes the streaming path,
// which reports the problem and keeps partial data.
func (a *Archive) readWhole(e *Entry, limit int64, o ReadOptions) (data []byte, ok bool) {
	zf := e.zf
	if zf == nil || !a.concurrent || a.ra == nil || e.Size <= 0 || e.Size > limit || e.CompressedSize <= 0 {
		return nil, false
	}
	if h := e.file.ZipHeader(); h == nil || h.CRC32 != zf.CRC32 || h.CompressedSize64 != zf.CompressedSize64 ||
		h.UncompressedSize64 != zf.UncompressedSize64 || h.Method != zf.Method {
		return nil, false
	}
	off, err := zf.DataOffset()
	if err != nil || off < 0 || off > a.Size || e.CompressedSize > a.Size-off {
		return nil, false
	}
	switch zf.Method {
	case zip.Store:
		if e.CompressedSize != e.Size {
			return nil, false
		}
		data = make([]byte, e.Size)
		if _, err := a.ra.ReadAt(data, off); err != nil {
			return nil, false
		}
		if o.Progress != nil {
			o.Progress(data)
		}
	case zip.Deflate:
		if e.Size/e.CompressedSize > maxDeflateRatio {
			return nil, false
		}
		in := getBuf(e.CompressedSize)
		defer putBuf(in)
		if _, err := a.ra.ReadAt(in, off); err != nil {
			return nil, false
		}
		data = make([]byte, e.Size, e.Size+pinflate.Slack)
		if inflateExact(in, data, o) != nil {
			return nil, false
		}
	default:
		return nil, false
	}
	if crc32.ChecksumIEEE(data) != zf.CRC32 {
		return nil, false
	}
	return data, true
}

// bufPool recycles the buffers that hold compressed bytes, which live only
// for the duration of one inflate.
var bufPool sync.Pool

func getBuf(n int64) []byte {
	if b, _ := bufPool.Get().(*[]byte); b != nil && int64(cap(*b)) >= n {
		return (*b)[:n]
	}
	return make([]byte, n)
}

func putBuf(b []byte) {
	if cap(b) > 64<<20 {
		return // keep the pool from pinning one huge buffer
	}
	bufPool.Put(&b)
}
