package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// SARIFWriter writes a SARIF 2.1.0 log for code scanning tools (GitHub,
// GitLab, IDE viewers). Locations name the archive entry (relative to the
// APK, whose path is the uriBaseId "APK") and the class / method as a
// logical location; code-path findings carry their steps as a codeFlow.
type SARIFWriter struct{}

// Registered here rather than in report.go so each format stays one file.
func init() { formats["sarif"] = func(Options) Writer { return SARIFWriter{} } }

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifBaseID  = "APK"
	sarifInfoURI = "https://github.com/apkscan/apkscan"
	// fingerprintKey names our stable finding id in partialFingerprints;
	// the "/v1" lets a future id scheme coexist with old baselines.
	fingerprintKey = "apkscanFindingId/v1"
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
// read from rule properties; it sorts alerts beyond SARIF's three levels.
var securitySeverity = map[finding.Severity]string{
	finding.SeverityCritical: "9.5", finding.SeverityHigh: "8.0",
	finding.SeverityMedium: "5.5", finding.SeverityLow: "3.0", finding.SeverityInfo: "0.1",
}

// Write implements Writer.
func (SARIFWriter) Write(w io.Writer, r *finding.Result) error {
	rules, index := sarifRules(r)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: orName(r.Tool.Name), Version: r.Tool.Version,
			InformationURI: sarifInfoURI, Rules: rules}},
		Invocations: []sarifInvocation{sarifInvocationOf(r)},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{sarifBaseID: {
			URI:         apkURI(r.Target.Path) + "!/",
			Description: &sarifMessage{Text: "the scanned app; artifact URIs are entries inside it"},
		}},
		Results: make([]sarifResult, 0, len(r.Findings)),
		Properties: map[string]any{
			"package": r.Target.Package, "versionName": r.Target.VersionName,
			"versionCode": r.Target.VersionCode, "rulesDigest": r.Tool.RulesDigest,
		},
	}
	if r.Target.Path != "" {
		a := sarifArtifact{Location: sarifArtifactLoc{URI: apkURI(r.Target.Path)}, Length: r.Target.Size}
		if r.Target.SHA256 != "" {
			a.Hashes = map[string]string{"sha-256": r.Target.SHA256}
		}
		run.Artifacts = []sarifArtifact{a}
	}
	for _, f := range r.Findings {
		run.Results = append(run.Results, sarifResultOf(f, index[f.Rule]))
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func orName(s string) string {
	if s == "" {
		return "apkscan"
	}
	return s
}

// sarifRules lists every rule that ran, sorted by id. A result loaded from
// a JSON report has no rule list (it is not part of the JSON contract), so
// rules are also derived from the findings themselves.
func sarifRules(r *finding.Result) ([]sarifRule, map[string]int) {
	infos := map[string]finding.RuleInfo{}
	for _, ri := range r.Rules {
		infos[ri.ID] = ri
	}
	for _, f := range r.Findings {
		if _, ok := infos[f.Rule]; !ok {
			infos[f.Rule] = finding.RuleInfo{ID: f.Rule, Title: f.Title, Category: f.Category, Severity: f.Severity}
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
	desc := ri.Description
	if desc == "" {
		desc = ri.Title
	}
	help := desc
	md := desc
	for _, ref := range ri.References {
		help += "\n" + ref
		md += "\n- <" + ref + ">"
	}
	sr := sarifRule{ID: ri.ID, Name: ri.Title,
		ShortDescription:     &sarifMessage{Text: orText(ri.Title, ri.ID)},
		FullDescription:      &sarifMessage{Text: orText(desc, ri.ID)},
		Help:                 &sarifMessage{Text: orText(help, ri.ID), Markdown: md},
		DefaultConfiguration: sarifRuleConf{Level: SARIFLevel(ri.Severity)},
		Properties: map[string]any{"category": ri.Category, "tags": []string{"privacy", ri.Category},
			"severity": ri.Severity.String(), "security-severity": securitySeverity[ri.Severity]},
	}
	if len(ri.References) > 0 {
		sr.HelpURI = ri.References[0]
	}
	return sr
}

func orText(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

func sarifResultOf(f finding.Finding, ruleIndex int) sarifResult {
	msg := f.Title
	if f.Message != "" {
		msg = f.Message
	}
	res := sarifResult{RuleID: f.Rule, RuleIndex: ruleIndex, Level: SARIFLevel(f.Severity),
		Message:             sarifMessage{Text: msg},
		PartialFingerprints: map[string]string{fingerprintKey: f.ID},
		Properties:          map[string]any{"id": f.ID, "category": f.Category, "severity": f.Severity.String()},
	}
	for _, e := range f.Evidence {
		res.Locations = append(res.Locations, sarifLocationOf(e))
	}
	if f.Tracker != nil {
		res.Properties["tracker"] = f.Tracker.Name
		res.Properties["evidenceLevel"] = f.Tracker.Evidence
	}
	if len(f.Path) > 0 {
		// The finding's path, then its example witnesses: one code flow each.
		for _, path := range append([][]finding.Step{f.Path}, flowExamples(f)...) {
			tf := sarifThreadFlow{}
			for i, s := range path {
				loc := sarifLocationOf(s.Evidence)
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

// sarifLocationOf names the entry as the physical artifact (relative to
// the APK) and the dex class or method as the logical location; offsets
// are code units within a method, not bytes of the entry, so they go in
// the logical name rather than a region.
func sarifLocationOf(e finding.Evidence) sarifLocation {
	loc := sarifLocation{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifactLoc{
		URI: entryURI(e.Entry), URIBaseID: sarifBaseID}}}
	switch {
	case e.Class != "" && e.Method != "":
		fq := e.Class + "->" + e.Method
		if e.Offset != nil {
			fq += fmt.Sprintf(" @0x%x", *e.Offset)
		}
		name, _, _ := strings.Cut(e.Method, "(")
		loc.LogicalLocations = []sarifLogicalLocation{{Name: name, FullyQualifiedName: fq, Kind: "function"}}
	case e.Class != "":
		loc.LogicalLocations = []sarifLogicalLocation{{Name: simpleClass(e.Class), FullyQualifiedName: e.Class, Kind: "type"}}
	}
	if e.Value != "" && len(loc.LogicalLocations) == 0 {
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

// entryURI escapes an archive entry name as a relative URI reference.
// Nested containers stay joined with "!" (`base.apk!classes.dex`), which
// is a legal URI character.
func entryURI(entry string) string {
	if entry == "" {
		entry = "."
	}
	// url.URL adds "./" when the first segment holds a colon, so the
	// entry cannot be read as a scheme.
	return (&url.URL{Path: entry}).String()
}

// apkURI makes the APK path a URI: file:// for absolute paths, otherwise
// a relative reference as given on the command line.
func apkURI(p string) string {
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
	return (&url.URL{Path: slash}).String()
}

func sarifInvocationOf(r *finding.Result) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, d := range r.Diagnostics {
		n := sarifNotification{Level: diagLevel(d.Severity), Message: sarifMessage{Text: d.Message}}
		if d.Entry != "" {
			n.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifactLoc{
				URI: entryURI(d.Entry), URIBaseID: sarifBaseID}}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return inv
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
