package flow

import (
	"strings"
	"testing"
)

// TestKeyLess: ordering methods without building their keys agrees with
// ordering the keys, including where a part boundary falls mid-comparison
// ('$' sorts before the '(' that starts a prototype).
func TestKeyLess(t *testing.T) {
	mk := func(cls, name, proto string) *method {
		return &method{cls: &class{name: cls}, name: name, proto: proto}
	}
	ms := []*method{
		mk("La;", "a", "()V"), mk("La;", "a$", "()V"), mk("La;", "a", "(I)V"), mk("La;", "ab", "()V"),
		mk("La$b;", "a", "()V"), mk("La;", "", "()V"), mk("Lab;", "a", "()V"), mk("La;", "a", "()"),
		mk("La;", "a", "()V"),
	}
	for _, a := range ms {
		for _, b := range ms {
			want := a.key() < b.key()
			if got := keyLess(a, b); got != want {
				t.Errorf("keyLess(%s, %s) = %v, want %v", a.key(), b.key(), got, want)
			}
			if c := cmpConcat([4]string{a.cls.name, "->", a.name, a.proto}, [4]string{b.cls.name, "->", b.name, b.proto}); c != strings.Compare(a.key(), b.key()) {
				t.Errorf("cmpConcat(%s, %s) = %d", a.key(), b.key(), c)
			}
		}
	}
}
