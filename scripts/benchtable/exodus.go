package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner/apk"
)

// loadExodus compiles every code signature of the Exodus list the way
// exodus-core uses them: unanchored regexes over class names.
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

// exodusMethod times Exodus's static analysis on one APK: extract every
// classes*.dex, run dexdump on it, collect the class names, then match each
// signature over them. Returns 0 when dexdump or the list is missing.
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
