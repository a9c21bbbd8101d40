package scanner

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkScanRules times a rules-only scan (no code paths) of corpus APKs
// of different shapes, the figure the README compares with the Exodus method.
func BenchmarkScanRules(b *testing.B) {
	s := New(Config{Version: "bench", NoCodePaths: true})
	if err := s.Ready(); err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{
		"apk/matomo_demo_app-debug.apk",
		"apk/androguard_a2dp.Vol_137.apk",
		"apk/countly_app-release.apk",
		"apk/androguard_hello-world.apk",
		"apk/sensorsdata_demo-release.apk",
		"browsers/xzx482_apks_via.apk",
		"browsers/CookieJarApps_SmartCookieWeb_app-release.apk",
		"browsers/anthonycr_Lightning-Browser_BrowserActivity.apk",
		"apk/npm-io.appium.settings-8.0.10.apk",
	} {
		p := filepath.Join(corpus, name)
		if _, err := os.Stat(p); err != nil {
			b.Skipf("shared corpus not available (%s)", p)
		}
		b.Run(filepath.Base(name), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Scan(context.Background(), p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
