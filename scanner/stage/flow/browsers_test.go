package flow

import (
	"path/filepath"
	"testing"
)

// TestBrowsers runs the three real browsers of ../shared/corpus/browsers.
// Manual analysis (MANIFEST.tsv there) found an incognito mode in each and
// no incognito bypass: each guards history, or sends no browsing data to
// a tracker or server. The analysis must see their incognito checks
// (including via's obfuscated 'incognitoMode' preference) and report no
// incognito-bypass, no browsing-data and no weak-encoding finding.
func TestBrowsers(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "..", "shared", "corpus", "browsers")
	for _, tc := range []struct {
		file      string
		incognito string // a class whose incognito read must be seen
	}{
		{"anthonycr_Lightning-Browser_BrowserActivity.apk", "Lacr/browser/barebones/SearchAdapter;"},
		{"CookieJarApps_SmartCookieWeb_app-release.apk", "Lcom/cookiegames/smartcookie/view/BeHeView;"},
		{"xzx482_apks_via.apk", "Lmark/via/i/f/c;"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			res := analyzeFile(t, filepath.Join(dir, tc.file))
			seen := false
			for _, ev := range res.Incognito {
				seen = seen || ev.Class == tc.incognito
			}
			if !seen {
				t.Errorf("no incognito read in %s; saw %v", tc.incognito, res.Incognito)
			}
			for _, f := range res.Findings {
				if f.Category != CategoryLeak {
					t.Errorf("unexpected %s finding: %s", f.Category, f.Message)
				}
			}
			if res.Truncated {
				t.Error("analysis truncated")
			}
			t.Logf("%+v, %d findings, %d incognito reads", res.Stats, len(res.Findings), len(res.Incognito))
		})
	}
}
