package batch

import (
	"context"
	"errors"
	"testing"
	"time"
)

// fakeServer is a long-lived child in sh: "crash" kills it, "hang" never
// answers, "garbage" prints a non-record, anything else gets a record.
const fakeServer = `while read p; do
  case "$p" in
    crash) echo "fatal error: out of memory" >&2; exit 2;;
    hang) sleep 60;;
    garbage) echo "not json";;
    *) printf '{"schemaVersion":1,"target":{"path":"%s"},"findings":[],"diagnostics":[]}\n' "$p";;
  esac
done`

func TestWorkersRecoverFromBadApps(t *testing.T) {
	ws := &Workers{Command: []string{"/bin/sh", "-c", fakeServer}}
	defer ws.Close()
	scan := func(path string, timeout time.Duration) error {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		res, err := ws.Scan(ctx, path)
		if err == nil && (res == nil || res.Target.Path != path) {
			t.Errorf("%s: result %+v does not name the app", path, res)
		}
		return err
	}
	if err := scan("a.apk", 5*time.Second); err != nil {
		t.Fatalf("first app: %v", err)
	}
	var ce *ChildError
	if err := scan("crash", 5*time.Second); !errors.As(err, &ce) || ce.Stderr != "fatal error: out of memory" {
		t.Errorf("crash: err = %v, want a ChildError quoting the runtime's last words", err)
	}
	if err := scan("b.apk", 5*time.Second); err != nil {
		t.Errorf("app after a crash: %v (a fresh child should take it)", err)
	}
	start := time.Now()
	if err := scan("hang", 300*time.Millisecond); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("hang: err = %v, want the deadline", err)
	}
	if time.Since(start) > 3*time.Second {
		t.Errorf("hung child was not killed at the deadline (%v)", time.Since(start))
	}
	if err := scan("garbage", 5*time.Second); !errors.As(err, &ce) {
		t.Errorf("garbage: err = %v, want a ChildError", err)
	}
	if err := scan("c.apk", 5*time.Second); err != nil {
		t.Errorf("app after garbage: %v", err)
	}
	ws.mu.Lock()
	idle := len(ws.idle)
	ws.mu.Unlock()
	if idle != 1 {
		t.Errorf("idle children = %d, want 1 (the healthy one is reused)", idle)
	}
}
