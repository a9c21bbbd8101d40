package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner/read/apk"
)

// exodusCore times the Exodus method as exodus-core runs it (see
// exodus_method.py: dex entries extracted, `dexdump | perl | sort | uniq`,
// then Python's re.search per signature), the median of 3 runs timed
// inside Python. It needs python3, perl and dexdump; without them it
// returns 0 and the table says n/a.
func exodusCore(list, apk string) time.Duration {
	for _, tool := range []string{"python3", "perl", "dexdump"} {
		if _, err := exec.LookPath(tool); err != nil {
			return 0
		}
	}
	script := filepath.Join("scripts", "benchtable", "exodus_method.py")
	res, err := exec.Command("python3", script, list, "3", apk).Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchtable: %s %s: %v\n", script, apk, err)
		return 0
	}
	secs, err := strconv.ParseFloat(strings.Fields(string(res) + " x")[0], 64)
	if err != nil {
		return 0
	}
	return time.Duration(secs * float64(time.Second))
}

func orNA(d time.Duration) string {
	if d == 0 {
		return "n/a"
	}
	return ms(d)
}

func ratio(base, d time.Duration) string {
	if base == 0 || d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0fx", float64(base)/float64(d))
}

// loadExodus compiles every code signature of the Exodus list as Go
// regexps, for the lighter variant of the method (exodusMethod).
func loadExodus(path string) []*regexp.Regexp {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var doc struct {
		Trackers map[string]struct {
			CodeSignature string `json:"code_signature"`
		} `json:"trackers"`
	}
	check(json.Unmarshal(data, &doc))
	var out []*regexp.Regexp
	for _, t := range doc.Trackers {
		if len(t.CodeSignature) <= 3 {
			continue
		}
		if re, err := regexp.Compile(t.CodeSignature); err == nil {
			out = append(out, re)
		}
	}
	return out
}

// exodusMethod times a lighter variant of Exodus's static analysis on one
// APK, all in Go but dexdump: extract every classes*.dex, run dexdump on
// it, keep only the "Class descriptor" lines (no perl, sort or uniq), then
// match each signature as a Go regexp. It was the README's baseline until
// exodusCore; kept as a second column. Returns 0 when dexdump or the list
// is missing.
func exodusMethod(p string, sigs []*regexp.Regexp) time.Duration {
	if len(sigs) == 0 {
		return 0
	}
	if _, err := exec.LookPath("dexdump"); err != nil {
		return 0
	}
	tmp, err := os.MkdirTemp("", "exodus-method")
	check(err)
	defer os.RemoveAll(tmp)
	start := time.Now()
	a, err := apk.Open(p, apk.Budgets{})
	if err != nil {
		return 0
	}
	var names []string
	for i, e := range a.DexFiles() {
		data, _ := a.Read(e)
		f := filepath.Join(tmp, filepath.Base(e.Name)+string(rune('a'+i)))
		check(os.WriteFile(f, data, 0o644))
		out, _ := exec.Command("dexdump", f).Output()
		for _, line := range strings.Split(string(out), "\n") {
			if _, rest, ok := strings.Cut(line, "Class descriptor  : '"); ok {
				names = append(names, strings.TrimSuffix(rest, "'"))
			}
		}
	}
	a.Close()
	for _, re := range sigs {
		for _, n := range names {
			if re.MatchString(n) {
				break
			}
		}
	}
	return time.Since(start)
}
