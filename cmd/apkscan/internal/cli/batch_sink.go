package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/ignore"
)

// batchFormats are the formats a batch writes; the single-app formats
// (json, sarif, html) hold one app per document.
var batchFormats = []string{"jsonl", "table"}

// batchSink filters each record as a single-app scan would, counts it for
// the exit code and writes it, now or (with --sort) at the end.
type batchSink struct {
	w      io.Writer
	format string
	sorted bool
	run    *batchRun
	tally  tally
	table  *batchTable
	held   []batch.Record
	err    error
}

func newBatchSink(w io.Writer, format string, sorted bool, r *batchRun) *batchSink {
	s := &batchSink{w: w, format: format, sorted: sorted, run: r, tally: tally{failOn: r.failOn}}
	if format == "table" {
		s.table = newBatchTable(r.items, r.failOn)
		s.err = s.table.header(w)
	}
	return s
}

func (s *batchSink) add(rec batch.Record) {
	if rec.Skipped {
		s.tally.skipped++
		return
	}
	if rec.Result != nil && rec.Err == nil {
		scanner.FilterSeverity(rec.Result, s.run.minSev)
		ignore.Apply(rec.Result, s.run.cfg, time.Now())
	}
	s.tally.add(rec)
	if s.sorted {
		s.held = append(s.held, rec)
		return
	}
	s.write(rec)
}

func (s *batchSink) write(rec batch.Record) {
	if s.err != nil {
		return
	}
	if s.table != nil {
		s.err = s.table.row(s.w, rec)
		return
	}
	s.err = batch.WriteLine(s.w, batch.Document(rec))
}

func (s *batchSink) finish() error {
	slices.SortStableFunc(s.held, func(a, b batch.Record) int { return strings.Compare(a.Path, b.Path) })
	for _, rec := range s.held {
		s.write(rec)
	}
	if s.table != nil && s.err == nil {
		_, s.err = fmt.Fprintln(s.w, s.tally.String())
	}
	return s.err
}

// tally counts outcomes for the exit code and the closing line.
type tally struct {
	failOn                           finding.Severity
	apps, failed, gated, ok, skipped int
}

func (t *tally) add(rec batch.Record) {
	t.apps++
	switch {
	case rec.Failed():
		t.failed++
	case t.failOn > 0 && rec.Result.Max() >= t.failOn:
		t.gated++
	default:
		t.ok++
	}
}

func (t *tally) String() string {
	s := fmt.Sprintf("%d apps: %d ok, %d failed to read", t.apps, t.ok, t.failed)
	if t.failOn > 0 {
		s += fmt.Sprintf(", %d with findings at or above %s", t.gated, t.failOn)
	}
	if t.skipped > 0 {
		s += fmt.Sprintf("; %d skipped (other shard or already recorded)", t.skipped)
	}
	return s
}

// exitError: an unreadable app (3) outranks findings (1), as for one app,
// so that a gate never passes on a corpus it could not fully read.
func (t *tally) exitError() error {
	switch {
	case t.failed > 0:
		return &exitError{code: ExitInput}
	case t.gated > 0:
		return &exitError{code: ExitFindings}
	}
	return nil
}
