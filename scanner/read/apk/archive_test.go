package apk

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const corpusDir = "../../../../shared/corpus/apk"

func corpus(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(corpusDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available (%s): %v", p, err)
	}
	return p
}

// buildZip writes a zip with the given entries in order (names may repeat).
func buildZip(t testing.TB, entries ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(e[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDexFilesInLoaderOrder(t *testing.T) {
	a, err := Open(corpus(t, "npm-io.appium.settings-8.0.10.apk"), Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var names []string
	for _, e := range a.DexFiles() {
		names = append(names, e.Name)
	}
	want := "classes.dex classes2.dex classes3.dex classes4.dex classes5.dex classes6.dex classes7.dex classes8.dex classes9.dex"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("dex files = %s, want %s", got, want)
	}
}

func TestJanusPrependedDex(t *testing.T) {
	a, err := Open(corpus(t, "fdroid_janus.apk"), Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if a.Lookup("AndroidManifest.xml") == nil || len(a.DexFiles()) != 1 {
		t.Fatalf("janus: entries not read: %d entries", len(a.Entries))
	}
	if !hasDiag(a, "Janus") {
		t.Errorf("no Janus diagnostic: %v", a.Warnings)
	}
	data, err := a.Read(a.DexFiles()[0])
	if err != nil || !bytes.HasPrefix(data, []byte("dex\n")) {
		t.Errorf("classes.dex: err=%v, head=%q", err, data[:min(8, len(data))])
	}
}

// corpusAPKs lists every corpus APK, skipping the test without the corpus.
func corpusAPKs(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.apk"))
	if len(paths) == 0 {
		t.Skipf("shared corpus not available at %s", corpusDir)
	}
	return paths
}

func TestEveryCorpusAPKOpens(t *testing.T) {
	for _, p := range corpusAPKs(t) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a, err := Open(p, Budgets{})
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			for _, e := range a.Entries {
				if e.Kind == KindDir {
					continue
				}
				if _, err := a.Read(e); err != nil {
					t.Errorf("%s: %v", e.Path, err)
				}
			}
		})
	}
}

func TestNestedAPK(t *testing.T) {
	a, err := Open(corpus(t, "fdroid_apk.embedded_1.apk"), Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var nested int
	for _, e := range a.Entries {
		if e.Kind != KindNested || !strings.HasSuffix(e.Name, ".apk") {
			continue
		}
		n, err := a.OpenNested(e)
		if err != nil {
			t.Fatalf("%s: %v", e.Path, err)
		}
		nested++
		if n.Lookup("AndroidManifest.xml") == nil {
			t.Errorf("%s: nested APK has no manifest", e.Path)
		}
		if !strings.HasPrefix(n.Entries[0].Path, e.Path+"!") {
			t.Errorf("nested path %q lacks prefix %q", n.Entries[0].Path, e.Path+"!")
		}
	}
	if nested == 0 {
		t.Fatal("no nested APK found")
	}
}

func TestBudgetsAndBadInput(t *testing.T) {
	bomb := buildZip(t, [2]string{"classes.dex", strings.Repeat("A", 1<<20)})
	tests := []struct {
		name    string
		data    []byte
		budgets Budgets
		wantErr error // from Open, or from Read of the first entry
		read    bool
	}{
		{"not-a-zip", []byte("this is not a zip file at all"), Budgets{}, ErrNotZip, false},
		{"empty", nil, Budgets{}, ErrNotZip, false},
		{"entry-over-budget", bomb, Budgets{MaxEntrySize: 1000}, ErrBudget, true},
		{"total-over-budget", bomb, Budgets{MaxTotalSize: 4096}, ErrBudget, true},
		{"within-budget", bomb, Budgets{}, nil, true},
		{"truncated", bomb[:len(bomb)/2], Budgets{}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := OpenBytes(tt.data, tt.budgets)
			if !tt.read {
				if !errors.Is(err, tt.wantErr) && !(tt.wantErr == nil && err == nil) {
					t.Fatalf("Open err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			data, err := a.Read(a.Entries[0])
			if !errors.Is(err, tt.wantErr) && !(tt.wantErr == nil && err == nil) {
				t.Fatalf("Read err = %v, want %v", err, tt.wantErr)
			}
			if tt.budgets.MaxEntrySize > 0 && int64(len(data)) > tt.budgets.MaxEntrySize {
				t.Errorf("read %d bytes past the entry budget %d", len(data), tt.budgets.MaxEntrySize)
			}
			if err != nil && !strings.Contains(err.Error(), "classes.dex") {
				t.Errorf("error does not name the entry: %v", err)
			}
		})
	}
}

func TestTruncatedDiagnosed(t *testing.T) {
	z := buildZip(t, [2]string{"AndroidManifest.xml", "m"}, [2]string{"classes.dex", strings.Repeat("d", 5000)})
	a, err := OpenBytes(z[:len(z)-30], Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasDiag(a, "no readable central directory") {
		t.Errorf("truncated zip read without a diagnostic: %v", a.Warnings)
	}
	if a.Lookup("AndroidManifest.xml") == nil {
		t.Error("entries before the cut were not recovered")
	}
}

func TestDuplicateNamesDiagnosed(t *testing.T) {
	a, err := OpenBytes(buildZip(t, [2]string{"classes.dex", "first"}, [2]string{"classes.dex", "second"}), Budgets{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasDiag(a, "share this name") {
		t.Errorf("no duplicate-name diagnostic: %v", a.Warnings)
	}
}

func TestNestingDepth(t *testing.T) {
	inner := buildZip(t, [2]string{"classes.dex", "dex"})
	mid := buildZip(t, [2]string{"assets/inner.apk", string(inner)})
	outer := buildZip(t, [2]string{"assets/mid.apk", string(mid)})
	a, err := OpenBytes(outer, Budgets{MaxDepth: 1})
	if err != nil {
		t.Fatal(err)
	}
	m, err := a.OpenNested(a.Entries[0])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.OpenNested(m.Entries[0]); !errors.Is(err, ErrDepth) {
		t.Fatalf("depth 2 with MaxDepth 1: err = %v, want ErrDepth", err)
	}
}

func TestDexIndex(t *testing.T) {
	for name, want := range map[string]int{"classes.dex": 1, "classes2.dex": 2, "classes10.dex": 10, "classes1.dex": 0, "classes02.dex": 0, "classesx.dex": 0, "assets/classes.dex": 0, "classes.dex.bak": 0} {
		if got := DexIndex(name); got != want {
			t.Errorf("DexIndex(%q) = %d, want %d", name, got, want)
		}
	}
}

func hasDiag(a *Archive, substr string) bool {
	for _, w := range a.Warnings {
		if strings.Contains(w.Error(), substr) {
			return true
		}
	}
	return false
}
