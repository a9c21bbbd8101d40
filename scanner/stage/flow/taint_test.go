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
	var big tset
	for i := uint32(0); i < 2*maxFacts; i++ {
		big = union(big, tset{i})
	}
	if len(big) != maxFacts {
		t.Errorf("union grew to %d facts, bound is %d", len(big), maxFacts)
	}
}

func TestSubstitute(t *testing.T) {
	e := &engine{}
	e.initSymbolic()
	src := uint32(maxSymParams + 1)
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
