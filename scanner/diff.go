package scanner

import (
	"context"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/diff"
	"github.com/apkscan/apkscan/scanner/result/filter"
)

// Diff compares two builds of an app. Each side is an app, scanned now
// with cfg's rules (the rules are only loaded when a side is an app), or
// an earlier JSON report (`scan --format json`). A side that cannot be
// read whole is an error (*InputError): a partial result would show
// phantom removals.
func Diff(ctx context.Context, cfg Config, oldPath, newPath string) (*finding.Diff, error) {
	var s *Scanner
	side := func(p string) (*finding.Result, error) {
		if filter.IsReport(p) {
			r, err := filter.LoadReport(p)
			if err != nil {
				return nil, &InputError{Path: p, Err: err}
			}
			return r, nil
		}
		if s == nil {
			s = New(cfg)
		}
		return s.Scan(ctx, p)
	}
	oldRes, err := side(oldPath)
	if err != nil {
		return nil, err
	}
	newRes, err := side(newPath)
	if err != nil {
		return nil, err
	}
	return diff.Compare(oldRes, newRes), nil
}

// LoadBaseline reads an earlier JSON report for FilterOptions.Baseline.
func LoadBaseline(path string) (*finding.Result, error) { return filter.LoadReport(path) }
