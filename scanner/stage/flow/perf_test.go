package flow

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/stage/app"
)

const corpusDir = "../../../../shared/corpus/apk"

// BenchmarkAnalyze measures the full code-path analysis (after loading) of
// the two reference apps; targets on the 2-core CI machine: the
// Sensors demo under 1 s, the nine-dex appium settings APK under 3 s. The
// corpus's slowest apps to analyse, an R8-obfuscated browser and an App
// Inventor bundle, follow (no target: they show where the time goes).
// Speed lives in benchmarks (make bench), never in timed tests.
func BenchmarkAnalyze(b *testing.B) {
	for _, file := range []string{"sensorsdata_demo-release.apk", "npm-io.appium.settings-8.0.10.apk",
		"../browsers/xzx482_apks_via.apk", "../aab/DeoreKashish_Logstrike_Inappbiling2.aab"} {
		b.Run(filepath.Base(file), func(b *testing.B) {
			path := filepath.Join(corpusDir, file)
			if _, err := os.Stat(path); err != nil {
				b.Skipf("%s not available (%v); it lives in ../shared/corpus/apk", file, err)
			}
			a, err := app.Load(path, app.Options{})
			if a == nil {
				b.Fatalf("load: %v", err)
			}
			defer a.Close()
			spec := builtinRules(b)
			b.ReportAllocs()
			for b.Loop() {
				res, err := Analyze(context.Background(), a, spec, Options{TrackerPrefixes: testTrackers})
				if err != nil || res.Truncated {
					b.Fatalf("analysis: err %v, truncated %v", err, res.Truncated)
				}
			}
		})
	}
}

// TestAnalysisCompletes: the reference apps are analysed to the end (no
// step budget hit), whatever the machine's speed.
func TestAnalysisCompletes(t *testing.T) {
	for _, file := range []string{"sensorsdata_demo-release.apk", "npm-io.appium.settings-8.0.10.apk"} {
		path := filepath.Join(corpusDir, file)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("%s not available (%v)", file, err)
		}
		a, err := app.Load(path, app.Options{})
		if a == nil {
			t.Fatalf("load: %v", err)
		}
		spec := builtinRules(t)
		res, err := Analyze(context.Background(), a, spec, Options{TrackerPrefixes: testTrackers})
		a.Close()
		if err != nil || res.Truncated {
			t.Errorf("%s: err %v, truncated %v after %d steps", file, err, res.Truncated, res.Stats.Steps)
		}
	}
}
