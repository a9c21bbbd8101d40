package flow

import (
	"testing"

	"github.com/apkscan/apkscan/rules"
)

// TestCandidates: a source is searched only if the fixpoint saw its data,
// or the top fact, at a sink it counts at (spec sinks). A stream write
// (kind "") is a network or file sink.
func TestCandidates(t *testing.T) {
	clip := &rules.Source{ID: "clip", Kind: "personal", Sinks: []string{SinkTracker}}
	ident := &rules.Source{ID: "id", Kind: "identifier"}
	stream := &rules.Source{ID: "pwd", Kind: "account", Sinks: []string{SinkFile}}
	e := &engine{hits: map[callSite]*sinkHit{}}
	e.sources = make([]sourceSite, firstSite)
	e.sources = append(e.sources, sourceSite{spec: clip}, sourceSite{spec: ident}, sourceSite{spec: stream}, sourceSite{spec: clip}, sourceSite{spec: ident})
	c0, c1, c2, c3, c4 := firstSite, firstSite+1, firstSite+2, firstSite+3, firstSite+4
	hit := func(pc int, kind string, ids ...int) {
		var ts tset
		for _, id := range ids {
			ts = union(ts, tset{fact(id, 0)})
		}
		e.hits[callSite{nil, pc}] = &sinkHit{pc: pc, kind: kind, taint: ts}
	}
	hit(1, SinkLog, c0, c1) // the clipboard at a log: it does not count there
	hit(2, "", c2)          // a stream write: a file sink, where the password counts
	hit(3, SinkTracker, c3)
	cand := (&witnesses{e: e}).candidates()
	for id, want := range map[int]bool{c0: false, c1: true, c2: true, c3: true, c4: false} {
		if got := cand(id); got != want {
			t.Errorf("candidate %d = %v, want %v", id-firstSite, got, want)
		}
	}
	// The top fact at a log: also every source that counts at a log.
	hit(4, SinkLog, srcTop)
	cand = (&witnesses{e: e}).candidates()
	if !cand(c4) || cand(c0) {
		t.Errorf("with the top fact at a log: identifier %v, clipboard %v; want true, false", cand(c4), cand(c0))
	}
}
