package axml

import "testing"

func TestExportedDefault(t *testing.T) {
	var (
		unset = OptBool{}
		yes   = OptBool{Value: true, Set: true}
		no    = OptBool{Value: false, Set: true}
	)
	tests := []struct {
		name         string
		kind         string
		explicit     OptBool
		filters      bool
		target       int
		want, wantMi bool
	}{
		{"activity explicit true, no filter", KindActivity, yes, false, 30, true, false},
		{"activity explicit false, filter", KindActivity, no, true, 31, false, false},
		{"activity unset, no filter, t30", KindActivity, unset, false, 30, false, false},
		{"activity unset, filter, t30", KindActivity, unset, true, 30, true, false},
		{"activity unset, filter, t31 (install error on 12+)", KindActivity, unset, true, 31, true, true},
		{"activity unset, no filter, t31", KindActivity, unset, false, 31, false, false},
		{"alias unset, filter, t31", KindActivityAlias, unset, true, 31, true, true},
		{"alias explicit false, filter, t31", KindActivityAlias, no, true, 31, false, false},
		{"service unset, filter, t30", KindService, unset, true, 30, true, false},
		{"service unset, filter, t31", KindService, unset, true, 31, true, true},
		{"service explicit true, t31", KindService, yes, false, 31, true, false},
		{"receiver unset, no filter", KindReceiver, unset, false, 33, false, false},
		{"receiver unset, filter, t31", KindReceiver, unset, true, 31, true, true},
		{"receiver explicit false, filter", KindReceiver, no, true, 30, false, false},
		// Providers: default exported iff targetSdk < 17; filters never matter.
		{"provider unset, target 16", KindProvider, unset, false, 16, true, false},
		{"provider unset, target 17", KindProvider, unset, false, 17, false, false},
		{"provider unset, target 31 with filter", KindProvider, unset, true, 31, false, false},
		{"provider explicit false, target 16", KindProvider, no, false, 16, false, false},
		{"provider explicit true, target 30", KindProvider, yes, false, 30, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, mi := ExportedDefault(tt.kind, tt.explicit, tt.filters, tt.target)
			if got != tt.want || mi != tt.wantMi {
				t.Errorf("ExportedDefault = (%v, %v), want (%v, %v)", got, mi, tt.want, tt.wantMi)
			}
		})
	}
}

// TestProviderMinTargetSdk runs the provider rule through the whole
// manifest, where targetSdk defaults to minSdk.
func TestProviderMinTargetSdk(t *testing.T) {
	tests := []struct {
		usesSdk string
		want    bool
	}{
		{`<uses-sdk android:minSdkVersion="16"/>`, true},                                // target defaults to 16
		{`<uses-sdk android:minSdkVersion="17"/>`, false},                               // target defaults to 17
		{`<uses-sdk android:minSdkVersion="16" android:targetSdkVersion="17"/>`, false}, // AOSP code tests targetSdk only
		{`<uses-sdk android:minSdkVersion="14" android:targetSdkVersion="16"/>`, true},
		{``, true}, // no uses-sdk: min 1, target 1
	}
	for _, tt := range tests {
		t.Run(tt.usesSdk, func(t *testing.T) {
			m := mustPlain(t, manifestXML(tt.usesSdk, `<provider android:name=".P" android:authorities="a.b;c.d"/>`))
			c := m.Components[0]
			if c.Exported != tt.want || c.ExportedExplicit {
				t.Errorf("provider exported = %v (explicit %v), want %v", c.Exported, c.ExportedExplicit, tt.want)
			}
			if len(c.Authorities) != 2 {
				t.Errorf("authorities = %q", c.Authorities)
			}
		})
	}
}
