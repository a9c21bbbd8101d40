package report

import (
	"fmt"
	"io"

	"github.com/apkscan/apkscan/scanner/finding"
)

// writeStringsText writes one string per line: origin, place, quoted value.
func writeStringsText(w io.Writer, ss []finding.StringRecord, _ Options) error {
	for _, s := range ss {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%q\n", s.Origin, s.Location, s.Value); err != nil {
			return err
		}
	}
	return nil
}

// writeStringsJSONL writes one JSON object per string and line.
func writeStringsJSONL(w io.Writer, ss []finding.StringRecord, _ Options) error {
	for _, s := range ss {
		if err := writeJSONLine(w, s); err != nil {
			return err
		}
	}
	return nil
}
