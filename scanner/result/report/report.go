package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Writer writes one scan result in one format.
type Writer interface {
	Write(w io.Writer, r *finding.Result) error
}

// Options shape the human-facing formats.
type Options struct {
	// Color enables ANSI colour in the table format (only on a TTY, and
	// never when NO_COLOR is set: the CLI decides).
	Color bool
	// Verbose lists every evidence place instead of the first few.
	Verbose bool
}

// formats maps each format name to its writer constructor. One file per format.
var formats = map[string]func(Options) Writer{
	"table": func(o Options) Writer { return &TableWriter{opts: o} },
	"json":  func(Options) Writer { return JSONWriter{} },
}

// Formats lists the scan output formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// New returns the writer for a format; an unknown format is an error.
func New(format string, o Options) (Writer, error) {
	mk, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	return mk(o), nil
}

// JSONWriter writes the result as the documented JSON contract
// (docs/schema/result.schema.json).
type JSONWriter struct{}

// Write implements Writer.
func (JSONWriter) Write(w io.Writer, r *finding.Result) error { return writeJSON(w, r) }
