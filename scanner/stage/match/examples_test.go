package match

import (
	"testing"

	"github.com/apkscan/apkscan/rules"
)

// TestBuiltinExamples runs every builtin rule's match and no-match examples.
func TestBuiltinExamples(t *testing.T) {
	rs, err := rulesOf(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Fatal("no builtin rules")
	}
	if err := RunExamples(rs); err != nil {
		t.Fatal(err)
	}
}
