package axml

import (
	"testing"
)

const frameworkRes = "/usr/share/android-framework-res/framework-res.apk"

// TestDangerousTableCoversFramework parses the platform manifest of the
// installed framework-res.apk (Android 10 on Debian) with ParseManifest and
// checks that every permission it declares as dangerous is in our table,
// and that nothing it declares otherwise is.
func TestDangerousTableCoversFramework(t *testing.T) {
	ent := readEntries(t, skipIfMissing(t, frameworkRes), "AndroidManifest.xml", "resources.arsc")
	res, err := ParseResources(ent["resources.arsc"])
	if err != nil {
		t.Fatalf("ParseResources(framework-res): %v", err)
	}
	m, err := ParseManifest(ent["AndroidManifest.xml"], res)
	if err != nil {
		t.Fatalf("ParseManifest(framework-res): %v", err)
	}
	if m.Package != "android" || len(m.Permissions) < 100 {
		t.Fatalf("framework manifest: package %q, %d permissions", m.Package, len(m.Permissions))
	}
	dangerous := 0
	for _, p := range m.Permissions {
		isD := p.ProtectionFlags&0xf == 1
		if isD {
			dangerous++
		}
		if isD != IsDangerous(p.Name) {
			t.Errorf("%s: framework protectionLevel %s, IsDangerous = %v", p.Name, p.ProtectionLevel, IsDangerous(p.Name))
		}
	}
	if dangerous < 25 {
		t.Errorf("only %d dangerous permissions found in framework-res", dangerous)
	}
}

func TestIsDangerous(t *testing.T) {
	for name, want := range map[string]bool{
		"android.permission.POST_NOTIFICATIONS":          true,
		"android.permission.READ_MEDIA_IMAGES":           true,
		"android.permission.BLUETOOTH_CONNECT":           true,
		"android.permission.health.READ_HEART_RATE":      true,
		"android.permission.INTERNET":                    false,
		"android.permission.READ_PRIVILEGED_PHONE_STATE": false,
		"com.example.permission.CAMERA":                  false,
	} {
		if IsDangerous(name) != want {
			t.Errorf("IsDangerous(%q) = %v, want %v", name, !want, want)
		}
	}
}
