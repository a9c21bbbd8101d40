package flow

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// testTrackers are the tracker prefixes the tests pass, as the lead's
// tracker pack would for the SDKs the samples bundle.
var testTrackers = []string{"com.sensorsdata.analytics", "com.umeng", "com.flurry"}

// builtinRules is the built-in rule set: its code-path spec and rules.
func builtinRules(t testing.TB) *rules.Set {
	t.Helper()
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// analyzeFile loads and analyses one APK, skipping when it is absent.
func analyzeFile(t testing.TB, path string) *Result {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not available: %v", path, err)
	}
	a, err := app.Load(path, app.Options{})
	if a == nil {
		t.Fatalf("load %s: %v", path, err)
	}
	defer a.Close()
	spec := builtinRules(t)
	res, err := Analyze(context.Background(), a, spec, Options{TrackerPrefixes: testTrackers})
	if err != nil {
		t.Fatalf("analyze %s: %v", path, err)
	}
	return res
}

// analyzeSmaliDex analyses testdata/<dir>/classes.dex (built from the
// smali beside it) as an app of that one dex, with man as its manifest
// (nil: none).
func analyzeSmaliDex(t testing.TB, dir string, man *axml.Manifest) *Result {
	t.Helper()
	return analyzeSmaliDexOrder(t, dir, man, 0)
}

// analyzeSmaliDexOrder is analyzeSmaliDex with the entry points and the
// work list taken in the random order seed gives (0: their own order).
func analyzeSmaliDexOrder(t testing.TB, dir string, man *axml.Manifest, seed int64) *Result {
	t.Helper()
	return analyzeSmaliDexOpts(t, dir, man, Options{shuffle: seed})
}

// analyzeSmaliDexOpts is analyzeSmaliDex with options.
func analyzeSmaliDexOpts(t testing.TB, dir string, man *axml.Manifest, opts Options) *Result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", dir, "classes.dex"))
	if err != nil {
		t.Fatal(err)
	}
	df, err := dex.OpenBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	a := &app.App{Dex: []*app.DexFile{{Entry: "classes.dex", File: df}}, Manifest: man}
	// A case may bring the app's resource table (aapt-built), or an
	// aapt-built APK of its resources (res.apk): its archive and table,
	// with the case's dex and manifest.
	if p := filepath.Join("testdata", dir, "res.apk"); fileExists(p) {
		ra, err := app.Load(p, app.Options{})
		if ra == nil {
			t.Fatalf("load %s: %v", p, err)
		}
		t.Cleanup(func() { ra.Close() })
		ra.Dex, ra.Manifest = a.Dex, man
		a = ra
	} else if arsc, err := os.ReadFile(filepath.Join("testdata", dir, "resources.arsc")); err == nil {
		if a.Resources, err = axml.ParseResources(arsc); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Analyze(context.Background(), a, builtinRules(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
