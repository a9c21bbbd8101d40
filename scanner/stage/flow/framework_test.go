package flow

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// TestFrameworkFragmentsAndResults: a framework subclass of Fragment
// (ListFragment) that only a layout makes has entry points like a
// Fragment's, and setResult(int, Intent) is a sink for its Intent, the
// second argument. testdata/framework/classes.dex is built from Main.smali
// with `smali assemble -j 1`.
func TestFrameworkFragmentsAndResults(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "framework", "classes.dex"))
	if err != nil {
		t.Fatal(err)
	}
	df, err := dex.OpenBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	a := &app.App{Dex: []*app.DexFile{{Entry: "classes.dex", File: df}}}
	res, err := Analyze(context.Background(), a, builtinRules(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Rule+" "+f.Evidence[0].Value+" -> "+f.Evidence[1].Value)
	}
	slices.Sort(got)
	want := []string{
		"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/app/Activity;->setResult",
		"flow-leak Landroid/telephony/TelephonyManager;->getDeviceId -> Landroid/util/Log;->i",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
