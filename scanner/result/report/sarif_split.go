package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// GitHub code scanning's limits on one SARIF upload: a file past them is
// rejected (docs.github.com, "SARIF results exceed limit"). The file size
// is GitHub's 10 MB, counted here before compression, which is stricter.
// Variables, so that tests can reach them with small inputs.
var (
	maxRunsPerFile         = 20
	maxResultsPerRun       = 25_000
	maxLocationsPerResult  = 1_000
	maxThreadFlowLocations = 10_000
	maxSARIFBytes          = 10 << 20
)

// writeSARIFApps writes apps as SARIF within GitHub's limits: apps go into
// runs of at most maxResultsPerRun results (one app's results are never
// split), runs into files of at most maxRunsPerFile runs and
// maxSARIFBytes. The first file goes to w, the next ones to o.More; with
// no o.More, every run goes to w, past the limits, and o.Note says so.
func writeSARIFApps(w io.Writer, apps []sarifApp, o Options) error {
	var files [][]json.RawMessage
	var cur []json.RawMessage
	size := 0
	for _, run := range sarifRunsOf(apps) {
		b, err := json.Marshal(run)
		if err != nil {
			return err
		}
		if len(cur) > 0 && (len(cur) == maxRunsPerFile || size+len(b) > maxSARIFBytes) {
			files, cur, size = append(files, cur), nil, 0
		}
		cur, size = append(cur, b), size+len(b)
	}
	files = append(files, cur)
	if len(files) > 1 && o.More == nil {
		o.note("SARIF past GitHub code scanning's limits (%d runs, %d MB): give -o FILE to split it into files it takes", sumLens(files), sumBytes(files)>>20)
		files = [][]json.RawMessage{concat(files)}
	}
	var names []string
	for i, runs := range files {
		out, name := w, ""
		if i > 0 {
			var err error
			if out, name, err = o.More(i + 1); err != nil {
				return err
			}
			names = append(names, name)
		}
		if err := writeSARIFFile(out, runs); err != nil {
			return err
		}
	}
	if len(names) > 0 {
		o.note("SARIF split into %d files for GitHub code scanning's limits: the first, then %s", len(files), strings.Join(names, ", "))
	}
	return nil
}

// sarifRunsOf groups apps into runs of at most maxResultsPerRun results.
func sarifRunsOf(apps []sarifApp) []sarifRun {
	var runs []sarifRun
	var group []sarifApp
	n := 0
	for _, a := range apps {
		k := 0
		if a.result != nil {
			k = len(a.result.Findings) + len(a.result.Suppressed)
		}
		if len(group) > 0 && n+k > maxResultsPerRun {
			runs, group, n = append(runs, sarifRunOf(group)), nil, 0
		}
		group, n = append(group, a), n+k
	}
	if len(group) > 0 || len(runs) == 0 {
		runs = append(runs, sarifRunOf(group))
	}
	for i := range runs {
		if len(runs[i].Results) > maxResultsPerRun { // one app alone past the limit
			runs[i].Results = runs[i].Results[:maxResultsPerRun]
		}
	}
	return runs
}

func writeSARIFFile(w io.Writer, runs []json.RawMessage) error {
	var buf bytes.Buffer
	if err := writeJSON(&buf, sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: runs}); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func sumLens(files [][]json.RawMessage) int {
	n := 0
	for _, f := range files {
		n += len(f)
	}
	return n
}

func sumBytes(files [][]json.RawMessage) int {
	n := 0
	for _, f := range files {
		for _, r := range f {
			n += len(r)
		}
	}
	return n
}

func concat(files [][]json.RawMessage) []json.RawMessage {
	var all []json.RawMessage
	for _, f := range files {
		all = append(all, f...)
	}
	return all
}

func (o Options) note(format string, args ...any) {
	if o.Note != nil {
		o.Note(fmt.Sprintf(format, args...))
	}
}
