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
// the manifest declares an activity whose class is named like incognito
// mode and whose code reaches page data (it shows pages: not a settings
// screen so named), the app has an incognito mode, and the instance
// methods of every other activity run only outside it, unless that
// activity is a superclass of an incognito one (its code runs there too)
// or its own code (with its nested classes) reads incognito state (its
// incognito mode is a flag within it).

// normalComponents returns the activity classes whose instance methods
// never run in incognito mode, and whether the manifest declares an
// incognito activity at all.
func (e *engine) normalComponents(man *axml.Manifest) (map[string]bool, bool) {
	if man == nil {
		return nil, false
	}
	var incognito, others []string
	for _, c := range man.Components {
		if c.Kind != axml.KindActivity || !c.Enabled {
			continue
		}
		cls := descriptor(c.Name)
		if e.prog.classes[cls] == nil {
			continue
		}
		simple := c.Name[strings.LastIndexByte(c.Name, '.')+1:]
		if e.r.incognitoName(simple) {
			if e.showsPages(e.prog.classes[cls]) {
				incognito = append(incognito, cls)
			}
		} else {
			others = append(others, cls)
		}
	}
	if len(incognito) == 0 {
		return nil, false
	}
	reads := map[string]bool{} // outer classes whose code reads incognito state
	for _, s := range e.sources {
		if (s.kind == kindIncognito || s.kind == kindIncognitoConst) && s.m != nil {
			reads[outerClass(s.m.cls.name)] = true
		}
	}
	normal := map[string]bool{}
	for _, cls := range others {
		shared := false
		for _, inc := range incognito {
			shared = shared || e.prog.extends(inc, cls)
		}
		if !shared && !reads[outerClass(cls)] {
			normal[cls] = true
		}
	}
	return normal, true
}

// showsPages reports whether the code of activity c reaches page data:
// some method its methods run (calls, dispatches and callbacks of objects
// it makes, transitively) holds a browsing source.
func (e *engine) showsPages(c *class) bool {
	pages := map[*method]bool{}
	for _, s := range e.sources {
		if s.kind == KindBrowsing && s.m != nil {
			pages[s.m] = true
		}
	}
	if len(pages) == 0 {
		return false
	}
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
			continue // not reached: it calls nothing the analysis knows of
		}
		if pages[m] {
			return true
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
	return false
}
