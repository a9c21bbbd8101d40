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

// Summary is corpus statistics over a batch's JSONL records. Apps are
// counted once per sha256 (the first record wins), so the same app under
// two paths or in two concatenated shard outputs is not counted twice.
type Summary struct {
	Apps     int            `json:"apps"`
	Scanned  int            `json:"scanned"`
	Failed   int            `json:"failed"`
	Trackers []TrackerCount `json:"trackers"`
	Hosts    []HostCount    `json:"hosts"`
	// IncognitoBypass lists the apps with at least one incognito-bypass finding.
	IncognitoBypass []AppRef      `json:"incognitoBypass"`
	Failures        []ErrorRecord `json:"failures"`
}

// TrackerCount is one tracker's prevalence: apps whose code defines the
// SDK's classes (the SDK is really there), and apps with any evidence
// (manifest entries, strings, referenced types included).
type TrackerCount struct {
	Name           string `json:"name"`
	DefinedClasses int    `json:"appsDefinedClasses"`
	AnyLevel       int    `json:"appsAnyLevel"`
}

// HostCount is how many apps carry a URL with this host in some finding's evidence.
type HostCount struct {
	Host string `json:"host"`
	Apps int    `json:"apps"`
}

// AppRef names one app with how many findings of interest it has.
type AppRef struct {
	Path     string `json:"path"`
	Package  string `json:"package"`
	SHA256   string `json:"sha256"`
	Findings int    `json:"findings"`
}

// Summarizer accumulates a Summary line by line.
type Summarizer struct {
	s        Summary
	seen     map[string]bool
	trackers map[string]*TrackerCount
	hosts    map[string]int
}

// NewSummarizer returns an empty Summarizer.
func NewSummarizer() *Summarizer {
	return &Summarizer{seen: map[string]bool{}, trackers: map[string]*TrackerCount{}, hosts: map[string]int{}}
}

// Add counts one JSONL line.
func (z *Summarizer) Add(l Line) {
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
		for _, ev := range f.Evidence {
			for _, h := range hostsIn(ev.Value) {
				hosts[h] = true
			}
		}
	}
	for name := range anyLevel {
		tc := z.trackers[name]
		if tc == nil {
			tc = &TrackerCount{Name: name}
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
		z.s.IncognitoBypass = append(z.s.IncognitoBypass, AppRef{Path: r.Target.Path,
			Package: r.Target.Package, SHA256: r.Target.SHA256, Findings: bypass})
	}
}

// Summary returns the statistics, each list in a stable order: most
// prevalent first, then by name; apps and failures by path.
func (z *Summarizer) Summary() Summary {
	s := z.s
	s.Trackers = []TrackerCount{}
	for _, tc := range z.trackers {
		s.Trackers = append(s.Trackers, *tc)
	}
	slices.SortFunc(s.Trackers, func(a, b TrackerCount) int {
		if a.DefinedClasses != b.DefinedClasses {
			return b.DefinedClasses - a.DefinedClasses
		}
		if a.AnyLevel != b.AnyLevel {
			return b.AnyLevel - a.AnyLevel
		}
		return strings.Compare(a.Name, b.Name)
	})
	s.Hosts = []HostCount{}
	for h, n := range z.hosts {
		s.Hosts = append(s.Hosts, HostCount{Host: h, Apps: n})
	}
	slices.SortFunc(s.Hosts, func(a, b HostCount) int {
		if a.Apps != b.Apps {
			return b.Apps - a.Apps
		}
		return strings.Compare(a.Host, b.Host)
	})
	s.IncognitoBypass = append([]AppRef{}, s.IncognitoBypass...)
	slices.SortFunc(s.IncognitoBypass, func(a, b AppRef) int { return strings.Compare(a.Path, b.Path) })
	s.Failures = append([]ErrorRecord{}, s.Failures...)
	slices.SortFunc(s.Failures, func(a, b ErrorRecord) int { return strings.Compare(a.Path, b.Path) })
	return s
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
