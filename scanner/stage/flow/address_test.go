package flow

import (
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// TestHosts: a finding names the hosts its data goes to where the code
// shows the address, and none where it does not. Network findings are
// keyed by the method holding the sink, tracker findings by the SDK call.
func TestHosts(t *testing.T) {
	for _, tt := range []struct {
		dir, main string
		sink      string // "network sink" or "tracker sink"
		want      map[string][]string
	}{
		// testdata/addresses: a StringBuilder's constant start, a static
		// final String, an OkHttp request's url(), a caller's argument, an
		// app method's return and its override's, a Retrofit service's one
		// base URL, a field only its class sets, a scheme appended on its
		// own; none for an address the caller read from a field or a
		// script run in a WebView, whose earlier loads are not this
		// request's; a helper's caller's own address; a host given apart
		// from its scheme (Uri.Builder's authority, new URL(proto, host,
		// file)); an address a worker's Runnable was made with; one an
		// outlined concatenation returns (its parameter's register reused).
		{"addresses", "org.apkscan.test.ad.Main", "network sink", map[string][]string{
			"a(Ljava/lang/String;)V":                             {"a.example.org"},
			"b(Ljava/lang/String;)V":                             {"b.example.org"},
			"c(Ljava/lang/String;)V":                             {"c.example.org"},
			"d(Ljava/lang/String;Ljava/lang/String;)V":           {"d.example.org"},
			"e(Ljava/lang/String;)V":                             {"e.example.org"},
			"f(Ljava/lang/String;Ljava/lang/String;)V":           nil,
			"g(Ljava/lang/String;)V":                             {"g.example.org"},
			"h(Lorg/apkscan/test/ad/Config;Ljava/lang/String;)V": {"h.example.org"},
			"i(Ljava/lang/String;)V":                             {"i.example.org"},
			"j(Ljava/lang/String;)V":                             {"j.example.org"},
			"k(Landroid/content/Context;Ljava/lang/String;)V":    nil,
			"l(Landroid/content/Context;Ljava/lang/String;)V":    {"l.example.org"},
			"m(Ljava/lang/String;Ljava/lang/String;)V":           {"m.example.org"},
			"n(Ljava/lang/String;)V":                             {"n.example.org"},
			"o(Ljava/lang/String;)V":                             {"o.example.org"},
			"p(Ljava/lang/String;)V":                             {"p.example.org"},
			"fetch(Ljava/lang/String;)V":                         {"q.example.org"},
			"r(Ljava/lang/String;)V":                             {"r.example.org"},
		}},
		// testdata/trackerserver: the server the app set its SDK up with,
		// where the app's calls show one address.
		{"trackerserver", "org.apkscan.test.ts.Main", "tracker sink", map[string][]string{
			"Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;->login": {"t.example.org"},
			"Lorg/matomo/sdk/Tracker;->setUserId":                           {"m.example.org"},
			"Lly/count/android/sdk/Countly;->recordEvent":                   nil, // two addresses
			"Lcom/amplitude/api/AmplitudeClient;->setUserId":                nil, // one from a field
		}},
		// testdata/bundledokhttp: the app bundles OkHttp (stand-ins keeping
		// a request's parts in fields, as its code does); the models of
		// its builders and bodies carry the data to newCall.
		{"bundledokhttp", "org.apkscan.test.ok.Main", "network sink", map[string][]string{
			"form(Ljava/lang/String;)V": {"okf.probe.invalid"},
			"json(Ljava/lang/String;)V": {"okj.probe.invalid"},
			"url(Ljava/lang/String;)V":  {"oku.probe.invalid"},
		}},
		// testdata/volleyparams: a Volley request whose getParams()
		// returns the data goes to the URL its constructor gave Volley's
		// Request, as does the queued request holding it.
		{"volleyparams", "org.apkscan.test.vp.Main", "network sink", map[string][]string{
			"onCreate(Landroid/os/Bundle;)V": {"vp.example.org"},
			"getParams()Ljava/util/Map;":     {"vp.example.org"},
		}},
	} {
		t.Run(tt.dir, func(t *testing.T) {
			res := analyzeSmaliDex(t, tt.dir, activityManifest(tt.main))
			key := func(f finding.Finding) string { return f.Evidence[1].Method }
			if tt.sink == "tracker sink" {
				key = func(f finding.Finding) string { return f.Path[len(f.Path)-1].Value }
			}
			checkHosts(t, res, tt.sink, key, tt.want)
		})
	}
}

// activityManifest declares one exported activity.
func activityManifest(name string) *axml.Manifest {
	return &axml.Manifest{Components: []axml.Component{{Kind: axml.KindActivity, Name: name, Enabled: true, Exported: true}}}
}

// checkHosts compares the hosts of the leak findings whose message names
// sink, one per key, with want.
func checkHosts(t *testing.T, res *Result, sink string, key func(finding.Finding) string, want map[string][]string) {
	t.Helper()
	got := map[string][]string{}
	for _, f := range res.Findings {
		if f.Category != CategoryLeak || !strings.Contains(f.Message, sink) {
			continue
		}
		k := key(f)
		if _, dup := got[k]; dup {
			t.Errorf("two findings at %s", k)
		}
		got[k] = f.Flow.Hosts
	}
	for k, hosts := range want {
		h, ok := got[k]
		if !ok {
			t.Errorf("%s: no finding", k)
			continue
		}
		if !slices.Equal(h, hosts) {
			t.Errorf("%s: hosts %q, want %q", k, h, hosts)
		}
	}
	if len(got) != len(want) {
		t.Errorf("findings at %d places, want %d: %v", len(got), len(want), got)
	}
}

func TestURLHost(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://sa.api.intl.miui.com/sa?project=x", "sa.api.intl.miui.com"},
		{"http://Example.ORG:8080/p", "example.org"},
		{"wss://push.example.org", "push.example.org"},
		{"https://a.example.org/x?id=", "a.example.org"},
		{"/relative/path", ""},
		{"content://contacts/people", ""},
		{"url", ""},
		{"https://", ""},
	} {
		if got := urlHost(tt.in); got != tt.want {
			t.Errorf("urlHost(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrackerHosts(t *testing.T) {
	hs := trackerHosts(builtinRules(t).Rules)
	for _, tt := range []struct {
		hosts []string
		want  bool
	}{
		{[]string{"sa.api.intl.miui.com"}, true},       // an endpoint rule's host
		{[]string{"api2.amplitude.com"}, true},         // a tracker's *.amplitude.com
		{[]string{"amplitude.com.example.org"}, false}, // not under it
		{[]string{"search.example.org", "app-measurement.com"}, true},
		{[]string{"www.miui.com"}, false},
		{nil, false},
	} {
		if got := hs.any(tt.hosts); got != tt.want {
			t.Errorf("any(%q) = %v, want %v", tt.hosts, got, tt.want)
		}
	}
}
