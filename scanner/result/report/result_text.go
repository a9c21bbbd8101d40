package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// textWriter writes a scan result for a person at a terminal, grouped by
// category, most important first.
type textWriter struct{ opts Options }

// categoryOrder puts what matters most to a person first.
var categoryOrder = []string{"incognito-bypass", "leak", "weak-encoding", "tracker", "endpoint", "identifier", "browsing-data", "tampering", "permission", "manifest", "blocklist"}

const evidenceShown = 3

func writeResultText(w io.Writer, r *finding.Result, o Options) error {
	t := &textWriter{opts: o}
	ew := &errWriter{w: w}
	tg := r.Target
	kind := ""
	if tg.Kind != "" && tg.Kind != "apk" {
		kind = "  [" + tg.Kind + "]"
	}
	ew.printf("%s%s  %s %s (%d)  minSdk %d targetSdk %d  %d dex\n", t.bold(tg.Path), kind, orDash(tg.Package), orDash(tg.VersionName), tg.VersionCode, tg.MinSdk, tg.TargetSdk, tg.DexFiles)
	for _, cat := range orderedCategories(r.Findings) {
		var fs []finding.Finding
		for _, f := range r.Findings {
			if f.Category == cat {
				fs = append(fs, f)
			}
		}
		ew.printf("\n%s (%d)\n", t.bold(strings.ToUpper(cat)), len(fs))
		var mentioned []string
		for _, f := range fs {
			if !t.opts.Verbose && f.Tracker != nil && !finding.Present(f.Tracker) {
				// References, manifest entries and strings can name
				// dozens of trackers whose code is absent: one line, not a
				// screenful. (A bundled block list names none: it is one
				// blocklist finding.)
				mentioned = append(mentioned, f.Tracker.Name+" ("+f.Tracker.Evidence+")")
				continue
			}
			t.finding(ew, f)
		}
		if len(mentioned) > 0 {
			ew.printf("  %s  %s only mentioned, no SDK code in the app: %s (use --verbose)\n",
				t.severity(finding.SeverityInfo), finding.Count(len(mentioned), "tracker", "trackers"), strings.Join(mentioned, ", "))
		}
	}
	if n := len(r.IncognitoChecks); n > 0 {
		ew.printf("\n%s (%d): the app has an incognito/private mode\n", t.bold("INCOGNITO CHECKS"), n)
		for i, e := range r.IncognitoChecks {
			if i == evidenceShown && !t.opts.Verbose {
				ew.printf("  … %d more (use --verbose)\n", n-i)
				break
			}
			ew.printf("  %s\n", EvidenceString(e))
		}
	}
	if len(r.Diagnostics) > 0 {
		ew.printf("\n%s (%d)\n", t.bold("DIAGNOSTICS"), len(r.Diagnostics))
		for i, d := range r.Diagnostics {
			if i == 10 && !t.opts.Verbose {
				ew.printf("  … %d more (use --verbose)\n", len(r.Diagnostics)-i)
				break
			}
			ew.printf("  %s\n", d)
		}
	}
	if t.opts.Verbose && r.Config != "" {
		ew.printf("\nproject file: %s\n", r.Config)
	}
	ew.printf("\n%s\n", summaryLine(r))
	if n := gated(r, t.opts.FailOn); n > 0 {
		ew.printf("exit 1: %s at or above %s\n", finding.Count(n, "finding", "findings"), t.opts.FailOn)
	}
	return ew.err
}

func (t *textWriter) finding(ew *errWriter, f finding.Finding) {
	ew.printf("  %s  %s  [%s]\n", t.severity(f.Severity), f.Title, f.Rule)
	if f.Message != "" {
		ew.printf("           %s\n", f.Message)
	}
	for i, s := range f.Path {
		ew.printf("           %d. %-9s %s%s\n", i+1, stepLabel(s.Kind), EvidenceString(s.Evidence), moved(s))
	}
	if fl := f.Flow; fl != nil {
		ew.printf("           %s\n", FlowString(fl))
	}
	if len(f.Path) > 0 {
		return // the path already shows the source and the sink
	}
	for i, e := range f.Evidence {
		if i == evidenceShown && !t.opts.Verbose {
			ew.printf("           … %s (use --verbose or --format json)\n", finding.Count(len(f.Evidence)-i, "more place", "more places"))
			break
		}
		ew.printf("           %s\n", EvidenceString(e))
	}
}

// EvidenceString renders one place: `classes2.dex Lcom/Foo;->bar()V @0x1c
// "value"`, then whose code it is in and whether an entry point reaches it
// when the attribution stage said so: `(app code, reachable)`, `(in Bugly)`.
func EvidenceString(e finding.Evidence) string {
	s := e.Entry
	if e.Class != "" {
		s += " " + e.Class
		if e.Method != "" {
			s += "->" + e.Method
		}
	}
	if e.Offset != nil {
		s += fmt.Sprintf(" @0x%x", *e.Offset)
	}
	if e.Value != "" {
		v := e.Value
		if len(v) > 120 {
			v = v[:117] + "..."
		}
		s += fmt.Sprintf(" %q", v)
	}
	switch {
	case e.Owner == finding.OwnerApp && e.Reach != "":
		s += " (app code, " + e.Reach + ")"
	case e.Owner == finding.OwnerApp:
		s += " (app code)"
	case e.Owner != "":
		s += " (in " + e.Owner + ")"
	}
	return s
}

// summaryLine is the one-line summary: counts by severity and diagnostics.
func summaryLine(r *finding.Result) string {
	counts := map[finding.Severity]int{}
	for _, f := range r.Findings {
		counts[f.Severity]++
	}
	var parts []string
	for s := finding.SeverityCritical; s >= finding.SeverityInfo; s-- {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	sum := finding.Count(len(r.Findings), "finding", "findings")
	if len(parts) > 0 {
		sum += " (" + strings.Join(parts, ", ") + ")"
	}
	return sum + ", " + finding.Count(len(r.Diagnostics), "diagnostic", "diagnostics")
}

func orderedCategories(fs []finding.Finding) []string {
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.Category] = true
	}
	var out []string
	for _, c := range categoryOrder {
		if seen[c] {
			out = append(out, c)
			delete(seen, c)
		}
	}
	var rest []string
	for c := range seen {
		rest = append(rest, c)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

var severityColor = map[finding.Severity]string{
	finding.SeverityCritical: "\x1b[1;35m", finding.SeverityHigh: "\x1b[1;31m",
	finding.SeverityMedium: "\x1b[33m", finding.SeverityLow: "\x1b[36m", finding.SeverityInfo: "\x1b[2m",
}

func (t *textWriter) severity(s finding.Severity) string {
	label := fmt.Sprintf("%-8s", strings.ToUpper(s.String()))
	if !t.opts.Color {
		return label
	}
	return severityColor[s] + label + "\x1b[0m"
}

func (t *textWriter) bold(s string) string {
	if !t.opts.Color {
		return s
	}
	return "\x1b[1m" + s + "\x1b[0m"
}

// moved renders where a data step moves the value: `  v1 -> v2`.
func moved(s finding.Step) string {
	if s.From == "" && s.To == "" {
		return ""
	}
	return fmt.Sprintf("  %s -> %s", orDash(s.From), orDash(s.To))
}

// FlowString says what stands behind a code-path finding and where its
// request goes: "3 paths from 2 entry points, sent to sa.example.com".
func FlowString(fl *finding.Flow) string {
	s := fmt.Sprintf("%d %s from %d entry %s", fl.Paths, plural(fl.Paths, "path", "paths"), fl.Entries, plural(fl.Entries, "point", "points"))
	if fl.Pairs > 0 {
		s += fmt.Sprintf(", %d source and sink %s", fl.Pairs, plural(fl.Pairs, "pair", "pairs"))
	}
	if len(fl.Hosts) > 0 {
		s += ", sent to " + strings.Join(fl.Hosts, ", ")
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// stepLabel names a path step for people: a guard step is where the app
// reads its incognito state (on the path, or elsewhere when unguarded).
func stepLabel(kind string) string {
	if kind == "guard" {
		return "incognito"
	}
	return kind
}

// gated counts the findings at or above the gate (none without one).
func gated(r *finding.Result, failOn finding.Severity) int {
	n := 0
	for _, f := range r.Findings {
		if failOn > 0 && f.Severity >= failOn {
			n++
		}
	}
	return n
}
