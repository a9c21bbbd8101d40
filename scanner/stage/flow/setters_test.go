package flow

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// TestWrapperOrder: two methods handing the mode on through each other
// (testdata/wrapcycle: a makes the private WebView and calls b, b calls
// a) are both found to hand their parameter on, whichever is asked about
// first: the answer may not depend on the order the analysis meets them.
// Likewise two preference helpers passing their key through each other.
func TestWrapperOrder(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "wrapcycle", "classes.dex"))
	if err != nil {
		t.Fatal(err)
	}
	df, err := dex.OpenBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	a := &app.App{Dex: []*app.DexFile{{Entry: "classes.dex", File: df}}}
	set := builtinRules(t)
	const tab = "Lorg/apkscan/test/wc/Tab;"
	for _, order := range [][]string{{"a", "b"}, {"b", "a"}} {
		r := compile(set.CodePaths, nil)
		e := newEngine(context.Background(), buildProgram(a), r, Options{})
		for _, name := range order {
			m := e.prog.resolve(tab, sig{name, "(Landroid/content/Context;ZI)V"})
			if m == nil {
				t.Fatalf("no %s", name)
			}
			if got := e.wrapperParam(m, maxWrapDepth); got != 1 {
				t.Errorf("asked in order %v: %s hands on parameter %d, want 1", order, name, got)
			}
		}
	}
	// The same for two preference helpers passing the key through each
	// other (prefwrap.go).
	const prefs = "Lorg/apkscan/test/wc/Prefs;"
	for _, order := range [][]string{{"c", "d"}, {"d", "c"}} {
		e := newEngine(context.Background(), buildProgram(a), compile(set.CodePaths, nil), Options{})
		for _, name := range order {
			m := e.prog.resolve(prefs, sig{name, "(Landroid/content/SharedPreferences;Ljava/lang/String;I)Z"})
			if m == nil {
				t.Fatalf("no %s", name)
			}
			if got := e.keySlot(m, maxWrapDepth); got != 1 {
				t.Errorf("asked in order %v: %s takes its key in slot %d, want 1", order, name, got)
			}
		}
	}
}
