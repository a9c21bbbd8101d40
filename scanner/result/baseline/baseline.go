// Package baseline compares scan results: it filters a result down to the
// findings a previous report did not have (--baseline), and diffs two
// results item by item (apkscan diff). Both rely on finding ids, which
// depend only on the rule and what matched, never on offsets or dex order.
package baseline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/apkscan/apkscan/scanner/finding"
)

// maxReport bounds a report file: reports are a few MB even for huge apps,
// and a mistaken path (an APK, a disk image) must not be read into memory.
const maxReport = 256 << 20

// IsReport reports whether the file at path looks like a JSON report (its
// first non-space byte is '{') rather than an app.
func IsReport(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for {
		b, err := br.ReadByte()
		if err != nil {
			return false
		}
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return b == '{'
	}
}

// Load reads a JSON report written by `apkscan scan --format json`.
func Load(path string) (*finding.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxReport+1)); err != nil {
		return nil, fmt.Errorf("baseline: %s: %w", path, err)
	}
	if buf.Len() > maxReport {
		return nil, fmt.Errorf("baseline: %s: larger than %d bytes", path, maxReport)
	}
	var r finding.Result
	dec := json.NewDecoder(&buf)
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("baseline: %s: not an apkscan JSON report: %w", path, err)
	}
	if r.SchemaVersion != finding.SchemaVersion {
		return nil, fmt.Errorf("baseline: %s: schemaVersion %d, want %d (a JSON report from apkscan scan --format json)", path, r.SchemaVersion, finding.SchemaVersion)
	}
	for i, fd := range r.Findings {
		if fd.ID == "" || fd.Rule == "" {
			return nil, fmt.Errorf("baseline: %s: findings[%d]: no id or rule", path, i)
		}
	}
	return &r, nil
}

// Filter removes from r the findings whose id is in base and returns how
// many it removed. What is left is new since the baseline.
func Filter(r, base *finding.Result) int {
	known := make(map[string]bool, len(base.Findings))
	for _, f := range base.Findings {
		known[f.ID] = true
	}
	before := len(r.Findings)
	r.Findings = slices.DeleteFunc(r.Findings, func(f finding.Finding) bool { return known[f.ID] })
	n := before - len(r.Findings)
	if n > 0 {
		r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Severity: finding.DiagInfo,
			Message: fmt.Sprintf("%d findings already in the baseline are not shown", n)})
	}
	return n
}
