package flow

import (
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/axml"
)

// TestFlowEntries: a flow's entry points are those reaching its source,
// where every path starts (testdata/entries: two activities, each with
// its own source, share the helper holding the sink).
func TestFlowEntries(t *testing.T) {
	man := &axml.Manifest{}
	for _, a := range []string{"org.apkscan.test.en.First", "org.apkscan.test.en.Second"} {
		man.Components = append(man.Components, activityManifest(a).Components...)
	}
	res := analyzeSmaliDex(t, "entries", man)
	n := 0
	for _, f := range res.Findings {
		if f.Flow == nil {
			continue
		}
		n++
		if f.Flow.Entries != 1 {
			t.Errorf("%s: flow.entries = %d, want 1 (the activity its source is in)", f.Path[0].Class, f.Flow.Entries)
		}
	}
	if n != 2 {
		t.Errorf("%d code-path findings, want 2 (one per activity's source)", n)
	}
}

// TestFlowLabelCrypto checks that a finding whose every witness passes a
// digest or a cipher says the data is hashed or encrypted, and that one
// sent as it is, or only hex-encoded, does not.
func TestFlowLabelCrypto(t *testing.T) {
	res := analyzeSmaliDex(t, "stepcrypto", activityManifest("org.apkscan.test.sc.Main"))
	hashed, plain := 0, 0
	for _, f := range res.Findings {
		if f.Flow == nil {
			continue
		}
		if strings.Contains(f.Message, "(hashed or encrypted)") {
			hashed++
		} else {
			plain++
		}
	}
	// The digest's and the cipher's flows; the hex loop's leak and its
	// weak-encoding finding.
	if hashed != 2 || plain != 2 {
		t.Errorf("%d findings said hashed or encrypted and %d not, want 2 and 2", hashed, plain)
	}
}
