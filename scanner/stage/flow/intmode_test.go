package flow

import (
	"slices"
	"testing"
)

func TestNamesFamily(t *testing.T) {
	for _, tt := range []struct {
		member string
		family []string
		want   bool
	}{
		{"getMode", []string{"mode"}, true},
		{"mWindowType", []string{"window", "type"}, true},
		{"sType", []string{"type"}, true},
		{"tab_mode", []string{"mode"}, true},
		{"getIndex", []string{"mode"}, false},
		{"getModel", []string{"mode"}, false},
		{"a", []string{"mode"}, false},
		{"a", nil, true}, // INCOGNITO: no family word to ask for
	} {
		if got := namesFamily(tt.member, tt.family); got != tt.want {
			t.Errorf("namesFamily(%q, %q) = %v, want %v (words %q)", tt.member, tt.family, got, tt.want, camelWords(tt.member))
		}
	}
	if got := camelWords("mWindowType$1_x"); !slices.Equal(got, []string{"m", "window", "type", "1", "x"}) {
		t.Errorf("camelWords = %q", got)
	}
}
