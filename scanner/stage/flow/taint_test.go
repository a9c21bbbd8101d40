package flow

import (
	"slices"
	"testing"
)

func TestUnion(t *testing.T) {
	for _, tc := range []struct{ a, b, want tset }{
		{nil, nil, nil},
		{tset{1}, nil, tset{1}},
		{nil, tset{2}, tset{2}},
		{tset{1, 3}, tset{2, 3}, tset{1, 2, 3}},
		{tset{1, 2, 3}, tset{2}, tset{1, 2, 3}},
	} {
		if got := union(tc.a, tc.b); !slices.Equal(got, tc.want) {
			t.Errorf("union(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestUnionBound: a set past maxFacts data facts collapses to top beside
// its incognito facts, whatever order the facts come in, and stays top.
func TestUnionBound(t *testing.T) {
	var facts tset
	for i := 0; i < 2*maxFacts; i++ {
		facts = append(facts, fact(firstSite+i, 0))
	}
	inc := fact(firstSite+500, flagInc)
	want := tset{topFact, inc}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		var parts [3]tset
		for i, f := range facts {
			parts[i%2] = append(parts[i%2], f)
		}
		parts[2] = tset{inc}
		var got tset
		for _, k := range order {
			got = union(got, parts[k])
		}
		if !slices.Equal(got, want) {
			t.Errorf("order %v: union = %v, want %v", order, got, want)
		}
		if again := union(got, tset{fact(firstSite, flagEncode)}); !slices.Equal(again, want) {
			t.Errorf("top absorbed nothing: %v", again)
		}
	}
	small := tset{fact(firstSite, 0), fact(firstSite+1, 0)}
	if got := union(small, tset{fact(firstSite+2, 0)}); len(got) != 3 {
		t.Errorf("a small set collapsed: %v", got)
	}
	if got := dataFacts(want); !slices.Equal(got, tset{topFact}) {
		t.Errorf("dataFacts = %v", got)
	}
}

func TestSubstitute(t *testing.T) {
	e := &engine{}
	e.initSymbolic()
	src := uint32(firstSite + 1)
	// The callee returns parameter 1 Base64-encoded, plus its own source.
	ret := tset{fact(1, flagEncode), fact(int(src), 0)}
	args := []tset{{fact(40, 0)}, {fact(41, 0)}}
	got := e.substitute(ret, args)
	want := tset{fact(int(src), 0), fact(41, flagEncode)}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("substitute = %v, want %v", got, want)
	}
}
