package match

import (
	"testing"

	"github.com/apkscan/apkscan/scanner/stage/index"
)

// FuzzMatchString runs arbitrary strings through every builtin string
// matcher (hosts, URL paths, substrings), which scan untrusted app text.
func FuzzMatchString(f *testing.F) {
	e := builtinEngine(f)
	for _, s := range []string{
		"https://sa.api.intl.miui.com/sa?project=x", "://", "a://b@c:d/e?f#g", "data.mistat.xiaomi.com.",
		"-.app-measurement.com-", "http://[::1]:80/sa?project=", "android_id",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := e.Match(&index.Facts{Strings: []index.StringFact{{Value: s, Loc: index.Location{Offset: -1}}}})
		for _, fd := range fs {
			if fd.ID == "" || len(fd.Evidence) > MaxEvidence {
				t.Fatalf("bad finding %+v", fd)
			}
		}
	})
}

func FuzzGlob(f *testing.F) {
	f.Add("*/MdidSdkHelper;", "Lcom/bun/miitmdid/core/MdidSdkHelper;")
	f.Add("a*b*c*d*e*", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")
	f.Fuzz(func(t *testing.T, pattern, s string) {
		if glob(pattern, s) && pattern == "" && s != "" {
			t.Fatalf("empty pattern matched %q", s)
		}
		if !glob("*", s) {
			t.Fatalf("* did not match %q", s)
		}
	})
}
