package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSummarizeGolden pins the three summary formats on a small corpus
// that has every case: a tracker with classes and one with only a
// manifest entry or strings, the same app under two paths (counted once),
// URLs in two spellings of one host, an incognito bypass, two failures
// and a last line cut short. Run with -update to rewrite the goldens.
func TestSummarizeGolden(t *testing.T) {
	in := filepath.Join("testdata", "summarize", "corpus.jsonl")
	for _, format := range []string{"table", "json", "csv"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := run(t, "summarize", "-f", format, in)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			golden := filepath.Join("testdata", "summarize", "corpus."+format)
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if want := string(readFile(t, golden)); out != want {
				t.Errorf("summarize -f %s differs from %s:\n%s", format, golden, out)
			}
		})
	}
}

// TestSummarizeMalformed: a bad line that is not the last is an input
// error (exit 3, as for any unreadable input) naming the file and the
// line, never silently skipped.
func TestSummarizeMalformed(t *testing.T) {
	p := writeFile(t, t.TempDir(), "bad.jsonl", []byte("{\"path\":\"a\",\"error\":\"x\",\"exit\":3}\nnot json\n{}\n"))
	_, stderr, code := run(t, "summarize", p)
	if code != ExitInput || !strings.Contains(stderr, "bad.jsonl: batch: line 2: ") {
		t.Errorf("exit %d stderr %q, want 3 and the file's line 2", code, stderr)
	}
}

// TestSummarizeLeavesBlocklistsOut: the hosts of an app's bundled block
// lists (samples/blocklists.apk ships three, naming Flurry, Xiaomi, Branch
// and Firebase collectors) are no endpoint hosts and no tracker mentions;
// the one collector its config names is.
func TestSummarizeLeavesBlocklistsOut(t *testing.T) {
	report := filepath.Join(t.TempDir(), "blocklists.json")
	if _, stderr, code := run(t, "scan", "-f", "json", "--fail-on", "none", "-o", report, filepath.Join(samplesDir, "blocklists.apk")); code != ExitOK {
		t.Fatalf("scan: exit %d: %s", code, stderr)
	}
	out, stderr, code := run(t, "summarize", "-f", "json", report)
	if code != ExitOK {
		t.Fatalf("summarize: exit %d: %s", code, stderr)
	}
	var s struct {
		Trackers []struct{ Name string }
		Hosts    []struct{ Host string }
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Hosts) != 1 || s.Hosts[0].Host != "api.mixpanel.com" || len(s.Trackers) != 1 || s.Trackers[0].Name != "Mixpanel" {
		t.Errorf("hosts %v, trackers %v: want only the config's api.mixpanel.com and Mixpanel", s.Hosts, s.Trackers)
	}
}
