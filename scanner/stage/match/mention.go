package match

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
)

// mentionedHosts caps at low an endpoint finding whose every place is a
// bare host name (no scheme, no path) that tracker rules claim only for
// SDKs the app does not bundle. A list of tracker hosts in code (a content
// blocker's, a privacy screen's) names them; nothing shows the app sends
// anything there, and the finding's headline would name hosts of SDKs
// that are not in the app. A URL, a host of a bundled SDK or a host no
// tracker claims keeps the rule's severity. hits[i] are out[i]'s hits.
func mentionedHosts(out []finding.Finding, hits [][]hit) {
	present := map[string]bool{}    // host → a bundled SDK's tracker rule claims it
	absent := map[string][]string{} // host → trackers claiming it, none bundled
	for i, f := range out {
		if f.Tracker == nil {
			continue
		}
		for _, h := range hits[i] {
			if h.level != finding.EvidenceStrings {
				continue
			}
			if finding.Present(f.Tracker) {
				present[h.key] = true
			} else if !slices.Contains(absent[h.key], f.Tracker.Name) {
				absent[h.key] = append(absent[h.key], f.Tracker.Name)
			}
		}
	}
	for i := range out {
		f := &out[i]
		if f.Category != string(rules.CategoryEndpoint) || len(hits[i]) == 0 {
			continue
		}
		var names []string
		for _, h := range hits[i] {
			if !bareHost(h.ev.Value) || present[h.key] || len(absent[h.key]) == 0 {
				names = nil
				break
			}
			names = append(names, absent[h.key]...)
		}
		if len(names) == 0 {
			continue
		}
		slices.Sort(names)
		f.Severity = min(f.Severity, finding.SeverityLow)
		f.Message += "; bare host names of " + strings.Join(slices.Compact(names), ", ") +
			", whose SDK code the app does not bundle: named, not shown in use"
	}
}

// bareHost reports whether a string is a host name and nothing else
// ("api.example.com", "api.example.com:443").
func bareHost(v string) bool {
	host, port, hasPort := strings.Cut(v, ":")
	if hasPort && (port == "" || strings.Trim(port, "0123456789") != "") {
		return false
	}
	if !strings.Contains(host, ".") || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") {
		return false
	}
	for i := 0; i < len(host); i++ {
		if c := host[i]; !isHostChar(c) {
			return false
		}
	}
	return true
}
