package baseline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
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
	KindCodePath   = "code-path"
	KindIdentifier = "identifier"
	KindManifest   = "manifest"
)

var kindOrder = []string{KindTracker, KindEndpoint, KindPermission, KindComponent, KindCodePath, KindIdentifier, KindManifest}

// Item is one thing a result says about an app, at the grain a person
// compares releases: a tracker by name, an endpoint or permission by its
// value, an exported component by name, a code path by finding id. One
// finding can yield several items (a rule matching three permissions).
type Item struct {
	Kind     string           `json:"kind"`
	Key      string           `json:"key"`
	Severity finding.Severity `json:"severity"`
	Rules    []string         `json:"rules"`
	Title    string           `json:"title"`
	// finding is the highest-severity finding the item came from, with
	// only the places that name this item (for SARIF).
	finding finding.Finding
}

// Diff is what changed between two results.
type Diff struct {
	Old     finding.Target `json:"old"`
	New     finding.Target `json:"new"`
	Added   []Item         `json:"added"`
	Removed []Item         `json:"removed"`
}

// Compare diffs two results item by item.
func Compare(old, new *finding.Result) *Diff {
	o, n := Items(old), Items(new)
	d := &Diff{Old: old.Target, New: new.Target, Added: []Item{}, Removed: []Item{}}
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

// Max returns the highest severity among the added items (0 when none).
func (d *Diff) Max() finding.Severity {
	var m finding.Severity
	for _, it := range d.Added {
		m = max(m, it.Severity)
	}
	return m
}

type itemKey struct{ kind, key string }

// Items breaks a result into items; an item several rules report keeps
// the highest severity and lists every rule.
func Items(r *finding.Result) map[itemKey]Item {
	out := map[itemKey]Item{}
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
				prev.Severity, prev.Title, prev.finding = it.Severity, it.Title, it.finding
			}
			out[k] = prev
		}
	}
	return out
}

// itemsOf maps one finding to its items. Evidence values are what the rule
// matched: the permission name, the string holding the URL, the component
// description `receiver com.x.Push (exported, no permission)`.
func itemsOf(f finding.Finding) []Item {
	mk := func(kind, key string, evs []finding.Evidence) Item {
		g := f
		if evs != nil {
			g.Evidence = evs
		}
		return Item{Kind: kind, Key: key, Severity: f.Severity, Rules: []string{f.Rule}, Title: f.Title, finding: g}
	}
	switch {
	case len(f.Path) > 0:
		return []Item{mk(KindCodePath, f.ID, nil)}
	case f.Tracker != nil:
		return []Item{mk(KindTracker, f.Tracker.Name, nil)}
	case f.Category == "endpoint":
		return perValue(f, KindEndpoint, func(v string) string { return v }, mk)
	case f.Category == "permission":
		return perValue(f, KindPermission, func(v string) string { return v }, mk)
	case f.Rule == "manifest-exported-component":
		return perValue(f, KindComponent, func(v string) string { s, _, _ := strings.Cut(v, " ("); return s }, mk)
	case f.Category == "identifier":
		return []Item{mk(KindIdentifier, f.Title, nil)}
	case f.Category == "manifest":
		return perValue(f, KindManifest, func(v string) string { return v }, mk)
	}
	return []Item{mk(f.Category, f.Rule, nil)}
}

func perValue(f finding.Finding, kind string, key func(string) string, mk func(string, string, []finding.Evidence) Item) []Item {
	byKey := map[string][]finding.Evidence{}
	var order []string
	for _, e := range f.Evidence {
		k := key(e.Value)
		if k == "" {
			continue
		}
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], e)
	}
	if len(order) == 0 {
		return []Item{mk(kind, f.Title, nil)}
	}
	out := make([]Item, 0, len(order))
	for _, k := range order {
		out = append(out, mk(kind, k, byKey[k]))
	}
	return out
}

func sortItems(its []Item) {
	slices.SortFunc(its, func(a, b Item) int {
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

// AddedResult is a result holding one finding per added item (the places
// that name it), for writers such as SARIF: the new side's target and
// tool, and a rule list covering the added findings.
func (d *Diff) AddedResult(tool finding.Tool, rules []finding.RuleInfo) *finding.Result {
	r := &finding.Result{SchemaVersion: finding.SchemaVersion, Tool: tool, Target: d.New,
		Findings: []finding.Finding{}, Diagnostics: []finding.Diagnostic{}, Rules: rules}
	for _, it := range d.Added {
		f := it.finding
		if it.Kind != KindCodePath {
			// One finding can yield several items; each needs its own
			// stable fingerprint for code scanning to track it.
			f.ID = itemID(it)
		}
		f.Message = "added since " + orPath(d.Old) + ": " + it.Key
		r.Findings = append(r.Findings, f)
	}
	return r
}

func itemID(it Item) string {
	h := sha256.Sum256([]byte(it.Kind + "\x00" + it.Key))
	return hex.EncodeToString(h[:8])
}

func orPath(t finding.Target) string {
	if t.VersionName != "" {
		return t.VersionName
	}
	return t.Path
}
