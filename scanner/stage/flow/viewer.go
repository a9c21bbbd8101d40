package flow

import (
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// Link viewers. A source with viewed-in (a link another app asks the
// browser to open: an ACTION_VIEW intent's data) counts in the code of an
// activity that views links of its schemes on any host, as a browser's
// launcher activity declares, and of that activity's class family. An
// app's deep links name their hosts: opening them is no browsing.

// actionView is the action of an intent asking to show its data.
const actionView = "android.intent.action.VIEW"

// viewedIn reports whether the call in m satisfies src's viewed-in
// condition (true for a source without one).
func (e *engine) viewedIn(m *method, src *rules.Source) bool {
	if len(src.ViewedIn) == 0 {
		return true
	}
	for _, a := range e.viewers(src) {
		if e.prog.sameFamily(m.cls.name, a) {
			return true
		}
	}
	return false
}

// viewers returns the activities whose intent filters view links of one
// of src's viewed-in schemes on any host (an alias counts for its
// target), in manifest order; computed once per source.
func (e *engine) viewers(src *rules.Source) []string {
	if v, ok := e.viewerActs[src]; ok {
		return v
	}
	var out []string
	if e.app != nil && e.app.Manifest != nil {
		for _, c := range e.app.Manifest.Components {
			name := c.Name
			if c.TargetActivity != "" {
				name = c.TargetActivity
			}
			if c.Kind != axml.KindActivity && c.Kind != axml.KindActivityAlias || !c.Enabled || !slices.ContainsFunc(c.IntentFilters, func(f axml.IntentFilter) bool { return viewsAnyHost(f, src.ViewedIn) }) {
				continue
			}
			out = append(out, descriptor(name))
		}
	}
	if e.viewerActs == nil {
		e.viewerActs = map[*rules.Source][]string{}
	}
	e.viewerActs[src] = out
	return out
}

// viewsAnyHost reports whether an intent filter views links of one of
// schemes with no host named (its <data> elements combine: a host on any
// of them restricts all).
func viewsAnyHost(f axml.IntentFilter, schemes []string) bool {
	if !slices.Contains(f.Actions, actionView) {
		return false
	}
	scheme := false
	for _, d := range f.Data {
		if d.Host != "" {
			return false
		}
		scheme = scheme || slices.Contains(schemes, d.Scheme)
	}
	return scheme
}
