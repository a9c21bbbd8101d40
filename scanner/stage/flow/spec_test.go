package flow

import (
	"testing"

	"github.com/apkscan/apkscan/scanner/read/axml"
)

func TestBuiltinSpec(t *testing.T) {
	spec := builtinRules(t).CodePaths
	if len(spec.Sources) == 0 || len(spec.Sinks) == 0 || len(spec.Models) == 0 || len(spec.Incognito.Contains) == 0 {
		t.Fatalf("built-in spec is missing sections: %+v", spec)
	}
	r := compile(spec, []string{"com.sensorsdata.analytics"})
	if _, ok := r.sources["Landroid/telephony/TelephonyManager;->getDeviceId"]; !ok {
		t.Error("getDeviceId is not a source")
	}
	for _, name := range []string{"isIncognito", "mIsPrivateBrowsing", "OFF_THE_RECORD", "isPrivate", "getPrivate", "isPrivateSession", "inPrivateMode", "isSecretModeEnabled",
		"isTracelessMode", "mNoTrace", "KEY_WUHEN_MODE"} {
		if !r.incognitoName(name) {
			t.Errorf("%s should name incognito state", name)
		}
	}
	for _, name := range []string{"isPrivileged", "privateKey", "getPrivateKey", "isEnabled"} {
		if r.incognitoName(name) {
			t.Errorf("%s should not name incognito state", name)
		}
	}
}

func TestDescriptorPrefix(t *testing.T) {
	for in, want := range map[string]string{
		"com.sensorsdata.analytics": "Lcom/sensorsdata/analytics/",
		"Lcom/umeng":                "Lcom/umeng/",
		"com.flurry.":               "Lcom/flurry/",
		"Lcom/google/firebase/":     "Lcom/google/firebase/",
	} {
		if got := descriptorPrefix(in); got != want {
			t.Errorf("descriptorPrefix(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRulesCoverCategories(t *testing.T) {
	byKind := codePathRules(builtinRules(t).Rules)
	for _, c := range []string{CategoryIncognitoBypass, CategoryLeak, CategoryWeakEncoding, CategoryBrowsingData} {
		r := byKind[c]
		if r == nil || r.ID != "flow-"+c || string(r.Category) != c {
			t.Errorf("no rule flow-%s for category %s: %+v", c, c, r)
		}
	}
}

// TestIncognitoComponent checks which manifest components are named like
// incognito mode: by class, process or action, not by package.
func TestIncognitoComponent(t *testing.T) {
	e := &engine{r: compile(builtinRules(t).CodePaths, nil)}
	for _, tt := range []struct {
		c    axml.Component
		want bool
	}{
		{axml.Component{Name: "acr.browser.IncognitoActivity"}, true},
		{axml.Component{Name: "org.example.TabActivity", Process: ":incognito"}, true},
		{axml.Component{Name: "org.example.TabActivity", IntentFilters: []axml.IntentFilter{{Actions: []string{"org.example.action.NEW_PRIVATE_TAB"}}}}, true},
		{axml.Component{Name: "org.example.TabActivity", Process: ":web"}, false},
		{axml.Component{Name: "org.example.TabActivity", IntentFilters: []axml.IntentFilter{{Actions: []string{"android.intent.action.VIEW"}}}}, false},
		{axml.Component{Name: "org.incognito.MainActivity"}, false},
	} {
		if got := e.incognitoComponent(tt.c); got != tt.want {
			t.Errorf("%+v: %v, want %v", tt.c, got, tt.want)
		}
	}
}
