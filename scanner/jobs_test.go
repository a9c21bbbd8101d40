package scanner

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestJobsSameResult: a scan confined to one worker (every stage in turn,
// as `--jobs 1` runs a batch) gives the same result as one spread over
// several, for a plain APK, a bundle and a split set.
func TestJobsSameResult(t *testing.T) {
	scanners := map[int]*Scanner{}
	for _, jobs := range []int{1, 3} {
		scanners[jobs] = New(Config{Version: "test", Jobs: jobs})
	}
	for _, name := range []string{"apk/countly_app-release.apk", "aab/950824_BuglyTinkers_app.aab", "aab/mlevytskiy_Core_app.apks"} {
		p := filepath.Join(corpus, name)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("shared corpus not available (%s)", p)
		}
		one, err := scanners[1].Scan(context.Background(), p)
		if err != nil {
			t.Fatalf("%s, 1 worker: %v", name, err)
		}
		many, err := scanners[3].Scan(context.Background(), p)
		if err != nil {
			t.Fatalf("%s, 3 workers: %v", name, err)
		}
		if !reflect.DeepEqual(one, many) {
			t.Errorf("%s: results differ between 1 and 3 workers: %d/%d findings, %d/%d diagnostics", name,
				len(one.Findings), len(many.Findings), len(one.Diagnostics), len(many.Diagnostics))
		}
	}
}
