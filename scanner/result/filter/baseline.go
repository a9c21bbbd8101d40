package filter

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

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

// LoadReport reads a JSON report written by `apkscan scan --format json`.
func LoadReport(path string) (*finding.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxReport+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if buf.Len() > maxReport {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, maxReport)
	}
	var r finding.Result
	dec := json.NewDecoder(&buf)
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: not an apkscan JSON report: %w", path, err)
	}
	if r.SchemaVersion != finding.SchemaVersion {
		return nil, fmt.Errorf("%s: schemaVersion %d, want %d (a JSON report from apkscan scan --format json)", path, r.SchemaVersion, finding.SchemaVersion)
	}
	for i, fd := range r.Findings {
		if fd.ID == "" || fd.Rule == "" {
			return nil, fmt.Errorf("%s: findings[%d]: no id or rule", path, i)
		}
	}
	return &r, nil
}

// applyBaseline sets aside the findings whose id base has: what is left
// is new since the baseline.
func applyBaseline(r, base *finding.Result, file string) int {
	known := make(map[string]bool, len(base.Findings))
	for _, f := range base.Findings {
		known[f.ID] = true
	}
	n := setAside(r, finding.SuppressedByBaseline, func(f finding.Finding) (string, bool) {
		return "in the baseline " + file, known[f.ID]
	})
	if n > 0 {
		r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Severity: finding.DiagInfo,
			Message: plural(n, "%d finding already in the baseline is not shown", "%d findings already in the baseline are not shown")})
	}
	return n
}
