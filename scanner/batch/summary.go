package batch

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// IncognitoBypassCategory is the category of code-path findings where
// browsing data leaves the app while it is in incognito mode.
const IncognitoBypassCategory = "incognito-bypass"

// Summarizer accumulates a Summary line by line.
type Summarizer struct {
	s        finding.Summary
	seen     map[string]bool
	trackers map[string]*finding.TrackerCount
	hosts    map[string]int
}

// NewSummarizer returns an empty Summarizer.
func NewSummarizer() *Summarizer {
	return &Summarizer{seen: map[string]bool{}, trackers: map[string]*finding.TrackerCount{}, hosts: map[string]int{}}
}

// Add counts one JSONL line.
func (z *Summarizer) Add(l finding.Record) {
	key := l.SHA256()
	if key == "" {
		key = "path:" + l.Path()
	}
	if z.seen[key] {
		return
	}
	z.seen[key] = true
	z.s.Apps++
	if l.Error != nil {
		z.s.Failed++
		e := *l.Error
		e.Diagnostics = nil
		z.s.Failures = append(z.s.Failures, e)
		return
	}
	z.s.Scanned++
	z.addResult(l.Result)
}

func (z *Summarizer) addResult(r *finding.Result) {
	defined, anyLevel, hosts := map[string]bool{}, map[string]bool{}, map[string]bool{}
	bypass := 0
	for _, f := range r.Findings {
		if t := f.Tracker; t != nil {
			anyLevel[t.Name] = true
			if t.Evidence == finding.EvidenceCalled || t.Evidence == finding.EvidenceDefinedClasses ||
				slices.Contains(t.Levels, finding.EvidenceDefinedClasses) {
				defined[t.Name] = true
			}
		}
		if f.Category == IncognitoBypassCategory {
			bypass++
		}
		if f.Category != "endpoint" {
			continue // a tracker's or identifier's strings are no endpoint
		}
		for _, ev := range f.Evidence {
			for _, h := range hostsIn(ev.Value) {
				hosts[h] = true
			}
		}
	}
	for name := range anyLevel {
		tc := z.trackers[name]
		if tc == nil {
			tc = &finding.TrackerCount{Name: name}
			z.trackers[name] = tc
		}
		tc.AnyLevel++
		if defined[name] {
			tc.DefinedClasses++
		}
	}
	for h := range hosts {
		z.hosts[h]++
	}
	if bypass > 0 {
		z.s.IncognitoBypass = append(z.s.IncognitoBypass, finding.AppRef{Path: r.Target.Path,
			Package: r.Target.Package, SHA256: r.Target.SHA256, Findings: bypass})
	}
}

// Summary returns the statistics, each list in a stable order: most
// prevalent first, then by name; apps and failures by path.
func (z *Summarizer) Summary() *finding.Summary {
	s := z.s
	s.Trackers = []finding.TrackerCount{}
	for _, tc := range z.trackers {
		s.Trackers = append(s.Trackers, *tc)
	}
	slices.SortFunc(s.Trackers, func(a, b finding.TrackerCount) int {
		if a.DefinedClasses != b.DefinedClasses {
			return b.DefinedClasses - a.DefinedClasses
		}
		if a.AnyLevel != b.AnyLevel {
			return b.AnyLevel - a.AnyLevel
		}
		return strings.Compare(a.Name, b.Name)
	})
	s.Hosts = []finding.HostCount{}
	for h, n := range z.hosts {
		s.Hosts = append(s.Hosts, finding.HostCount{Host: h, Apps: n})
	}
	slices.SortFunc(s.Hosts, func(a, b finding.HostCount) int {
		if a.Apps != b.Apps {
			return b.Apps - a.Apps
		}
		return strings.Compare(a.Host, b.Host)
	})
	s.IncognitoBypass = append([]finding.AppRef{}, s.IncognitoBypass...)
	slices.SortFunc(s.IncognitoBypass, func(a, b finding.AppRef) int { return strings.Compare(a.Path, b.Path) })
	s.Failures = append([]finding.ErrorRecord{}, s.Failures...)
	slices.SortFunc(s.Failures, func(a, b finding.ErrorRecord) int { return strings.Compare(a.Path, b.Path) })
	return &s
}

var urlRE = regexp.MustCompile(`(?i)\bhttps?://[^\s"'<>\\]+`)

// hostsIn returns the lower-case hosts of the http(s) URLs in s. Only URLs
// count: a bare word may or may not be a host name.
func hostsIn(s string) []string {
	var hosts []string
	for _, m := range urlRE.FindAllString(s, -1) {
		u, err := url.Parse(m)
		if err != nil || u.Hostname() == "" {
			continue
		}
		hosts = append(hosts, strings.ToLower(u.Hostname()))
	}
	return hosts
}
