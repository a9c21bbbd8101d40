package axml

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func manifestXML(usesSdk, appBody string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.app"
    android:versionCode="7" android:versionName="1.2">
  ` + usesSdk + `
  <application android:label="Example">` + appBody + `</application>
</manifest>`
}

func mustPlain(t *testing.T, doc string) *Manifest {
	t.Helper()
	m, err := ParseManifest([]byte(doc), nil)
	if err != nil {
		t.Fatalf("ParseManifest: %v", err)
	}
	return m
}

func TestPlainManifestModel(t *testing.T) {
	doc := `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.ex"
    android:versionCode="5" android:versionCodeMajor="1" android:versionName="2.0"
    android:installLocation="preferExternal" android:sharedUserId="com.ex.shared" android:compileSdkVersion="34">
  <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="31" android:maxSdkVersion="34"/>
  <uses-permission android:name="android.permission.CAMERA"/>
  <uses-permission android:name="android.permission.INTERNET" android:maxSdkVersion="28"/>
  <uses-permission android:name="android.permission.INTERNET"/>
  <uses-permission-sdk-23 android:name="android.permission.POST_NOTIFICATIONS"/>
  <permission android:name="com.ex.C2D" android:protectionLevel="signature"/>
  <uses-feature android:name="android.hardware.camera" android:required="false"/>
  <queries><package android:name="com.other"/><intent><action android:name="android.intent.action.VIEW"/></intent></queries>
  <application android:name=".App" android:label="Ex" android:debuggable="true" android:allowBackup="false"
      android:process=":main" android:enabled="true" android:usesCleartextTraffic="false">
    <meta-data android:name="com.google.android.gms.ads.APPLICATION_ID" android:value="ca-app-pub-1"/>
    <activity android:name=".Main">
      <intent-filter>
        <action android:name="android.intent.action.MAIN"/>
        <category android:name="android.intent.category.LAUNCHER"/>
      </intent-filter>
    </activity>
    <activity android:name="Second" android:exported="false" android:enabled="false"/>
    <activity android:name="org.lib.Third">
      <intent-filter><category android:name="android.intent.category.DEFAULT"/></intent-filter>
    </activity>
    <activity-alias android:name=".Alias" android:targetActivity=".Main" android:exported="true"/>
    <service android:name=".Svc" android:process=":bg">
      <intent-filter><data android:scheme="https" android:host="ex.com" android:pathPrefix="/p"/></intent-filter>
    </service>
    <receiver android:name=".Rx" android:exported="true" android:permission="com.ex.C2D"/>
    <provider android:name=".Prov" android:authorities="com.ex.files" android:grantUriPermissions="true"/>
  </application>
  <application android:name=".Second"/>
  <activity android:name=".Outside"/>
</manifest>`
	m := mustPlain(t, doc)
	if m.Package != "com.ex" || m.VersionCode != 1<<32|5 || m.VersionName != "2.0" || m.CompileSdk != 34 {
		t.Errorf("header = %q %d %q %d", m.Package, m.VersionCode, m.VersionName, m.CompileSdk)
	}
	if m.MinSdk != 21 || m.TargetSdk != 31 || m.MaxSdk != 34 || m.InstallLocation != "preferExternal" || m.SharedUserID != "com.ex.shared" {
		t.Errorf("sdk/install = %d %d %d %q %q", m.MinSdk, m.TargetSdk, m.MaxSdk, m.InstallLocation, m.SharedUserID)
	}
	wantPerms := []Permission{
		{Name: "android.permission.CAMERA", Dangerous: true},
		{Name: "android.permission.INTERNET", MaxSdk: 28},
		{Name: "android.permission.POST_NOTIFICATIONS", Sdk23: true, Dangerous: true},
	}
	if !slices.Equal(m.UsesPermissions, wantPerms) {
		t.Errorf("uses-permission = %+v", m.UsesPermissions)
	}
	if len(m.Permissions) != 1 || m.Permissions[0].ProtectionLevel != "signature" {
		t.Errorf("permissions = %+v", m.Permissions)
	}
	if len(m.UsesFeatures) != 1 || m.UsesFeatures[0].Required {
		t.Errorf("features = %+v", m.UsesFeatures)
	}
	if !slices.Equal(m.Queries.Packages, []string{"com.other"}) || len(m.Queries.Intents) != 1 {
		t.Errorf("queries = %+v", m.Queries)
	}
	a := m.Application
	if a.Name != "com.ex.App" || a.Label != "Ex" || a.Process != "com.ex:main" {
		t.Errorf("application = %q %q %q", a.Name, a.Label, a.Process)
	}
	if a.Debuggable != (OptBool{true, true}) || a.AllowBackup != (OptBool{false, true}) || a.TestOnly.Set || a.UsesCleartextTraffic.Or(true) {
		t.Errorf("application flags = %+v", a)
	}
	if len(a.MetaData) != 1 || a.MetaData[0].Value != "ca-app-pub-1" {
		t.Errorf("meta-data = %+v", a.MetaData)
	}
	type row struct {
		kind, name       string
		exported, expl   bool
		enabled, missing bool
		filters          int
	}
	var got []row
	for _, c := range m.Components {
		got = append(got, row{c.Kind, c.Name, c.Exported, c.ExportedExplicit, c.Enabled, c.MissingExported, len(c.IntentFilters)})
	}
	want := []row{
		{"activity", "com.ex.Main", true, false, true, true, 1},
		{"activity", "com.ex.Second", false, true, false, false, 0},
		{"activity", "org.lib.Third", false, false, true, false, 0}, // action-less filter dropped
		{"activity-alias", "com.ex.Alias", true, true, true, false, 0},
		{"service", "com.ex.Svc", true, false, true, true, 1}, // services keep action-less filters
		{"receiver", "com.ex.Rx", true, true, true, false, 0},
		{"provider", "com.ex.Prov", false, false, true, false, 0},
	}
	if !slices.Equal(got, want) {
		t.Errorf("components:\n got %+v\nwant %+v", got, want)
	}
	if c := m.Components[3]; c.TargetActivity != "com.ex.Main" {
		t.Errorf("alias target = %q", c.TargetActivity)
	}
	if c := m.Components[4]; c.Process != "com.ex:bg" || c.IntentFilters[0].Data[0] != (IntentData{Scheme: "https", Host: "ex.com", PathPrefix: "/p"}) {
		t.Errorf("service = %+v", c)
	}
	if c := m.Components[6]; !c.GrantUriPermissions || c.Process != "com.ex:main" {
		t.Errorf("provider = %+v", c)
	}
	for _, w := range []string{"plain-text manifest", "more than one <application>", "without actions ignored", "refuses to install"} {
		if !slices.ContainsFunc(m.Warnings, func(e error) bool { return strings.Contains(e.Error(), w) }) {
			t.Errorf("no warning containing %v in %q", w, m.Warnings)
		}
	}
}

func TestLenientValues(t *testing.T) {
	m := mustPlain(t, `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="p">
  <uses-sdk android:minSdkVersion="0x10" android:targetSdkVersion="Tiramisu"/>
  <application android:enabled="false" android:debuggable="maybe"><service android:name="S"/></application></manifest>`)
	if m.MinSdk != 16 || m.TargetSdk != curDevelopment || m.TargetSdkCodename != "Tiramisu" {
		t.Errorf("sdk = %d %d %q", m.MinSdk, m.TargetSdk, m.TargetSdkCodename)
	}
	if m.Application.Debuggable.Set {
		t.Errorf("debuggable=maybe should be unset")
	}
	if c := m.Components[0]; c.Enabled || c.Name != "p.S" {
		t.Errorf("component = %+v; app disabled must disable it", c)
	}
	if len(m.Warnings) < 3 {
		t.Errorf("warnings = %v", m.Warnings)
	}
}

func TestParseManifestErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", ErrTruncated},
		{"binary-truncated", "\x03\x00\x08\x00\xff\xff\xff\xff\x01\x00", ErrTruncated},
		{"text-no-elements", "<?xml version='1.0'?>", ErrNoManifest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseManifest([]byte(tt.data), nil)
			if err == nil || m != nil {
				t.Fatalf("got (%v, %v), want error", m, err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "axml: ") {
				t.Errorf("error %q lacks axml: prefix", err)
			}
		})
	}
}

func TestNamingHelpers(t *testing.T) {
	for _, tt := range []struct{ pkg, in, want string }{
		{"a.b", ".Foo", "a.b.Foo"}, {"a.b", "Foo", "a.b.Foo"}, {"a.b", "x.Foo", "x.Foo"}, {"a.b", "", ""},
	} {
		if got := className(tt.pkg, tt.in); got != tt.want {
			t.Errorf("className(%q, %q) = %q, want %q", tt.pkg, tt.in, got, tt.want)
		}
	}
	if processName("a", "d", ":x") != "a:x" || processName("a", "d", "") != "d" || processName("a", "d", "g.p") != "g.p" {
		t.Error("processName")
	}
	if ProtectionLevelString(0x12) != "signature|privileged" || ProtectionLevelString(1) != "dangerous" {
		t.Errorf("ProtectionLevelString(0x12) = %q", ProtectionLevelString(0x12))
	}
}
