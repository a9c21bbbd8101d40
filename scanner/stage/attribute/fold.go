package attribute

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// fold is what one tracker finding gains from its SDK's own reads.
type fold struct {
	reads  []string
	places []finding.Evidence
}

func (fo *fold) add(what string, ev finding.Evidence) {
	if !slices.Contains(fo.reads, what) {
		fo.reads = append(fo.reads, what)
	}
	fo.places = append(fo.places, ev)
}

// apply adds the reads to tracker finding f: their names to its tracker
// and message, their places (up to MaxEvidence) after its own evidence.
// Its severity stays the tracker's.
func (fo *fold) apply(f *finding.Finding) {
	t := *f.Tracker
	t.Reads = append(slices.Clone(t.Reads), fo.reads...)
	slices.Sort(t.Reads)
	t.Reads = slices.Compact(t.Reads)
	f.Tracker = &t
	slices.SortStableFunc(fo.places, cmpPlace)
	f.Evidence = append(slices.Clone(f.Evidence), fo.places[:min(len(fo.places), match.MaxEvidence)]...)
	f.Message += "; its code reads " + strings.Join(t.Reads, ", ")
}

// cmpPlace orders places by entry, class, method and offset.
func cmpPlace(a, b finding.Evidence) int {
	if c := strings.Compare(a.Entry, b.Entry); c != 0 {
		return c
	}
	if c := strings.Compare(a.Class, b.Class); c != 0 {
		return c
	}
	if c := strings.Compare(a.Method, b.Method); c != 0 {
		return c
	}
	ao, bo := -1, -1
	if a.Offset != nil {
		ao = *a.Offset
	}
	if b.Offset != nil {
		bo = *b.Offset
	}
	if ao != bo {
		return ao - bo
	}
	return strings.Compare(a.Value, b.Value)
}
