package flow

import (
	"strings"

	"github.com/apkscan/apkscan/scanner/read/axml"
)

// Incognito mode as a component of its own. Some browsers run private
// browsing in an activity of its own (IncognitoActivity beside
// BrowserActivity): the normal activity's code never runs in incognito
// mode, and the private one may leave out what the normal one does (an
// empty updateHistory), with no incognito test anywhere on the path. When
// the manifest declares an activity named like incognito mode (its class,
// its process or an action it handles) whose code reaches page data (it
// shows pages: not a settings screen so named), the app has an incognito
// mode, and the instance methods of every other activity run only outside
// it, unless that activity is a superclass of an incognito one (its code
// runs there too) or its code reaches an incognito state read that the
// incognito activity's code does not (its private mode is a flag of its
// own; a read in code both share, a search adapter told which mode it
// serves, says nothing of the kind).

// normalComponents returns the activity classes whose instance methods
// never run in incognito mode, and whether the manifest declares an
// incognito activity at all.
func (e *engine) normalComponents(man *axml.Manifest) (map[string]bool, bool) {
	if man == nil {
		return nil, false
	}
	pages, reads := map[*method]bool{}, map[*method]bool{}
	for _, s := range e.sources {
		switch {
		case s.m == nil:
		case s.kind == KindBrowsing:
			pages[s.m] = true
		case s.kind == kindIncognito || s.kind == kindIncognitoConst:
			reads[s.m] = true
		}
	}
	var incognito, others []*class
	incReach := map[*method]bool{}
	for _, c := range man.Components {
		if c.Kind != axml.KindActivity || !c.Enabled {
			continue
		}
		cls := e.prog.classes[descriptor(c.Name)]
		if cls == nil {
			continue
		}
		if !e.incognitoComponent(c) {
			others = append(others, cls)
			continue
		}
		reach := e.runFrom(cls)
		if !anyIn(reach, pages) {
			continue // shows no page
		}
		incognito = append(incognito, cls)
		for m := range reach {
			incReach[m] = true
		}
	}
	if len(incognito) == 0 {
		return nil, false
	}
	normal := map[string]bool{}
	for _, c := range others {
		shared := false
		for _, inc := range incognito {
			shared = shared || e.prog.extends(inc.name, c.name)
		}
		if shared {
			continue
		}
		own := false
		for m := range e.runFrom(c) {
			own = own || reads[m] && !incReach[m]
		}
		if !own {
			normal[c.name] = true
		}
	}
	return normal, true
}

// runFrom returns the reached methods the methods of class c run: what they
// call, dispatch, and the callbacks of objects they make, transitively.
func (e *engine) runFrom(c *class) map[*method]bool {
	seen := map[*method]bool{}
	var queue []*method
	for _, m := range sortedMethods(c) {
		seen[m] = true
		queue = append(queue, m)
	}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		if m == nil || m.mstate == nil {
			continue // not reached: it runs nothing the analysis knows of
		}
		for _, ts := range m.calls {
			for _, t := range ts {
				if !seen[t] {
					seen[t] = true
					queue = append(queue, t)
				}
			}
		}
		for _, as := range m.async {
			for _, a := range as {
				if !seen[a.t] {
					seen[a.t] = true
					queue = append(queue, a.t)
				}
			}
		}
	}
	return seen
}

// anyIn reports whether some method of a is in b.
func anyIn(a, b map[*method]bool) bool {
	for m := range a {
		if b[m] {
			return true
		}
	}
	return false
}

// incognitoComponent reports whether a manifest component is named like
// incognito mode: its class, the process it runs in (":incognito") or an
// action its intent filters take (acr.browser.BAREBONES_INCOGNITO). Each
// is named in the manifest, which a shrinker leaves as it is.
func (e *engine) incognitoComponent(c axml.Component) bool {
	last := func(s string) string { return s[strings.LastIndexAny(s, ".:")+1:] }
	if e.r.incognitoName(last(c.Name)) || c.Process != "" && e.r.incognitoName(last(c.Process)) {
		return true
	}
	for _, f := range c.IntentFilters {
		for _, a := range f.Actions {
			if e.r.incognitoName(last(a)) {
				return true
			}
		}
	}
	return false
}
