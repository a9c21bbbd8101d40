package app

import (
	"os"
	"slices"
	"testing"

	"github.com/apkscan/apkscan/scanner/internal/pbxml"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// componentSources maps each component's name to the manifest it came from
// ("" for the base manifest).
func componentSources(m *axml.Manifest) map[string]string {
	out := map[string]string{}
	for _, c := range m.Components {
		out[c.Name] = c.Source
	}
	return out
}

// TestFeatureSplitComponents: in a split set, a feature split's components
// are part of the app and name the split's manifest; its code is read too.
func TestFeatureSplitComponents(t *testing.T) {
	base, err := os.ReadFile("../../../samples/hello.apk")
	if err != nil {
		t.Fatal(err)
	}
	feature, err := os.ReadFile("../../../samples/hello-feature.apk")
	if err != nil {
		t.Fatal(err)
	}
	set := zipOf(t, file("splits/base-master.apk", base), file("splits/feature_share-master.apk", feature))
	a, err := Load(writeTemp(t, "app.apks", set), Options{})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	defer a.Close()
	got := componentSources(a.Manifest)
	want := map[string]string{
		"org.apkscan.sample.hello.MainActivity": "",
		"org.apkscan.sample.hello.ShareService": "splits/feature_share-master.apk!AndroidManifest.xml",
	}
	if len(got) != len(want) {
		t.Errorf("components %v, want %v", got, want)
	}
	for name, src := range want {
		if s, ok := got[name]; !ok || s != src {
			t.Errorf("%s: source %q (present %v), want %q", name, s, ok, src)
		}
	}
	var dex []string
	for _, d := range a.Dex {
		dex = append(dex, d.Entry)
	}
	if want := []string{"splits/base-master.apk!classes.dex", "splits/feature_share-master.apk!classes.dex"}; !slices.Equal(dex, want) {
		t.Errorf("dex %v, want %v", dex, want)
	}
	in := a.Info()
	for _, c := range in.Manifest.Components {
		if c.Name == "org.apkscan.sample.hello.ShareService" && c.Manifest != want["org.apkscan.sample.hello.ShareService"] {
			t.Errorf("info: ShareService manifest %q", c.Manifest)
		}
	}
}

// TestFeatureModuleComponents: an App Bundle's feature module declares
// components in its own manifest; they join the base's, a component both
// declare is listed once (the base's), and an unreadable module manifest
// is a warning, not a failure.
func TestFeatureModuleComponents(t *testing.T) {
	baseManifest := pbxml.Manifest("com.x", "", []string{"android.permission.INTERNET"},
		pbxml.Component{Kind: "activity", Name: "com.x.Main", Exported: true},
		pbxml.Component{Kind: "service", Name: "com.x.Shared", Exported: false})
	featureManifest := pbxml.Manifest("com.x", "share", nil,
		pbxml.Component{Kind: "service", Name: "com.x.share.Upload", Exported: true},
		pbxml.Component{Kind: "service", Name: "com.x.Shared", Exported: true})
	bundle := zipOf(t,
		file("base/manifest/AndroidManifest.xml", baseManifest),
		file("share/manifest/AndroidManifest.xml", featureManifest),
		file("broken/manifest/AndroidManifest.xml", []byte{0x0a, 0xff}),
		file("BundleConfig.pb", nil))
	a, err := Load(writeTemp(t, "app.aab", bundle), Options{})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	defer a.Close()
	if a.Kind != KindAAB {
		t.Fatalf("Kind = %q, want %q", a.Kind, KindAAB)
	}
	got := componentSources(a.Manifest)
	want := map[string]string{"com.x.Main": "", "com.x.Shared": "", "com.x.share.Upload": "share/manifest/AndroidManifest.xml"}
	if len(got) != len(want) {
		t.Errorf("components %v, want %v", got, want)
	}
	for name, src := range want {
		if s, ok := got[name]; !ok || s != src {
			t.Errorf("%s: source %q (present %v), want %q", name, s, ok, src)
		}
	}
	for _, c := range a.Manifest.Components {
		if c.Name == "com.x.Shared" && c.Exported {
			t.Errorf("com.x.Shared takes the base's declaration (not exported), got exported")
		}
	}
	warned := false
	for _, d := range a.Diagnostics {
		warned = warned || d.Entry == "broken/manifest/AndroidManifest.xml"
	}
	if !warned {
		t.Errorf("no diagnostic for the broken module manifest: %+v", a.Diagnostics)
	}
}
