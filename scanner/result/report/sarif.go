package report

import (
	"fmt"
	"io"
	"iter"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifInfoURI = "https://github.com/apkscan/apkscan"
	// fingerprintKey names our stable finding id in partialFingerprints;
	// the "/v1" lets a future id scheme coexist with old baselines.
	fingerprintKey = "apkscanFindingId/v1"
	// Where a rule without references is explained.
	rulesHelpURI    = "https://github.com/apkscan/apkscan/blob/main/rules/README.md"
	codePathHelpURI = "https://github.com/apkscan/apkscan/blob/main/README.md#code-paths"
)

// SARIFLevel maps a severity to a SARIF result level: critical and high
// are errors, medium a warning, low and info notes.
func SARIFLevel(s finding.Severity) string {
	switch {
	case s >= finding.SeverityHigh:
		return "error"
	case s == finding.SeverityMedium:
		return "warning"
	}
	return "note"
}

// securitySeverity is GitHub code scanning's numeric ranking (0.1–10),
// read from rule properties of rules tagged "security"; it sorts alerts
// beyond SARIF's three levels.
var securitySeverity = map[finding.Severity]string{
	finding.SeverityCritical: "9.5", finding.SeverityHigh: "8.0",
	finding.SeverityMedium: "5.5", finding.SeverityLow: "3.0", finding.SeverityInfo: "0.1",
}

// sarifApp is one app of a SARIF log: its result, or the error record of
// an app that could not be read.
type sarifApp struct {
	result *finding.Result
	failed *finding.ErrorRecord
}

// writeSARIF writes one app's scan as a SARIF 2.1.0 log for code scanning
// (GitHub, GitLab, IDE viewers): every location is the scanned file as
// given, at line 1 (the evidence is inside a binary), with the archive
// entry, class and method as its logical location; code paths are
// codeFlows; suppressed findings are results with their suppression.
func writeSARIF(w io.Writer, r *finding.Result, o Options) error {
	return writeSARIFApps(w, []sarifApp{{result: r}}, o)
}

// writeBatchSARIF writes a batch's apps as one log: one artifact and one
// invocation per app, split into runs and files as GitHub's limits need.
func writeBatchSARIF(w io.Writer, recs iter.Seq[finding.Record], o Options) error {
	var apps []sarifApp
	for rec := range recs {
		if !rec.Skipped {
			apps = append(apps, sarifApp{result: rec.Result, failed: rec.Error})
		}
	}
	return writeSARIFApps(w, apps, o)
}

// sarifRunOf builds one run over apps.
func sarifRunOf(apps []sarifApp) sarifRun {
	rules, index := sarifRules(apps)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "apkscan", InformationURI: sarifInfoURI, Rules: rules}},
	}
	for _, a := range apps {
		if a.failed != nil || a.result == nil {
			run.Invocations = append(run.Invocations, sarifFailedInvocation(a))
			continue
		}
		r := a.result
		run.Tool.Driver.Version = r.Tool.Version
		if run.Properties == nil {
			run.Properties = map[string]any{"rulesDigest": r.Tool.RulesDigest}
			if r.Config != "" {
				run.Properties["config"] = r.Config
			}
		}
		art := len(run.Artifacts)
		run.Artifacts = append(run.Artifacts, sarifArtifactOf(r.Target))
		run.Invocations = append(run.Invocations, sarifInvocationOf(r, art))
		for _, f := range r.Findings {
			run.Results = append(run.Results, sarifResultOf(f, index[f.Rule], r.Target.Path, art))
		}
		for _, s := range r.Suppressed {
			res := sarifResultOf(s.Finding, index[s.Rule], r.Target.Path, art)
			res.Suppressions = []sarifSuppression{{Kind: "external", Justification: s.Justification}}
			run.Results = append(run.Results, res)
		}
	}
	if run.Results == nil {
		run.Results = []sarifResult{}
	}
	return run
}

func sarifArtifactOf(t finding.Target) sarifArtifact {
	a := sarifArtifact{Location: sarifArtifactLoc{URI: appURI(t.Path)}, Length: t.Size,
		Properties: map[string]any{"package": t.Package, "versionName": t.VersionName, "versionCode": t.VersionCode}}
	if t.SHA256 != "" {
		a.Hashes = map[string]string{"sha-256": t.SHA256}
	}
	return a
}

// sarifRules lists every rule that ran, sorted by id. A result loaded from
// a JSON report has no rule list (it is not part of the JSON contract), so
// rules are also derived from the findings themselves.
func sarifRules(apps []sarifApp) ([]sarifRule, map[string]int) {
	infos := map[string]finding.RuleInfo{}
	add := func(f finding.Finding) {
		if _, ok := infos[f.Rule]; !ok {
			infos[f.Rule] = finding.RuleInfo{ID: f.Rule, Title: f.Title, Category: f.Category, Severity: f.Severity}
		}
	}
	for _, a := range apps {
		if a.result == nil {
			continue
		}
		for _, ri := range a.result.Rules {
			infos[ri.ID] = ri
		}
		for _, f := range a.result.Findings {
			add(f)
		}
		for _, s := range a.result.Suppressed {
			add(s.Finding)
		}
	}
	ids := make([]string, 0, len(infos))
	for id := range infos {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]sarifRule, 0, len(ids))
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
		out = append(out, sarifRuleOf(infos[id]))
	}
	return out, index
}

func sarifRuleOf(ri finding.RuleInfo) sarifRule {
	desc := orText(ri.Description, ri.Title)
	help, md := desc, desc
	for _, ref := range ri.References {
		help += "\n" + ref
		md += "\n- <" + ref + ">"
	}
	return sarifRule{ID: ri.ID, Name: ri.Title,
		ShortDescription:     &sarifMessage{Text: orText(ri.Title, ri.ID)},
		FullDescription:      &sarifMessage{Text: orText(desc, ri.ID)},
		Help:                 &sarifMessage{Text: orText(help, ri.ID), Markdown: md},
		HelpURI:              helpURI(ri),
		DefaultConfiguration: sarifRuleConf{Level: SARIFLevel(ri.Severity)},
		// "security" makes code scanning read security-severity.
		Properties: map[string]any{"category": ri.Category, "tags": []string{"security", "privacy", ri.Category},
			"severity": ri.Severity.String(), "security-severity": securitySeverity[ri.Severity]},
	}
}

// helpURI is the rule's first reference, or where apkscan explains rules
// of its kind.
func helpURI(ri finding.RuleInfo) string {
	switch {
	case len(ri.References) > 0:
		return ri.References[0]
	case isCodePath(ri.Category):
		return codePathHelpURI
	}
	return rulesHelpURI
}

func isCodePath(category string) bool {
	switch category {
	case "incognito-bypass", "leak", "weak-encoding", "browsing-data":
		return true
	}
	return false
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func sarifResultOf(f finding.Finding, ruleIndex int, app string, art int) sarifResult {
	res := sarifResult{RuleID: f.Rule, RuleIndex: ruleIndex, Level: SARIFLevel(f.Severity),
		Message:             sarifMessage{Text: orText(f.Message, f.Title)},
		PartialFingerprints: map[string]string{fingerprintKey: f.ID},
		Properties:          map[string]any{"id": f.ID, "category": f.Category, "severity": f.Severity.String()},
	}
	for i, e := range f.Evidence {
		if i == maxLocationsPerResult {
			res.Properties["locationsLeftOut"] = len(f.Evidence) - i
			break
		}
		res.Locations = append(res.Locations, sarifLocationOf(e, app, art))
	}
	if len(res.Locations) == 0 && len(f.Path) > 0 {
		// A code path's sink is where a reader starts.
		res.Locations = []sarifLocation{sarifLocationOf(f.Path[len(f.Path)-1].Evidence, app, art)}
	}
	if f.Tracker != nil {
		res.Properties["tracker"] = f.Tracker.Name
		res.Properties["evidenceLevel"] = f.Tracker.Evidence
	}
	if len(f.Path) > 0 {
		// The finding's path, then its example witnesses: one code flow each.
		for _, path := range append([][]finding.Step{f.Path}, flowExamples(f)...) {
			tf := sarifThreadFlow{}
			for i, s := range path[:min(len(path), maxThreadFlowLocations)] {
				loc := sarifLocationOf(s.Evidence, app, art)
				loc.Message = &sarifMessage{Text: stepText(s)}
				tf.Locations = append(tf.Locations, sarifThreadFlowLocation{Location: loc, Kinds: []string{s.Kind}, ExecutionOrder: i + 1})
			}
			res.CodeFlows = append(res.CodeFlows, sarifCodeFlow{ThreadFlows: []sarifThreadFlow{tf}})
		}
	}
	if fl := f.Flow; fl != nil {
		res.Properties["paths"], res.Properties["entries"] = fl.Paths, fl.Entries
		if fl.Pairs > 0 {
			res.Properties["pairs"] = fl.Pairs
		}
		if len(fl.Hosts) > 0 {
			res.Properties["hosts"] = fl.Hosts
		}
	}
	return res
}

func flowExamples(f finding.Finding) [][]finding.Step {
	if f.Flow == nil {
		return nil
	}
	return f.Flow.Examples
}

func stepText(s finding.Step) string {
	t := s.Kind
	if t == "guard" {
		t = "incognito state read at" // where the app reads it; not a check on this path
	}
	if s.Class != "" {
		t += " " + s.Class
		if s.Method != "" {
			t += "->" + s.Method
		}
	}
	if s.Value != "" {
		t += ": " + s.Value
	}
	if s.From != "" || s.To != "" {
		t += " (" + orDash(s.From) + " -> " + orDash(s.To) + ")"
	}
	if s.Inst != "" {
		t += " [" + s.Inst + "]"
	}
	return t
}

// sarifLocationOf places evidence in the scanned file itself (the path as
// given, line 1: code scanning needs a line, and the evidence is inside a
// binary), with the archive entry, class, method and code offset as its
// logical location and the value as its message.
func sarifLocationOf(e finding.Evidence, app string, art int) sarifLocation {
	loc := sarifLocation{PhysicalLocation: &sarifPhysical{
		ArtifactLocation: sarifArtifactLoc{URI: appURI(app), Index: &art},
		Region:           &sarifRegion{StartLine: 1},
	}}
	entry := e.Entry
	if entry == "" {
		entry = "."
	}
	switch {
	case e.Class != "" && e.Method != "":
		fq := entry + "!" + e.Class + "->" + e.Method
		if e.Offset != nil {
			fq += fmt.Sprintf(" @0x%x", *e.Offset)
		}
		name, _, _ := strings.Cut(e.Method, "(")
		loc.LogicalLocations = []sarifLogicalLocation{{Name: name, FullyQualifiedName: fq, Kind: "function"}}
	case e.Class != "":
		loc.LogicalLocations = []sarifLogicalLocation{{Name: simpleClass(e.Class), FullyQualifiedName: entry + "!" + e.Class, Kind: "type"}}
	default:
		loc.LogicalLocations = []sarifLogicalLocation{{Name: entry, FullyQualifiedName: entry, Kind: "module"}}
	}
	if e.Value != "" {
		loc.Message = &sarifMessage{Text: e.Value}
	}
	return loc
}

// simpleClass turns `Lcom/foo/Bar;` into `Bar`.
func simpleClass(desc string) string {
	s := strings.TrimSuffix(strings.TrimPrefix(desc, "L"), ";")
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// appURI makes the scanned file's path a URI reference: as given when
// relative (code scanning matches it to the repository's file), file://
// when absolute.
func appURI(p string) string {
	if p == "" {
		return "app.apk"
	}
	slash := filepath.ToSlash(p)
	if filepath.IsAbs(p) {
		if !strings.HasPrefix(slash, "/") {
			slash = "/" + slash // Windows drive letter
		}
		return (&url.URL{Scheme: "file", Path: slash}).String()
	}
	// url.URL adds "./" when the first segment holds a colon, so the path
	// cannot be read as a scheme.
	return (&url.URL{Path: slash}).String()
}

// sarifInvocationOf says how the scan of one app went: not successful when
// part of the app could not be read (an error diagnostic), with every
// diagnostic as a notification at the app.
func sarifInvocationOf(r *finding.Result, art int) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, d := range r.Diagnostics {
		if d.Severity == finding.DiagError {
			inv.ExecutionSuccessful = false
		}
		text := d.Message
		if d.Entry != "" {
			text = d.Entry + ": " + text
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: diagLevel(d.Severity), Message: sarifMessage{Text: text},
			Locations: []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifactLoc{URI: appURI(r.Target.Path), Index: &art}}}}})
	}
	return inv
}

// sarifFailedInvocation records an app a batch could not read.
func sarifFailedInvocation(a sarifApp) sarifInvocation {
	msg, path := "unknown error", ""
	if a.failed != nil {
		msg, path = a.failed.Error, a.failed.Path
	}
	n := sarifNotification{Level: "error", Message: sarifMessage{Text: msg}}
	if path != "" {
		n.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifactLoc{URI: appURI(path)}}}}
	}
	return sarifInvocation{ExecutionSuccessful: false, ToolExecutionNotifications: []sarifNotification{n}}
}

func diagLevel(l finding.DiagLevel) string {
	switch l {
	case finding.DiagError:
		return "error"
	case finding.DiagWarning:
		return "warning"
	}
	return "note"
}
