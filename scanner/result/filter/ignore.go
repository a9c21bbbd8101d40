package filter

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Entry is one ignore entry of the project file. Every selector that is
// set must match (they combine with AND); at least one must be set.
type Entry struct {
	// ID is a finding id (the stable fingerprint in every report).
	ID string `yaml:"id"`
	// Rule is a rule id or glob (`permission-*`).
	Rule string `yaml:"rule"`
	// Tracker is a tracker name, compared case-insensitively.
	Tracker string `yaml:"tracker"`
	// Class is a class glob, dotted (`com.example.analytics.*`) or as a
	// descriptor (`Lcom/example/analytics/*`).
	Class string `yaml:"class"`
	// Entry is an archive entry glob (`lib/*/libfoo.so`, `assets/*`).
	Entry string `yaml:"entry"`
	// Reason says why the finding is accepted; it is required.
	Reason string `yaml:"reason"`
	// Expires (YYYY-MM-DD) is the last day the entry applies.
	Expires string `yaml:"expires"`

	// Line is the entry's line in the file, for messages.
	Line    int       `yaml:"-"`
	expires time.Time // zero: never
}

// dateLayout is the only accepted `expires` format (YYYY-MM-DD).
const dateLayout = "2006-01-02"

// Check validates the entry and readies its expiry date: a selector and a
// reason are required, globs must compile, a date must be YYYY-MM-DD. It
// returns every problem.
func (e *Entry) Check() []error {
	var errs []error
	if e.ID == "" && e.Rule == "" && e.Tracker == "" && e.Class == "" && e.Entry == "" {
		errs = append(errs, errors.New("set at least one of id, rule, tracker, class, entry"))
	}
	if e.Reason == "" {
		errs = append(errs, errors.New("reason is required"))
	}
	for _, g := range []struct{ key, val string }{{"rule", e.Rule}, {"class", e.Class}, {"entry", e.Entry}} {
		if _, err := path.Match(g.val, ""); err != nil {
			errs = append(errs, fmt.Errorf("%s %q: %v", g.key, g.val, err))
		}
	}
	if e.Expires != "" {
		t, err := time.Parse(dateLayout, e.Expires)
		if err != nil {
			errs = append(errs, fmt.Errorf("expires %q: want a date as YYYY-MM-DD", e.Expires))
		}
		e.expires = t
	}
	return errs
}

// Expired reports whether the entry's last day is before today.
func (e Entry) Expired(today time.Time) bool {
	if e.expires.IsZero() {
		return false
	}
	y, m, d := today.Date()
	return e.expires.Before(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// applyIgnore sets aside the findings a live entry matches, and records a
// warning diagnostic per expired entry and an info line with the count,
// so reports show that something was set aside.
func applyIgnore(r *finding.Result, o Options) int {
	if len(o.Ignore) == 0 {
		return 0
	}
	src := o.IgnoreFile
	var live []Entry
	for _, e := range o.Ignore {
		if e.Expired(o.today()) {
			r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Entry: src, Severity: finding.DiagWarning,
				Message: fmt.Sprintf("ignore entry at line %d expired on %s and no longer applies (%s)", e.Line, e.Expires, e.Reason)})
			continue
		}
		live = append(live, e)
	}
	used := make([]bool, len(live))
	n := setAside(r, finding.SuppressedByIgnore, func(f finding.Finding) (string, bool) {
		i := slices.IndexFunc(live, func(e Entry) bool { return e.Matches(f) })
		if i < 0 {
			return "", false
		}
		used[i] = true
		return fmt.Sprintf("%s:%d: %s", src, live[i].Line, live[i].Reason), true
	})
	for i, e := range live {
		if !used[i] {
			// Stale entries hide nothing today but would hide a finding that
			// comes back; saying so lets a reviewer remove them.
			r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Entry: src, Severity: finding.DiagInfo,
				Message: fmt.Sprintf("ignore entry at line %d matched nothing in this scan (unused)", e.Line)})
		}
	}
	if n > 0 {
		r.Diagnostics = append(r.Diagnostics, finding.Diagnostic{Entry: src, Severity: finding.DiagInfo,
			Message: plural(n, "%d finding", "%d findings") + " suppressed by ignore entries"})
	}
	return n
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
