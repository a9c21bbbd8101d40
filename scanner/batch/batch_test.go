package batch

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/finding"
)

// TestMain doubles as the child for the Workers tests: with helperEnv
// set, the test binary serves app paths from stdin in the mode it names.
func TestMain(m *testing.M) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		os.Exit(m.Run())
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		serveTestChild(mode, in.Text())
	}
	os.Exit(0)
}

func serveTestChild(mode, path string) {
	switch mode {
	case "ok":
		writeLine(&finding.Result{SchemaVersion: 1, Target: finding.Target{Path: path}})
	case "error":
		writeLine(&finding.ErrorRecord{Path: path, Error: "not a zip", Exit: finding.ExitInput})
	case "hog":
		// A parser bug that eats memory: the RLIMIT_DATA a child sets
		// from MemoryLimitEnv (as apkscan's scan-one does) must stop it.
		if err := limitData(); err != nil {
			panic(err)
		}
		for {
			b := make([]byte, 16<<20)
			for i := range b {
				b[i] = 1
			}
			hogged = append(hogged, b) // kept reachable: the collector must not free it
		}
	case "hang":
		time.Sleep(time.Minute)
	}
}

const helperEnv = "APKSCAN_BATCH_TEST_CHILD"

func writeLine(v any) {
	if err := json.NewEncoder(os.Stdout).Encode(v); err != nil {
		panic(err)
	}
}

// limitData sets RLIMIT_DATA from MemoryLimitEnv, as an isolated child does.
func limitData() error {
	n, err := strconv.ParseUint(os.Getenv(MemoryLimitEnv), 10, 64)
	if err != nil {
		return err
	}
	return syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: n, Max: n})
}

// hogged keeps the "hog" child's allocations reachable.
var hogged [][]byte

func child(mode string, limit int64) *Workers {
	return &Workers{Command: []string{os.Args[0]}, Env: []string{helperEnv + "=" + mode}, MemoryLimit: limit}
}

// TestWorkerOutcomes: a child's record, its error record, a child that runs out of
// memory and one that hangs each come back as one outcome.
func TestWorkerOutcomes(t *testing.T) {
	tests := []struct {
		mode      string
		limit     int64
		budget    time.Duration
		wantErr   string
		wantLimit string // the error record's resource limit
	}{
		{"ok", 0, 0, "", ""},
		{"error", 0, 0, "not a zip", ""},
		// Under RLIMIT_DATA the Go runtime dies with "out of memory" when
		// the heap cannot grow, or with SIGSEGV when the limit hits first
		// in its own bookkeeping; either way the child is stopped and named.
		{"hog", 256 << 20, 30 * time.Second, "batch: child: exit status 2", LimitedMemory},
		{"hang", 0, 300 * time.Millisecond, "time budget of 300ms", LimitedTime},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			start := time.Now()
			res, err := scanOne(context.Background(), child(tt.mode, tt.limit), "app.apk", tt.budget)
			if tt.wantErr == "" {
				if err != nil || res == nil || res.Target.Path != "app.apk" {
					t.Fatalf("got %v, %v", res, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error %v, want %q", err, tt.wantErr)
			}
			rec := Record{Path: "app.apk", Err: err}.Document().Error
			if rec.Limit != tt.wantLimit {
				t.Errorf("limit %q, want %q (%v)", rec.Limit, tt.wantLimit, err)
			}
			if time.Since(start) > 20*time.Second {
				t.Errorf("took %s", time.Since(start))
			}
		})
	}
}

type fakeScanner struct{ slow string }

// TestLimitOfChildErrors: a child the kernel killed, or whose runtime says
// it ran out of memory, is a memory limit; one that failed on its input,
// or crashed otherwise, is not.
func TestLimitOfChildErrors(t *testing.T) {
	killed := exec.Command("sh", "-c", "kill -9 $$").Run()
	crashed := exec.Command("sh", "-c", "exit 2").Run()
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&ChildError{Err: killed}, LimitedMemory},
		{&ChildError{Err: crashed, Stderr: "fatal error: runtime: out of memory"}, LimitedMemory},
		{&ChildError{Err: crashed, Stderr: "panic: index out of range"}, ""},
		{&ChildError{Err: crashed, Stderr: "fatal error: unexpected signal during runtime execution", Limited: true}, LimitedMemory},
		{&ChildError{Err: crashed, Stderr: "fatal error: unexpected signal during runtime execution"}, ""},
		{&ChildError{Err: crashed, Stderr: "SIGSEGV: segmentation violation", Limited: true}, LimitedMemory},
		{&ChildError{Err: crashed, Stderr: "panic: runtime error: invalid memory address or nil pointer dereference", Limited: true}, ""},
		{errors.New("not a zip"), ""},
		{fmt.Errorf("%w: %w", &TimeoutError{Budget: time.Second}, context.DeadlineExceeded), LimitedTime},
	} {
		if got := Limit(tc.err); got != tc.want {
			t.Errorf("Limit(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

func (f fakeScanner) Scan(ctx context.Context, path string) (*finding.Result, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err // as a real scan cannot read it
	}
	if filepath.Base(path) == f.slow {
		time.Sleep(10 * time.Second) // ignores ctx, as a stuck parser would
	}
	if strings.HasSuffix(path, "panic.apk") {
		panic("parser bug")
	}
	return &finding.Result{Target: finding.Target{Path: path}}, nil
}

// TestRunFaults: a scan that overruns its budget or panics costs one
// record; the others arrive; every item gets exactly one record.
func TestRunFaults(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a.apk", "slow.apk", "panic.apk", "b.apk"} {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte(n), 0o644)
		paths = append(paths, p)
	}
	paths = append(paths, filepath.Join(dir, "missing.apk"))
	got := map[string]Record{}
	start := time.Now()
	Run(context.Background(), fakeScanner{slow: "slow.apk"}, Discover(paths), Options{Jobs: 2, Timeout: 200 * time.Millisecond},
		func(r Record) { got[filepath.Base(r.Path)] = r })
	if time.Since(start) > 8*time.Second { // far below the stuck scan's 10 s
		t.Errorf("the batch waited for the overrunning scan: %s", time.Since(start))
	}
	var te *TimeoutError
	for name, check := range map[string]func(Record) bool{
		"a.apk":       func(r Record) bool { return !r.Failed() && len(r.SHA256) == 64 },
		"b.apk":       func(r Record) bool { return !r.Failed() },
		"slow.apk":    func(r Record) bool { return r.Failed() && errors.As(r.Err, &te) },
		"panic.apk":   func(r Record) bool { return r.Failed() && strings.Contains(r.Err.Error(), "panicked") },
		"missing.apk": func(r Record) bool { return r.Failed() && r.SHA256 == "" },
	} {
		if r, ok := got[name]; !ok || !check(r) {
			t.Errorf("%s: unexpected record %+v", name, r)
		}
	}
	if len(got) != 5 {
		t.Errorf("%d records, want 5", len(got))
	}
}

func TestParseShard(t *testing.T) {
	for s, ok := range map[string]bool{"0/1": true, "2/3": true, "3/3": false, "-1/3": false, "1/0": false, "1": false, "1/2x": false, "a/b": false} {
		if _, err := ParseShard(s); (err == nil) != ok {
			t.Errorf("ParseShard(%q) error %v, want ok=%v", s, err, ok)
		}
	}
}

// TestShardOwnsPartition: every hash belongs to exactly one shard.
func TestShardOwnsPartition(t *testing.T) {
	for i := range 200 {
		sum := pathKey(strings.Repeat("x", i))
		owners := 0
		for s := range 7 {
			if (Shard{Index: s, Count: 7}).Owns(sum) {
				owners++
			}
		}
		if owners != 1 {
			t.Fatalf("hash %d owned by %d shards", i, owners)
		}
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b/one.APK", "a/two.aab", "a/three.xapk", "a/four.apks", "a/five.apkm", "a/notes.txt", "x.apk/inner.apk"} {
		p := filepath.Join(dir, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	extra := filepath.Join(dir, "a", "notes.txt")
	var got []string
	for _, it := range Discover([]string{dir, extra, dir}) {
		rel, _ := filepath.Rel(dir, it.Path)
		got = append(got, rel)
	}
	want := "a/five.apkm a/four.apks a/three.xapk a/two.aab b/one.APK x.apk x.apk/inner.apk a/notes.txt"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestReadLinesTruncated(t *testing.T) {
	in := "{\"path\":\"a\",\"sha256\":\"1\",\"error\":\"x\",\"exit\":3}\n\n{\"path\":\"b\",\"err"
	n := 0
	complete, err := ReadLines(strings.NewReader(in), func(finding.Record) error { n++; return nil })
	if err != nil || n != 1 || complete != int64(strings.Index(in, "{\"path\":\"b\"")) {
		t.Errorf("n=%d complete=%d err=%v", n, complete, err)
	}
}

func TestHostsIn(t *testing.T) {
	got := strings.Join(hostsIn(`"endpoint": "https://API.mixpanel.com/track", http://a.b:8080/x?y https://`), " ")
	if got != "api.mixpanel.com a.b" {
		t.Errorf("hostsIn = %q", got)
	}
}
