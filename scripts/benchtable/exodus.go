package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
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
