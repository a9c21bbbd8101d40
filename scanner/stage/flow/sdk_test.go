package flow

import "testing"

// TestSDKOf: code is an SDK's when a library or tracker prefix names it, or
// when its package names someone other than the app; obfuscated packages
// and the app vendor's other packages stay the app's own.
func TestSDKOf(t *testing.T) {
	e := &engine{
		appPkgs: []string{"Lorg/example/browser/"},
		r:       &compiled{libraryPfx: []string{"Lokhttp3/"}, trackerPfx: []string{"Lcom/sensorsdata/"}},
	}
	tests := []struct{ cls, want string }{
		{"Lorg/example/browser/ui/Tab;", ""},
		{"Lokhttp3/OkHttpClient;", "Lokhttp3/"},
		{"Lcom/sensorsdata/analytics/android/sdk/SensorsDataAPI;", "Lcom/sensorsdata/"},
		{"Lcom/tencent/bugly/crashreport/b;", "Lcom/tencent/bugly/"},
		{"Lio/sentry/core/Hub;", "Lio/sentry/core/"},
		{"Lorg/example/stats/Collector;", ""}, // the app vendor's own package
		{"Lb/a;", ""},                         // R8 moved it: nobody's name
		{"La/b/cd/e;", ""},
		{"Lmain;", ""}, // the default package
		{"Lorg/other/stats/Collector;", "Lorg/other/stats/"},
		{"Lab/cde/f;", "Lab/cde/"},
	}
	for _, tc := range tests {
		if got := e.sdkOf(tc.cls); got != tc.want {
			t.Errorf("sdkOf(%s) = %q, want %q", tc.cls, got, tc.want)
		}
	}
	if got := (&engine{r: e.r}).sdkOf("Lcom/tencent/bugly/b;"); got != "" {
		t.Errorf("without a manifest every class is app code, got %q", got)
	}
}

// TestSDKObject: an event object of a bundled tracker SDK, whose code is a
// black box to the app's, holds what the app puts into it, whether the
// setter's result is used (chained) or not (testdata/sdkobject: Umeng, a
// tracker prefix here).
func TestSDKObject(t *testing.T) {
	res := analyzeSmaliDexOpts(t, "sdkobject", activityManifest("org.apkscan.test.so.Main"), Options{TrackerPrefixes: testTrackers})
	n := 0
	for _, f := range res.Findings {
		if f.Rule == "flow-leak" && f.Evidence[1].Value == "Lcom/umeng/analytics/MobclickAgent;->onEventObject" {
			n++
			checkSteps(t, "sdkobject", f)
		}
	}
	if n != 2 {
		t.Errorf("%d leaks to onEventObject, want 2 (the chained and the unchained event)", n)
	}
}
