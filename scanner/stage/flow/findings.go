package flow

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// pairKey identifies one finding: a category, a source site and a sink site.
type pairKey struct {
	cat  string
	src  int
	sink callSite
}

// findings turns sink hits into findings, one per category, source site and
// sink site, in a deterministic order.
func (e *engine) findings(hasIncognito bool, incognito []finding.Evidence) []finding.Finding {
	hits := make([]*sinkHit, 0, len(e.hits))
	for _, h := range e.hits {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].m != hits[j].m {
			return keyLess(hits[i].m, hits[j].m)
		}
		return hits[i].pc < hits[j].pc
	})
	seen := map[pairKey]bool{}
	var keys []pairKey
	add := func(cat string, src int, h *sinkHit) {
		k := pairKey{cat, src, callSite{h.m, h.pc}}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, h := range hits {
		outbound := h.kind == SinkNetwork || h.kind == SinkTracker
		for _, f := range h.taint {
			id, flags := factSource(f), factFlags(f)
			if id < firstSite {
				continue
			}
			src := e.sources[id]
			reported := true
			// Browsing data counts only on a direct path (not stored and
			// read back at another time) and, for a network sink, only
			// when embedded in a request (a query, a body): a browser
			// fetching the page it shows is not a leak.
			direct := flags&flagHeap == 0 && (h.kind == SinkTracker || flags&flagEmbed != 0)
			switch {
			case src.kind == KindBrowsing && !direct:
				reported = false
			case src.kind == KindBrowsing && outbound && !hasIncognito:
				add(CategoryBrowsingData, id, h)
			case src.kind == KindBrowsing && outbound && h.m.runsIncognito(h.pc):
				add(CategoryIncognitoBypass, id, h)
			case src.kind != KindBrowsing && e.libraryOnly(src, h):
				// An SDK reading an identifier and logging or sending it
				// inside its own code: its tracker finding covers it.
				reported = false
			case src.kind != KindBrowsing:
				add(CategoryLeak, id, h)
			default:
				// Browsing data the app sends only outside incognito mode
				// is its normal, guarded behaviour: no finding at all.
				reported = false
			}
			if reported && outbound && flags&flagEncode != 0 && flags&flagCrypto == 0 {
				add(CategoryWeakEncoding, id, h)
			}
		}
	}
	out := make([]finding.Finding, 0, len(keys))
	ids := map[string]int{}
	for _, k := range keys {
		f := e.finding(k, incognito)
		// Identical source and sink APIs in the same methods: number them
		// in code order, which a rebuild of the same code keeps.
		n := ids[f.ID]
		ids[f.ID]++
		if n > 0 {
			f.ID = fmt.Sprintf("%s-%d", f.ID, n+1)
		}
		out = append(out, f)
	}
	return out
}

var categorySeverity = map[string]finding.Severity{
	CategoryIncognitoBypass: finding.SeverityHigh,
	CategoryWeakEncoding:    finding.SeverityMedium,
	CategoryBrowsingData:    finding.SeverityMedium,
}

func (e *engine) finding(k pairKey, incognito []finding.Evidence) finding.Finding {
	src := e.sources[k.src]
	h := e.hits[k.sink]
	sev, ok := categorySeverity[k.cat]
	if !ok { // leak: high when the data leaves the device
		sev = finding.SeverityMedium
		if h.kind == SinkNetwork || h.kind == SinkTracker || h.kind == SinkSMS {
			sev = finding.SeverityHigh
		}
	}
	label := src.kind
	if src.spec != nil && src.spec.Label != "" {
		label = src.spec.Label
	}
	srcEv, sinkEv := e.sourceEvidence(k.src), e.sinkEvidence(h)
	path := e.path(h.m, k.cat == CategoryIncognitoBypass)
	path = append(path, finding.Step{Evidence: srcEv, Kind: "source"})
	if k.cat == CategoryIncognitoBypass {
		for _, ev := range guardSteps(path, h, incognito) {
			path = append(path, finding.Step{Evidence: ev, Kind: "guard"})
		}
	}
	path = append(path, finding.Step{Evidence: sinkEv, Kind: "sink"})
	entry := ""
	if len(path) > 0 {
		entry = path[0].Class
	}
	sum := sha256.Sum256([]byte(k.cat + "\x00" + src.what + "\x00" + src.m.key() + "\x00" + h.what + "\x00" + h.m.key() + "\x00" + entry))
	return finding.Finding{
		ID:       "flow-" + hex.EncodeToString(sum[:8]),
		Rule:     "flow-" + k.cat,
		Category: k.cat,
		Severity: sev,
		Title:    titles[k.cat],
		Message:  e.message(k.cat, label, h),
		Evidence: []finding.Evidence{srcEv, sinkEv},
		Path:     path,
	}
}

var titles = map[string]string{
	CategoryIncognitoBypass: "Browsing data sent while in incognito mode",
	CategoryLeak:            "Sensitive data reaches a sink",
	CategoryWeakEncoding:    "Sensitive data only encoded, not encrypted, before sending",
	CategoryBrowsingData:    "Browsing data sent to a tracker or server",
}

func (e *engine) message(cat, label string, h *sinkHit) string {
	switch cat {
	case CategoryIncognitoBypass:
		return fmt.Sprintf("%s reaches %s sink %s on a path not guarded by the app's incognito check", label, h.kind, h.what)
	case CategoryWeakEncoding:
		return fmt.Sprintf("%s is Base64/XOR-encoded without encryption and reaches %s sink %s", label, h.kind, h.what)
	case CategoryBrowsingData:
		return fmt.Sprintf("%s reaches %s sink %s (the app has no incognito mode)", label, h.kind, h.what)
	}
	return fmt.Sprintf("%s reaches %s sink %s", label, h.kind, h.what)
}

// guardSteps picks up to three incognito reads to show on a bypass path:
// reads in the sink's method or on the call path first (the check that
// exists but does not guard this sink), then the app's other reads.
func guardSteps(path []finding.Step, h *sinkHit, incognito []finding.Evidence) []finding.Evidence {
	on := map[string]bool{h.m.cls.name + "." + h.m.name + h.m.proto: true}
	for _, s := range path {
		on[s.Class+"."+s.Method] = true
	}
	var near, far []finding.Evidence
	for _, ev := range incognito {
		if on[ev.Class+"."+ev.Method] {
			near = append(near, ev)
		} else {
			far = append(far, ev)
		}
	}
	out := append(near, far...)
	return out[:min(3, len(out))]
}

func (e *engine) sourceEvidence(id int) finding.Evidence {
	s := e.sources[id]
	ev := methodEvidence(s.m, s.pc)
	ev.Value = s.what
	if s.param >= 0 && s.pc < 0 {
		ev.Value = fmt.Sprintf("%s parameter %d", s.what, s.param)
	}
	return ev
}

func (e *engine) sinkEvidence(h *sinkHit) finding.Evidence {
	ev := methodEvidence(h.m, h.pc)
	ev.Value = h.what
	return ev
}

func methodEvidence(m *method, pc int) finding.Evidence {
	ev := finding.Evidence{Entry: m.cls.entry, Class: m.cls.name, Method: m.name + m.proto}
	if pc >= 0 {
		p := pc
		ev.Offset = &p
	}
	return ev
}

// libraryOnly reports a flow whose source and sink both lie in library
// packages (spec library-packages): the app's own code is not on it.
func (e *engine) libraryOnly(src sourceSite, h *sinkHit) bool {
	return src.m != nil && e.library(src.m.cls.name) && e.library(h.m.cls.name)
}

func (e *engine) library(cls string) bool {
	for _, p := range e.r.libraryPfx {
		if strings.HasPrefix(cls, p) {
			return true
		}
	}
	return false
}
