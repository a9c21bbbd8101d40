package flow

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// sampleCases lists each sample APK with the exact findings expected
// (category counts) and whether an incognito check must be seen. The
// golden file pins the rest: ids, evidence, paths.
var sampleCases = []struct {
	name      string
	want      map[string]int
	incognito bool
}{
	// URL + Android ID to the tracker with no incognito check.
	{"incognito-bypass", map[string]int{CategoryIncognitoBypass: 1, CategoryWeakEncoding: 1, CategoryLeak: 1}, true},
	// Same, under if (!isIncognito()): the URL is not reported; the
	// Android ID still reaches the tracker.
	{"incognito-guarded", map[string]int{CategoryLeak: 1}, true},
	// Tracks only when incognito is on.
	{"incognito-inverted", map[string]int{CategoryIncognitoBypass: 1}, true},
	// The caller checks incognito before calling the tracking helper.
	{"incognito-caller", map[string]int{}, true},
	// The tracking helper returns early in incognito mode.
	{"incognito-early-return", map[string]int{}, true},
	// Preference "private_mode" guards onPageFinished, not onPageStarted.
	{"incognito-pref", map[string]int{CategoryIncognitoBypass: 1}, true},
	// Android ID, Base64, in the query of a hardcoded URL.
	{"base64-android-id", map[string]int{CategoryLeak: 1, CategoryWeakEncoding: 1}, false},
	// Page tracking in an app without incognito mode.
	{"no-incognito", map[string]int{CategoryBrowsingData: 1}, false},
	// Identifiers logged: leaks to a log sink, no incognito anything.
	{"identifiers", map[string]int{CategoryLeak: 8}, false},
	{"hello", map[string]int{}, false},
	{"tracker-sensors", map[string]int{}, false},
	// Guarded and unguarded twins: the URL handed to asynchronous work
	// (the guard, when there is one, is at the posting site), POSTed
	// through a connection's output stream, seen by a callback only a
	// vendor's WebView calls, or described by a helper whose network
	// branch its only caller's scheme check rules out (guarded) or not.
	{"async-thread-bypass", bypassOnly, true},
	{"async-thread-guarded", none, true},
	{"async-handler-bypass", bypassOnly, true},
	{"async-handler-guarded", none, true},
	{"async-executor-bypass", bypassOnly, true},
	{"async-executor-guarded", none, true},
	{"async-asynctask-bypass", bypassOnly, true},
	{"async-asynctask-guarded", none, true},
	{"async-lambda-bypass", bypassOnly, true},
	{"async-lambda-guarded", none, true},
	{"async-coroutine-bypass", bypassOnly, true},
	{"async-coroutine-guarded", none, true},
	{"post-body-bypass", bypassOnly, true},
	{"post-body-guarded", none, true},
	{"vendor-callback-bypass", bypassOnly, true},
	{"vendor-callback-guarded", none, true},
	// The same callbacks on Tencent's X5 WebView (its classes bundled, its
	// engine loaded at run time) and on GeckoView's navigation delegate.
	{"engines-bypass", map[string]int{CategoryIncognitoBypass: 2}, true},
	{"engines-guarded", none, true},
	// A web engine no rule lists, found by its WebView and WebViewClient
	// types: the client's callback and the WebView's title getter.
	{"engine-wrapper-bypass", map[string]int{CategoryIncognitoBypass: 2}, true},
	{"engine-wrapper-guarded", none, true},
	// OkHttp renamed by R8, its sinks known by their code: the page's URL
	// in a request's address and its title in a form body.
	{"renamed-http-bypass", map[string]int{CategoryIncognitoBypass: 2}, true},
	{"renamed-http-guarded", none, true},
	// The URL kept in a tab's state and reported by the tab when the page
	// has loaded (page-action: the same state sent on the user's press is
	// no bypass).
	{"tab-state-bypass", bypassOnly, true},
	{"tab-state-guarded", none, true},
	// Failed pages reported from both onReceivedError overloads; the old
	// one's error code (an int) is no page data.
	{"page-errors-bypass", map[string]int{CategoryIncognitoBypass: 2}, true},
	{"page-errors-guarded", none, true},
	{"scheme-check-bypass", bypassOnly, true},
	{"scheme-check-guarded", none, true},
	// Tracking guarded by GhostMode.isGhostMode(), a name no built-in
	// incognito guard has: a bypass (scanner's TestUserCodePaths names it).
	{"ghost-mode", bypassOnly, true},
	// The 2020 case: a search query and the Android ID, Base64-encoded in
	// one JSON body, POSTed from an executor, in incognito mode too. The
	// guarded twin still sends the Android ID (a leak, whatever the mode).
	{"search-upload-bypass", map[string]int{CategoryIncognitoBypass: 1, CategoryLeak: 1, CategoryWeakEncoding: 2}, true},
	{"search-upload-guarded", map[string]int{CategoryLeak: 1, CategoryWeakEncoding: 1}, true},
	// The same with the search typed into a shrunk browser's address bar
	// (known by its layout), sent with the IMEI from a thread.
	{"address-bar-bypass", map[string]int{CategoryIncognitoBypass: 1, CategoryLeak: 1, CategoryWeakEncoding: 2}, true},
	{"address-bar-guarded", map[string]int{CategoryLeak: 1, CategoryWeakEncoding: 1}, true},
	// Page URLs and the IMEI queued in a list field of an R8-renamed
	// collector, drained by a TimerTask, Base64-encoded and POSTed.
	{"queue-upload-bypass", map[string]int{CategoryIncognitoBypass: 1, CategoryLeak: 1, CategoryWeakEncoding: 2}, true},
	{"queue-upload-guarded", map[string]int{CategoryLeak: 1, CategoryWeakEncoding: 1}, true},
	// The shown page's URL kept in the client's own field, sent to a
	// translation service from its onClick: a user's action, no bypass.
	{"page-action", none, true},
	// Past every bound: 30 device ids in one builder, a 240-copy move
	// chain, 120 nested helpers (cut), 70 relays to one sink.
	{"taint-bounds", map[string]int{CategoryLeak: 32}, false},
}

var (
	bypassOnly = map[string]int{CategoryIncognitoBypass: 1}
	none       = map[string]int{}
)

// golden is what a golden file holds.
type golden struct {
	Findings  []finding.Finding  `json:"findings"`
	Incognito []finding.Evidence `json:"incognito"`
	Called    []string           `json:"called"`
}

func TestSamples(t *testing.T) {
	for _, tc := range sampleCases {
		t.Run(tc.name, func(t *testing.T) {
			res := analyzeFile(t, filepath.Join("..", "..", "..", "samples", tc.name+".apk"))
			got := map[string]int{}
			for _, f := range res.Findings {
				got[f.Category]++
				if len(f.Path) < 3 || f.Path[0].Kind != "entry" || f.Path[len(f.Path)-1].Kind != "sink" {
					t.Errorf("%s: path must run entry ... sink: %+v", f.ID, f.Path)
				}
			}
			if !mapsEqual(got, tc.want) {
				t.Errorf("categories = %v, want %v\n%v", got, tc.want, oneLine(res))
			}
			if (len(res.Incognito) > 0) != tc.incognito {
				t.Errorf("incognito reads = %v, want present=%v", res.Incognito, tc.incognito)
			}
			if res.Truncated {
				t.Error("analysis truncated")
			}
			checkGolden(t, tc.name, res)
		})
	}
}

func checkGolden(t *testing.T, name string, res *Result) {
	t.Helper()
	g := golden{Findings: res.Findings, Incognito: res.Incognito}
	for p := range res.Called {
		g.Called = append(g.Called, p)
	}
	slices.Sort(g.Called)
	got, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the analysis (go test -update rewrites it); got:\n%s", path, got)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
