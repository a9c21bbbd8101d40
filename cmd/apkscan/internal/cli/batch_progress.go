package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/apkscan/apkscan/scanner/batch"
)

// progress draws count, rate, ETA and failures on stderr, only when
// stderr is a terminal and not in CI (the CI variable is set by GitHub
// Actions, GitLab, Jenkins, Buildkite, ...): logs must not fill with bars.
type progress struct {
	bar    *progressbar.ProgressBar
	failed int
}

func newProgress(stderr io.Writer, total int) *progress {
	f, ok := stderr.(*os.File)
	if !ok || os.Getenv("CI") != "" || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("scanning"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("apps"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p *progress) add(rec batch.Record) {
	if p.bar == nil {
		return
	}
	if rec.Failed() {
		p.failed++
		p.bar.Describe(fmt.Sprintf("scanning (%d failed)", p.failed))
	}
	_ = p.bar.Add(1)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
