// Command benchtable prints, for each APK given, the time of apkscan's
// reading layer (`info`) and of a full `scan` against the floor (inflating
// every entry and nothing more), as ratios; the time of Exodus's tracker
// analysis on the same APK (as exodus-core runs it, and a lighter all-Go
// variant); and the peak memory of the real binary. `make bench` runs it
// over the shared corpus.
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
	"strconv"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

func main() {
	runs := flag.Int("runs", 7, "least runs per measurement (more until they add up to 0.4 s; the median is reported)")
	bin := flag.String("bin", "bin/apkscan", "apkscan binary for peak-memory runs")
	exodusList := flag.String("exodus", "../shared/data/exodus-trackers.json", "Exodus tracker list for the Exodus-method baselines")
	flag.Parse()
	// This loop scans many apps in one process, as a batch does, so it runs
	// with a batch's collector pacing (a cold single `apkscan scan` starts
	// from an empty heap instead; README: Performance).
	floor := make([]byte, 32<<20) // a batch's heap floor (cmd/apkscan/internal/process)
	defer runtime.KeepAlive(floor)
	sigs := loadExodus(*exodusList)
	sc := scanner.New(scanner.Config{Version: "bench", NoCodePaths: true})
	check(sc.Ready())
	full := scanner.New(scanner.Config{Version: "bench"})
	check(full.Ready())
	fmt.Printf("| APK | size | inflated dex | floor | info | info/floor | scan (rules) | /floor | scan (full) | Exodus method | Exodus/scan(rules) | dexdump + Go regexp | /scan(rules) | peak RSS info | peak RSS scan (full) | budget 64MB+3×dex |\n")
	fmt.Printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, p := range flag.Args() {
		st, err := os.Stat(p)
		check(err)
		dexBytes := inflatedDex(p)
		floor := median(*runs, func() { inflateAll(p) })
		info := median(*runs, func() { loadInfo(p) })
		scan := median(*runs, func() { _, _ = sc.Scan(context.Background(), p) })
		fullScan := median(*runs, func() { _, _ = full.Scan(context.Background(), p) })
		exo := median(3, func() { exodusMethod(p, sigs) }) // fewer runs: it takes seconds
		core := exodusCore(*exodusList, p)
		peakInfo, peakScan := peakRSS(*bin, "info", p), peakRSS(*bin, "scan", p)
		budget := 64<<20 + 3*dexBytes
		fmt.Printf("| %s | %s | %s | %s | %s | %.1fx | %s | %.1fx | %s | %s | %s | %s | %s | %s | %s | %s |\n", filepath.Base(p), mb(st.Size()), mb(dexBytes),
			ms(floor), ms(info), float64(info)/float64(floor), ms(scan), float64(scan)/float64(floor), ms(fullScan),
			orNA(core), ratio(core, scan), orNA(exo), ratio(exo, scan), mb(peakInfo), mb(peakScan), mb(budget))
	}
}

// inflateAll is the floor: open the container and inflate every entry.
func inflateAll(p string) {
	a, err := apk.Open(p, apk.Budgets{})
	if err != nil {
		return
	}
	defer a.Close()
	for _, e := range a.Entries {
		_, _ = a.Read(e)
	}
}

func inflatedDex(p string) int64 {
	a, err := apk.Open(p, apk.Budgets{})
	if err != nil {
		return 0
	}
	defer a.Close()
	var n int64
	for _, e := range a.DexFiles() {
		d, _ := a.Read(e)
		n += int64(len(d))
	}
	return n
}

// loadInfo is what `apkscan info` does: load with instruction counts, summarise.
func loadInfo(p string) {
	a, _ := app.Load(p, app.Options{Stats: true})
	if a == nil {
		return
	}
	defer a.Close()
	_ = a.Info()
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

// peakRSS runs the real binary under GNU time and returns its max RSS.
func peakRSS(bin, cmd, p string) int64 {
	out, _ := exec.Command("/usr/bin/time", "-f", "%M", bin, cmd, "-f", "json", "-o", os.DevNull, p).CombinedOutput()
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	kb, err := strconv.ParseInt(lines[len(lines)-1], 10, 64)
	if err != nil {
		return 0
	}
	return kb << 10
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
func mb(n int64) string         { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(1)
	}
}
