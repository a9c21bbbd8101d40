package scanner

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// TestRules runs the examples of rs: the fact sets of rules over facts
// (stage/match), and the sample apps of code-path rules, each scanned from
// the samples folder (<samples>/<name>.apk) with the whole rule set with,
// as a scan would (the trackers it finds are the code-path stage's
// tracker sinks). The error lists each failing example at its file:line;
// skipped names each example whose app is not there.
func TestRules(rs []*rules.Rule, with *rules.Set, samples string) (skipped []string, err error) {
	errs := []error{match.RunExamples(rs)}
	var s *Scanner
	results := map[string]*finding.Result{}
	scan := func(name string) (*finding.Result, error) {
		if res, ok := results[name]; ok {
			return res, nil
		}
		if s == nil {
			s = &Scanner{done: make(chan struct{})}
			s.use(with)
			close(s.done)
		}
		res, err := s.Scan(context.Background(), filepath.Join(samples, name+".apk"))
		if err != nil {
			return nil, err
		}
		results[name] = res
		return res, nil
	}
	for _, r := range rs {
		if r.CodePath == nil {
			continue
		}
		for i, ex := range slices.Concat(r.Examples.MatchApps, r.Examples.NoMatchApps) {
			list, n := "match", i
			if i >= len(r.Examples.MatchApps) {
				list, n = "no-match", i-len(r.Examples.MatchApps)
			}
			app := filepath.Join(samples, ex.Sample+".apk")
			if _, err := os.Stat(app); err != nil {
				skipped = append(skipped, fmt.Sprintf("%s:%d: rule %s: %s example %d: %s not found", ex.Pos.File, ex.Pos.Line, r.ID, list, n, app))
				continue
			}
			res, err := scan(ex.Sample)
			if err != nil {
				errs = append(errs, appExampleErr(r, ex, list, n, fmt.Sprintf("could not be scanned: %v", err)))
				continue
			}
			got := appExampleFindings(res, r.ID, ex)
			switch {
			case list == "match" && len(got) == 0:
				errs = append(errs, appExampleErr(r, ex, list, n, "did not match: "+describeFlows(res, r.ID)))
			case list == "no-match" && len(got) > 0:
				errs = append(errs, appExampleErr(r, ex, list, n, "matched: "+describeFlows(res, r.ID)))
			}
		}
	}
	return skipped, errors.Join(errs...)
}

// appExampleFindings returns the findings of rule id in res that are what
// ex describes.
func appExampleFindings(res *finding.Result, id string, ex rules.AppExample) []finding.Finding {
	var out []finding.Finding
	for _, f := range res.Findings {
		if f.Rule != id || len(f.Evidence) < 2 {
			continue
		}
		if names(f.Evidence[0].Value, ex.Source) && names(f.Evidence[1].Value, ex.Sink) &&
			(ex.Severity == 0 || f.Severity == ex.Severity) {
			out = append(out, f)
		}
	}
	return out
}

// names reports whether an evidence value names api ("" names any): the
// value is the API, or the API followed by what more it says ("parameter
// 1", "on the stream of ...").
func names(value, api string) bool {
	return api == "" || value == api || strings.HasPrefix(value, api+" ")
}

// describeFlows says which findings of rule id res has, for a failing
// example's message.
func describeFlows(res *finding.Result, id string) string {
	var parts []string
	for _, f := range res.Findings {
		if f.Rule == id && len(f.Evidence) >= 2 {
			parts = append(parts, fmt.Sprintf("%s -> %s (%s)", f.Evidence[0].Value, f.Evidence[1].Value, f.Severity))
		}
	}
	switch {
	case len(parts) == 0:
		return "the app has no finding of the rule"
	case len(parts) > 3:
		parts = append(parts[:3], fmt.Sprintf("and %d more", len(parts)-3))
	}
	return "its findings are " + strings.Join(parts, "; ")
}

func appExampleErr(r *rules.Rule, ex rules.AppExample, list string, n int, what string) error {
	return &rules.Error{File: ex.Pos.File, Line: ex.Pos.Line,
		Msg: fmt.Sprintf("rule %s: %s example %d (%s) %s", r.ID, list, n, ex.Sample, what)}
}
