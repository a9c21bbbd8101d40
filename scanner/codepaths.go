package scanner

import (
	"context"
	"slices"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/attribute"
	"github.com/apkscan/apkscan/scanner/stage/flow"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// bundledSDKs lists the tracker SDKs whose classes the app defines, with
// the package prefixes of their rules.
func (s *Scanner) bundledSDKs(fs []finding.Finding) []attribute.SDK {
	var out []attribute.SDK
	for _, f := range fs {
		if f.Tracker == nil || f.Tracker.Evidence != finding.EvidenceDefinedClasses {
			continue
		}
		if r := s.byID[f.Rule]; r != nil {
			out = append(out, attribute.SDK{Rule: f.Rule, Name: f.Tracker.Name, Prefixes: packagePrefixes(r.Match)})
		}
	}
	return out
}

// codePaths is the code-path stage: it runs the flow engine with the
// bundled SDKs' packages (their methods are tracking sinks), adds its
// findings, and raises a tracker's evidence to `called` when app code
// reaches the SDK. It returns which fact findings' places an entry point
// reaches, or nil when the analysis could not tell (cut short).
func (s *Scanner) codePaths(ctx context.Context, a *app.App, res *finding.Result, sdks []attribute.SDK) (attribute.Reach, error) {
	prefixes := map[string][]string{} // rule id → package prefixes
	var all []string
	for _, sdk := range sdks {
		prefixes[sdk.Rule] = sdk.Prefixes
		all = append(all, sdk.Prefixes...)
	}
	slices.Sort(all)
	fr, err := flow.Analyze(ctx, a, s.rules, flow.Options{TrackerPrefixes: slices.Compact(all), Ask: askReach(res.Findings)})
	if fr == nil {
		return nil, err
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
	if fr.Truncated || err != nil {
		return nil, err
	}
	reached := fr.Reached
	return func(class, method string) bool { return reached[flow.Method{Class: class, Method: method}] }, nil
}

// askReach lists the methods holding places of fact findings, whose
// reachability the attribution stage needs.
func askReach(fs []finding.Finding) []flow.Method {
	var out []flow.Method
	for _, f := range fs {
		if f.Tracker != nil {
			continue
		}
		for _, ev := range f.Evidence {
			if ev.Class != "" && ev.Method != "" {
				out = append(out, flow.Method{Class: ev.Class, Method: ev.Method})
			}
		}
	}
	return out
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
