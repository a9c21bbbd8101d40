package axml

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Sentinel errors; every FormatError wraps one of them.
var (
	// ErrTruncated means a structure extends past the bytes available.
	ErrTruncated = errors.New("truncated")
	// ErrMalformed means a structure is present but invalid.
	ErrMalformed = errors.New("malformed")
	// ErrBudget means a resource budget (string bytes, elements) was exhausted.
	ErrBudget = errors.New("budget exceeded")
	// ErrNoManifest means no <manifest> element was found.
	ErrNoManifest = errors.New("no manifest element")
	// ErrPanic means a parser panicked; the panic was recovered.
	ErrPanic = errors.New("internal panic")
)

// FormatError describes a problem in one section of the input. Index is the
// element index within the section (string number, chunk number) or -1;
// Offset is the byte offset in the input or -1 when unknown.
type FormatError struct {
	Section string // "resources.arsc", "string pool", "AndroidManifest.xml"
	Index   int
	Offset  int64
	Msg     string
	Err     error // one of the sentinels above, or an underlying error
}

// Error renders e.g. `axml: string pool[12]: offset 0x1c4: string past end of chunk: truncated`.
func (e *FormatError) Error() string {
	var b strings.Builder
	b.WriteString("axml: ")
	b.WriteString(e.Section)
	if e.Index >= 0 {
		fmt.Fprintf(&b, "[%d]", e.Index)
	}
	b.WriteString(": ")
	if e.Offset >= 0 {
		fmt.Fprintf(&b, "offset 0x%x: ", e.Offset)
	}
	b.WriteString(e.Msg)
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(strings.ToLower(e.Err.Error()))
	}
	return b.String()
}

// Unwrap returns the sentinel or underlying error.
func (e *FormatError) Unwrap() error { return e.Err }

func formatErr(section string, index int, offset int64, sentinel error, format string, args ...any) *FormatError {
	return &FormatError{Section: section, Index: index, Offset: offset, Msg: fmt.Sprintf(format, args...), Err: sentinel}
}

// recoverTo converts a panic into a FormatError stored in *err. It is
// deferred at every exported entry point: apkparser is robust in practice,
// but a bug in any parser must not take down a scan of thousands of APKs.
func recoverTo(section string, err *error) {
	if r := recover(); r != nil {
		*err = &FormatError{Section: section, Index: -1, Offset: -1,
			Msg: fmt.Sprintf("recovered panic: %v", r), Err: ErrPanic}
	}
}

// wrapParserErr classifies an apkparser error under our sentinels: its
// messages carry offsets but no types.
func wrapParserErr(section string, err error) error {
	sentinel := ErrMalformed
	msg := strings.ToLower(err.Error())
	// apkparser formats with %s, so a wrapped EOF is only visible in the text.
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || strings.HasSuffix(msg, "eof") {
		sentinel = ErrTruncated
	}
	return &FormatError{Section: section, Index: -1, Offset: -1,
		Msg: msg, Err: sentinel}
}
