package batch

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"

	"github.com/apkscan/apkscan/scanner/finding"
)

// MemoryLimitEnv names the variable a child reads its hard memory limit
// from (bytes); see LimitMemory.
const MemoryLimitEnv = "APKSCAN_MEMORY_LIMIT"

// ChildError says what became of a child that printed no record.
type ChildError struct {
	Err    error  // the exit status or start failure
	Stderr string // the last lines the child wrote on stderr
	// Limited is set when the child ran under a hard memory limit
	// (Workers.MemoryLimit).
	Limited bool
}

func (e *ChildError) Error() string {
	msg := "batch: child: " + e.Err.Error()
	if e.Stderr != "" {
		msg += ": " + e.Stderr
	}
	return msg
}

func (e *ChildError) Unwrap() error { return e.Err }

// OutOfMemory reports a child stopped for want of memory: the Go runtime
// says so when the heap cannot grow under RLIMIT_DATA ("out of memory",
// "cannot allocate memory"), or dies of a raw signal in its own
// bookkeeping when the limit hits there first (counted only under a
// limit: our own faults are Go panics, recovered per app); a SIGKILL the
// parent did not send is the kernel's out-of-memory killer. (A parent's
// kill for a time budget is a TimeoutError, never a ChildError.)
func (e *ChildError) OutOfMemory() bool {
	for _, s := range []string{"out of memory", "cannot allocate memory"} {
		if strings.Contains(e.Stderr, s) {
			return true
		}
	}
	if e.Limited {
		for _, s := range []string{"unexpected signal during runtime execution", "SIGSEGV", "SIGBUS"} {
			if strings.HasPrefix(e.Stderr, s) || strings.Contains(e.Stderr, "fatal error: "+s) {
				return true
			}
		}
	}
	var ee *exec.ExitError
	if errors.As(e.Err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			return true
		}
	}
	return false
}

// decodeRecord turns a child's JSONL line into what an in-process scan
// returns. A line that does not parse is a *ChildError.
func decodeRecord(line []byte, stderr *stderrBuffer) (*finding.Result, error) {
	l, err := ParseLine(bytes.TrimSpace(line))
	if err != nil {
		return nil, &ChildError{Err: fmt.Errorf("unreadable record: %w", err), Stderr: lastLines(stderr.String(), 3)}
	}
	if l.Error != nil {
		// Keep the diagnostics of a partial read, as an in-process scan does.
		res := &finding.Result{Diagnostics: l.Error.Diagnostics}
		if len(res.Diagnostics) == 0 {
			res = nil
		}
		return res, errors.New(l.Error.Error)
	}
	return l.Result, nil
}

// stderrBuffer keeps the first and the last max bytes written: a Go
// runtime says why it died first ("fatal error: ..."), a program last, and
// a child that floods its stderr must not exhaust the parent.
type stderrBuffer struct {
	head, tail []byte
	max        int
}

func (b *stderrBuffer) Write(p []byte) (int, error) {
	n := len(p)
	if room := b.max - len(b.head); room > 0 {
		k := min(room, len(p))
		b.head, p = append(b.head, p[:k]...), p[k:]
	}
	b.tail = append(b.tail, p...)
	if len(b.tail) > b.max {
		b.tail = append(b.tail[:0], b.tail[len(b.tail)-b.max:]...)
	}
	return n, nil
}

func (b *stderrBuffer) String() string { return string(b.head) + "\n" + string(b.tail) }

// lastLines keeps the line that says why a Go runtime died ("fatal
// error: out of memory", "panic: ...", "SIGSEGV: ...") or else the last n
// lines, joined by " | ".
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for _, l := range lines {
		for _, p := range []string{"fatal error:", "panic:", "SIGSEGV", "SIGBUS", "runtime: out of memory"} {
			if strings.HasPrefix(l, p) {
				return l
			}
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
