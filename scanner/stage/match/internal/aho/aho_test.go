package aho

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

type hit struct{ pattern, start, end int }

// naive is the oracle: every occurrence of every pattern, ordered as Walk
// reports them (by end, then longest first).
func naive(patterns []string, text string) []hit {
	var hs []hit
	for i, p := range patterns {
		for at := 0; at+len(p) <= len(text); at++ {
			if text[at:at+len(p)] == p {
				hs = append(hs, hit{i, at, at + len(p)})
			}
		}
	}
	slices.SortFunc(hs, func(a, b hit) int {
		if a.end != b.end {
			return a.end - b.end
		}
		return a.start - b.start
	})
	return hs
}

func walk(a *Automaton, text string) []hit {
	var hs []hit
	a.Walk(text, func(p, start, end int) bool {
		hs = append(hs, hit{p, start, end})
		return true
	})
	return hs
}

func TestWalk(t *testing.T) {
	for _, tc := range []struct {
		name     string
		patterns []string
		text     string
	}{
		{"none", []string{"abc"}, "xyz"},
		{"empty text", []string{"a"}, ""},
		{"overlapping", []string{"he", "she", "his", "hers"}, "ushers"},
		{"nested suffixes", []string{"miui.com", "tracking.miui.com", "com"}, "https://tracking.miui.com/a.com"},
		{"repeats", []string{"aa", "a"}, "aaaa"},
		{"prefix of another", []string{"sensorsdata", "sensorsdata.cn"}, "x.sensorsdata.cn/sa?project=p"},
		{"bytes in no pattern", []string{"ab"}, "a\x00b\xffab"},
		{"non-ascii", []string{"é", "日本"}, "café 日本語"},
		{"failure into a deeper match", []string{"abcd", "bc", "c"}, "abcabcd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Build(tc.patterns)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := walk(a, tc.text), naive(tc.patterns, tc.text); !slices.Equal(got, want) {
				t.Errorf("Walk = %v, want %v", got, want)
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	for _, tc := range []struct {
		patterns []string
		want     string
	}{
		{[]string{"a", ""}, "pattern 1 is empty"},
		{[]string{"ab", "c", "ab"}, `pattern 2 repeats pattern 0 ("ab")`},
	} {
		if _, err := Build(tc.patterns); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Build(%q) = %v, want %q", tc.patterns, err, tc.want)
		}
	}
}

func TestStop(t *testing.T) {
	a, err := Build([]string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	a.Walk("aaaa", func(int, int, int) bool { n++; return n < 2 })
	if n != 2 {
		t.Errorf("Walk went on after fn returned false: %d calls", n)
	}
}

func TestNoPatterns(t *testing.T) {
	a, err := Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	if hs := walk(a, "anything"); len(hs) != 0 {
		t.Errorf("Walk with no patterns = %v", hs)
	}
}

func TestStates(t *testing.T) {
	a, err := Build([]string{"abc", "abd", "b"})
	if err != nil {
		t.Fatal(err)
	}
	// start, a, ab, abc, abd, b
	if a.States() != 6 {
		t.Errorf("States() = %d, want 6", a.States())
	}
}

// FuzzWalk checks the automaton against the naive search on patterns cut
// from the fuzzer's input.
func FuzzWalk(f *testing.F) {
	f.Add("he|she|his|hers", "ushers")
	f.Add("a|aa|aaa", "aaaaa")
	f.Add("miui.com|tracking.miui.com", "tracking.miui.com")
	f.Fuzz(func(t *testing.T, pats, text string) {
		var patterns []string
		seen := map[string]bool{}
		for _, p := range strings.Split(pats, "|") {
			if p != "" && !seen[p] && len(patterns) < 64 {
				seen[p] = true
				patterns = append(patterns, p)
			}
		}
		a, err := Build(patterns)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := walk(a, text), naive(patterns, text); !slices.Equal(got, want) {
			t.Fatalf("patterns %q text %q: Walk = %v, want %v", patterns, text, got, want)
		}
	})
}

func ExampleAutomaton_Walk() {
	a, _ := Build([]string{"sensorsdata.cn", "/sa?project="})
	a.Walk("https://x.sensorsdata.cn/sa?project=prod", func(p, start, end int) bool {
		fmt.Println(p, start, end)
		return true
	})
	// Output:
	// 0 10 24
	// 1 24 36
}

// TestTableLimit: a rule set whose table would pass MaxTable is refused
// before anything that size is allocated.
func TestTableLimit(t *testing.T) {
	var all strings.Builder
	for b := range 256 {
		all.WriteByte(byte(b))
	}
	patterns := []string{all.String()}
	for n := 256; n*257 <= MaxTable; n += 4096 {
		patterns = append(patterns, fmt.Sprintf("%04096d", n))
	}
	if _, err := Build(patterns); err == nil || !strings.Contains(err.Error(), "table entries allowed") {
		t.Fatalf("Build of %d patterns: %v, want the table limit", len(patterns), err)
	}
}
