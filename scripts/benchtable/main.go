// Command benchtable prints, for each app given, the time of a rules-only
// and of a full scan in process (the median of several), of a cold
// `apkscan scan` process and its peak memory, and of Exodus's tracker
// analysis on the same app as exodus-core runs it. `make bench` runs it
// over the shared corpus; README's performance table is its output.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner"
)

func main() {
	runs := flag.Int("runs", 7, "least runs per in-process measurement (more until they add up to 0.4 s; the median is reported)")
	cold := flag.Int("cold", 5, "cold runs of the binary per app (the median is reported)")
	bin := flag.String("bin", "bin/apkscan", "apkscan binary for the cold runs")
	exodusList := flag.String("exodus", "../shared/data/exodus-trackers.json", "Exodus tracker list for the Exodus-method baseline")
	flag.Parse()
	// This loop scans many apps in one process, as a batch does, so it runs
	// with a batch's heap floor (cmd/apkscan/internal/process); the cold
	// column runs the binary once per app, as a person or a CI job does.
	floor := make([]byte, 32<<20)
	defer runtime.KeepAlive(floor)
	sc := scanner.New(scanner.Config{Version: "bench", NoCodePaths: true})
	check(sc.Ready())
	full := scanner.New(scanner.Config{Version: "bench"})
	check(full.Ready())
	fmt.Printf("| app | size | scan (rules) | scan (full) | cold `apkscan scan` | peak RSS | Exodus method | Exodus / scan (rules) |\n")
	fmt.Printf("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, p := range flag.Args() {
		st, err := os.Stat(p)
		check(err)
		scan := median(*runs, func() { _, _ = sc.Scan(context.Background(), p) })
		fullScan := median(*runs, func() { _, _ = full.Scan(context.Background(), p) })
		coldTime, peak := coldRuns(*bin, p, *cold)
		core := exodusCore(*exodusList, p)
		fmt.Printf("| %s | %s | %s | %s | %s | %s | %s | %s |\n", filepath.Base(p), mb(st.Size()),
			ms(scan), ms(fullScan), ms(coldTime), mb(peak), orNA(core), ratio(core, scan))
	}
}

// median runs f at least n times and until the runs add up to minTotal
// (at most 500 runs), after a GC so that each measurement starts from the
// same heap, and returns the median run.
func median(n int, f func()) time.Duration {
	const minTotal = 400 * time.Millisecond
	runtime.GC()
	var ds []time.Duration
	var total time.Duration
	for len(ds) < n || (total < minTotal && len(ds) < 500) {
		t := time.Now()
		f()
		d := time.Since(t)
		ds = append(ds, d)
		total += d
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}

// coldRuns runs the real binary n times under GNU time, `scan -f json`
// of p, and returns the median wall time (timed here: GNU time's is in
// hundredths of a second) and the largest peak RSS.
func coldRuns(bin, p string, n int) (time.Duration, int64) {
	var ds []time.Duration
	var peak int64
	for range max(1, n) {
		start := time.Now()
		out, _ := exec.Command("/usr/bin/time", "-f", "%M", bin, "scan", "-f", "json", "--fail-on", "none", "-o", os.DevNull, p).CombinedOutput()
		ds = append(ds, time.Since(start))
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		var kb int64
		if _, err := fmt.Sscanf(lines[len(lines)-1], "%d", &kb); err != nil {
			return 0, 0
		}
		peak = max(peak, kb<<10)
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2], peak
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
func mb(n int64) string         { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}
