package flow

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/app"
)

const corpusDir = "../../../shared/corpus/apk"

// TestAnalysisTime checks the time budgets of the issue on this 2-core
// machine: full analysis (after loading) of the Sensors demo under 1 s and
// of the nine-dex appium settings APK under 3 s. It logs the peak heap.
func TestAnalysisTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test skipped in -short mode")
	}
	for _, tc := range []struct {
		file   string
		budget time.Duration
	}{
		{"sensorsdata_demo-release.apk", time.Second},
		{"npm-io.appium.settings-8.0.10.apk", 3 * time.Second},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(corpusDir, tc.file)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("%s not available (%v); it lives in ../shared/corpus/apk", tc.file, err)
			}
			a, err := app.Load(path, app.Options{})
			if a == nil {
				t.Fatalf("load: %v", err)
			}
			defer a.Close()
			spec, err := DefaultSpec()
			if err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			res, err := Analyze(context.Background(), a, spec, Options{TrackerPrefixes: testTrackers})
			elapsed := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			t.Logf("%s: %v, %+v, findings %d, allocated %d MB, heap in use %d MB",
				tc.file, elapsed, res.Stats, len(res.Findings),
				(after.TotalAlloc-before.TotalAlloc)>>20, after.HeapInuse>>20)
			if res.Truncated {
				t.Errorf("analysis truncated after %d steps", res.Stats.Steps)
			}
			if elapsed > tc.budget {
				t.Errorf("analysis took %v, budget %v", elapsed, tc.budget)
			}
		})
	}
}
