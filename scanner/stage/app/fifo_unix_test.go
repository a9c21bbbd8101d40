//go:build unix

package app

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/read/apk"
)

// TestLoadRefusesNamedPipe: a named pipe called x.apk with no writer is an
// input error at once (opening it the ordinary way blocks for ever), both
// with the digest computed beside the read and without.
func TestLoadRefusesNamedPipe(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.apk")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, jobs := range []int{1, 2} {
		done := make(chan error, 1)
		go func() {
			_, err := Load(p, Options{Jobs: jobs})
			done <- err
		}()
		select {
		case err := <-done:
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, apk.ErrNotRegular) {
				t.Errorf("jobs %d: err = %v, want an InputError wrapping ErrNotRegular", jobs, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("jobs %d: Load blocked on the named pipe", jobs)
		}
	}
}
