package dex

import (
	"bytes"
	"crypto/sha1"
	"hash"
	"hash/adler32"
)

// Verify checks the header's adler32 checksum (over everything after the
// checksum field) and SHA-1 signature (over everything after the signature),
// and returns the header oddities found at Open. Android refuses a dex whose
// checksum is wrong, but a scanner must still read it: nothing here is
// fatal, the results are diagnostics.
func (f *File) Verify() []error { return f.VerifySums(nil) }

// VerifySums is Verify with the two digests already computed over this
// file's bytes (by a Summer fed while the file was inflated); with nil, or
// sums of other bytes, it computes them.
func (f *File) VerifySums(s *Sums) []error {
	var errs []error
	for _, d := range f.diags {
		if fe, ok := d.(*FormatError); ok && fe.Section == "header" {
			errs = append(errs, d)
		}
	}
	end := len(f.data)
	if uint64(f.Header.FileSize) < uint64(end) && f.Header.FileSize >= 32 {
		end = int(f.Header.FileSize) // a 041 container: this dex only
	}
	if s == nil || s.n != end || end < 32 {
		s = SumBytes(f.data[:end])
	}
	if s.Adler32 != f.Header.Checksum {
		errs = append(errs, errf(ErrChecksum, "header", -1, 8, "checksum %08x, computed %08x", f.Header.Checksum, s.Adler32))
	}
	if !bytes.Equal(s.SHA1[:], f.Header.Signature[:]) {
		errs = append(errs, errf(ErrSignature, "header", -1, 12, "signature %x, computed %x", f.Header.Signature[:], s.SHA1[:]))
	}
	return errs
}

// Sums are a dex file's two digests as its header defines them: Adler-32
// over every byte from offset 12, SHA-1 over every byte from offset 32.
type Sums struct {
	Adler32 uint32
	SHA1    [20]byte
	n       int // the file length they cover
}

// SumBytes computes the Sums of data, a whole dex file.
func SumBytes(data []byte) *Sums {
	var s Summer
	s.Write(data)
	return s.Sum()
}

// Summer computes Sums from a dex file's bytes given in order, in pieces,
// for example while it is being inflated.
type Summer struct {
	adler, sha hash.Hash
	n          int
}

// Write adds the next bytes of the file.
func (s *Summer) Write(p []byte) {
	if s.adler == nil {
		s.adler, s.sha = adler32.New(), sha1.New()
	}
	if skip := max(0, 12-s.n); skip < len(p) {
		s.adler.Write(p[skip:])
	}
	if skip := max(0, 32-s.n); skip < len(p) {
		s.sha.Write(p[skip:])
	}
	s.n += len(p)
}

// Sum returns the Sums of the bytes written so far.
func (s *Summer) Sum() *Sums {
	if s.adler == nil {
		s.adler, s.sha = adler32.New(), sha1.New()
	}
	out := &Sums{n: s.n}
	out.Adler32 = s.adler.(hash.Hash32).Sum32()
	copy(out.SHA1[:], s.sha.Sum(nil))
	return out
}
