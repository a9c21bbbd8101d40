package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/result/report"
)

func newSummarizeCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "summarize OUT.jsonl...",
		Short: "Corpus statistics from batch scan output: tracker prevalence, endpoint hosts, incognito bypasses, failures",
		Long: `summarize reads the JSONL that scan --format jsonl writes, or JSON reports of
scan --format json (several files, such as one per shard, are read as one
corpus; - is standard input) and reports:
  trackers   apps per tracker whose code defines the SDK's classes, and apps
             with any evidence of it (manifest, strings, referenced types)
  hosts      apps per host of the http(s) URLs in endpoint findings
  incognito  apps with incognito-bypass findings
  failures   apps that could not be read, with why
An app is counted once per sha256. A truncated last line (an interrupted
run) is skipped; a file that cannot be read or holds a malformed line is an
input error (exit 3).`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("%s: requires at least one JSONL file", commandName(cmd))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := report.Summary.Check(format)
			if err != nil {
				return usageErr("--format: %v", err)
			}
			z := batch.NewSummarizer()
			for _, p := range args {
				if err := summarizeFile(cmd, p, z); err != nil {
					return err
				}
			}
			s := z.Summary()
			return writeTo(cmd, "", func(w io.Writer) error { return report.Summary.Write(w, f, s, report.Options{}) })
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: "+strings.Join(report.Summary.Formats(), ", ")+" (table is an alias of text)")
	completeValues(cmd, "format", report.Summary.Formats()...)
	return cmd
}

func summarizeFile(cmd *cobra.Command, p string, z *batch.Summarizer) error {
	var r io.Reader = cmd.InOrStdin()
	if p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return inputErr(p, err)
		}
		defer f.Close()
		r = f
	}
	if err := batch.ReadRecords(r, func(l finding.Record) error { z.Add(l); return nil }); err != nil {
		return &exitError{code: ExitInput, err: fmt.Errorf("%s: %w", p, err)}
	}
	return nil
}
