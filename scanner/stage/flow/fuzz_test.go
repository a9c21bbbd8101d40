package flow

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// FuzzAnalyzeDex runs the whole analysis over arbitrary dex bytes (no
// manifest: entry points come from callbacks and static initialisers). It
// must never panic or hang; seeds are the sample apps' classes.dex.
func FuzzAnalyzeDex(f *testing.F) {
	for _, name := range []string{"incognito-bypass", "incognito-pref", "base64-android-id", "identifiers"} {
		if data, err := sampleDex(filepath.Join("..", "..", "..", "samples", name+".apk")); err == nil {
			f.Add(data)
		}
	}
	if data, err := os.ReadFile(filepath.Join("testdata", "lambda", "classes.dex")); err == nil {
		f.Add(data) // call sites and method handles (lambda.go)
	}
	spec := builtinRules(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		df, err := dex.OpenBytes(data)
		if err != nil {
			return
		}
		a := &app.App{Dex: []*app.DexFile{{Entry: "classes.dex", File: df}}}
		_, err = Analyze(context.Background(), a, spec, Options{TrackerPrefixes: testTrackers, MaxSteps: 2000})
		if err != nil && err.Error() == "" {
			t.Fatal("empty error")
		}
	})
}

func sampleDex(apk string) ([]byte, error) {
	zr, err := zip.OpenReader(apk)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	rc, err := zr.Open("classes.dex")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
