// Package aho is an Aho-Corasick automaton for the rules' literals: every
// occurrence of every pattern in a text, overlapping ones included, in one
// pass.
//
// It is a full DFA over byte classes. Bytes that occur in no pattern share
// one class (they always lead back to the start), so a state's row has one
// int32 per distinct pattern byte, not 256 int64s: for the built-in rules'
// 518 string literals (8,439 bytes, 43 distinct) that is 6,832 states of 44
// entries, 1.2 MB built in about 2 ms, where
// github.com/BobuSumisu/aho-corasick, used before, took 16 MB and 45–50 ms
// at every process start (and walked 3x slower).
// github.com/petar-dambovaliev/aho-corasick builds its NFA in 4 ms but walks
// 4x slower than that, and its DFA is bigger still.
package aho

import "fmt"

// MaxTable bounds an automaton's table: states (at most one per pattern
// byte, plus the start) times byte classes. The built-in rules need 0.3
// million entries; this allows 128 MiB, far above any real rule set, so
// that a huge or hostile one is an error rather than an allocation that
// takes the machine down.
const MaxTable = 1 << 25

// Automaton is immutable once built and safe for concurrent use.
type Automaton struct {
	class   [256]uint8 // byte → class; 0 for bytes in no pattern
	classes int        // row width
	// next[r+c] is the row of the state after class c in the state whose
	// row starts at r: state ids are premultiplied by the row width, and
	// the states that report a pattern are numbered last, from row
	// reports on, so a walk step is one lookup and one comparison.
	next    []int32
	reports int32
	// out[s] is the pattern ending at state s, or -1; link[s] is the next
	// state on s's failure chain with a pattern, or 0 (state 0 is the start,
	// which ends no pattern: empty patterns are not accepted). Both are
	// indexed by plain state numbers (row / row width).
	out  []int32
	link []int32
	lens []int32 // pattern lengths
}

// Build returns the automaton of patterns; pattern i is reported as i.
// Empty patterns are an error (they would match everywhere), and so is a
// duplicate, which would be reported under one id only.
func Build(patterns []string) (*Automaton, error) {
	a := &Automaton{lens: make([]int32, len(patterns))}
	total := 0
	for i, p := range patterns {
		if p == "" {
			return nil, fmt.Errorf("aho: pattern %d is empty", i)
		}
		a.lens[i] = int32(len(p))
		total += len(p)
		for j := 0; j < len(p); j++ {
			a.class[p[j]] = 1
		}
	}
	a.classes = 1
	for b := range a.class {
		if a.class[b] != 0 {
			a.class[b] = uint8(a.classes)
			a.classes++
		}
	}
	if (total+1)*a.classes > MaxTable {
		return nil, fmt.Errorf("aho: %d pattern bytes in %d byte classes need more than the %d table entries allowed", total, a.classes, MaxTable)
	}
	// The trie, in the rows of the table; 0 means no edge yet (no edge can
	// lead back to the start while building).
	k := a.classes
	a.next = make([]int32, k, (total+1)*k)
	a.out = []int32{-1}
	for i, p := range patterns {
		s := int32(0)
		for j := 0; j < len(p); j++ {
			c := int32(s)*int32(k) + int32(a.class[p[j]])
			if a.next[c] == 0 {
				a.next[c] = int32(len(a.out))
				a.out = append(a.out, -1)
				a.next = append(a.next, make([]int32, k)...)
			}
			s = a.next[c]
		}
		if a.out[s] >= 0 {
			return nil, fmt.Errorf("aho: pattern %d repeats pattern %d (%q)", i, a.out[s], p)
		}
		a.out[s] = int32(i)
	}
	a.complete()
	a.renumber()
	return a, nil
}

// complete turns the trie into the DFA, breadth first: a missing edge of
// state s goes where the same class goes from s's failure state, which is
// shallower and so already complete.
func (a *Automaton) complete() {
	k := a.classes
	fail := make([]int32, len(a.out))
	a.link = make([]int32, len(a.out))
	queue := make([]int32, 0, len(a.out))
	for c := 0; c < k; c++ {
		if t := a.next[c]; t != 0 {
			queue = append(queue, t) // depth 1: fails to the start
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		row, frow := a.next[int(s)*k:int(s+1)*k], a.next[int(fail[s])*k:int(fail[s]+1)*k]
		for c := 0; c < k; c++ {
			t := row[c]
			if t == 0 {
				row[c] = frow[c]
				continue
			}
			f := frow[c]
			fail[t] = f
			if a.out[f] >= 0 {
				a.link[t] = f
			} else {
				a.link[t] = a.link[f]
			}
			queue = append(queue, t)
		}
	}
}

// renumber moves the states that report a pattern (their own, or one on
// their failure chain) after all others, keeping the start first, and
// premultiplies the table's state ids by the row width.
func (a *Automaton) renumber() {
	k, n := a.classes, len(a.out)
	id := make([]int32, n)
	next := int32(0)
	for pass := 0; pass < 2; pass++ {
		for s := range n {
			if reports := a.out[s] >= 0 || a.link[s] != 0; reports == (pass == 1) {
				id[s] = next
				next++
			}
			if pass == 0 && s == n-1 {
				a.reports = next * int32(k)
			}
		}
	}
	table := make([]int32, len(a.next))
	out, link := make([]int32, n), make([]int32, n)
	for s := range n {
		r := int(id[s]) * k
		for c, t := range a.next[s*k : (s+1)*k] {
			table[r+c] = id[t] * int32(k)
		}
		out[id[s]] = a.out[s]
		if a.link[s] != 0 {
			link[id[s]] = id[a.link[s]]
		}
	}
	a.next, a.out, a.link = table, out, link
}

// States is the number of states, for tests and sizing.
func (a *Automaton) States() int { return len(a.out) }

// Walk calls fn for every occurrence of every pattern in text, in order of
// where it ends (end is the index just past it; at one end, the longer
// pattern first). fn returns false to stop.
func (a *Automaton) Walk(text string, fn func(pattern, start, end int) bool) {
	k, next, reports, class := int32(a.classes), a.next, a.reports, &a.class
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = next[s+int32(class[text[i]])]
		if s < reports {
			continue
		}
		for u := s / k; u != 0; u = a.link[u] {
			if p := a.out[u]; p >= 0 && !fn(int(p), i+1-int(a.lens[p]), i+1) {
				return
			}
		}
	}
}
