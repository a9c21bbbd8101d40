package scanner

import (
	"context"
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/flow"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// codePaths is the code-path stage: it runs the flow engine with the SDK
// packages of every tracker found with defined classes (their methods are
// tracking sinks), adds its findings, and raises a tracker's evidence to
// `called` when app code reaches the SDK.
func (s *Scanner) codePaths(ctx context.Context, a *app.App, res *finding.Result) error {
	prefixes := map[string][]string{} // rule id → package prefixes
	var all []string
	for _, f := range res.Findings {
		if f.Tracker == nil || f.Tracker.Evidence != finding.EvidenceDefinedClasses {
			continue
		}
		if r := s.byID[f.Rule]; r != nil {
			ps := packagePrefixes(r.Match)
			prefixes[f.Rule] = ps
			all = append(all, ps...)
		}
	}
	slices.Sort(all)
	fr, err := flow.Analyze(ctx, a, s.rules, flow.Options{TrackerPrefixes: slices.Compact(all)})
	if fr == nil {
		return err
	}
	res.Diagnostics = append(res.Diagnostics, fr.Diagnostics...)
	if fr.Truncated {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{Severity: finding.DiagWarning,
			Message: "code-path analysis stopped at its step budget: code-path findings may be incomplete"})
	}
	res.Findings = append(res.Findings, fr.Findings...)
	res.IncognitoChecks = fr.Incognito
	for i := range res.Findings {
		if res.Findings[i].Tracker == nil {
			continue
		}
		if slices.ContainsFunc(prefixes[res.Findings[i].Rule], func(p string) bool { return fr.Called[p] }) {
			match.MarkCalled(&res.Findings[i])
		}
	}
	return err
}

// packagePrefixes collects the `package` matcher values of a rule: the
// packages whose defined classes make the tracker present.
func packagePrefixes(c *rules.Cond) []string {
	if c == nil {
		return nil
	}
	var out []string
	if c.Op == rules.OpPackage {
		out = append(out, c.Values...)
	}
	for _, a := range c.Args {
		if a != nil && a.Op != rules.OpNot {
			out = append(out, packagePrefixes(a)...)
		}
	}
	return out
}
