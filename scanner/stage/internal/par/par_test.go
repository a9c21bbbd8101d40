package par

import (
	"strings"
	"sync/atomic"
	"testing"
)

func TestGoWaits(t *testing.T) {
	n := 0
	wait := Go(func() { n = 42 })
	wait()
	if n != 42 {
		t.Fatalf("n = %d after wait, want 42", n)
	}
}

// TestGoRepanics: a panic in the helper reaches the waiting goroutine, so
// a recover there (the batch runner's) still sees it.
func TestGoRepanics(t *testing.T) {
	defer func() {
		p := recover()
		if p == nil || !strings.Contains(p.(string), "boom") {
			t.Fatalf("recovered %v, want the helper's panic", p)
		}
	}()
	wait := Go(func() { panic("boom") })
	wait()
	t.Fatal("wait returned after the helper panicked")
}

// TestStart: parallel or not, f has run when wait returns; without
// parallelism it has run before Start returns.
func TestStart(t *testing.T) {
	for _, parallel := range []bool{true, false} {
		n := 0
		wait := Start(parallel, func() { n = 7 })
		if !parallel && n != 7 {
			t.Fatalf("Start(false) returned before f ran")
		}
		wait()
		if n != 7 {
			t.Fatalf("Start(%v): n = %d after wait, want 7", parallel, n)
		}
	}
}

func TestEach(t *testing.T) {
	for _, jobs := range []int{0, 1, 2, 8} {
		for _, n := range []int{0, 1, 5, 100} {
			var hits [100]atomic.Int32
			Each(n, jobs, func(i int) { hits[i].Add(1) })
			for i := range hits {
				want := int32(0)
				if i < n {
					want = 1
				}
				if got := hits[i].Load(); got != want {
					t.Fatalf("jobs %d n %d: fn(%d) ran %d times", jobs, n, i, got)
				}
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a panic in fn was not re-raised")
		}
	}()
	Each(4, 2, func(i int) {
		if i == 3 {
			panic("boom")
		}
	})
}
