package flow

import (
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/axml"
)

// TestSinkHosts: a network finding names the hosts its request goes to
// where the code shows the address (testdata/addresses: a StringBuilder's
// constant start, a static final String, an OkHttp request's url(), a
// caller's argument, an app method's return, a Retrofit service's one
// base URL), and none where it does not (an address the caller read from
// a field).
func TestSinkHosts(t *testing.T) {
	man := &axml.Manifest{Components: []axml.Component{{Kind: axml.KindActivity, Name: "org.apkscan.test.ad.Main", Enabled: true, Exported: true}}}
	res := analyzeSmaliDex(t, "addresses", man)
	want := map[string][]string{
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
	}
	got := map[string][]string{}
	for _, f := range res.Findings {
		if f.Category != CategoryLeak || !strings.Contains(f.Message, "network sink") {
			continue
		}
		sink := f.Evidence[1]
		if _, dup := got[sink.Method]; dup {
			t.Errorf("two network findings in %s", sink.Method)
		}
		got[sink.Method] = f.Flow.Hosts
	}
	for m, hosts := range want {
		h, ok := got[m]
		if !ok {
			t.Errorf("%s: no network finding", m)
			continue
		}
		if !slices.Equal(h, hosts) {
			t.Errorf("%s: hosts %q, want %q", m, h, hosts)
		}
	}
	if len(got) != len(want) {
		t.Errorf("network findings in %d methods, want %d: %v", len(got), len(want), got)
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
