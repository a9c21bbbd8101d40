// Package attribute says, for every dex place of a fact finding, whose code
// it is in (the app's, or a bundled tracker SDK's, by the SDK's package
// prefixes) and whether an entry point reaches it (from the code-path
// stage's call graph), and applies what follows for identifier reads:
//
//   - a read in app code no entry point reaches is not a finding (a
//     compatibility shim nothing calls);
//   - a read only in a bundled SDK's code folds into that SDK's tracker
//     finding ("reads ANDROID_ID") at its severity: real, but not the app's
//     code to fix, and the tracker finding already reports the SDK;
//   - the app's own reads keep their rule's severity; when reachability was
//     not analysed they are kept at most medium, and say so.
package attribute

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/match"
)

// SDK is a tracker SDK whose code the app bundles.
type SDK struct {
	// Rule is the id of the SDK's tracker finding.
	Rule string
	// Name is the tracker's name, which Evidence.Owner takes.
	Name string
	// Prefixes are the descriptor prefixes of its packages ("Lcom/foo/").
	Prefixes []string
}

// Reach reports whether an entry point reaches the method (class
// descriptor, name and proto) through the app's call graph.
type Reach func(class, method string) bool

// Options are what Apply needs besides the findings.
type Options struct {
	SDKs []SDK
	// Reach is nil when reachability was not analysed (no code-path
	// stage, or one cut short by its budget).
	Reach Reach
	// Reads names what each identifier rule reads (rule id → "ANDROID_ID").
	Reads map[string]string
}

// unknownCap is the highest severity a read keeps when reachability was
// not analysed.
const unknownCap = finding.SeverityMedium

// Apply attributes the findings' places and applies the read policy. It
// returns the findings left and an info diagnostic per rule whose reads
// were dropped as unreachable. Tracker and code-path findings pass as they
// are, but for the reads folded into a tracker finding.
func Apply(fs []finding.Finding, o Options) ([]finding.Finding, []finding.Diagnostic) {
	sdks := slices.Clone(o.SDKs)
	slices.SortFunc(sdks, func(a, b SDK) int { return strings.Compare(a.Rule, b.Rule) })
	folds := map[string]*fold{} // tracker rule id → what it gains
	var diags []finding.Diagnostic
	out := fs[:0]
	for _, f := range fs {
		if f.Category == "tracker" || f.Path != nil {
			out = append(out, f)
			continue
		}
		for i := range f.Evidence {
			attribute(&f.Evidence[i], sdks, o.Reach)
		}
		if f.Category != "identifier" {
			f.Evidence = f.Evidence[:min(len(f.Evidence), match.MaxEvidence)]
			out = append(out, f)
			continue
		}
		kept, d := reads(&f, sdks, o, folds)
		if d != nil {
			diags = append(diags, *d)
		}
		if kept {
			out = append(out, f)
		}
	}
	for i := range out {
		if fo := folds[out[i].Rule]; fo != nil && out[i].Tracker != nil {
			fo.apply(&out[i])
		}
	}
	return out, diags
}

// attribute sets a place's owner and, in app code, its reachability.
func attribute(ev *finding.Evidence, sdks []SDK, reach Reach) {
	if ev.Class == "" {
		return
	}
	ev.Owner = finding.OwnerApp
	if s := owner(ev.Class, sdks); s != nil {
		ev.Owner = s.Name
		return
	}
	switch {
	case ev.Method == "":
	case reach == nil:
		ev.Reach = finding.ReachUnknown
	case reach(ev.Class, ev.Method):
		ev.Reach = finding.ReachReachable
	default:
		ev.Reach = finding.ReachUnreachable
	}
}

// owner returns the SDK whose longest package prefix holds class, or nil.
func owner(class string, sdks []SDK) *SDK {
	var best *SDK
	n := 0
	for i := range sdks {
		for _, p := range sdks[i].Prefixes {
			if len(p) > n && strings.HasPrefix(class, p) {
				best, n = &sdks[i], len(p)
			}
		}
	}
	return best
}

// reads applies the read policy to identifier finding f. It reports
// whether f stays, and a diagnostic when places were dropped.
func reads(f *finding.Finding, sdks []SDK, o Options, folds map[string]*fold) (bool, *finding.Diagnostic) {
	var kept, dropped []finding.Evidence
	changed := false
	for _, ev := range f.Evidence {
		switch {
		case ev.Owner != "" && ev.Owner != finding.OwnerApp:
			s := owner(ev.Class, sdks)
			fo := folds[s.Rule]
			if fo == nil {
				fo = &fold{}
				folds[s.Rule] = fo
			}
			fo.add(cmp.Or(o.Reads[f.Rule], f.Title), ev)
			changed = true
		case ev.Reach == finding.ReachUnreachable:
			dropped = append(dropped, ev)
			changed = true
		default:
			kept = append(kept, ev)
		}
	}
	var d *finding.Diagnostic
	if len(dropped) > 0 {
		d = &finding.Diagnostic{Severity: finding.DiagInfo, Message: fmt.Sprintf(
			"%s: not reported: %s that no entry point reaches (first: %s->%s)", f.Rule,
			finding.Count(len(places(dropped)), "method reads", "methods read"), dropped[0].Class, dropped[0].Method)}
	}
	if len(kept) == 0 {
		return false, d
	}
	if changed {
		keys := values(kept)
		f.ID = match.Fingerprint(f.Rule, keys)
		f.Message = match.Message(f.Title, nil, keys, len(kept))
	}
	f.Evidence = kept[:min(len(kept), match.MaxEvidence)]
	if slices.ContainsFunc(kept, func(ev finding.Evidence) bool { return ev.Reach == finding.ReachUnknown }) {
		f.Severity = min(f.Severity, unknownCap)
		f.Message += " (reachability not analysed)"
	}
	return true, d
}

// places counts the distinct methods among evidence places.
func places(evs []finding.Evidence) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Entry+"\x00"+ev.Class+"->"+ev.Method)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// values lists the distinct matched values of evidence places, sorted.
func values(evs []finding.Evidence) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Value)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
