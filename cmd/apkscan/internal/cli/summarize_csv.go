package cli

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/apkscan/apkscan/scanner/batch"
)

// writeSummaryCSV writes the summary as one long table, one row per item,
// so that a spreadsheet or `csvgrep -c section -m tracker` can split it:
//
//	section,name,apps,apps_any_level,detail
//	total,apps|scanned|failed,N,,
//	tracker,<name>,<apps with classes>,<apps with any evidence>,
//	host,<host>,<apps>,,
//	incognito-bypass,<path>,<findings>,,<package>
//	failure,<path>,,,<error>
func writeSummaryCSV(w io.Writer, s batch.Summary) error {
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
