package flow

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// TestLibraryOnlyFlowsNotReported: Branch's test-bed bundle ships Play
// services, whose ad SDK reads the advertising id and logs or sends it in
// its own code (hundreds of such flows). None may be a headline finding:
// a flow whose source and sink lie in one library is grouped under it at
// low severity. (Hand-labelled from the bytecode, every flow the engine
// once reported there from AdMob into Branch code was unconnected: the
// source was not on the path.)
func TestLibraryOnlyFlowsNotReported(t *testing.T) {
	p := filepath.Join("../../../../shared/corpus/aab", "BranchMetrics_android-branch-deep-linking-attribution_Branch-SDK-TestBed-release.aab")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus not available (%s)", p)
	}
	a, err := app.Load(p, app.Options{})
	if a == nil {
		t.Fatal(err)
	}
	defer a.Close()
	spec := builtinRules(t)
	res, err := Analyze(context.Background(), a, spec, Options{TrackerPrefixes: []string{"io.branch"}})
	if err != nil {
		t.Fatal(err)
	}
	lib := func(cls string) bool {
		for _, p := range spec.CodePaths.LibraryPackages {
			if strings.HasPrefix(cls, p) {
				return true
			}
		}
		return false
	}
	for _, f := range res.Findings {
		var src, sink string
		for _, s := range f.Path {
			switch s.Kind {
			case "source":
				src = s.Class
			case "sink":
				sink = s.Class
			}
		}
		if lib(src) && lib(sink) && (f.Severity != finding.SeverityLow || f.Flow == nil || f.Flow.Pairs == 0) {
			t.Errorf("library-only flow reported as a headline: %s (%s -> %s)", f.Message, src, sink)
		}
	}
}
