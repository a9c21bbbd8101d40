package cli

import (
	"context"

	"github.com/apkscan/apkscan/scanner"
	"github.com/apkscan/apkscan/scanner/batch"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// lateScanner is the batch scanner while the rules still load and compile
// (most of a process's start-up: the built-in pack is 0.4 MB of YAML). The
// batch's first apps are read meanwhile: a scan loads its app, then waits
// for the rules before indexing and matching. runBatch waits for them too
// before it writes anything, so a rule error still ends the run with exit 2
// and no output.
type lateScanner struct {
	done chan struct{}
	sc   *scanner.Scanner
	err  error
	app  app.Options
}

// startScanner builds the scanner in the background. appOpts must be the
// scanner's own Options.App.
func startScanner(build func() (*scanner.Scanner, error), appOpts app.Options) *lateScanner {
	l := &lateScanner{done: make(chan struct{}), app: appOpts}
	go func() {
		defer close(l.done)
		l.sc, l.err = build()
	}()
	return l
}

// ready waits for the rules and returns their error.
func (l *lateScanner) ready() error {
	<-l.done
	return l.err
}

func (l *lateScanner) Scan(ctx context.Context, path string) (*finding.Result, error) {
	a, loadErr := app.Load(path, l.app)
	if a != nil {
		defer a.Close()
	}
	select {
	case <-l.done:
	case <-ctx.Done():
		return nil, &scanner.StageError{Stage: "load", Err: ctx.Err()}
	}
	if l.err != nil {
		return nil, l.err
	}
	if a == nil {
		return nil, loadErr
	}
	return l.sc.ScanApp(ctx, a, loadErr)
}

// scannerReady is what runBatch waits for before writing: the rules of a
// lateScanner; other scanners are ready when built.
func scannerReady(sc batch.Scanner) error {
	if l, ok := sc.(*lateScanner); ok {
		return l.ready()
	}
	return nil
}
