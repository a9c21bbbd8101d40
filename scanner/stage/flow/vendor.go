package flow

import "github.com/apkscan/apkscan/rules"

// Callbacks the SDK does not list. Phone makers ship WebView builds whose
// WebViewClient and WebChromeClient have extra callbacks (a browser in a
// system image overrides onPageVisited(WebView, String) or the like). A
// method of such a subclass that takes the WebView first, is not private
// and that nothing in the app calls is called by the framework: it is
// reached where the client object is made (callbacksOf), and its String
// parameters are page data (spec vendor-callbacks).

// vendorRule is a compiled rules.VendorCallback.
type vendorRule struct {
	types []string
	first string
	src   *rules.Source
	known map[string]bool
}

// vendorCallback returns the rule that makes m a vendor callback, or nil.
func (e *engine) vendorCallback(m *method) *vendorRule {
	if m.static() || m.private() || m.name == "<init>" || len(m.params) < 2 {
		return nil
	}
	for _, v := range e.r.vendor {
		if !e.prog.sameType(m.params[0], v.first) || v.known[m.name] || !hasString(m.params[1:]) {
			continue
		}
		for _, t := range v.types {
			if e.prog.extends(m.cls.name, t) {
				return v
			}
		}
	}
	return nil
}

func hasString(params []string) bool {
	for _, p := range params {
		if p == "Ljava/lang/String;" {
			return true
		}
	}
	return false
}

// seedVendorSources makes the String parameters of a vendor callback page
// data sources.
func (e *engine) seedVendorSources(m *method) {
	v := e.vendorCallback(m)
	if v == nil {
		return
	}
	for k, p := range m.params {
		if p != "Ljava/lang/String;" {
			continue
		}
		id := e.source(siteKey{m: m, pc: -1, param: k, spec: v.src}, v.src.Kind, m.cls.name+"->"+m.name)
		e.sources[id].vendor = true
		e.mergeParam(m, paramSlot(false, m.params, k), tset{fact(id, 0)})
	}
}
