package flow

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// oneLine renders findings one line each: category, source, sink.
func oneLine(res *Result) []string {
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
		for i, s := range oneLine(res) {
			t.Log("  ", s)
			for _, st := range res.Findings[i].Path {
				t.Logf("        %-7s %s.%s @%d %s [%s -> %s] %s", st.Kind, st.Class, st.Method, off(st.Evidence), st.Value, st.From, st.To, st.Inst)
			}
		}
		for _, ev := range res.Incognito {
			t.Logf("   incognito read: %s.%s @%d %s", ev.Class, ev.Method, off(ev), ev.Value)
		}
	}
}

// TestTrace prints every witness-search node visited in $FLOW_TRACE_APK
// whose method key contains $FLOW_TRACE; a debugging aid.
func TestTrace(t *testing.T) {
	p, sub := os.Getenv("FLOW_TRACE_APK"), os.Getenv("FLOW_TRACE")
	if p == "" {
		t.Skip("set FLOW_TRACE_APK (and FLOW_TRACE) to trace the witness search")
	}
	traceVisit = func(s *search, n int32) {
		k := s.nodes[n].k
		if k.m == nil || !strings.Contains(k.m.key(), sub) {
			return
		}
		in := ""
		if int(k.i) < len(k.m.insts) {
			in = k.m.inst(int(k.i)).Text(k.m.file)
		}
		t.Logf("root=%v src=%d n=%d m=%s i=%d reg=%d fld=%d fl=%x | %s", s.root, s.src, n, k.m.name, k.i, k.reg, k.fld, k.flags, in)
	}
	defer func() { traceVisit = nil }()
	analyzeFile(t, p)
}
