package ignore

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Stats says what Apply did.
type Stats struct {
	// Suppressed counts the findings removed.
	Suppressed int
	// Expired lists the entries that no longer apply.
	Expired []Entry
}

// Expired reports whether the entry's last day is before today.
func (e Entry) Expired(today time.Time) bool {
	if e.expires.IsZero() {
		return false
	}
	y, m, d := today.Date()
	return e.expires.Before(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// Apply removes the findings a live entry matches and adds diagnostics:
// a warning per expired entry, and an info line with the count, so
// reports show that something was hidden. today decides expiry (pass
// time.Now(); tests pass a fixed day).
func Apply(r *finding.Result, c *Config, today time.Time) Stats {
	var st Stats
	if c == nil {
		return st
	}
	src := c.Path
	if src == "" {
		src = FileName
	}
	var live []Entry
	for _, e := range c.Ignore {
		if e.Expired(today) {
			st.Expired = append(st.Expired, e)
			r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Entry: src, Severity: finding.DiagWarning,
				Message: fmt.Sprintf("ignore entry at line %d expired on %s and no longer applies (%s)", e.Line, e.Expires, e.Reason)})
			continue
		}
		live = append(live, e)
	}
	before := len(r.Findings)
	r.Findings = slices.DeleteFunc(r.Findings, func(f finding.Finding) bool {
		return slices.ContainsFunc(live, func(e Entry) bool { return e.Matches(f) })
	})
	st.Suppressed = before - len(r.Findings)
	if st.Suppressed > 0 {
		r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Entry: src, Severity: finding.DiagInfo,
			Message: fmt.Sprintf("%d findings suppressed by ignore entries", st.Suppressed)})
	}
	return st
}

// Matches reports whether every selector set on e matches f. A class or
// entry glob must match every place the finding lists that has a class
// (or entry), so a finding that also occurs outside the glob stays visible.
func (e Entry) Matches(f finding.Finding) bool {
	if e.ID != "" && e.ID != f.ID {
		return false
	}
	if e.Rule != "" && !globMatch(e.Rule, f.Rule) {
		return false
	}
	if e.Tracker != "" && (f.Tracker == nil || !strings.EqualFold(e.Tracker, f.Tracker.Name)) {
		return false
	}
	if e.Class != "" && !allMatch(f, normClass(e.Class), func(ev finding.Evidence) string { return normClass(ev.Class) }) {
		return false
	}
	if e.Entry != "" && !allMatch(f, e.Entry, func(ev finding.Evidence) string { return ev.Entry }) {
		return false
	}
	return true
}

func globMatch(pattern, s string) bool {
	ok, err := path.Match(pattern, s)
	return err == nil && ok
}

// allMatch: every non-empty key among the evidence and path steps matches
// pattern, and there is at least one.
func allMatch(f finding.Finding, pattern string, key func(finding.Evidence) string) bool {
	places := slices.Clone(f.Evidence)
	for _, s := range f.Path {
		places = append(places, s.Evidence)
	}
	n := 0
	for _, ev := range places {
		k := key(ev)
		if k == "" {
			continue
		}
		if !globMatch(pattern, k) {
			return false
		}
		n++
	}
	return n > 0
}

// normClass turns a descriptor (`Lcom/foo/Bar;`, or a glob written that
// way) into the dotted form users write (`com.foo.Bar`), so both spellings
// of a pattern work. Dots never separate in path.Match, so `com.foo.*`
// matches every class below com.foo.
func normClass(s string) string {
	if strings.HasPrefix(s, "L") && strings.Contains(s, "/") {
		s = strings.TrimSuffix(strings.TrimPrefix(s, "L"), ";")
		s = strings.ReplaceAll(s, "/", ".")
	}
	return s
}
