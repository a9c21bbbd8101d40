package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apkscan/apkscan/scanner/read/apk"
)

// aabCorpus holds real App Bundles and bundletool APK sets (see its MANIFEST.tsv).
const aabCorpus = "../../../../shared/corpus/aab"

func corpusFile(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available (%v); these tests need ../shared next to the repo", err)
	}
	return p
}

// bundleGolden is what each corpus bundle must yield. Packages and dex
// entries are from MANIFEST.tsv; versions and SDK levels were checked
// against the binary manifest bundletool built from the same bundle (see
// TestProtoManifestMatchesBinary in scanner/axml).
var bundleGolden = []struct {
	file        string
	kind        string
	pkg         string
	versionCode int64
	minSdk      int
	label       string
	dex         []string
	classes     []string // defined in some dex
	nativeLibs  []string // Entry paths
	assets      int
}{
	{file: "950824_BuglyTinkers_app.aab", kind: KindAAB, pkg: "com.example.buglytinkers", versionCode: 1, minSdk: 15, label: "BuglyTinkers",
		dex: []string{"base/dex/classes.dex"}, classes: []string{"Lcom/tencent/bugly/crashreport/CrashReport;"},
		nativeLibs: []string{"base/lib/arm64-v8a/libBugly.so", "base/lib/armeabi-v7a/libBugly.so", "base/lib/armeabi/libBugly.so", "base/lib/x86/libBugly.so", "base/lib/x86_64/libBugly.so"}},
	{file: "BranchMetrics_android-branch-deep-linking-attribution_Branch-SDK-TestBed-release.aab", kind: KindAAB,
		pkg: "io.branch.branchandroidtestbed", versionCode: 50208, minSdk: 21, label: "Branch-SDK-TestBed",
		dex: []string{"base/dex/classes.dex"}, classes: []string{"Lio/branch/referral/Branch;", "Lcom/google/android/gms/ads/MobileAds;"}},
	{file: "DeoreKashish_Logstrike_Inappbiling2.aab", kind: KindAAB, pkg: "appinventor.ai_deorekashish.Inappbiling2", versionCode: 1, minSdk: 14, label: "Billing",
		dex: []string{"base/dex/classes.dex", "base/dex/classes2.dex"}, classes: []string{"Lcom/google/appinventor/components/runtime/Form;"}},
	{file: "limajonatas_listall_app-release.aab", kind: KindAAB, pkg: "com.listall", versionCode: 1, minSdk: 24, label: "ListAll",
		dex: []string{"base/dex/classes.dex"}, classes: []string{"Lcom/listall/MainActivity;"}, assets: 22},
	{file: "limajonatas_listall_app-release.apks", kind: KindAPKS, pkg: "com.listall", versionCode: 1, minSdk: 24, label: "ListAll",
		dex: []string{"splits/base-master.apk!classes.dex"}, classes: []string{"Lcom/listall/MainActivity;"}, assets: 22},
	{file: "mlevytskiy_Core_app.apks", kind: KindAPKS, pkg: "com.core.sample", versionCode: 1, minSdk: 21, label: "Core",
		dex: []string{"splits/base-master.apk!classes.dex"}, classes: []string{"Lcom/core/sample/MainActivity;"}},
}

func TestLoadBundleCorpus(t *testing.T) {
	for _, tc := range bundleGolden {
		t.Run(tc.file, func(t *testing.T) {
			a, err := Load(corpusFile(t, aabCorpus, tc.file), Options{})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			defer a.Close()
			if a.Kind != tc.kind {
				t.Errorf("Kind = %q, want %q", a.Kind, tc.kind)
			}
			m := a.Manifest
			if m == nil {
				t.Fatal("no manifest")
			}
			if m.Package != tc.pkg || m.VersionCode != tc.versionCode || m.MinSdk != tc.minSdk || m.Application.Label != tc.label {
				t.Errorf("manifest = %s v%d minSdk %d label %q, want %s v%d minSdk %d label %q",
					m.Package, m.VersionCode, m.MinSdk, m.Application.Label, tc.pkg, tc.versionCode, tc.minSdk, tc.label)
			}
			var dex []string
			for _, d := range a.Dex {
				dex = append(dex, d.Entry)
			}
			if !slices.Equal(dex, tc.dex) || a.Target().DexFiles != len(tc.dex) {
				t.Errorf("dex = %v (Target %d), want %v", dex, a.Target().DexFiles, tc.dex)
			}
			defined := definedClasses(a)
			for _, c := range tc.classes {
				if !defined[c] {
					t.Errorf("class %s not defined in any dex", c)
				}
			}
			in := a.Info()
			var libs []string
			for _, l := range in.NativeLibs {
				libs = append(libs, l.Entry)
				if l.ABI == "" {
					t.Errorf("native lib %s has no ABI", l.Entry)
				}
			}
			if !slices.Equal(libs, tc.nativeLibs) {
				t.Errorf("native libs = %v, want %v", libs, tc.nativeLibs)
			}
			if len(in.Assets) != tc.assets {
				t.Errorf("%d assets, want %d", len(in.Assets), tc.assets)
			}
			if len(a.Resources.Strings()) == 0 {
				t.Error("no resource strings")
			}
		})
	}
}

// TestLoadSplitSetAllSplits checks that every split of an 81-split set is
// opened (beyond the default budget of 64 nested containers) and listed.
func TestLoadSplitSetAllSplits(t *testing.T) {
	p := corpusFile(t, aabCorpus, "limajonatas_listall_app-release.apks")
	a, err := Load(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	want := len(splitCandidates(a.Archive))
	if want != 82 || len(a.Nested) < want {
		t.Fatalf("%d split candidates, %d nested opened; want 82 opened", want, len(a.Nested))
	}
	if got := a.Nested[0].Prefix; got != "splits/base-master.apk!" {
		t.Errorf("first part %q, want the base", got)
	}
	for _, d := range a.Diagnostics {
		t.Errorf("unexpected diagnostic %v", d)
	}
}

func definedClasses(a *App) map[string]bool {
	out := map[string]bool{}
	for _, d := range a.Dex {
		if d.File == nil {
			continue
		}
		for i := range d.File.NumClassDefs() {
			cd, err := d.File.ClassDef(i)
			if err != nil {
				continue
			}
			if n, err := d.File.ClassName(cd); err == nil {
				out[n] = true
			}
		}
	}
	return out
}

// TestDetectKindByContent opens archives whose names lie about them.
func TestDetectKindByContent(t *testing.T) {
	apkFile := corpusFile(t, "../../../../shared/corpus/apk", "androguard_TestActivity.apk")
	data, err := os.ReadFile(apkFile)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Load(writeTemp(t, "plain.apks", data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if a.Kind != KindAPK || len(a.Dex) == 0 || a.Dex[0].Entry != "classes.dex" {
		t.Errorf("an .apks holding a plain APK: Kind %q, %d dex", a.Kind, len(a.Dex))
	}
	ar, err := apk.OpenBytes(data, apk.Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	if k := detectKind(ar, "x.aab"); k != KindAPK {
		t.Errorf("plain APK named .aab detected as %q", k)
	}
}
