package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"iter"

	"github.com/apkscan/apkscan/scanner/finding"
)

var (
	//go:embed html.tmpl
	htmlTemplate string
	//go:embed html.css
	htmlCSS string
	//go:embed html.js
	htmlJS string
)

var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{
	"hex":      func(p *int) string { return fmt.Sprintf("0x%x", *p) },
	"evidence": EvidenceString,
	"flow":     FlowString,
	"strong": func(level string) bool {
		return level == finding.EvidenceCalled || level == finding.EvidenceDefinedClasses
	},
	"hasGuard": func(f finding.Finding) bool {
		for _, s := range f.Path {
			if s.Kind == "guard" {
				return true
			}
		}
		return false
	},
	"section": func(id, title string, fs []finding.Finding) htmlSection {
		return htmlSection{ID: id, Title: title, Findings: fs}
	},
}).Parse(htmlTemplate))

type htmlSection struct {
	ID, Title string
	Findings  []finding.Finding
}

type htmlCount struct {
	Sev string
	N   int
}

// htmlPageData is one page: one app, or a batch's apps as sections with
// an index.
type htmlPageData struct {
	Title  string
	CSS    template.CSS
	JS     template.JS
	Tool   finding.Tool
	Apps   []htmlApp
	Batch  bool
	Failed []finding.ErrorRecord
}

// htmlApp is one app's section. Prefix keeps element ids unique on a
// batch's page ("app3-trackers").
type htmlApp struct {
	Prefix                                      string
	T                                           finding.Target
	Tool                                        finding.Tool
	Counts                                      []htmlCount
	Summary                                     string
	CodePaths, Trackers, Endpoints, Permissions []finding.Finding
	Other                                       []finding.Finding
	Diagnostics                                 []finding.Diagnostic
	Max                                         finding.Severity
}

// writeHTML writes one self-contained HTML page a person reads in a
// browser: app summary, trackers with their evidence levels, endpoints,
// permissions, other findings, and each code-path finding drawn as a row
// of boxes (entry → calls → sink) with the incognito check marked. CSS and
// JS are inlined and a Content-Security-Policy forbids every network load,
// so the file can be mailed or attached to a CI run and opened offline.
func writeHTML(w io.Writer, r *finding.Result, _ Options) error {
	return htmlPage.Execute(w, htmlPageData{Title: r.Target.Package + " " + r.Target.VersionName,
		CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS), Tool: r.Tool, Apps: []htmlApp{htmlAppOf(r, "")}})
}

// writeBatchHTML writes a batch as one page: an index of the apps, then
// each app as a section, as writeHTML draws one.
func writeBatchHTML(w io.Writer, recs iter.Seq[finding.Record], _ Options) error {
	d := htmlPageData{Title: "batch", CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS), Batch: true}
	for rec := range recs {
		switch {
		case rec.Skipped:
		case rec.Error != nil || rec.Result == nil:
			if rec.Error != nil {
				d.Failed = append(d.Failed, *rec.Error)
			}
		default:
			d.Tool = rec.Result.Tool
			d.Apps = append(d.Apps, htmlAppOf(rec.Result, fmt.Sprintf("app%d-", len(d.Apps)+1)))
		}
	}
	d.Title = fmt.Sprintf("%s, %s", finding.Count(len(d.Apps), "app", "apps"), finding.Count(len(d.Failed), "failure", "failures"))
	return htmlPage.Execute(w, d)
}

func htmlAppOf(r *finding.Result, prefix string) htmlApp {
	a := htmlApp{Prefix: prefix, T: r.Target, Tool: r.Tool, Summary: summaryLine(r), Diagnostics: r.Diagnostics, Max: r.Max()}
	counts := map[finding.Severity]int{}
	for _, f := range r.Findings {
		counts[f.Severity]++
		switch {
		case len(f.Path) > 0:
			a.CodePaths = append(a.CodePaths, f)
		case f.Tracker != nil:
			a.Trackers = append(a.Trackers, f)
		case f.Category == "endpoint":
			a.Endpoints = append(a.Endpoints, f)
		case f.Category == "permission":
			a.Permissions = append(a.Permissions, f)
		default:
			a.Other = append(a.Other, f)
		}
	}
	for s := finding.SeverityCritical; s >= finding.SeverityInfo; s-- {
		a.Counts = append(a.Counts, htmlCount{Sev: s.String(), N: counts[s]})
	}
	return a
}
