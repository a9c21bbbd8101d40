package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// gitlabSchemaVersion is the version of GitLab's security report schema
// (gitlab-org/security-products/security-report-schemas, SAST) the
// report follows. The schema's required fields are checked by
// TestGitLabReport.
const gitlabSchemaVersion = "15.0.7"

// The SAST report format, only what apkscan fills.
type gitlabReport struct {
	Version         string       `json:"version"`
	Scan            gitlabScan   `json:"scan"`
	Vulnerabilities []gitlabVuln `json:"vulnerabilities"`
	Remediations    []struct{}   `json:"remediations"`
}

type gitlabScan struct {
	Analyzer  gitlabTool      `json:"analyzer"`
	Scanner   gitlabTool      `json:"scanner"`
	Type      string          `json:"type"`
	StartTime string          `json:"start_time"`
	EndTime   string          `json:"end_time"`
	Status    string          `json:"status"`
	Messages  []gitlabMessage `json:"messages,omitempty"`
}

type gitlabTool struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	URL     string       `json:"url"`
	Version string       `json:"version"`
	Vendor  gitlabVendor `json:"vendor"`
}

type gitlabVendor struct {
	Name string `json:"name"`
}

type gitlabMessage struct {
	Level string `json:"level"` // info, warn, fatal
	Value string `json:"value"`
}

type gitlabVuln struct {
	ID          string             `json:"id"`
	Name        string             `json:"name"`
	Description string             `json:"description"`
	Severity    string             `json:"severity"`
	Identifiers []gitlabIdentifier `json:"identifiers"`
	Links       []gitlabLink       `json:"links,omitempty"`
	Location    gitlabLocation     `json:"location"`
}

type gitlabIdentifier struct {
	Type  string `json:"type"`
	Name  string `json:"name"`
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type gitlabLink struct {
	URL string `json:"url"`
}

type gitlabLocation struct {
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	Class     string `json:"class,omitempty"`
	Method    string `json:"method,omitempty"`
}

// gitlabTime is when a report says its scan ran: SOURCE_DATE_EPOCH when
// set (the reproducible-builds convention, so that the same input gives
// the same bytes), else now. GitLab requires the times.
func gitlabTime() string {
	t := time.Now().UTC()
	if s, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil {
		t = time.Unix(s, 0).UTC()
	}
	return t.Format("2006-01-02T15:04:05")
}

// writeGitLab writes one app's scan as a GitLab SAST report, for GitLab's
// security dashboard and merge request widget.
func writeGitLab(w io.Writer, r *finding.Result, _ Options) error {
	return writeGitLabApps(w, []sarifApp{{result: r}}, gitlabTime())
}

// writeBatchGitLab writes a batch's apps as one GitLab SAST report.
func writeBatchGitLab(w io.Writer, recs iter.Seq[finding.Record], _ Options) error {
	start := gitlabTime()
	var apps []sarifApp
	for rec := range recs {
		if !rec.Skipped {
			apps = append(apps, sarifApp{result: rec.Result, failed: rec.Error})
		}
	}
	return writeGitLabApps(w, apps, start)
}

func writeGitLabApps(w io.Writer, apps []sarifApp, start string) error {
	tool := gitlabTool{ID: "apkscan", Name: "apkscan", URL: sarifInfoURI, Vendor: gitlabVendor{Name: "apkscan"}}
	rep := gitlabReport{Version: gitlabSchemaVersion, Vulnerabilities: []gitlabVuln{}, Remediations: []struct{}{},
		Scan: gitlabScan{Type: "sast", StartTime: start, Status: "success"}}
	for _, a := range apps {
		if a.failed != nil || a.result == nil {
			rep.Scan.Status = "failure"
			if a.failed != nil {
				rep.Scan.Messages = append(rep.Scan.Messages, gitlabMessage{Level: "fatal", Value: a.failed.Path + ": " + a.failed.Error})
			}
			continue
		}
		r := a.result
		tool.Version = r.Tool.Version
		infos := map[string]finding.RuleInfo{}
		for _, ri := range r.Rules {
			infos[ri.ID] = ri
		}
		for _, d := range r.Diagnostics {
			if d.Severity == finding.DiagError {
				rep.Scan.Status = "failure"
			}
			rep.Scan.Messages = append(rep.Scan.Messages, gitlabMessage{Level: gitlabLevel(d.Severity), Value: r.Target.Path + ": " + d.String()})
		}
		for _, f := range r.Findings {
			rep.Vulnerabilities = append(rep.Vulnerabilities, gitlabVulnOf(f, infos[f.Rule], r.Target.Path))
		}
	}
	rep.Scan.Analyzer, rep.Scan.Scanner = tool, tool
	rep.Scan.EndTime = gitlabTime()
	return writeJSON(w, rep)
}

func gitlabVulnOf(f finding.Finding, ri finding.RuleInfo, app string) gitlabVuln {
	ri.ID, ri.Category, ri.Title = f.Rule, f.Category, f.Title
	h := sha256.Sum256([]byte(app + "\x00" + f.ID))
	id := hex.EncodeToString(h[:16])
	v := gitlabVuln{
		// A UUID's shape, stable for this finding in this app.
		ID:          fmt.Sprintf("%s-%s-%s-%s-%s", id[:8], id[8:12], id[12:16], id[16:20], id[20:]),
		Name:        truncate(f.Title, 255),
		Description: truncate(orText(ri.Description, f.Title)+"\n\n"+f.Message, 1<<20),
		Severity:    gitlabSeverity(f.Severity),
		Identifiers: []gitlabIdentifier{{Type: "apkscan_rule", Name: "apkscan rule " + f.Rule, Value: f.Rule, URL: helpURI(ri)},
			{Type: "apkscan_finding", Name: "apkscan finding " + f.ID, Value: f.ID}},
		Location: gitlabLocation{File: app, StartLine: 1},
	}
	for _, ref := range ri.References {
		v.Links = append(v.Links, gitlabLink{URL: ref})
	}
	places := f.Evidence
	if len(places) == 0 && len(f.Path) > 0 {
		places = []finding.Evidence{f.Path[len(f.Path)-1].Evidence}
	}
	if len(places) > 0 {
		v.Location.Class, v.Location.Method = places[0].Class, places[0].Method
	}
	return v
}

func gitlabSeverity(s finding.Severity) string {
	switch s {
	case finding.SeverityCritical:
		return "Critical"
	case finding.SeverityHigh:
		return "High"
	case finding.SeverityMedium:
		return "Medium"
	case finding.SeverityLow:
		return "Low"
	}
	return "Info"
}

func gitlabLevel(l finding.DiagLevel) string {
	switch l {
	case finding.DiagError:
		return "fatal"
	case finding.DiagWarning:
		return "warn"
	}
	return "info"
}

// truncate keeps s within n bytes, cut at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
