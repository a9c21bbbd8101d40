package batch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// Workers scans apps in long-lived child processes, so that a parser bug
// that exhausts memory or never returns costs one record, not the batch.
// Each child reads app paths on its standard input and prints one JSONL
// record (a Result or an ErrorRecord) per path, so the cost of
// starting a process and compiling the rules is paid once per child, not
// once per app. A child that dies, overruns the deadline or prints garbage
// is killed and its app gets the error record; the next app starts a fresh
// child. The memory limit therefore bounds a child over its lifetime, and
// the app in flight when it is hit takes the blame.
type Workers struct {
	// Command is the child's argv; the child must serve paths from stdin.
	Command []string
	// MemoryLimit, in bytes, is passed as GOMEMLIMIT (a soft limit at 3/4,
	// so the collector works harder before the hard limit) and as
	// MemoryLimitEnv, which the child applies with LimitMemory. 0: none.
	MemoryLimit int64
	// Env is appended to the parent's environment.
	Env []string

	mu   sync.Mutex
	idle []*worker
}

type worker struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *stderrBuffer
}

// Scan implements Scanner.
func (ws *Workers) Scan(ctx context.Context, path string) (*finding.Result, error) {
	w, err := ws.get()
	if err != nil {
		return nil, &ChildError{Err: err}
	}
	type reply struct {
		line []byte
		err  error
	}
	done := make(chan reply, 1)
	go func() {
		if _, err := io.WriteString(w.in, path+"\n"); err != nil {
			done <- reply{err: err}
			return
		}
		line, err := w.out.ReadBytes('\n')
		done <- reply{line, err}
	}()
	select {
	case <-ctx.Done():
		w.kill()
		<-done
		return nil, ctx.Err()
	case r := <-done:
		if r.err != nil {
			// The child died (or closed its output): its exit status says why.
			if werr := w.kill(); werr != nil {
				r.err = werr
			}
			return nil, &ChildError{Err: r.err, Stderr: lastLines(w.stderr.String(), 3), Limited: ws.MemoryLimit > 0}
		}
		res, err := decodeRecord(r.line, w.stderr)
		var ce *ChildError
		if errors.As(err, &ce) {
			w.kill()
			return nil, err
		}
		ws.put(w)
		return res, err
	}
}

// Close stops every idle child.
func (ws *Workers) Close() {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	for _, w := range ws.idle {
		w.in.Close()
		_ = w.cmd.Wait()
	}
	ws.idle = nil
}

func (ws *Workers) get() (*worker, error) {
	ws.mu.Lock()
	if n := len(ws.idle); n > 0 {
		w := ws.idle[n-1]
		ws.idle = ws.idle[:n-1]
		ws.mu.Unlock()
		return w, nil
	}
	ws.mu.Unlock()
	return ws.start()
}

func (ws *Workers) put(w *worker) {
	ws.mu.Lock()
	ws.idle = append(ws.idle, w)
	ws.mu.Unlock()
}

func (ws *Workers) start() (*worker, error) {
	if len(ws.Command) == 0 {
		return nil, errors.New("no command")
	}
	cmd := exec.Command(ws.Command[0], ws.Command[1:]...)
	cmd.Env = append(os.Environ(), ws.Env...)
	if ws.MemoryLimit > 0 {
		cmd.Env = append(cmd.Env, "GOMEMLIMIT="+strconv.FormatInt(ws.MemoryLimit/4*3, 10),
			MemoryLimitEnv+"="+strconv.FormatInt(ws.MemoryLimit, 10))
	}
	cmd.WaitDelay = time.Second
	w := &worker{cmd: cmd, stderr: &stderrBuffer{max: 2048}}
	cmd.Stderr = w.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	w.in, w.out = in, bufio.NewReaderSize(out, 1<<20)
	return w, nil
}

// kill stops the child and returns how it ended (its exit status, or the
// kill), nil when it had exited cleanly.
func (w *worker) kill() error {
	_ = w.cmd.Process.Kill()
	return w.cmd.Wait()
}
