package dex

import (
	"bytes"
	"crypto/sha1"
	"hash/adler32"
)

// Verify checks the header's adler32 checksum (over everything after the
// checksum field) and SHA-1 signature (over everything after the signature),
// and returns the header oddities found at Open. Android refuses a dex whose
// checksum is wrong, but a scanner must still read it: nothing here is
// fatal, the results are diagnostics.
func (f *File) Verify() []error {
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
	if got := adler32.Checksum(f.data[12:end]); got != f.Header.Checksum {
		errs = append(errs, errf(ErrChecksum, "header", -1, 8, "checksum %08x, computed %08x", f.Header.Checksum, got))
	}
	if got := sha1.Sum(f.data[32:end]); !bytes.Equal(got[:], f.Header.Signature[:]) {
		errs = append(errs, errf(ErrSignature, "header", -1, 12, "signature %x, computed %x", f.Header.Signature[:], got[:]))
	}
	return errs
}
