package index

import (
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

// TestCapPool: the pool strings past MaxPoolStrings are skipped in index
// order, names and used strings do not count, and the cut is an error
// diagnostic (the dex was not read whole).
func TestCapPool(t *testing.T) {
	tests := []struct {
		name      string
		used      int // leading strings already skipped (names, const-strings)
		pool      int // strings after them
		wantKept  int
		wantError bool
	}{
		{"under the budget", 10, MaxPoolStrings - 1, MaxPoolStrings - 1, false},
		{"at the budget", 0, MaxPoolStrings, MaxPoolStrings, false},
		{"names do not count", 1000, MaxPoolStrings, MaxPoolStrings, false},
		{"past the budget", 5, MaxPoolStrings + 7, MaxPoolStrings, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skip := make([]bool, tc.used+tc.pool)
			for i := range tc.used {
				skip[i] = true
			}
			d := capPool("classes2.dex", skip)
			kept, last := 0, -1
			for i, s := range skip {
				if !s {
					kept, last = kept+1, i
				}
			}
			if kept != tc.wantKept {
				t.Errorf("kept %d, want %d", kept, tc.wantKept)
			}
			if tc.wantKept > 0 && last != tc.used+tc.wantKept-1 {
				t.Errorf("kept up to index %d, want the first ones (up to %d)", last, tc.used+tc.wantKept-1)
			}
			switch {
			case tc.wantError && (d == nil || d.Severity != finding.DiagError || d.Entry != "classes2.dex" || !strings.Contains(d.Message, "7 more strings")):
				t.Errorf("diagnostic %+v, want an error naming the 7 strings left out", d)
			case !tc.wantError && d != nil:
				t.Errorf("unexpected diagnostic %+v", d)
			}
		})
	}
}
