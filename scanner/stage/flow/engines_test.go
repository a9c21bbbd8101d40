package flow

import (
	"maps"
	"slices"
	"testing"
)

// TestFindEngines: a package is a web engine when listed, or when it holds
// both a WebView and a WebViewClient type and neither extends
// android.webkit's (an app's own wrappers of the platform WebView do).
func TestFindEngines(t *testing.T) {
	p := &program{classes: map[string]*class{
		"Lcom/app/web/WebView;":       {name: "Lcom/app/web/WebView;", super: "Landroid/webkit/WebView;"},
		"Lcom/app/web/WebViewClient;": {name: "Lcom/app/web/WebViewClient;", super: "Landroid/webkit/WebViewClient;"},
		"Lcom/eng/WebView;":           {name: "Lcom/eng/WebView;", super: "Landroid/widget/FrameLayout;"},
		"Lcom/eng/WebViewClient;":     {name: "Lcom/eng/WebViewClient;", super: "Ljava/lang/Object;"},
	}}
	types := []string{
		"Landroid/webkit/WebView;", "Landroid/webkit/WebViewClient;",
		"Lcom/app/web/WebView;", "Lcom/app/web/WebViewClient;", // wrappers: no
		"Lcom/eng/WebView;", "Lcom/eng/WebViewClient;", // bundled engine classes: yes
		"Lrt/core/WebView;", "Lrt/core/WebViewClient;", // run-time engine, only referenced: yes
		"Lonly/view/WebView;",                      // no client: no
		"Lnot/MyWebView;", "Lnot/MyWebViewClient;", // other names: no
	}
	got := slices.Sorted(maps.Keys(p.findEngines(slices.Values(types), []string{"Lcom/listed/"})))
	want := []string{"Lcom/eng/", "Lcom/listed/", "Lrt/core/"}
	if !slices.Equal(got, want) {
		t.Fatalf("engines %q, want %q", got, want)
	}
	p.engines = map[string]bool{"Lcom/eng/": true}
	for _, tt := range []struct{ cls, typ, want string }{
		{"Lcom/eng/WebViewClient;", "Landroid/webkit/WebViewClient;", "Lcom/eng/WebViewClient;"},
		{"Lcom/eng/WebView$HitTestResult;", "Landroid/webkit/WebView$HitTestResult;", "Lcom/eng/WebView$HitTestResult;"},
		{"Lcom/eng/sub/WebViewClient;", "Landroid/webkit/WebViewClient;", ""},
		{"Lcom/app/web/WebViewClient;", "Landroid/webkit/WebViewClient;", "Landroid/webkit/WebViewClient;"},
	} {
		if got := p.viewedAs(tt.cls, tt.typ); got != tt.want {
			t.Errorf("viewedAs(%s, %s) = %q, want %q", tt.cls, tt.typ, got, tt.want)
		}
	}
}
