package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner/batch"
)

var summarizeFormats = []string{"csv", "json", "table"}

func newSummarizeCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "summarize OUT.jsonl...",
		Short: "Corpus statistics from batch scan output: tracker prevalence, endpoint hosts, incognito bypasses, failures",
		Long: `summarize reads the JSONL that scan --format jsonl writes (several files, such as
one per shard, are read as one corpus; - is standard input) and reports:
  trackers   apps per tracker whose code defines the SDK's classes, and apps
             with any evidence of it (manifest, strings, referenced types)
  hosts      apps per host of the http(s) URLs in findings' evidence
  incognito  apps with incognito-bypass findings
  failures   apps that could not be read, with why
An app is counted once per sha256. A truncated last line (an interrupted
run) is skipped; any other malformed line is an error (exit 2).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("%s: requires at least one JSONL file", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(summarizeFormats, format) {
				return usageErr("--format %q: want one of %s", format, strings.Join(summarizeFormats, ", "))
			}
			z := batch.NewSummarizer()
			for _, p := range args {
				if err := summarizeFile(cmd, p, z); err != nil {
					return err
				}
			}
			s := z.Summary()
			return writeTo(cmd, "", func(w io.Writer) error { return writeSummary(w, format, s) })
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "table", "output format: "+strings.Join(summarizeFormats, ", "))
	return cmd
}

func summarizeFile(cmd *cobra.Command, p string, z *batch.Summarizer) error {
	var r io.Reader = cmd.InOrStdin()
	if p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return usageErr("%v", err)
		}
		defer f.Close()
		r = f
	}
	_, err := batch.ReadLines(r, func(l batch.Line) error { z.Add(l); return nil })
	if err != nil {
		return usageErr("%s: %v", p, err)
	}
	return nil
}

func writeSummary(w io.Writer, format string, s batch.Summary) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(s)
	case "csv":
		return writeSummaryCSV(w, s)
	}
	return writeSummaryTable(w, s)
}

func writeSummaryTable(w io.Writer, s batch.Summary) error {
	ew := &errw{w: w}
	ew.printf("%d apps: %d scanned, %d failed to read\n", s.Apps, s.Scanned, s.Failed)
	ew.printf("\nTRACKERS (%d)  apps with the SDK's classes / apps with any evidence\n", len(s.Trackers))
	for _, t := range s.Trackers {
		ew.printf("  %5d %5d  %s\n", t.DefinedClasses, t.AnyLevel, t.Name)
	}
	ew.printf("\nENDPOINT HOSTS (%d)  apps\n", len(s.Hosts))
	for _, h := range s.Hosts {
		ew.printf("  %5d  %s\n", h.Apps, h.Host)
	}
	ew.printf("\nINCOGNITO BYPASS (%d apps)  findings\n", len(s.IncognitoBypass))
	for _, a := range s.IncognitoBypass {
		ew.printf("  %5d  %s (%s)\n", a.Findings, a.Path, orDashStr(a.Package))
	}
	ew.printf("\nFAILURES (%d)\n", len(s.Failures))
	for _, f := range s.Failures {
		ew.printf("  %s: %s\n", f.Path, strings.Join(strings.Fields(f.Error), " "))
	}
	return ew.err
}

// errw keeps the first write error so a table is written without a check per line.
type errw struct {
	w   io.Writer
	err error
}

func (e *errw) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func orDashStr(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
