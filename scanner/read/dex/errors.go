package dex

import (
	"errors"
	"fmt"
)

// Sentinel errors, matched with errors.Is against any *FormatError.
var (
	// ErrTruncated reports an offset or length reaching past the end of the data.
	ErrTruncated = errors.New("past end of file")
	// ErrBadMagic reports a file that does not start with "dex\n0NN\0".
	ErrBadMagic = errors.New("bad magic")
	// ErrUnsupported reports a version, endianness or layout this package does not read.
	ErrUnsupported = errors.New("unsupported")
	// ErrBadIndex reports an index beyond its id table (or NO_INDEX where one is required).
	ErrBadIndex = errors.New("index out of range")
	// ErrMalformed reports structurally invalid data (bad LEB128, bad encoded value, ...).
	ErrMalformed = errors.New("malformed")
	// ErrTooLarge reports input beyond a resource budget.
	ErrTooLarge = errors.New("too large")
	// ErrChecksum reports an adler32 checksum mismatch (Verify only).
	ErrChecksum = errors.New("checksum mismatch")
	// ErrSignature reports a SHA-1 signature mismatch (Verify only). Neither
	// dexdump nor ART checks it, and real APKs ship stale signatures.
	ErrSignature = errors.New("signature mismatch")
	// ErrBadString reports a string_data_item that is not valid MUTF-8; the
	// string is still decoded leniently (U+FFFD for bad sequences).
	ErrBadString = errors.New("invalid MUTF-8")
)

// FormatError describes a problem at a known place in a dex file. Index is
// -1 when the problem is not about one item of a table; Off is -1 when no
// byte offset applies.
type FormatError struct {
	Section string // spec name of the section: "header", "string_ids", "code_item", ...
	Index   int    // item index within Section, or -1
	Off     int64  // byte offset in the file, or -1
	Msg     string // lower-case detail
	Err     error  // sentinel for errors.Is, may be nil
}

// Error renders e.g. "dex: method_ids[812]: offset 0x9f000 past end of file".
func (e *FormatError) Error() string {
	s := "dex: " + e.Section
	if e.Index >= 0 {
		s += fmt.Sprintf("[%d]", e.Index)
	}
	s += ": "
	if e.Off >= 0 {
		s += fmt.Sprintf("offset %#x ", e.Off)
	}
	s += e.Msg
	if e.Err != nil && e.Msg == "" {
		s += e.Err.Error()
	}
	return s
}

// Unwrap returns the sentinel error, so errors.Is(err, ErrTruncated) works.
func (e *FormatError) Unwrap() error { return e.Err }

// errf builds a *FormatError; msg is formatted with args.
func errf(sentinel error, section string, index int, off int64, format string, args ...any) *FormatError {
	return &FormatError{Section: section, Index: index, Off: off, Msg: fmt.Sprintf(format, args...), Err: sentinel}
}

// truncated is the common "offset past end of file" error.
func truncated(section string, index int, off int64) *FormatError {
	return &FormatError{Section: section, Index: index, Off: off, Msg: "past end of file", Err: ErrTruncated}
}

// recoverPanics is cleared by the fuzz test so that a bug shows up as a
// crash instead of being converted to an error.
var recoverPanics = true

// catch converts a panic into an error at the package boundary. Parsing code
// bounds-checks every read, so reaching this is a bug, but a crafted dex must
// never take down the whole scan.
func catch(err *error) {
	if r := recover(); r != nil {
		if !recoverPanics {
			panic(r)
		}
		*err = &FormatError{Section: "internal", Index: -1, Off: -1, Msg: fmt.Sprintf("panic: %v", r), Err: ErrMalformed}
	}
}
