package scanner

import (
	"bufio"
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/apkscan/apkscan/"

// notLayered are packages outside the layers: the main package, test
// helpers and developer tools.
var notLayered = []string{"cmd/apkscan", "scanner/internal/pbxml", "scanner/internal/hostile", "scanner/internal/hostile/gen", "samples", "scripts/benchtable", "rules/exodus/cmd/exodus-import"}

// TestImportLayers holds the code to DESIGN.md's import table: every
// package is in it, and imports exactly the packages of ours it lists, so
// that imports only point the way the table shows.
func TestImportLayers(t *testing.T) {
	want := designImports(t, "../DESIGN.md")
	err := filepath.WalkDir("..", func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if name := d.Name(); dir != ".." && (strings.HasPrefix(name, ".") || name == "testdata") {
			return fs.SkipDir
		}
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			return nil // no Go files for this platform
		}
		rel := filepath.ToSlash(strings.TrimPrefix(dir, "../"))
		if slices.Contains(notLayered, rel) {
			return nil
		}
		allowed, ok := want[rel]
		if !ok {
			t.Errorf("%s is not in DESIGN.md's import table", rel)
			return nil
		}
		var got []string
		for _, imp := range pkg.Imports {
			if strings.HasPrefix(imp, module) {
				got = append(got, strings.TrimPrefix(imp, module))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, allowed) {
			t.Errorf("%s imports %v; DESIGN.md's table says %v", rel, got, allowed)
		}
		delete(want, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for p := range want {
		t.Errorf("DESIGN.md's import table lists %s, which is no package", p)
	}
}

// designImports reads the table rows `| `pkg` | job | imports |`. An
// import written without a leading scanner/, rules or cmd/ is under
// scanner/ (`read/apk` is scanner/read/apk).
func designImports(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cells := strings.Split(sc.Text(), "|")
		if len(cells) != 5 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		pkg := strings.Trim(strings.TrimSpace(cells[1]), "`")
		imports := []string{}
		for _, imp := range strings.Split(cells[3], ",") {
			imp = strings.Trim(strings.TrimSpace(imp), "`")
			if imp == "" || imp == "–" {
				continue
			}
			if imp != "scanner" && !strings.HasPrefix(imp, "scanner/") && !strings.HasPrefix(imp, "rules") && !strings.HasPrefix(imp, "cmd/") {
				imp = "scanner/" + imp
			}
			imports = append(imports, imp)
		}
		slices.Sort(imports)
		out[pkg] = imports
	}
	if len(out) < 10 {
		t.Fatalf("%s: found %d rows of the import table", path, len(out))
	}
	return out
}
