package apk

import (
	"archive/zip"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sync"

	"github.com/apkscan/apkscan/scanner/read/apk/internal/pinflate"
	"github.com/klauspost/compress/flate"
)

// readRecord reads an entry of an archive whose central directory is whole,
// the way Android's libziparchive and asset manager do: the data starts
// after the local header's name and extra field; the central directory's
// method says how to read it, 8 (DEFLATE) inflating the compressed bytes and
// any other method reading the uncompressed size's bytes as stored (the
// asset manager's rule, which malware uses by writing a bogus method); the
// local header's method, sizes and flags are not used (tamper.go reports
// them). At most limit bytes are returned; truncated says more existed.
//
// A DEFLATE entry that fits the limit and whose declared size DEFLATE can
// produce is inflated in one call into a buffer of that size (pinflate, or
// libdeflate when built with -tags libdeflate; with o.Split a large entry
// is split between two cores); anything else streams into a buffer that
// grows only as data arrives, never past the limit. A CRC-32 that does not
// match is reported with the data (Android does not check it either).
func (a *Archive) readRecord(e *Entry, limit int64, o ReadOptions) (data []byte, truncated bool, err error) {
	zf := e.zf
	off, err := zf.DataOffset()
	if err != nil {
		return nil, false, err
	}
	if off < 0 || off > a.Size {
		return nil, false, fmt.Errorf("data offset %#x past end of file", off)
	}
	usize, csize := int64(zf.UncompressedSize64), int64(zf.CompressedSize64)
	if usize < 0 || csize < 0 {
		return nil, false, fmt.Errorf("declared size past 2^63")
	}
	if zf.Method == zip.Deflate {
		data, truncated, err = a.readDeflated(off, csize, usize, limit, o)
	} else {
		data, truncated, err = a.readStored(off, usize, limit, o)
	}
	if err == nil && !truncated && crc32.ChecksumIEEE(data) != zf.CRC32 {
		err = zip.ErrChecksum
	}
	return data, truncated, err
}

// readStored reads size bytes at off, at most limit of them.
func (a *Archive) readStored(off, size, limit int64, o ReadOptions) ([]byte, bool, error) {
	n := min(size, limit, a.Size-off)
	data := make([]byte, n) // bounded by the limit and the file
	if _, err := a.ra.ReadAt(data, off); err != nil && !errors.Is(err, io.EOF) {
		return nil, false, err
	}
	if size > a.Size-off && n < limit {
		return data, false, fmt.Errorf("stored data of %d bytes runs past the end of the file (%d bytes read): %w", size, n, io.ErrUnexpectedEOF)
	}
	if o.Progress != nil && n == size {
		o.Progress(data)
	}
	return data, size > limit, nil
}

// readDeflated inflates csize compressed bytes at off that declare usize
// inflated bytes.
func (a *Archive) readDeflated(off, csize, usize, limit int64, o ReadOptions) ([]byte, bool, error) {
	avail := min(csize, a.Size-off)
	if usize > 0 && usize <= limit && csize > 0 && csize == avail && usize/csize <= maxDeflateRatio {
		if data, ok := a.inflateWhole(off, csize, usize, o); ok {
			return data, false, nil
		}
	}
	return a.inflateStream(off, avail, usize, limit)
}

// inflateStream inflates the csize bytes at off through a streaming reader,
// keeping at most limit bytes; usize is what the central directory
// declares, trusted only to size the first allocation when DEFLATE could
// produce it.
func (a *Archive) inflateStream(off, csize, usize, limit int64) ([]byte, bool, error) {
	hint := int64(64 << 10)
	if usize > 0 && csize > 0 && usize/csize <= maxDeflateRatio {
		hint = usize // the declared size is possible: one allocation
	}
	fr := flate.NewReader(io.NewSectionReader(a.ra, off, csize))
	defer fr.Close()
	data, truncated, err := readCapped(fr, limit, hint)
	switch {
	case truncated:
		return data, true, nil
	case err != nil:
		return data, false, err
	case int64(len(data)) != usize:
		return data, false, fmt.Errorf("inflated %d bytes, the central directory declares %d", len(data), usize)
	}
	return data, false, nil
}

// inflateWhole inflates the compressed bytes at off in one call into a
// buffer of exactly usize bytes; ok is false when the stream does not
// produce exactly that (the caller then streams, which says why).
func (a *Archive) inflateWhole(off, csize, usize int64, o ReadOptions) ([]byte, bool) {
	in := getBuf(csize)
	defer putBuf(in)
	if _, err := a.ra.ReadAt(in, off); err != nil {
		return nil, false
	}
	data := make([]byte, usize, usize+pinflate.Slack)
	if inflateExact(in, data, o) != nil {
		return nil, false
	}
	return data, true
}

// readCapped reads r to its end into a buffer that starts at hint bytes
// and doubles as data arrives, never past limit bytes: a lying header
// costs what the stream really holds, a true one costs one allocation,
// and a stream longer than limit costs limit bytes. When the buffer is
// full, a one-byte probe tells whether more is there before it grows.
func readCapped(r io.Reader, limit, hint int64) ([]byte, bool, error) {
	buf := make([]byte, 0, max(min(hint, limit), 1))
	for {
		if len(buf) == cap(buf) {
			var probe [1]byte
			if n, err := io.ReadFull(r, probe[:]); n == 0 {
				if errors.Is(err, io.EOF) {
					err = nil
				}
				return buf, false, err
			}
			if int64(len(buf)) >= limit {
				return buf[:limit], true, nil
			}
			grown := make([]byte, len(buf), min(2*int64(cap(buf)), limit))
			copy(grown, buf)
			buf = append(grown, probe[0])
			continue
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, false, nil
		}
		if err != nil {
			return buf, false, err
		}
	}
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
