package flow

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultSpec(t *testing.T) {
	spec, err := DefaultSpec()
	if err != nil {
		t.Fatal(err)
	}
	if len(spec.Sources) == 0 || len(spec.Sinks) == 0 || len(spec.Models) == 0 || len(spec.Incognito.Contains) == 0 {
		t.Fatalf("default spec is missing sections: %+v", spec)
	}
	r := compile(spec, []string{"com.sensorsdata.analytics"})
	if _, ok := r.sources["Landroid/telephony/TelephonyManager;->getDeviceId"]; !ok {
		t.Error("getDeviceId is not a source")
	}
	for _, name := range []string{"isIncognito", "mIsPrivateBrowsing", "OFF_THE_RECORD", "isPrivate", "inPrivateMode"} {
		if !r.incognitoName(name) {
			t.Errorf("%s should name incognito state", name)
		}
	}
	for _, name := range []string{"isPrivileged", "privateKey", "isEnabled"} {
		if r.incognitoName(name) {
			t.Errorf("%s should not name incognito state", name)
		}
	}
}

// TestSpecInvalid pins the error for each malformed spec fixture.
func TestSpecInvalid(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"unknown-key.yaml", "field methodz not found"},
		{"bad-kind.yaml", `sources[0] x: unknown kind "secret"`},
		{"bad-member.yaml", `sinks[0] log: "android.util.Log.d" is not "Lclass;->name"`},
		{"bad-flow.yaml", `models[0]: flow "recv->everywhere" is not from->to`},
		{"duplicate-id.yaml", "sinks[0] x: id must be unique kebab-case"},
		{"bad-incognito-name.yaml", `incognito: name "Incognito" must be non-empty lower case`},
		{"bad-library-package.yaml", `library-packages: "androidx." is not a package prefix`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "spec", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Load(tc.file, data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load(%s) = %v, want error containing %q", tc.file, err, tc.want)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "flow: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
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
	ids := map[string]bool{}
	for _, r := range Rules() {
		ids[r.ID] = true
		if r.Title == "" || r.Description == "" || r.Severity == 0 {
			t.Errorf("rule %s incomplete: %+v", r.ID, r)
		}
	}
	for _, c := range []string{CategoryIncognitoBypass, CategoryLeak, CategoryWeakEncoding, CategoryBrowsingData} {
		if !ids["flow-"+c] {
			t.Errorf("no rule for category %s", c)
		}
	}
}
