package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// MemoryLimitEnv names the variable a child reads its hard memory limit
// from (bytes); see LimitMemory.
const MemoryLimitEnv = "APKSCAN_MEMORY_LIMIT"

// Child scans each app in a child process, so that a parser bug that
// exhausts memory or never returns costs one record, not the batch. The
// child must print one JSONL line (a Result or an ErrorRecord) on stdout.
type Child struct {
	// Command is the child's argv without the app path, which is appended.
	Command []string
	// MemoryLimit, in bytes, is passed as GOMEMLIMIT (a soft limit at 3/4,
	// so the collector works harder before the hard limit) and as
	// MemoryLimitEnv, which the child applies with LimitMemory. 0: none.
	MemoryLimit int64
	// Env is appended to the parent's environment.
	Env []string
}

// ChildError says what became of a child that printed no record.
type ChildError struct {
	Err    error  // the exit status or start failure
	Stderr string // the last lines the child wrote on stderr
}

func (e *ChildError) Error() string {
	msg := "batch: child: " + e.Err.Error()
	if e.Stderr != "" {
		msg += ": " + e.Stderr
	}
	return msg
}

func (e *ChildError) Unwrap() error { return e.Err }

// Scan implements Scanner. The context's deadline kills the child.
func (c *Child) Scan(ctx context.Context, path string) (*finding.Result, error) {
	if len(c.Command) == 0 {
		return nil, errors.New("batch: child: no command")
	}
	args := append(append([]string(nil), c.Command[1:]...), path)
	cmd := exec.CommandContext(ctx, c.Command[0], args...)
	cmd.Env = append(os.Environ(), c.Env...)
	if c.MemoryLimit > 0 {
		cmd.Env = append(cmd.Env, "GOMEMLIMIT="+strconv.FormatInt(c.MemoryLimit/4*3, 10),
			MemoryLimitEnv+"="+strconv.FormatInt(c.MemoryLimit, 10))
	}
	// Killing the child on cancel is the point; do not wait long for its pipes.
	cmd.WaitDelay = time.Second
	var stdout bytes.Buffer
	stderr := &stderrBuffer{max: 2048}
	cmd.Stdout, cmd.Stderr = &stdout, stderr
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	line := bytes.TrimSpace(stdout.Bytes())
	if len(line) == 0 || bytes.IndexByte(line, '\n') >= 0 {
		if runErr == nil {
			runErr = errors.New("printed no single record")
		}
		return nil, &ChildError{Err: runErr, Stderr: lastLines(stderr.String(), 3)}
	}
	return decodeRecord(line, stderr)
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
