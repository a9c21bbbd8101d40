package flow

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/stage/app"
)

// TestOrderIndependence runs the analysis of apps whose taint sets and
// searches exceed every bound (samples/taint-bounds), and of apps that
// need dispatch and allocation links found in a work-list order, in
// several random orders of entry points and work list, and many times:
// the findings and incognito reads must be byte-identical every time.
func TestOrderIndependence(t *testing.T) {
	apps := []string{"taint-bounds", "search-upload-bypass", "async-handler-guarded", "incognito-pref", "identifiers",
		"../../shared/corpus/browsers/xzx482_apks_via", "../../shared/corpus/apk/androguard_a2dp.Vol_137"}
	for _, name := range apps {
		path := filepath.Join("..", "..", "..", "samples", name+".apk")
		t.Run(filepath.Base(name), func(t *testing.T) {
			a, err := app.Load(path, app.Options{})
			if a == nil {
				t.Skipf("%s: %v", path, err)
			}
			defer a.Close()
			spec := builtinRules(t)
			var want []byte
			for run := 0; run < 12; run++ {
				opts := Options{TrackerPrefixes: testTrackers, shuffle: int64(run)}
				res, err := Analyze(context.Background(), a, spec, opts)
				if err != nil {
					t.Fatal(err)
				}
				got, err := json.Marshal(struct {
					F any
					I any
					D any
				}{res.Findings, res.Incognito, res.Diagnostics})
				if err != nil {
					t.Fatal(err)
				}
				if run == 0 {
					want = got
					if len(res.Findings)+len(res.Incognito) == 0 {
						t.Fatal("no findings and no incognito reads: the test checks nothing")
					}
					continue
				}
				if string(got) != string(want) {
					t.Fatalf("run %d (order seed %d) differs from the first:\n%s\nwant\n%s", run, run, got, want)
				}
			}
		})
	}
}
