// Package report writes every document apkscan prints — a scan result, a
// batch's records, an app's info, a diff of two builds, a corpus summary,
// an app's strings — in each of its formats. The registry below is the one
// list of documents and formats: commands take their allowed formats (and
// help text) from it. It imports only the finding types, so every format
// sees exactly what the JSON documents hold.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// The documents and their formats. "text" is the human-readable format of
// every document; "table", its older name for scan results and batches,
// is kept as an alias.
var (
	// Result is one app's scan (`apkscan scan APP`).
	Result = &Document[*finding.Result]{name: "a scan result", formats: []format[*finding.Result]{
		{"text", []string{"table"}, writeResultText},
		{"json", nil, writeResultJSON},
		{"sarif", nil, writeSARIF},
		{"html", nil, writeHTML},
		{"gitlab", nil, writeGitLab},
	}}
	// Batch is many apps' records as they finish (`apkscan scan DIR`).
	Batch = &Document[iter.Seq[finding.Record]]{name: "a batch", formats: []format[iter.Seq[finding.Record]]{
		{"text", []string{"table"}, writeBatchText},
		{"jsonl", nil, writeBatchJSONL},
		{"sarif", nil, writeBatchSARIF},
		{"html", nil, writeBatchHTML},
		{"gitlab", nil, writeBatchGitLab},
	}}
	// Info is what the reading layer saw in one app (`apkscan info`).
	Info = &Document[*finding.Info]{name: "info", formats: []format[*finding.Info]{
		{"text", nil, writeInfoText},
		{"json", nil, func(w io.Writer, in *finding.Info, _ Options) error { return writeJSON(w, in) }},
	}}
	// Diff is what changed between two builds (`apkscan diff`).
	Diff = &Document[*finding.Diff]{name: "a diff", formats: []format[*finding.Diff]{
		{"text", nil, writeDiffText},
		{"json", nil, writeDiffJSON},
		{"sarif", nil, func(w io.Writer, d *finding.Diff, o Options) error { return writeSARIF(w, d.AddedResult(), o) }},
	}}
	// Summary is corpus statistics over batch records (`apkscan summarize`).
	Summary = &Document[*finding.Summary]{name: "a summary", formats: []format[*finding.Summary]{
		{"text", []string{"table"}, writeSummaryText},
		{"json", nil, func(w io.Writer, s *finding.Summary, _ Options) error { return writeJSON(w, s) }},
		{"csv", nil, writeSummaryCSV},
	}}
	// Strings is every string of an app with its place (`apkscan strings`).
	Strings = &Document[[]finding.StringRecord]{name: "strings", formats: []format[[]finding.StringRecord]{
		{"text", nil, writeStringsText},
		{"json", []string{"jsonl"}, writeStringsJSONL},
	}}
)

// Options shape the human-facing formats.
type Options struct {
	// Color enables ANSI colour in text output (the CLI decides: only on a
	// terminal, never with NO_COLOR).
	Color bool
	// Verbose lists every evidence place and diagnostic.
	Verbose bool
	// FailOn is the gate (0: none), for documents that say who fails it.
	FailOn finding.Severity
	// Paths are a batch's app paths, known before its records arrive: the
	// batch table sizes its path column from them.
	Paths []string
	// More opens the n-th file (n >= 2) of a document that must be split
	// (SARIF past GitHub's limits) and names it; nil when there is one
	// output only.
	More func(n int) (io.Writer, string, error)
	// Note says something about the document on the side (standard error).
	Note func(string)
}

// Document is one kind of document and the formats it is written in.
type Document[T any] struct {
	name    string
	formats []format[T]
}

type format[T any] struct {
	name    string
	aliases []string
	write   func(io.Writer, T, Options) error
}

// Formats lists the document's format names, the human-readable one first.
func (d *Document[T]) Formats() []string {
	names := make([]string, len(d.formats))
	for i, f := range d.formats {
		names[i] = f.name
	}
	return names
}

// Check returns the canonical name of format (an alias maps to its
// format), or an error naming the formats there are.
func (d *Document[T]) Check(name string) (string, error) {
	for _, f := range d.formats {
		if f.name == name || slices.Contains(f.aliases, name) {
			return f.name, nil
		}
	}
	return "", fmt.Errorf("unknown format %q for %s (want %s)", name, d.name, strings.Join(d.Formats(), ", "))
}

// Write writes v in the named format.
func (d *Document[T]) Write(w io.Writer, name string, v T, o Options) error {
	canon, err := d.Check(name)
	if err != nil {
		return err
	}
	for _, f := range d.formats {
		if f.name == canon {
			return f.write(w, v, o)
		}
	}
	return nil // unreachable: Check found it
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSONLine writes v as one compact JSON line (HTML characters
// unescaped, as in the indented documents).
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeResultJSON writes the documented JSON contract
// (docs/schema/result.schema.json).
func writeResultJSON(w io.Writer, r *finding.Result, _ Options) error { return writeJSON(w, r) }

// errWriter keeps the first write error so report code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) { fmt.Fprintf(e, format, args...) }

func (e *errWriter) setErr(err error) {
	if e.err == nil {
		e.err = err
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
