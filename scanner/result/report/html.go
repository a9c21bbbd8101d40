package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"

	"github.com/apkscan/apkscan/scanner/finding"
)

// HTMLWriter writes one self-contained HTML page a person reads in a
// browser: app summary, trackers with their evidence levels, endpoints,
// permissions, other findings, and each code-path finding drawn as a row
// of boxes (entry → calls → sink) with the incognito check marked. CSS and
// JS are inlined and a Content-Security-Policy forbids every network load,
// so the file can be mailed or attached to a CI run and opened offline.
type HTMLWriter struct{}

func init() { formats["html"] = func(Options) Writer { return HTMLWriter{} } }

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

type htmlData struct {
	T                                           finding.Target
	Tool                                        finding.Tool
	CSS                                         template.CSS
	JS                                          template.JS
	Counts                                      []htmlCount
	Summary                                     string
	CodePaths, Trackers, Endpoints, Permissions []finding.Finding
	Other                                       []finding.Finding
	Diagnostics                                 []finding.Diagnostic
}

// Write implements Writer.
func (HTMLWriter) Write(w io.Writer, r *finding.Result) error {
	d := htmlData{T: r.Target, Tool: r.Tool, CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS),
		Summary: Summary(r), Diagnostics: r.Diagnostics}
	counts := map[finding.Severity]int{}
	for _, f := range r.Findings {
		counts[f.Severity]++
		switch {
		case len(f.Path) > 0:
			d.CodePaths = append(d.CodePaths, f)
		case f.Tracker != nil:
			d.Trackers = append(d.Trackers, f)
		case f.Category == "endpoint":
			d.Endpoints = append(d.Endpoints, f)
		case f.Category == "permission":
			d.Permissions = append(d.Permissions, f)
		default:
			d.Other = append(d.Other, f)
		}
	}
	for s := finding.SeverityCritical; s >= finding.SeverityInfo; s-- {
		d.Counts = append(d.Counts, htmlCount{Sev: s.String(), N: counts[s]})
	}
	return htmlPage.Execute(w, d)
}
