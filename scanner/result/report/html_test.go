package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// externalLoad matches attributes and CSS that would fetch from a network.
var externalLoad = regexp.MustCompile(`(?i)(src|href|action|srcset)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|@import`)

func renderHTML(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeHTML(&buf, sampleResult(), Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLContent(t *testing.T) {
	page := string(renderHTML(t))
	for _, want := range []string{
		"Content-Security-Policy", "default-src &#39;none&#39;", // no network, even if a value slipped through
		`<section id="code-paths">`, `class="step step-guard"`, `class="step step-sink"`,
		"this path also runs in incognito mode", "incognito state read here",
		"Sensors Analytics", `lvl lvl-strong">defined-classes`, "android:debuggable=true",
		"dex: truncated",
	} {
		if !strings.Contains(page, want) && !strings.Contains(page, strings.ReplaceAll(want, "&#39;", "'")) {
			t.Errorf("page lacks %q", want)
		}
	}
	if m := externalLoad.FindString(page); m != "" {
		t.Errorf("page loads from the network: %q", m)
	}
	if strings.Contains(page, "<script src") || strings.Contains(page, "<link") {
		t.Error("page references an external script or stylesheet")
	}
}

// TestHTMLEscapes: values come from the app under test, which an attacker
// controls; they must never become markup.
func TestHTMLEscapes(t *testing.T) {
	r := sampleResult()
	r.Findings[1].Evidence[0].Value = `<img src=x onerror=alert(1)>`
	r.Target.Package = `"><script>alert(1)</script>`
	var buf bytes.Buffer
	if err := writeHTML(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if s := buf.String(); strings.Contains(s, "<img src=x") || strings.Contains(s, "<script>alert") {
		t.Error("app-controlled value rendered as markup")
	}
}

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (apt-get install -y chromium); skipping the browser test")
	return ""
}

// outDir is where the browser test leaves its page and screenshot for a
// person to look at: $APKSCAN_TEST_OUT, or a fixed dir under the temp dir.
func outDir(t *testing.T) string {
	dir := os.Getenv("APKSCAN_TEST_OUT")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "apkscan-test-out", "report")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHTMLInChromium opens the report in headless Chromium with every
// network request pointed at a dead proxy: the DOM must render, the
// script must run to its end (data-ready marker) and the console must
// show no error.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	dir := outDir(t)
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, renderHTML(t), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "report.png")
	os.Remove(shot)
	url := "file://" + filepath.ToSlash(page)
	common := []string{"--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
		"--enable-logging=stderr", "--v=0", "--user-data-dir=" + filepath.Join(t.TempDir(), "profile")}

	dom, stderr := runChromium(t, bin, append(common, "--dump-dom", url)...)
	// Four filterable blocks: the code path, the tracker row, the manifest
	// row, the block-list row.
	for _, want := range []string{`data-ready="4"`, `class="step step-entry"`, "Sensors Analytics"} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Uncaught") || strings.Contains(line, "Content Security Policy") {
			t.Errorf("browser console: %s", line)
		}
	}
	runChromium(t, bin, append(common, "--screenshot="+shot, "--window-size=1280,1600", "--hide-scrollbars", url)...)
	st, err := os.Stat(shot)
	if err != nil || st.Size() < 10000 {
		t.Fatalf("no screenshot at %s (%v)", shot, err)
	}
	t.Logf("report page %s, screenshot %s (%d bytes)", page, shot, st.Size())
}

func runChromium(t *testing.T, bin string, args ...string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, errb.String())
	}
	return out.String(), errb.String()
}

// TestBatchHTML: a batch is one page, an index of the apps and then each
// app as a section, with ids unique on the page and the apps that could
// not be read listed.
func TestBatchHTML(t *testing.T) {
	a, b := sampleResult(), sampleResult()
	b.Target.Package, b.Target.Path = "org.second", "samples/second.apk"
	recs := []finding.Record{{Result: a}, {Error: &finding.ErrorRecord{Path: "broken.apk", Error: "not a zip archive"}}, {Result: b}}
	var buf bytes.Buffer
	if err := Batch.Write(&buf, "html", slices.Values(recs), Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{"2 apps, 1 failure", `href="#app1-app"`, `href="#app2-app"`, `<article id="app2-app">`,
		`<section id="app1-code-paths">`, "org.second", "broken.apk", "not a zip archive", "Content-Security-Policy"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if seen[m[1]] {
			t.Errorf("id %q twice on the page", m[1])
		}
		seen[m[1]] = true
	}
	if m := externalLoad.FindString(page); m != "" {
		t.Errorf("page loads from the network: %q", m)
	}
}
