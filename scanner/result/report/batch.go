package report

import (
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/apkscan/apkscan/scanner/finding"
)

// writeBatchJSONL writes one JSON document per app and line, in the order
// records come: the result as `--format json` writes it (compact), or an
// error record. Skipped apps write nothing.
func writeBatchJSONL(w io.Writer, recs iter.Seq[finding.Record], _ Options) error {
	for rec := range recs {
		if rec.Skipped {
			continue
		}
		if err := writeJSONLine(w, rec.Document()); err != nil {
			return err
		}
	}
	return nil
}

// The batch table's column widths. The path column is sized from the
// paths known up front (rows stream, so it cannot be sized from what is
// written), up to maxPathWidth; a longer path keeps its end (the file
// name) and loses its start to "…", so the columns stay aligned.
const (
	maxPathWidth = 60
	pkgWidth     = 40
)

// writeBatchText writes one line per app as records come, then the tally.
func writeBatchText(w io.Writer, recs iter.Seq[finding.Record], o Options) error {
	width := len("PATH")
	for _, p := range o.Paths {
		width = max(width, min(utf8.RuneCountInString(p), maxPathWidth))
	}
	ew := &errWriter{w: w}
	ew.printf("%-*s  %-*s  %8s  %4s %4s %4s %4s %4s  %s\n", width, "PATH", pkgWidth, "PACKAGE",
		"TRACKERS", "CRIT", "HIGH", "MED", "LOW", "INFO", "STATUS")
	t := finding.Tally{FailOn: o.FailOn}
	for rec := range recs {
		t.Add(rec)
		if !rec.Skipped {
			batchRow(ew, width, rec, o.FailOn)
		}
	}
	ew.printf("%s\n", t)
	return ew.err
}

func batchRow(ew *errWriter, width int, rec finding.Record, failOn finding.Severity) {
	if rec.Error != nil || rec.Result == nil {
		msg := "unknown error"
		if rec.Error != nil {
			msg = strings.Join(strings.Fields(rec.Error.Error), " ")
		}
		ew.printf("%-*s  %-*s  %8s  %4s %4s %4s %4s %4s  error: %s\n", width, fit(rec.Path(), width), pkgWidth, "-",
			"-", "-", "-", "-", "-", "-", msg)
		return
	}
	r := rec.Result
	var bySev [finding.SeverityCritical + 1]int
	trackers := 0
	for _, f := range r.Findings {
		if f.Severity >= finding.SeverityInfo && f.Severity <= finding.SeverityCritical {
			bySev[f.Severity]++
		}
		if finding.Present(f.Tracker) {
			trackers++
		}
	}
	status := "ok"
	if failOn > 0 && r.Max() >= failOn {
		status = "findings >= " + failOn.String()
	}
	ew.printf("%-*s  %-*s  %8d  %4d %4d %4d %4d %4d  %s\n", width, fit(rec.Path(), width), pkgWidth, fit(orDash(r.Target.Package), pkgWidth), trackers,
		bySev[finding.SeverityCritical], bySev[finding.SeverityHigh], bySev[finding.SeverityMedium],
		bySev[finding.SeverityLow], bySev[finding.SeverityInfo], status)
}

// fit keeps the last width-1 runes of s behind "…" when s is longer than
// width.
func fit(s string, width int) string {
	r := []rune(s)
	if len(r) <= width {
		return s
	}
	return "…" + string(r[len(r)-width+1:])
}
