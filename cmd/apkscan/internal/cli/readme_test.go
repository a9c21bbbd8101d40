package cli

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/apkscan/apkscan/scanner/result/report"
)

// readmeTable returns the rows of the README table under heading, as
// cells (the header and the rule line left out).
func readmeTable(t *testing.T, heading string) [][]string {
	t.Helper()
	f, err := os.Open("../../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			in = line == heading
		case in && strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| ---"):
			// A cell may hold an escaped pipe (text\|json).
			cells := strings.Split(strings.ReplaceAll(line, `\|`, "\x00"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(strings.ReplaceAll(cells[i], "\x00", "|"))
			}
			rows = append(rows, cells[1:len(cells)-1])
		}
	}
	if len(rows) < 2 {
		t.Fatalf("README.md: no table under %q", heading)
	}
	return rows[1:]
}

// TestReadmeMatchesHelp holds README.md to the CLI: the exit-code table
// is the one every --help prints, and the commands table names every
// command there is, each with flags it has and the formats it writes.
func TestReadmeMatchesHelp(t *testing.T) {
	rows := readmeTable(t, "## Exit codes")
	if len(rows) != len(exitCodes) {
		t.Errorf("README lists %d exit codes, the CLI %d", len(rows), len(exitCodes))
	}
	for i, e := range exitCodes {
		if i < len(rows) && (rows[i][0] != strconv.Itoa(e.code) || rows[i][1] != e.meaning) {
			t.Errorf("README exit code row %d: %q %q\nhelp: %d %q", i, rows[i][0], rows[i][1], e.code, e.meaning)
		}
	}

	root := newRootCmd(nil, nil)
	seen := map[string]bool{}
	longRE := regexp.MustCompile(`(?:^|[^\w-])--([a-z][a-z-]*)`)
	shortRE := regexp.MustCompile("(?:^|[ (`])-([a-zA-Z])\\b")
	formatRE := regexp.MustCompile("`--format ([a-z|]+)`")
	for _, row := range readmeTable(t, "## Commands") {
		words := strings.Fields(strings.ReplaceAll(row[0], "`", ""))
		cmd, rest, err := root.Find(words[1:])
		if err != nil || cmd == root {
			t.Errorf("README names %q, which is no command", row[0])
			continue
		}
		seen[cmd.CommandPath()] = true
		text := row[0] + " " + row[1]
		for _, m := range longRE.FindAllStringSubmatch(text, -1) {
			known := cmd.Flags().Lookup(m[1]) != nil || cmd.InheritedFlags().Lookup(m[1]) != nil ||
				m[1] == "version" && root.Version != "" // cobra adds it at the root when it runs
			if !known && !strings.Contains(text, "`scan --"+m[1]) {
				t.Errorf("README: %s has no flag --%s", cmd.CommandPath(), m[1])
			}
		}
		for _, m := range shortRE.FindAllStringSubmatch(text, -1) {
			if cmd.Flags().ShorthandLookup(m[1]) == nil && cmd.InheritedFlags().ShorthandLookup(m[1]) == nil {
				t.Errorf("README: %s has no flag -%s", cmd.CommandPath(), m[1])
			}
		}
		if m := formatRE.FindStringSubmatch(row[1]); m != nil {
			want := formatsOf(cmd, rest)
			if got := strings.Split(m[1], "|"); !slices.Equal(got, want) {
				t.Errorf("README: %s writes %v, the CLI %v", row[0], got, want)
			}
		}
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			if len(sub.Commands()) == 0 && !seen[sub.CommandPath()] {
				t.Errorf("README's commands table lacks %s", sub.CommandPath())
			}
			walk(sub)
		}
	}
	walk(root)
}

// formatsOf is what the registry lets a command write; a scan of several
// apps or a folder is a batch.
func formatsOf(cmd *cobra.Command, args []string) []string {
	switch cmd.CommandPath() {
	case "apkscan scan":
		if slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "DIR") || strings.HasPrefix(a, "--from-file") }) {
			return report.Batch.Formats()
		}
		return report.Result.Formats()
	case "apkscan diff":
		return report.Diff.Formats()
	case "apkscan info":
		return report.Info.Formats()
	case "apkscan strings":
		return report.Strings.Formats()
	case "apkscan summarize":
		return report.Summary.Formats()
	}
	return nil
}

// TestDocLengths keeps the user docs short: README.md at most 300 lines,
// DESIGN.md at most 250 (what is, not how it came to be).
func TestDocLengths(t *testing.T) {
	for _, d := range []struct {
		path string
		max  int
	}{{"../../../../README.md", 300}, {"../../../../DESIGN.md", 250}} {
		b, err := os.ReadFile(d.path)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(b), "\n"); n > d.max {
			t.Errorf("%s has %d lines, at most %d", strings.TrimLeft(d.path, "./"), n, d.max)
		}
	}
}
