package flow

import (
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/axml"
)

// TestTrackerServers: a tracker finding names the host of the server the
// app set its SDK up with, where the app's calls show one address.
func TestTrackerServers(t *testing.T) {
	man := &axml.Manifest{Components: []axml.Component{{Kind: axml.KindActivity, Name: "org.apkscan.test.ts.Main", Enabled: true, Exported: true}}}
	res := analyzeSmaliDex(t, "trackerserver", man)
	want := map[string][]string{
		"Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login": {"t.example.org"},
		"Lorg/matomo/sdk/Tracker;->setUserId":                           {"m.example.org"},
		"Lly/count/android/sdk/Countly;->recordEvent":                   nil, // two addresses
		"Lcom/amplitude/api/AmplitudeClient;->setUserId":                nil, // one from a field
	}
	got := map[string][]string{}
	for _, f := range res.Findings {
		if f.Category != CategoryLeak || !strings.Contains(f.Message, "tracker sink") {
			continue
		}
		sink := f.Path[len(f.Path)-1].Value
		got[sink] = f.Flow.Hosts
	}
	for sink, hosts := range want {
		h, ok := got[sink]
		if !ok {
			t.Errorf("%s: no tracker finding (have %v)", sink, got)
			continue
		}
		if !slices.Equal(h, hosts) {
			t.Errorf("%s: hosts %q, want %q", sink, h, hosts)
		}
	}
	if len(got) != len(want) {
		t.Errorf("tracker findings at %d sinks, want %d: %v", len(got), len(want), got)
	}
}

func TestRegType(t *testing.T) {
	params := []string{"Landroid/content/Context;", "J", "Ljava/lang/String;"}
	for _, tt := range []struct {
		static bool
		pos    int
		want   string
	}{
		{false, 0, "LCls;"},
		{false, 1, "Landroid/content/Context;"},
		{false, 2, "J"},
		{false, 3, ""}, // the long's second half
		{false, 4, "Ljava/lang/String;"},
		{false, 5, ""},
		{true, 0, "Landroid/content/Context;"},
		{true, 3, "Ljava/lang/String;"},
	} {
		if got := regType(tt.static, "LCls;", params, tt.pos); got != tt.want {
			t.Errorf("regType(static=%v, %d) = %q, want %q", tt.static, tt.pos, got, tt.want)
		}
	}
}
