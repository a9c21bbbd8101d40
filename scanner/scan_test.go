package scanner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

const corpus = "../../shared/corpus"

func newScanner(t testing.TB) *Scanner {
	t.Helper()
	s := New(Config{Version: "test"})
	if err := s.Ready(); err != nil {
		t.Fatal(err)
	}
	return s
}

func scanCorpus(t *testing.T, s *Scanner, name string) *finding.Result {
	t.Helper()
	p := filepath.Join(corpus, "apk", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available (%s)", p)
	}
	r, err := s.Scan(context.Background(), p)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

// trackers maps tracker name to its strongest evidence level.
func trackers(r *finding.Result) map[string]string {
	out := map[string]string{}
	for _, f := range r.Findings {
		if f.Tracker != nil {
			out[f.Tracker.Name] = f.Tracker.Evidence
		}
	}
	return out
}

// present reports an evidence level that means the SDK's code is in the app.
func present(level string) bool {
	return level == finding.EvidenceCalled || level == finding.EvidenceDefinedClasses
}

// TestCorpusFacts pins what the issue asks the scan to find in real apps.
func TestCorpusFacts(t *testing.T) {
	s := newScanner(t)
	t.Run("sensorsdata", func(t *testing.T) {
		r := scanCorpus(t, s, "sensorsdata_demo-release.apk")
		// The demo app initialises the SDK from its Application class.
		if got := trackers(r)["Sensors Analytics"]; got != finding.EvidenceCalled {
			t.Errorf("Sensors Analytics evidence = %q, want called", got)
		}
		var endpoint bool
		for _, f := range r.Findings {
			for _, e := range f.Evidence {
				if f.Category == "endpoint" && strings.Contains(e.Value, "sdkdebugtest.datasink.sensorsdata.cn/sa?project=") && e.Method != "" && e.Offset != nil {
					endpoint = true
				}
			}
		}
		if !endpoint {
			t.Error("no endpoint finding for sdkdebugtest.datasink.sensorsdata.cn/sa?project= with its method and offset")
		}
	})
	t.Run("countly", func(t *testing.T) {
		tr := trackers(scanCorpus(t, s, "countly_app-release.apk"))
		for _, name := range []string{"Countly", "Google Firebase Analytics"} {
			if !present(tr[name]) {
				t.Errorf("%s evidence = %q, want called or defined-classes (all: %v)", name, tr[name], tr)
			}
		}
	})
	t.Run("a2dp no tracker", func(t *testing.T) {
		if tr := trackers(scanCorpus(t, s, "androguard_a2dp.Vol_137.apk")); len(tr) != 0 {
			t.Errorf("trackers on a negative control: %v", tr)
		}
	})
	t.Run("flurry", func(t *testing.T) {
		tr := trackers(scanCorpus(t, s, "flurry_FlurryTest.apk"))
		if !present(tr["Flurry"]) {
			t.Errorf("Flurry evidence = %q, want called or defined-classes", tr["Flurry"])
		}
		for _, name := range []string{"Inmobi", "Google AdMob"} {
			if tr[name] != finding.EvidenceReferencedTypes {
				t.Errorf("%s evidence = %q, want referenced-types only (all: %v)", name, tr[name], tr)
			}
		}
	})
}

// TestNoManifestIsInputError: exit-3 material with partial results.
func TestNoManifestIsInputError(t *testing.T) {
	p := filepath.Join(corpus, "apk", "androguard_multidex.apk")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available (%s)", p)
	}
	r, err := newScanner(t).Scan(context.Background(), p)
	var ie *app.InputError
	if !errors.As(err, &ie) || !errors.Is(err, app.ErrNotAPK) {
		t.Fatalf("err = %v, want an InputError wrapping ErrNotAPK", err)
	}
	if r == nil || r.Target.DexFiles != 2 {
		t.Fatalf("partial result = %+v, want the two dex files read", r)
	}
	// Not an app: no rule speaks about it, though its dex files were read.
	if len(r.Findings) != 0 || len(r.Diagnostics) == 0 || r.Diagnostics[len(r.Diagnostics)-1].Severity != finding.DiagError {
		t.Errorf("findings %v, diagnostics %v; want none, and the error said", r.Findings, r.Diagnostics)
	}
}

// TestPartialReadIsInputError: an app cut short (a truncated download)
// keeps the findings of what was read, but the scan says which part was
// lost with an InputError, so that no gate passes on it.
func TestPartialReadIsInputError(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(corpus, "apk", "countly_app-release.apk"))
	if err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	cut := filepath.Join(t.TempDir(), "cut.apk")
	if err := os.WriteFile(cut, data[:400_000], 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := newScanner(t).Scan(context.Background(), cut)
	var pe *PartialReadError
	if !IsInputError(err) || !errors.As(err, &pe) || !slices.Contains(pe.Parts, "classes.dex") {
		t.Fatalf("err = %v, want an InputError naming classes.dex", err)
	}
	if r == nil || len(r.Findings) == 0 {
		t.Errorf("result %v: the findings of what was read are lost", r)
	}
	if _, err := newScanner(t).Scan(context.Background(), filepath.Join(corpus, "apk", "countly_app-release.apk")); err != nil {
		t.Errorf("the whole app: %v", err)
	}
	// Only the central directory cut off: every entry is still there in
	// its local header, but nothing says the archive had no more.
	tail := filepath.Join(t.TempDir(), "tail.apk")
	if err := os.WriteFile(tail, data[:len(data)-2000], 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := newScanner(t).Scan(context.Background(), tail); !errors.As(err, &pe) || r == nil || len(r.Findings) == 0 {
		t.Errorf("central directory cut off: err = %v, want a PartialReadError with the findings kept", err)
	}
}

// corpusApps lists the shared corpus's apps and bundles, skipping t when
// the corpus is not there.
func corpusApps(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpus, "*", "*.a*"))
	if len(paths) == 0 {
		t.Skipf("shared corpus not available at %s", corpus)
	}
	return paths
}

// TestEveryCorpusAppScans scans every real app in the shared corpus: no
// panic, and only the known non-apps fail.
func TestEveryCorpusAppScans(t *testing.T) {
	paths := corpusApps(t)
	s := newScanner(t)
	for _, p := range paths {
		r, err := s.Scan(context.Background(), p)
		if r == nil {
			t.Errorf("%s: no result: %v", p, err)
			continue
		}
		if err != nil && !strings.Contains(p, "androguard_multidex") {
			t.Errorf("%s: %v", p, err)
		}
	}
}
