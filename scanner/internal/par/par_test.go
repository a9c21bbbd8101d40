package par

import (
	"strings"
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
