package match

import (
	"strings"
	"testing"
)

// TestWantsClassIsNecessary: the class filter the indexer asks first must
// never say no where the member filter would say yes, or a rule would lose
// its call sites. Every class and name the builtin rules name is tried
// against every other, with a class each glob matches and some no rule
// names.
func TestWantsClassIsNecessary(t *testing.T) {
	e := builtinEngine(t)
	classes := []string{"Ljava/lang/Object;", "Landroid/app/Activity;", "Lcom/example/a/MdidSdkHelper;"}
	names := []string{"toString", "onCreate", "InitSdk"}
	for _, l := range e.leaves {
		if p := l.Member; p != nil {
			classes = append(classes, p.Class, strings.ReplaceAll(p.Class, "*", "x/y"))
			names = append(names, p.Name, strings.ReplaceAll(p.Name, "*", "z"))
		}
	}
	members := 0
	for _, c := range classes {
		for _, n := range names {
			if e.WantsMethod(c, n) {
				members++
				if !e.WantsMethodClass(c) {
					t.Fatalf("WantsMethod(%q, %q) but not WantsMethodClass", c, n)
				}
			}
			if e.WantsField(c, n) && !e.WantsFieldClass(c) {
				t.Fatalf("WantsField(%q, %q) but not WantsFieldClass", c, n)
			}
		}
	}
	if members == 0 {
		t.Fatal("no wanted member among the rules' own: the test tried nothing")
	}
	for _, c := range []string{"Ljava/lang/Object;", "Landroid/app/Activity;"} {
		if e.WantsMethodClass(c) || e.WantsFieldClass(c) {
			t.Errorf("%s: wanted, but no rule names a member of it", c)
		}
	}
}
