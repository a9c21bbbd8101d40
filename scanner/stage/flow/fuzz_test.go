package flow

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/axml"
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
	// Call sites and method handles (lambda.go); tests of flags and menu
	// ids against the app's resources (uistate.go, uiaction.go), with
	// menuaction's resource table given to every input.
	for _, dir := range []string{"lambda", "menuaction", "uistate", "renamedstate"} {
		if data, err := os.ReadFile(filepath.Join("testdata", dir, "classes.dex")); err == nil {
			f.Add(data)
		}
	}
	arsc, err := os.ReadFile(filepath.Join("testdata", "menuaction", "resources.arsc"))
	if err != nil {
		f.Fatal(err)
	}
	spec := builtinRules(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		df, err := dex.OpenBytes(data)
		if err != nil {
			return
		}
		res, err := axml.ParseResources(arsc)
		if err != nil {
			t.Fatal(err)
		}
		a := &app.App{Dex: []*app.DexFile{{Entry: "classes.dex", File: df}}, Resources: res}
		_, err = Analyze(context.Background(), a, spec, Options{TrackerPrefixes: testTrackers, MaxSteps: 2000})
		if err != nil && (err.Error() == "" || strings.Contains(err.Error(), "internal error")) {
			t.Fatal(err) // a panic Analyze recovered from
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
