package flow

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// witnessApps lists the apps whose findings the witness tests check: the
// samples and every app of the shared corpus.
func witnessApps(t *testing.T) []string {
	t.Helper()
	apps, _ := filepath.Glob(filepath.Join("..", "..", "..", "samples", "*.apk"))
	for _, dir := range []string{"apk", "aab", "browsers"} {
		more, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "corpus", dir, "*.a*"))
		apps = append(apps, more...)
	}
	if len(apps) == 0 {
		t.Skip("no samples or shared corpus found")
	}
	return apps
}

// witnesses returns every path of a finding: its own and its examples.
func allPaths(f finding.Finding) [][]finding.Step {
	return append([][]finding.Step{f.Path}, f.Flow.Examples...)
}

// TestWitnessConnected checks on every finding of the samples and the
// corpus that its witness is connected: it runs entry ... source, data
// steps, sink; each data step's value is where the next step reads it
// (To = next From), in the same method, or in the callee an argument
// step names, or in the caller a return climbs to, or through a heap
// location a store writes and a load reads.
func TestWitnessConnected(t *testing.T) {
	checked := 0
	for _, p := range witnessApps(t) {
		res := analyzeFile(t, p)
		for _, f := range res.Findings {
			if f.Flow == nil {
				t.Errorf("%s: %s has no flow", filepath.Base(p), f.ID)
				continue
			}
			for _, path := range allPaths(f) {
				if err := connected(path); err != nil {
					t.Errorf("%s: %s: %v", filepath.Base(p), f.ID, err)
				}
				checked++
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d witnesses checked", checked)
	}
}

// connected reports the first break in a path's witness.
func connected(path []finding.Step) error {
	if len(path) < 2 || path[0].Kind != "entry" || path[len(path)-1].Kind != "sink" {
		return fmt.Errorf("path does not run entry ... sink")
	}
	var data []finding.Step
	sources := 0
	for _, s := range path[1:] {
		switch s.Kind {
		case "call", "guard":
			if len(data) > 0 && s.Kind == "call" {
				return fmt.Errorf("call step after the source")
			}
		case "cut":
			return nil // a witness too long to show whole
		default:
			if s.Kind == "source" {
				sources++
			}
			data = append(data, s)
		}
	}
	if sources != 1 || data[0].Kind != "source" {
		return fmt.Errorf("witness does not start at one source")
	}
	for k := 0; k+1 < len(data); k++ {
		a, b := data[k], data[k+1]
		if a.To == "" || a.To != b.From {
			return fmt.Errorf("step %d (%s %s.%s @%d) ends in %q, step %d (%s) reads %q", k, a.Kind, a.Class, a.Method, off(a.Evidence), a.To, k+1, b.Kind, b.From)
		}
		here, next := a.Class+"->"+a.Method, b.Class+"->"+b.Method
		switch {
		case a.Kind == "arg" || a.Kind == "dispatch":
			if !strings.Contains(a.Value, next) {
				return fmt.Errorf("step %d passes into %q but step %d is in %s", k, a.Value, k+1, next)
			}
		case a.Kind == "return":
			if b.Kind != "result" {
				return fmt.Errorf("step %d returns, step %d is %s, not a result", k, k+1, b.Kind)
			}
		case (strings.Contains(a.To, "->") || strings.HasPrefix(a.To, "store:") || strings.HasPrefix(a.To, "state:")) &&
			!strings.HasPrefix(a.To, "v") && !strings.HasPrefix(a.To, "result."): // a register's or a result's object field
			if b.Kind != "load" {
				return fmt.Errorf("step %d stores into %s, step %d is %s, not a load", k, a.To, k+1, b.Kind)
			}
		case a.Kind == "throw":
			// Caught in its method or, past calls, in a caller's.
			if b.Kind != "catch" {
				return fmt.Errorf("step %d throws, step %d is %s, not a catch", k, k+1, b.Kind)
			}
		case a.Kind == "argout" || a.Kind == "sink":
		case b.Kind == "argout":
			// The callee's write: the next step names the caller's call.
		case here != next:
			return fmt.Errorf("step %d is in %s, step %d in %s", k, here, k+1, next)
		}
	}
	return nil
}

// TestWitnessAgainstDexdump checks, for the findings of the samples and
// the corpus APKs, that every step with an offset names the instruction
// dexdump -d shows at that offset of that method.
func TestWitnessAgainstDexdump(t *testing.T) {
	if _, err := exec.LookPath("dexdump"); err != nil {
		t.Skip("dexdump not installed (make tools)")
	}
	checked := 0
	for _, p := range witnessApps(t) {
		if strings.HasSuffix(p, ".apks") {
			continue // nested APKs: the steps' entries are inside inner archives
		}
		res := analyzeFile(t, p)
		dumps := map[string]map[string]string{} // dex entry -> "cls->method@off" -> text
		for _, f := range res.Findings {
			for _, path := range allPaths(f) {
				for _, s := range path {
					if s.Offset == nil || s.Kind == "guard" {
						continue
					}
					if s.Inst == "" {
						t.Errorf("%s: %s: step %s %s->%s @%d names no instruction", filepath.Base(p), f.ID, s.Kind, s.Class, s.Method, *s.Offset)
						continue
					}
					d, ok := dumps[s.Entry]
					if !ok {
						var err error
						d, err = dexdumpEntry(p, s.Entry)
						if err != nil {
							t.Fatalf("%s!%s: %v", p, s.Entry, err)
						}
						dumps[s.Entry] = d
					}
					key := fmt.Sprintf("%s->%s@%d", s.Class, s.Method, *s.Offset)
					if got := d[key]; got != s.Inst {
						t.Errorf("%s: %s: step %s at %s: dexdump shows %q, the step says %q", filepath.Base(p), f.ID, s.Kind, key, got, s.Inst)
					}
					checked++
				}
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d steps checked against dexdump", checked)
	}
}

var (
	dumpMethod = regexp.MustCompile(`\|\[[0-9a-f]+\] (.+)\.([^.:]+):(\(.*)$`)
	dumpInst   = regexp.MustCompile(`\|([0-9a-f]{4,}): (.*)$`)
)

// dexdumpEntry runs dexdump -d on one dex entry of an archive and indexes
// its instructions by "Lcls;->name(proto)@offset".
func dexdumpEntry(archive, entry string) (map[string]string, error) {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var data []byte
	for _, f := range zr.File {
		if f.Name == entry {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			data, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	if data == nil {
		return nil, fmt.Errorf("no entry %s", entry)
	}
	return dexdumpIndex(data)
}

// dexdumpIndex runs dexdump -d on a dex file's bytes and indexes its
// instructions by "Lcls;->name(proto)@offset".
func dexdumpIndex(data []byte) (map[string]string, error) {
	tmp := filepath.Join(os.TempDir(), fmt.Sprintf("witness-%d.dex", os.Getpid()))
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return nil, err
	}
	defer os.Remove(tmp)
	out, err := exec.Command("dexdump", "-d", tmp).Output()
	if err != nil {
		return nil, err
	}
	index := map[string]string{}
	method := ""
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if m := dumpMethod.FindStringSubmatch(line); m != nil {
			method = "L" + strings.ReplaceAll(m[1], ".", "/") + ";->" + m[2] + m[3]
			continue
		}
		if m := dumpInst.FindStringSubmatch(line); m != nil && method != "" {
			pc, _ := strconv.ParseInt(m[1], 16, 64)
			index[fmt.Sprintf("%s@%d", method, pc)] = m[2]
		}
	}
	return index, sc.Err()
}

// TestRootWorkShare: a source searched first whose search takes most of
// the witness bound does not leave the sources after it without
// witnesses. In madeevent the page URL is searched first (22 steps of
// work), then the device id (12): under a bound of 30 the device id's leak
// is found only because one search may take at most 15.
func TestRootWorkShare(t *testing.T) {
	man := &axml.Manifest{Application: axml.Application{Name: "org.apkscan.test.me.App"}}
	leak := func(rootWork int) bool {
		res := analyzeSmaliDexOpts(t, "madeevent", man, Options{witnessWork: 30, rootWork: rootWork})
		for _, f := range res.Findings {
			if f.Rule == "flow-leak" {
				return true
			}
		}
		return false
	}
	if !leak(15) {
		t.Error("the device id's leak is not found with a share of 15 of 30")
	}
	if leak(30) {
		t.Error("the device id's leak is found with no share: the test no longer shows the share's effect")
	}
}
