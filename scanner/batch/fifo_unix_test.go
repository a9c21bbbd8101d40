//go:build unix

package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
)

// regularScanner fails on what is not a regular file, as a real scan does.
type regularScanner struct{}

func (regularScanner) Scan(_ context.Context, path string) (*finding.Result, error) {
	f, _, err := apk.OpenRegular(path)
	if err != nil {
		return nil, err
	}
	f.Close()
	return &finding.Result{Target: finding.Target{Path: path}}, nil
}

// TestNamedPipeIsAnErrorRecord: a named pipe called x.apk in a batch
// folder (no writer: opening it normally blocks forever) becomes one error
// record, hashed or not, and the batch goes on.
func TestNamedPipeIsAnErrorRecord(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.apk"), []byte("a"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "x.apk"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, opts := range []Options{{Jobs: 2}, {Jobs: 2, Shard: Shard{Index: 0, Count: 1}}, {Jobs: 1, Shard: Shard{Index: 1, Count: 2}}} {
		got := map[string]Record{}
		done := make(chan struct{})
		go func() {
			Run(context.Background(), regularScanner{}, Discover([]string{dir}), opts, func(r Record) { got[filepath.Base(r.Path)] = r })
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("%+v: the batch blocked on the named pipe", opts)
		}
		if r, ok := got["x.apk"]; ok && !r.Skipped && !errors.Is(r.Err, apk.ErrNotRegular) {
			t.Errorf("%+v: x.apk record %+v, want a not-a-regular-file error", opts, r)
		}
		if len(got) != 2 {
			t.Errorf("%+v: %d records, want 2", opts, len(got))
		}
	}
}
