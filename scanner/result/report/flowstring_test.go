package report

import (
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

func TestFlowString(t *testing.T) {
	for _, tt := range []struct {
		fl   finding.Flow
		want string
	}{
		{finding.Flow{Paths: 1, Entries: 1}, "1 path from 1 entry point"},
		{finding.Flow{Paths: 3, Entries: 2, Pairs: 4}, "3 paths from 2 entry points, 4 source and sink pairs"},
		{finding.Flow{Paths: 2, Entries: 1, Hosts: []string{"a.example.org", "b.example.org"}},
			"2 paths from 1 entry point, sent to a.example.org, b.example.org"},
	} {
		if got := FlowString(&tt.fl); got != tt.want {
			t.Errorf("FlowString(%+v) = %q, want %q", tt.fl, got, tt.want)
		}
	}
}
