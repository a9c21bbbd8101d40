package index

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/apkscan/apkscan/scanner/stage/app"
)

func loadCorpus(tb testing.TB, name string) *app.App {
	tb.Helper()
	p := filepath.Join("../../../../shared/corpus/apk", name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared corpus not available (%s)", p)
	}
	a, err := app.Load(p, app.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// BenchmarkBuild measures fact extraction alone on the largest corpus APK.
func BenchmarkBuild(b *testing.B) {
	a := loadCorpus(b, "sensorsdata_demo-release.apk")
	defer a.Close()
	b.ReportAllocs()
	for b.Loop() {
		Build(a, Options{})
	}
}
