// Package diff compares two scan results item by item (apkscan diff):
// trackers by name, endpoints, permissions and manifest flags by value,
// exported components by name, code paths by finding id. It relies on
// finding ids, which depend only on the rule and what matched, never on
// offsets or dex order.
package diff

import (
	"cmp"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Item kinds, in the order reports list them.
const (
	KindTracker    = "tracker"
	KindEndpoint   = "endpoint"
	KindPermission = "permission"
	KindComponent  = "exported-component"
	KindCodePath   = finding.DiffKindCodePath
	KindIdentifier = "identifier"
	KindManifest   = "manifest"
	// KindBlocklist is a bundled ad/tracker block list, by its entry: a
	// list added or removed shows, one whose hosts changed does not.
	KindBlocklist = "blocklist"
)

var kindOrder = []string{KindTracker, KindEndpoint, KindPermission, KindComponent, KindCodePath, KindIdentifier, KindManifest, KindBlocklist}

// Compare diffs two results item by item.
func Compare(old, new *finding.Result) *finding.Diff {
	o, n := Items(old), Items(new)
	d := &finding.Diff{Old: old.Target, New: new.Target, Added: []finding.DiffItem{}, Removed: []finding.DiffItem{},
		Tool: new.Tool, Rules: new.Rules}
	for k, it := range n {
		if _, ok := o[k]; !ok {
			d.Added = append(d.Added, it)
		}
	}
	for k, it := range o {
		if _, ok := n[k]; !ok {
			d.Removed = append(d.Removed, it)
		}
	}
	sortItems(d.Added)
	sortItems(d.Removed)
	return d
}

type itemKey struct{ kind, key string }

// Items breaks a result into items; an item several rules report keeps
// the highest severity and lists every rule.
func Items(r *finding.Result) map[itemKey]finding.DiffItem {
	out := map[itemKey]finding.DiffItem{}
	for _, f := range r.Findings {
		for _, it := range itemsOf(f) {
			k := itemKey{it.Kind, it.Key}
			prev, ok := out[k]
			if !ok {
				out[k] = it
				continue
			}
			if !slices.Contains(prev.Rules, f.Rule) {
				prev.Rules = append(prev.Rules, f.Rule)
				slices.Sort(prev.Rules)
			}
			if it.Severity > prev.Severity {
				prev.Severity, prev.Title, prev.Finding = it.Severity, it.Title, it.Finding
			}
			out[k] = prev
		}
	}
	return out
}

// itemsOf maps one finding to its items. Evidence values are what the rule
// matched: the permission name, the string holding the URL, the component
// description `receiver com.x.Push (exported, no permission)`.
func itemsOf(f finding.Finding) []finding.DiffItem {
	mk := func(kind, key string, evs []finding.Evidence) finding.DiffItem {
		g := f
		if evs != nil {
			g.Evidence = evs
		}
		return finding.DiffItem{Kind: kind, Key: key, Severity: f.Severity, Rules: []string{f.Rule}, Title: f.Title, Finding: g}
	}
	switch {
	case len(f.Path) > 0:
		return []finding.DiffItem{mk(KindCodePath, f.ID, nil)}
	case f.Tracker != nil:
		return []finding.DiffItem{mk(KindTracker, f.Tracker.Name, nil)}
	case f.Category == "endpoint":
		return perPlace(f, KindEndpoint, byValue(endpointKey), mk)
	case f.Category == "permission":
		return perPlace(f, KindPermission, byValue(func(v string) string { return v }), mk)
	case f.Rule == "manifest-exported-component":
		return perPlace(f, KindComponent, byValue(func(v string) string { s, _, _ := strings.Cut(v, " ("); return s }), mk)
	case f.Category == "identifier":
		return []finding.DiffItem{mk(KindIdentifier, f.Title, nil)}
	case f.Category == "manifest":
		return perPlace(f, KindManifest, byValue(func(v string) string { return v }), mk)
	case f.Category == "blocklist":
		return perPlace(f, KindBlocklist, func(e finding.Evidence) string { return e.Entry }, mk)
	}
	return []finding.DiffItem{mk(f.Category, f.Rule, nil)}
}

// byValue keys evidence by its value.
func byValue(key func(string) string) func(finding.Evidence) string {
	return func(e finding.Evidence) string { return key(e.Value) }
}

// perPlace makes one item per distinct key of the finding's places.
func perPlace(f finding.Finding, kind string, key func(finding.Evidence) string, mk func(string, string, []finding.Evidence) finding.DiffItem) []finding.DiffItem {
	byKey := map[string][]finding.Evidence{}
	var order []string
	for _, e := range f.Evidence {
		k := key(e)
		if k == "" {
			continue
		}
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], e)
	}
	if len(order) == 0 {
		return []finding.DiffItem{mk(kind, f.Title, nil)}
	}
	out := make([]finding.DiffItem, 0, len(order))
	for _, k := range order {
		out = append(out, mk(kind, k, byKey[k]))
	}
	return out
}

func sortItems(its []finding.DiffItem) {
	slices.SortFunc(its, func(a, b finding.DiffItem) int {
		if c := cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
}

func kindRank(k string) int {
	if i := slices.Index(kindOrder, k); i >= 0 {
		return i
	}
	return len(kindOrder)
}

var urlRE = regexp.MustCompile(`(?i)\bhttps?://[^\s"'<>\\]+`)

// endpointKey is the host an endpoint's evidence names, lower-case: a
// release that moves a collector from http to https, or to another path,
// talks to the same endpoint. A value with no URL stays as it is.
func endpointKey(v string) string {
	if m := urlRE.FindString(v); m != "" {
		if u, err := url.Parse(m); err == nil && u.Hostname() != "" {
			return strings.ToLower(u.Hostname())
		}
	}
	return strings.ToLower(strings.TrimSpace(v))
}
