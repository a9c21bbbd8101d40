package rules

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no rule file, however malformed, panics the loader,
// and that a file either loads or reports at least one problem.
func FuzzParse(f *testing.F) {
	_ = fs.WalkDir(builtinFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, err := builtinFS.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
		return nil
	})
	invalid, _ := filepath.Glob(filepath.Join("testdata", "invalid", "*.yaml"))
	for _, p := range invalid {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("schema: 1\nrules: &a [*a]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := Parse("fuzz.yaml", data)
		if err == nil && len(data) > 0 {
			// What loaded once loads again: nothing depends on map order.
			if _, err := Parse("again.yaml", data); err != nil {
				t.Fatalf("non-deterministic: %v", err)
			}
		}
		if set == nil {
			return
		}
		for _, r := range set.Rules {
			if (r.Match == nil) == (r.CodePath == nil) || r.ID == "" {
				t.Fatalf("rule without id, or not with exactly one of match and code-path, loaded: %+v", r)
			}
		}
	})
}
