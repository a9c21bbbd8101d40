package scanner

import (
	"os"
	"strings"
	"testing"
)

// FuzzParseProject: any bytes give a project or an error naming the file,
// never a panic; a project that parses has only checked ignore entries.
func FuzzParseProject(f *testing.F) {
	if b, err := os.ReadFile("../docs/ci/apkscan.example.yaml"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{"", "fail-on: high\n", "ignore:\n  - rule: x\n   reason: y\n", "ignore: [{id: a, reason: r, expires: 2030-01-01}]",
		"disable: [a, b]\nrules: [x]\n", "a: &x [*x]\n", "- - -\n", "ignore:\n  - {class: \"[\", reason: r}\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseProject("p.yaml", b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "p.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, e := range p.Ignore {
			if errs := e.Check(); errs != nil {
				t.Fatalf("an accepted entry fails its check: %v", errs)
			}
		}
	})
}
