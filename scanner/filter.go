package scanner

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/finding"
)

// FilterSeverity drops findings below min. It is the first filter stage;
// ignore files and baselines come after it.
func FilterSeverity(r *finding.Result, min finding.Severity) {
	r.Findings = slices.DeleteFunc(r.Findings, func(f finding.Finding) bool { return f.Severity < min })
}
