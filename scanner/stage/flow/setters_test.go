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
	for _, tt := range []struct {
		cls, proto string
		names      [2]string
		ask        func(*engine, *method) int
		want       int // wrapperParam: the declared parameter; keySlot: the register slot
	}{
		{"Lorg/apkscan/test/wc/Tab;", "(Landroid/content/Context;ZI)V", [2]string{"a", "b"},
			func(e *engine, m *method) int { return e.wrapperParam(m, maxWrapDepth) }, 1},
		{"Lorg/apkscan/test/wc/Prefs;", "(Landroid/content/SharedPreferences;Ljava/lang/String;I)Z", [2]string{"c", "d"},
			func(e *engine, m *method) int { return e.keySlot(m, maxWrapDepth) }, 1},
	} {
		for _, order := range [][2]string{tt.names, {tt.names[1], tt.names[0]}} {
			e := newEngine(context.Background(), buildProgram(a), compile(set.CodePaths, nil), Options{})
			for _, name := range order {
				m := e.prog.resolve(tt.cls, sig{name, tt.proto})
				if m == nil {
					t.Fatalf("no %s", name)
				}
				if got := tt.ask(e, m); got != tt.want {
					t.Errorf("%s asked in order %v: %s answers %d, want %d", tt.cls, order, name, got, tt.want)
				}
			}
		}
	}
}
