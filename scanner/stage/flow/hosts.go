package flow

import (
	"net/url"
	"strings"

	"github.com/apkscan/apkscan/rules"
)

// Hosts. A network finding's hosts (address.go) say where its request
// goes; a host that a tracker or endpoint rule names makes the request
// one to a tracker, where data counted at trackers counts (the clipboard,
// a search outside incognito mode), SDK call or not.

// urlHost returns the host of an absolute http(s) or ws(s) URL, or "".
func urlHost(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ws", "wss":
		return strings.ToLower(u.Hostname())
	}
	return ""
}

// toTracker reports whether the network sink statement cs (of kind, ""
// for a stream write) sends the data that came in by call by (zero: any)
// to a host a tracker or endpoint rule names: the data counts there as at
// a tracker's API.
func (w *witnesses) toTracker(cs callSite, kind string, by callSite) bool {
	if kind != SinkNetwork && kind != "" || len(w.e.trackerHosts.exact)+len(w.e.trackerHosts.domains) == 0 {
		return false
	}
	return w.e.trackerHosts.any(w.sinkHosts(cs, by))
}

// hostSet is a set of host names: exact ones, and domains whose
// subdomains are in it too (a rule's "*.example.com").
type hostSet struct {
	exact   map[string]bool
	domains map[string]bool
}

// trackerHosts collects the hosts the tracker and endpoint rules match
// (host leaves not under a not).
func trackerHosts(rs []*rules.Rule) hostSet {
	hs := hostSet{exact: map[string]bool{}, domains: map[string]bool{}}
	var walk func(c *rules.Cond)
	walk = func(c *rules.Cond) {
		switch {
		case c == nil || c.Op == rules.OpNot:
		case c.Op == rules.OpHost:
			for _, h := range c.Values {
				if d, ok := strings.CutPrefix(h, "*."); ok {
					hs.domains[d] = true
				} else {
					hs.exact[h] = true
				}
			}
		default:
			for _, a := range c.Args {
				walk(a)
			}
		}
	}
	for _, r := range rs {
		if r.Category == rules.CategoryTracker || r.Category == rules.CategoryEndpoint {
			walk(r.Match)
		}
	}
	return hs
}

// any reports whether one of hosts is in the set.
func (hs hostSet) any(hosts []string) bool {
	for _, h := range hosts {
		if hs.exact[h] {
			return true
		}
		for d := h; d != ""; {
			if hs.domains[d] {
				return true
			}
			_, d, _ = strings.Cut(d, ".")
		}
	}
	return false
}
