// Package filter is the step between a scan and its report: it drops
// findings below a severity floor and sets aside, with why, the findings a
// user accepted in the project file's ignore entries and those an earlier
// report (the baseline) already had. Single scans and batches use it alike;
// what it sets aside stays in the result as Suppressed, never silently.
package filter

import (
	"fmt"
	"slices"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Options say what Apply keeps.
type Options struct {
	// MinSeverity drops findings below it (0 keeps every finding). They
	// are not suppressions: the user asked not to see them.
	MinSeverity finding.Severity
	// Ignore are the project file's ignore entries, read from IgnoreFile.
	Ignore     []Entry
	IgnoreFile string
	// Baseline is an earlier report, read from BaselineFile: findings
	// whose id it has are set aside.
	Baseline     *finding.Result
	BaselineFile string
	// Today decides which ignore entries have expired; zero means the
	// current date.
	Today time.Time
}

// Outcome says what Apply did.
type Outcome struct {
	// BelowMin counts the findings dropped under MinSeverity.
	BelowMin int
	// Ignored and Baselined count the findings set aside.
	Ignored, Baselined int
}

// Expired lists the ignore entries that no longer apply.
func (o Options) Expired() []Entry {
	var out []Entry
	for _, e := range o.Ignore {
		if e.Expired(o.today()) {
			out = append(out, e)
		}
	}
	return out
}

func (o Options) today() time.Time {
	if o.Today.IsZero() {
		return time.Now()
	}
	return o.Today
}

// Apply filters r in place, in order: the severity floor, the ignore
// entries, the baseline. Findings set aside move to r.Suppressed; what
// happened is added to r.Diagnostics.
func Apply(r *finding.Result, o Options) Outcome {
	var out Outcome
	if o.MinSeverity > 0 {
		before := len(r.Findings)
		r.Findings = slices.DeleteFunc(r.Findings, func(f finding.Finding) bool { return f.Severity < o.MinSeverity })
		out.BelowMin = before - len(r.Findings)
	}
	out.Ignored = applyIgnore(r, o)
	if o.Baseline != nil {
		out.Baselined = applyBaseline(r, o.Baseline, o.BaselineFile)
	}
	return out
}

// setAside moves the findings drop selects to r.Suppressed with kind and
// the justification why gives, and returns how many moved.
func setAside(r *finding.Result, kind string, why func(finding.Finding) (string, bool)) int {
	kept := r.Findings[:0]
	n := 0
	for _, f := range r.Findings {
		if j, ok := why(f); ok {
			r.Suppressed = append(r.Suppressed, finding.Suppressed{Finding: f, Kind: kind, Justification: j})
			n++
			continue
		}
		kept = append(kept, f)
	}
	r.Findings = kept
	return n
}

// plural formats n with the phrase for one or for many ("%d finding is").
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf(one, n)
	}
	return fmt.Sprintf(many, n)
}
