// Package pinflate inflates the end of one raw DEFLATE stream on another
// core while the caller inflates its start, so that one large entry (an
// app's 5 MB classes.dex) is not bound to one core.
//
// A DEFLATE stream cannot be cut at a known place: blocks are not aligned
// or indexed, and a match may copy from up to 32 KiB before the block it is
// in. A Tail therefore searches, from a bit position the caller picks, for
// the first place where a dynamic-Huffman block header is valid (in range
// counts, complete codes, an end-of-block code), and decodes from there to
// the end of the stream. The 32 KiB before that block are not known yet, so
// a match reaching into them writes markers (16-bit symbols of 256 and up,
// one per window position) instead of bytes; once 32 KiB have been decoded
// with no marker among them, decoding goes on in bytes. The caller, having
// inflated the start up to where the tail begins (its total size minus the
// tail's), resolves the markers with its last 32 KiB (Resolve).
//
// This is the method of pugz and rapidgzip (Kerbiriou and Chikhi 2019;
// Knespel and Brunst 2023), for two cores and one stream whose inflated
// size is known. A header that only looks valid, or a tail that does not
// end exactly at the end of the input, is rejected and the search goes on;
// the caller must still check the joined data against the entry's CRC-32
// and inflate in sequence when it does not match.
package pinflate

import (
	"sync"
	"sync/atomic"
)

// Window is how far back a DEFLATE match can reach, and so how many bytes
// before the tail Resolve needs.
const Window = 32768

// How far past its starting point a Tail looks for a block, and how many
// candidate blocks it tries before giving up.
const (
	searchSpan = 4 << 20 // bits (512 KiB of input)
	maxTries   = 64
)

// recoverPanics is cleared by fuzz targets, so that a bug crashes them.
var recoverPanics = true

// Tail is the speculative decoding of the end of a stream (see the package
// documentation). Its methods other than Stop and Done may be called only
// after Done reports true.
type Tail struct {
	in     []byte
	maxOut int
	done   chan struct{}
	stop   atomic.Bool
	trying atomic.Int64 // the block being decoded from, once one is found (else -1)

	ok   bool
	bit  int64    // where the decoded blocks begin
	sym  []uint16 // Window markers, then the symbol-mode output
	nsym int
	buf  []byte // Window bytes, then the byte-mode output (nil if none)
	nbuf int
}

// StartTail starts decoding in's end, from the first block found at or
// after bit position from, on a new goroutine. maxOut bounds the tail's
// inflated size: the whole stream's size less Window, since the caller
// must have at least Window bytes before the tail to resolve it.
func StartTail(in []byte, from int64, maxOut int) *Tail {
	t := &Tail{in: in, maxOut: maxOut, done: make(chan struct{})}
	t.trying.Store(-1)
	go t.run(from)
	return t
}

// Done reports, without waiting, whether the tail has finished.
func (t *Tail) Done() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// Stop asks the tail to give up (between blocks) and waits for it.
func (t *Tail) Stop() {
	t.stop.Store(true)
	<-t.done
}

// Size is the tail's inflated size, and whether it decoded at all.
func (t *Tail) Size() (int, bool) {
	if !t.ok {
		return 0, false
	}
	return t.size(), true
}

// size is how many bytes the tail decoded (past each buffer's window).
func (t *Tail) size() int {
	n := t.nsym - Window
	if t.buf != nil {
		n += t.nbuf - Window
	}
	return n
}

// guess is what the input from byte off on would inflate to at the
// stream's mean ratio, an eighth more: a buffer of that size seldom grows
// (a copy of megabytes).
func (t *Tail) guess(off int64) int {
	rest := int64(len(t.in)) - off
	return int(rest * int64(t.maxOut) / int64(len(t.in)) * 9 / 8)
}

// Bit is where in the input the tail's first block begins.
func (t *Tail) Bit() int64 { return t.bit }

// Resolve writes the tail's bytes to dst (of length Size), taking the
// bytes its markers stand for from window, the Window bytes of the stream
// just before the tail.
func (t *Tail) Resolve(window, dst []byte) {
	window = window[:Window]
	syms := t.sym[Window:t.nsym]
	dst = dst[:len(syms)+max(0, t.nbuf-Window)]
	for i, v := range syms {
		if v < 256 {
			dst[i] = byte(v)
		} else {
			dst[i] = window[v-256]
		}
	}
	if t.buf != nil {
		copy(dst[len(syms):], t.buf[Window:t.nbuf])
	}
}

func (t *Tail) run(from int64) {
	defer close(t.done)
	defer t.trying.Store(-1)
	defer func() {
		// The decoder is ours and fuzzed, but a bug in it must cost a
		// second core's help, not the scan: the start is decoded anyway.
		if p := recover(); p != nil {
			if !recoverPanics {
				panic(p)
			}
			t.ok = false
		}
	}()
	d := &decoder{in: t.in, stop: &t.stop}
	to := min(int64(len(t.in))*8, from+searchSpan)
	for range maxTries {
		p, ok := d.find(from, to)
		if !ok || t.stop.Load() {
			return
		}
		t.trying.Store(p)
		if t.decode(d, p) {
			t.ok, t.bit = true, p
			return
		}
		from = p + 1
	}
}

// decode decodes from the block at bit p to the end of the stream, which
// must be the end of the input.
func (t *Tail) decode(d *decoder, p int64) bool {
	d.bit, d.maxOut = p, t.maxOut+Window
	want := Window + min(t.maxOut, t.guess(p/8)+maxMatch)
	if cap(t.sym) < want {
		t.sym = getBuf[uint16](&symPool, want)
	}
	sym := t.sym[:cap(t.sym)]
	for k := range Window {
		sym[k] = uint16(256 + k)
	}
	n := Window
	var err error
	t.buf, t.nbuf = nil, 0
	for {
		if sym, n, err = block(d, sym, n); err != nil {
			t.sym = sym
			return false
		}
		if d.final || !hasMarker(sym[n-Window:n]) {
			break
		}
	}
	t.sym, t.nsym = sym, n
	if !d.final {
		// 32 KiB without a marker: no match can reach one any more.
		used := n - Window
		if used > t.maxOut {
			return false // (the buffer keeps a match's slack past maxOut)
		}
		d.maxOut = t.maxOut - used + Window
		buf := getBuf[byte](&bytePool, min(d.maxOut, Window+t.guess(d.bit/8)+maxMatch))
		for i, v := range sym[n-Window : n] {
			buf[i] = byte(v)
		}
		nb := Window
		for !d.final {
			if buf, nb, err = block(d, buf, nb); err != nil {
				return false
			}
		}
		t.buf, t.nbuf = buf, nb
	}
	if (d.blockEnd+7)/8 != int64(len(t.in)) {
		return false // not the end of the stream: a false start
	}
	return t.size() <= t.maxOut
}

// hasMarker reports whether any of syms is a marker (256 or more), looking
// at four symbols at a time.
func hasMarker(syms []uint16) bool {
	i := 0
	for ; i+4 <= len(syms); i += 4 {
		w := uint64(syms[i]) | uint64(syms[i+1])<<16 | uint64(syms[i+2])<<32 | uint64(syms[i+3])<<48
		if w&0xff00ff00ff00ff00 != 0 {
			return true
		}
	}
	for ; i < len(syms); i++ {
		if syms[i] >= 256 {
			return true
		}
	}
	return false
}

// The tail's buffers are recycled: a scan of many apps in one process
// would otherwise allocate, and zero, megabytes for each large entry.
var symPool, bytePool sync.Pool

// getBuf returns a buffer of n elements from pool, or a new one.
func getBuf[T byte | uint16](pool *sync.Pool, n int) []T {
	if b, _ := pool.Get().(*[]T); b != nil && cap(*b) >= n {
		return (*b)[:n]
	}
	return make([]T, n)
}

// release gives the tail's buffers back for reuse; the tail must be done,
// and resolved if it is to be.
func (t *Tail) release() {
	if sym := t.sym; sym != nil {
		symPool.Put(&sym)
	}
	if buf := t.buf; buf != nil {
		bytePool.Put(&buf)
	}
	t.sym, t.buf, t.ok = nil, nil, false
}
