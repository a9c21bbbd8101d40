package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
)

// batchTable writes one line per app as records arrive. The path column
// is sized from the discovered paths up front (rows stream, so it cannot
// be sized from what is written).
type batchTable struct {
	pathWidth int
	failOn    finding.Severity
}

const (
	maxPathWidth = 60
	pkgWidth     = 40
)

func newBatchTable(items []batch.Item, failOn finding.Severity) *batchTable {
	t := &batchTable{pathWidth: len("PATH"), failOn: failOn}
	for _, it := range items {
		t.pathWidth = max(t.pathWidth, min(len(it.Path), maxPathWidth))
	}
	return t
}

func (t *batchTable) header(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%-*s  %-*s  %8s  %4s %4s %4s %4s %4s  %s\n", t.pathWidth, "PATH", pkgWidth, "PACKAGE",
		"TRACKERS", "CRIT", "HIGH", "MED", "LOW", "INFO", "STATUS")
	return err
}

func (t *batchTable) row(w io.Writer, rec batch.Record) error {
	if rec.Failed() {
		_, err := fmt.Fprintf(w, "%-*s  %-*s  %8s  %4s %4s %4s %4s %4s  error: %s\n", t.pathWidth, rec.Path, pkgWidth, "-",
			"-", "-", "-", "-", "-", "-", oneLine(rec.Err))
		return err
	}
	r := rec.Result
	var bySev [finding.SeverityCritical + 1]int
	trackers := 0
	for _, f := range r.Findings {
		if f.Severity >= finding.SeverityInfo && f.Severity <= finding.SeverityCritical {
			bySev[f.Severity]++
		}
		if definedTracker(f) {
			trackers++
		}
	}
	status := "ok"
	if t.failOn > 0 && r.Max() >= t.failOn {
		status = "findings >= " + t.failOn.String()
	}
	pkg := r.Target.Package
	if pkg == "" {
		pkg = "-"
	}
	_, err := fmt.Fprintf(w, "%-*s  %-*s  %8d  %4d %4d %4d %4d %4d  %s\n", t.pathWidth, rec.Path, pkgWidth, pkg, trackers,
		bySev[finding.SeverityCritical], bySev[finding.SeverityHigh], bySev[finding.SeverityMedium],
		bySev[finding.SeverityLow], bySev[finding.SeverityInfo], status)
	return err
}

// definedTracker: the SDK's own classes are in the app, not just its name.
func definedTracker(f finding.Finding) bool {
	t := f.Tracker
	return t != nil && (t.Evidence == finding.EvidenceCalled || t.Evidence == finding.EvidenceDefinedClasses)
}

func oneLine(err error) string {
	if err == nil {
		return "unknown error"
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}
