package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/apkscan/apkscan/scanner/finding"
)

// ExitInput is the exit code an error record carries: the same code a
// single-app scan of that input exits with.
const ExitInput = 3

// ErrorRecord is the JSONL line for an app that could not be read as a
// whole. Diagnostics carries what a partial read saw.
type ErrorRecord struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Error  string `json:"error"`
	Exit   int    `json:"exit"`
	// Limit is "memory" or "time" when the scan was stopped by a resource
	// limit (a child out of memory, a time budget overrun) rather than by
	// its input: a resource-limit failure, not an unreadable app.
	Limit       string               `json:"limit,omitempty"`
	Diagnostics []finding.Diagnostic `json:"diagnostics,omitempty"`
}

// Line is one decoded JSONL line: a Result or an ErrorRecord.
type Line struct {
	Result *finding.Result
	Error  *ErrorRecord
}

// Path returns the app path the line is about.
func (l Line) Path() string {
	if l.Error != nil {
		return l.Error.Path
	}
	return l.Result.Target.Path
}

// SHA256 returns the app's content hash ("" for an unreadable file).
func (l Line) SHA256() string {
	if l.Error != nil {
		return l.Error.SHA256
	}
	return l.Result.Target.SHA256
}

// Document returns what a JSONL line holds for rec: the Result, or an
// ErrorRecord for a failed app.
func Document(rec Record) any {
	if !rec.Failed() {
		return rec.Result
	}
	e := &ErrorRecord{Path: rec.Path, SHA256: rec.SHA256, Exit: ExitInput, Error: "unknown error"}
	if rec.Err != nil {
		e.Error = rec.Err.Error()
		e.Limit = Limit(rec.Err)
	}
	if rec.Result != nil {
		e.Diagnostics = rec.Result.Diagnostics
	}
	return e
}

// Resource limits an ErrorRecord names.
const (
	LimitedMemory = "memory"
	LimitedTime   = "time"
)

// Limit names the resource a failed scan ran out of, or "" when the
// failure is about the input: a time budget overrun is LimitedTime; a child
// the Go runtime stopped for want of memory (under --memory-limit), or
// that the kernel killed (its out-of-memory killer), is LimitedMemory.
func Limit(err error) string {
	var te *TimeoutError
	if errors.As(err, &te) {
		return LimitedTime
	}
	var ce *ChildError
	if errors.As(err, &ce) && ce.OutOfMemory() {
		return LimitedMemory
	}
	return ""
}

// WriteLine writes v as one compact JSON line (HTML characters unescaped,
// as in the json report).
func WriteLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// ParseLine decodes one JSONL line. A line with an "error" key is an
// ErrorRecord; one with "schemaVersion" is a Result.
func ParseLine(b []byte) (Line, error) {
	var probe struct {
		SchemaVersion *int    `json:"schemaVersion"`
		Error         *string `json:"error"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return Line{}, err
	}
	switch {
	case probe.Error != nil:
		var e ErrorRecord
		err := json.Unmarshal(b, &e)
		return Line{Error: &e}, err
	case probe.SchemaVersion != nil:
		var r finding.Result
		err := json.Unmarshal(b, &r)
		return Line{Result: &r}, err
	}
	return Line{}, errors.New("neither a result (schemaVersion) nor an error record (error)")
}

// ReadLines calls fn for every line of a JSONL stream. A malformed line is
// an error naming its number, except the last line when it lacks its
// newline: a run killed mid-write leaves that, and it is dropped
// (complete reports how many bytes of r were whole lines).
func ReadLines(r io.Reader, fn func(Line) error) (complete int64, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	for n := 1; ; n++ {
		b, rerr := br.ReadBytes('\n')
		if rerr == io.EOF {
			// A final line without its newline is an interrupted write.
			return complete, nil
		}
		if rerr != nil {
			return complete, fmt.Errorf("batch: line %d: %w", n, rerr)
		}
		if len(bytes.TrimSpace(b)) > 0 {
			l, perr := ParseLine(b)
			if perr != nil {
				return complete, fmt.Errorf("batch: line %d: %w", n, perr)
			}
			if err := fn(l); err != nil {
				return complete, err
			}
		}
		complete += int64(len(b))
	}
}
