package flow

import (
	"fmt"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// What a finding says: its message (the source's label, the sink and the
// verdict), and the evidence naming its source and sink statements.

func (e *engine) sourceLabel(src *sourceSite) string {
	if src.spec != nil && src.spec.Label != "" {
		return src.spec.Label
	}
	return src.kind
}

// flowLabel names the data of a finding's source: the source's label,
// said to be hashed or encrypted when every witness passes a digest or a
// cipher (a SHA-256 of the Android ID is still a stable identifier, but
// not the raw one the label alone would say).
func (e *engine) flowLabel(src *sourceSite, arrivals []arrival) string {
	label := e.sourceLabel(src)
	for _, a := range arrivals {
		if a.o.flags&wCrypto == 0 {
			return label
		}
	}
	return label + " (hashed or encrypted)"
}

func (e *engine) message(cat, label string, p *flowPair) string {
	switch cat {
	case CategoryIncognitoBypass:
		return fmt.Sprintf("%s reaches %s sink %s on a path not guarded by the app's incognito check", label, p.kind, p.what)
	case CategoryWeakEncoding:
		return fmt.Sprintf("%s is Base64/XOR-encoded without encryption and reaches %s sink %s", label, p.kind, p.what)
	case CategoryBrowsingData:
		return fmt.Sprintf("%s reaches %s sink %s (the app has no incognito mode)", label, p.kind, p.what)
	}
	return fmt.Sprintf("%s reaches %s sink %s", label, p.kind, p.what)
}

func (e *engine) sourceEvidence(id int) finding.Evidence {
	s := e.sources[id]
	ev := methodEvidence(s.m, s.pc)
	ev.Value = s.what
	if s.param >= 0 && s.pc < 0 {
		ev.Value = fmt.Sprintf("%s parameter %d", s.what, s.param)
	}
	if len(s.via) > 0 {
		ev.Value += " of " + strings.Join(s.via, ", ")
	}
	return ev
}

func (e *engine) sinkEvidence(p *flowPair) finding.Evidence {
	ev := methodEvidence(p.sink.m, p.sink.pc)
	ev.Value = p.what
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
