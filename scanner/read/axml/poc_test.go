package axml

import "testing"

// TestIssue1128PoC pins the fields of fdroid_issue-1128-poc1.apk, on which
// androidbinary returns minSdk 0 and empty names.
func TestIssue1128PoC(t *testing.T) {
	ent := readEntries(t, skipIfMissing(t, "../../../../shared/corpus/apk/fdroid_issue-1128-poc1.apk"), "AndroidManifest.xml", "resources.arsc")
	res, err := ParseResources(ent["resources.arsc"])
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseManifest(ent["AndroidManifest.xml"], res)
	if err != nil {
		t.Fatal(err)
	}
	if m.Package != "android.appsecurity.cts.tinyapp" || m.VersionCode != 10 || m.MinSdk != 29 || m.TargetSdk != 30 || m.CompileSdk != 30 {
		t.Errorf("header = %q %d %d %d %d", m.Package, m.VersionCode, m.MinSdk, m.TargetSdk, m.CompileSdk)
	}
	a := m.Application
	if a.Label != "Tiny App for CTS" || a.LabelRaw != "@7f010000" || a.ExtractNativeLibs != (OptBool{Value: false, Set: true}) {
		t.Errorf("application = %+v", a)
	}
	if len(m.Components) != 1 {
		t.Fatalf("components = %+v", m.Components)
	}
	c := m.Components[0]
	if c.Name != "android.appsecurity.cts.tinyapp.MainActivity" || !c.Exported || c.ExportedExplicit || c.MissingExported {
		t.Errorf("component = %+v", c)
	}
	if f := c.IntentFilters; len(f) != 1 || f[0].Actions[0] != "android.intent.action.MAIN" || f[0].Categories[0] != "android.intent.category.LAUNCHER" {
		t.Errorf("intent filters = %+v", f)
	}
}
