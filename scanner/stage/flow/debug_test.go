package flow

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// summary renders findings one line each: category, source, sink.
func summary(res *Result) []string {
	var out []string
	for _, f := range res.Findings {
		s, k := f.Evidence[0], f.Evidence[1]
		out = append(out, fmt.Sprintf("%s %s %s.%s -> %s @%s.%s", f.Category, f.Severity,
			short(s.Class), s.Value, short(k.Value), short(k.Class), k.Method))
	}
	return out
}

func short(s string) string {
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// TestDump prints what Analyze finds in the APKs named by $FLOW_APK
// (space-separated), with each finding's path; a debugging aid.
func TestDump(t *testing.T) {
	paths := os.Getenv("FLOW_APK")
	if paths == "" {
		t.Skip("set FLOW_APK to dump findings for APKs")
	}
	for _, p := range strings.Fields(paths) {
		res := analyzeFile(t, p)
		t.Logf("%s: %+v truncated=%v called=%v", p, res.Stats, res.Truncated, res.Called)
		for i, s := range summary(res) {
			t.Log("  ", s)
			for _, st := range res.Findings[i].Path {
				t.Logf("        %-6s %s.%s @%d %s", st.Kind, st.Class, st.Method, off(st.Evidence), st.Value)
			}
		}
		for _, ev := range res.Incognito {
			t.Logf("   incognito read: %s.%s @%d %s", ev.Class, ev.Method, off(ev), ev.Value)
		}
	}
}
