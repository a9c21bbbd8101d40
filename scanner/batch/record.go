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

// Document returns the record's output line: the Result, or an error
// record for a failed app (with the diagnostics of a partial read).
func (r Record) Document() finding.Record {
	if r.Skipped {
		return finding.Record{Skipped: true}
	}
	if !r.Failed() {
		return finding.Record{Result: r.Result}
	}
	e := &finding.ErrorRecord{Path: r.Path, SHA256: r.SHA256, Exit: finding.ExitInput, Error: "unknown error"}
	if r.Err != nil {
		e.Error = r.Err.Error()
		e.Limit = Limit(r.Err)
	}
	if r.Result != nil {
		e.Diagnostics = r.Result.Diagnostics
	}
	return finding.Record{Error: e}
}

// Resource limits an error record names.
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

// ParseLine decodes one JSONL line. A line with an "error" key is an
// error record; one with "schemaVersion" is a Result.
func ParseLine(b []byte) (finding.Record, error) {
	var probe struct {
		SchemaVersion *int    `json:"schemaVersion"`
		Error         *string `json:"error"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return finding.Record{}, err
	}
	switch {
	case probe.Error != nil:
		var e finding.ErrorRecord
		err := json.Unmarshal(b, &e)
		return finding.Record{Error: &e}, err
	case probe.SchemaVersion != nil:
		var r finding.Result
		err := json.Unmarshal(b, &r)
		return finding.Record{Result: &r}, err
	}
	return finding.Record{}, errors.New("neither a result (schemaVersion) nor an error record (error)")
}

// ReadLines calls fn for every line of a JSONL stream. A malformed line is
// an error naming its number, except the last line when it lacks its
// newline: a run killed mid-write leaves that, and it is dropped
// (complete reports how many bytes of r were whole lines).
func ReadLines(r io.Reader, fn func(finding.Record) error) (complete int64, err error) {
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

// ReadRecords calls fn for every record of r: JSONL as a batch writes it
// (see ReadLines), or JSON reports as `scan --format json` writes them,
// indented, one or more after another. It tells them apart by the first
// line: an indented report's is "{" alone.
func ReadRecords(r io.Reader, fn func(finding.Record) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	first, err := br.Peek(2)
	if err != nil && len(first) == 0 {
		return nil // empty input
	}
	if !bytes.Equal(bytes.TrimRight(first, "\r"), []byte("{\n")) {
		_, err := ReadLines(br, fn)
		return err
	}
	dec := json.NewDecoder(br)
	for n := 1; ; n++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("batch: report %d: %w", n, err)
		}
		rec, err := ParseLine(raw)
		if err != nil {
			return fmt.Errorf("batch: report %d: %w", n, err)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}
