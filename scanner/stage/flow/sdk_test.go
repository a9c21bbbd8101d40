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
