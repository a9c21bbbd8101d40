package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// writeSummaryText writes corpus statistics for a person.
func writeSummaryText(w io.Writer, s *finding.Summary, _ Options) error {
	ew := &errWriter{w: w}
	ew.printf("%s: %d scanned, %d failed to read\n", finding.Count(s.Apps, "app", "apps"), s.Scanned, s.Failed)
	ew.printf("\nTRACKERS (%d)  apps with the SDK's classes / apps with any evidence\n", len(s.Trackers))
	for _, t := range s.Trackers {
		ew.printf("  %5d %5d  %s\n", t.DefinedClasses, t.AnyLevel, t.Name)
	}
	ew.printf("\nENDPOINT HOSTS (%d)  apps\n", len(s.Hosts))
	for _, h := range s.Hosts {
		ew.printf("  %5d  %s\n", h.Apps, h.Host)
	}
	ew.printf("\nINCOGNITO BYPASS (%s)  findings\n", finding.Count(len(s.IncognitoBypass), "app", "apps"))
	for _, a := range s.IncognitoBypass {
		ew.printf("  %5d  %s (%s)\n", a.Findings, a.Path, orDash(a.Package))
	}
	ew.printf("\nFAILURES (%d)\n", len(s.Failures))
	for _, f := range s.Failures {
		ew.printf("  %s: %s\n", f.Path, strings.Join(strings.Fields(f.Error), " "))
	}
	return ew.err
}

// writeSummaryCSV writes the summary as one long table, one row per item,
// so that a spreadsheet or `csvgrep -c section -m tracker` can split it:
//
//	section,name,apps,apps_any_level,detail
//	total,apps|scanned|failed,N,,
//	tracker,<name>,<apps with classes>,<apps with any evidence>,
//	host,<host>,<apps>,,
//	incognito-bypass,<path>,<findings>,,<package>
//	failure,<path>,,,<error>
func writeSummaryCSV(w io.Writer, s *finding.Summary, _ Options) error {
	cw := csv.NewWriter(w)
	itoa := strconv.Itoa
	rows := [][]string{{"section", "name", "apps", "apps_any_level", "detail"},
		{"total", "apps", itoa(s.Apps), "", ""},
		{"total", "scanned", itoa(s.Scanned), "", ""},
		{"total", "failed", itoa(s.Failed), "", ""}}
	for _, t := range s.Trackers {
		rows = append(rows, []string{"tracker", t.Name, itoa(t.DefinedClasses), itoa(t.AnyLevel), ""})
	}
	for _, h := range s.Hosts {
		rows = append(rows, []string{"host", h.Host, itoa(h.Apps), "", ""})
	}
	for _, a := range s.IncognitoBypass {
		rows = append(rows, []string{"incognito-bypass", a.Path, itoa(a.Findings), "", a.Package})
	}
	for _, f := range s.Failures {
		rows = append(rows, []string{"failure", f.Path, "", "", f.Error})
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
