package axml

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	abapk "github.com/shogo82148/androidbinary/apk"
)

// androidbinaryHostile are corpus files built to break manifest parsers;
// androidbinary misreads them (DESIGN.md: "Manifest and resources: apkparser"),
// so they are no oracle for us.
var androidbinaryHostile = []string{
	"fdroid_issue-1128-poc1.apk", // attribute names renamed in the string pool
	"androguard_multidex.apk",    // no manifest
	"androguard_Invalid.apk",     // broken manifest
}

// TestAndroidbinaryAgrees uses github.com/shogo82148/androidbinary as a
// second, independent oracle (aapt is the first): on every well-formed
// corpus APK, the package, version, SDK levels and requested permissions it
// reads must equal ours. It runs with a deadline, since androidbinary has no
// budgets of its own.
func TestAndroidbinaryAgrees(t *testing.T) {
	compared := 0
	for _, p := range corpusAPKs(t) {
		if slices.Contains(androidbinaryHostile, filepath.Base(p)) {
			continue
		}
		ent := readEntries(t, p, "AndroidManifest.xml", "resources.arsc")
		if ent["AndroidManifest.xml"] == nil {
			continue
		}
		var res *Resources
		if data := ent["resources.arsc"]; data != nil {
			res, _ = ParseResources(data)
		}
		ours, err := ParseManifest(ent["AndroidManifest.xml"], res)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(p), err)
			continue
		}
		theirs, err := androidbinaryManifest(p)
		if err != nil {
			t.Logf("%s: androidbinary: %v (not compared)", filepath.Base(p), err)
			continue
		}
		compared++
		name := filepath.Base(p)
		check := func(what string, got, want any) {
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: %s = %v, androidbinary says %v", name, what, got, want)
			}
		}
		check("package", ours.Package, theirs.Package.MustString())
		check("versionName", ours.VersionName, theirs.VersionName.MustString())
		if vc, err := theirs.VersionCode.Int32(); err == nil {
			check("versionCode", ours.VersionCode, vc)
		}
		if v, err := theirs.SDK.Min.Int32(); err == nil && ours.MinSdkSet {
			check("minSdk", ours.MinSdk, v)
		}
		if v, err := theirs.SDK.Target.Int32(); err == nil && ours.TargetSdkSet {
			check("targetSdk", ours.TargetSdk, v)
		}
		var want, got []string
		for _, up := range theirs.UsesPermissions {
			want = append(want, up.Name.MustString())
		}
		for _, up := range ours.UsesPermissions {
			if !up.Sdk23 {
				got = append(got, up.Name)
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		check("uses-permission", slices.Compact(got), slices.Compact(want))
	}
	if compared < 20 {
		t.Errorf("androidbinary read only %d corpus manifests; want at least 20", compared)
	}
	t.Logf("%d manifests compared with androidbinary", compared)
}

// androidbinaryManifest reads p with androidbinary under a deadline and
// recover: a hang or panic there is an error, not a stuck test.
func androidbinaryManifest(p string) (m abapk.Manifest, err error) {
	type result struct {
		m   abapk.Manifest
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("panic: %v", r)}
			}
		}()
		k, err := abapk.OpenFile(p)
		if err != nil {
			done <- result{err: err}
			return
		}
		defer k.Close()
		done <- result{m: k.Manifest()}
	}()
	select {
	case r := <-done:
		return r.m, r.err
	case <-time.After(10 * time.Second):
		return m, fmt.Errorf("no answer in 10 s")
	}
}
