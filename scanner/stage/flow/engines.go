package flow

import (
	"iter"
	"strings"

	"github.com/apkscan/apkscan/scanner/stage/app"
)

// Web engines. Tencent X5, UC's U4, MIUI's WebView and others copy
// android.webkit's API under their own package (a WebView, a WebViewClient
// whose onPageStarted(WebView, String, Bitmap) the engine calls, ...), and
// load the engine itself at run time: the app holds only thin classes whose
// callbacks nothing in it calls and whose getters return what code outside
// the app gives them. A type of an engine package is therefore read as
// android.webkit's type of the same name (ancestors walks it as one more
// supertype), so the spec's sources, callbacks, sinks and entry points on
// android.webkit apply to it. The engines are the spec's web-engines and
// each package in which the app's dex names both a WebView and a
// WebViewClient type that do not extend android.webkit's.

const webkitPkg = "Landroid/webkit/"

// readTypes reads the app's type_ids once: it fills p.engines from them
// and the spec's packages, and notes which of the types in wanted the dex
// names (p.named: annotation types, for annotated.go and subscribers.go).
// It runs before any hierarchy question is cached.
func (p *program) readTypes(a *app.App, listed []string, wanted map[string]bool) {
	p.named = map[string]bool{}
	p.engines = p.findEngines(func(yield func(string) bool) {
		for _, df := range a.Dex {
			if df == nil || df.File == nil {
				continue
			}
			for i := range df.File.NumTypes() {
				t, err := df.File.Type(uint32(i))
				if err != nil {
					continue
				}
				if wanted[t] {
					p.named[t] = true
				}
				if !yield(t) {
					return
				}
			}
		}
	}, listed)
	p.extCache, p.fwAncestors = nil, nil // answered without the engines
}

// findEngines returns the listed packages and each package of types that
// holds both a WebView and a WebViewClient type not extending
// android.webkit's.
func (p *program) findEngines(types iter.Seq[string], listed []string) map[string]bool {
	engines := map[string]bool{}
	for _, pkg := range listed {
		engines[pkg] = true
	}
	views, clients := map[string]bool{}, map[string]bool{}
	for t := range types {
		if pkg, ok := strings.CutSuffix(t, "WebView;"); ok && strings.HasSuffix(pkg, "/") {
			views[pkg] = true
		} else if pkg, ok := strings.CutSuffix(t, "WebViewClient;"); ok && strings.HasSuffix(pkg, "/") {
			clients[pkg] = true
		}
	}
	for pkg := range views {
		if !clients[pkg] || pkg == webkitPkg || engines[pkg] {
			continue
		}
		// An app's own WebView and client wrapping the platform's are not
		// an engine: their hierarchy already reaches android.webkit.
		if p.extends(pkg+"WebView;", webkitPkg+"WebView;") || p.extends(pkg+"WebViewClient;", webkitPkg+"WebViewClient;") {
			continue
		}
		engines[pkg] = true
	}
	return engines
}

// engineType returns android.webkit's type that a type of a web engine
// package is read as, or "".
func (p *program) engineType(n string) string {
	if len(p.engines) == 0 {
		return ""
	}
	i := strings.LastIndexByte(n, '/')
	if i < 0 || !p.engines[n[:i+1]] {
		return ""
	}
	return webkitPkg + n[i+1:]
}

// sameType reports whether type a is b or is read as b.
func (p *program) sameType(a, b string) bool {
	return a == b || p.engineType(a) == b
}

// viewedAs returns the type in cls's hierarchy that is typ or is read as
// typ (an engine's WebViewClient for android.webkit's), or "": evidence
// names the type the app's code was written against.
func (p *program) viewedAs(cls, typ string) string {
	found := ""
	p.ancestors(cls, func(n string, _ *class) bool {
		if p.sameType(n, typ) {
			found = n
		}
		return found == ""
	})
	return found
}
