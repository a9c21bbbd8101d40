//go:build linux

package process

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// fakeTHP points thpDir at a directory holding the given files for the
// rest of the test.
func fakeTHP(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := thpDir
	t.Cleanup(func() { thpDir = old })
	thpDir = dir
}

func TestWanted(t *testing.T) {
	const madvise = "always [madvise] never\n"
	for _, tt := range []struct {
		name, enabled, godebug string
		want                   bool
	}{
		{"madvise", madvise, "", true},
		{"always", "[always] madvise never\n", "", false},
		{"never", "always madvise [never]\n", "", false},
		{"no file", "", "", false},
		{"disablethp", madvise, "disablethp=1", false},
		{"disablethp off", madvise, "gctrace=0, disablethp=0", true},
		{"last wins", madvise, "disablethp=0,disablethp=1", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{}
			if tt.enabled != "" {
				files["enabled"] = tt.enabled
			}
			fakeTHP(t, files)
			t.Setenv("GODEBUG", tt.godebug)
			want := tt.want && !raceEnabled && is64bit
			if got := Wanted(); got != want {
				t.Errorf("Wanted() = %v, want %v (race build: %v)", got, want, raceEnabled)
			}
		})
	}
}

func TestPMDSize(t *testing.T) {
	for _, tt := range []struct {
		file string // "" for none
		want uintptr
	}{
		{"2097152\n", 2 << 20},
		{"33554432\n", 32 << 20},
		{"536870912", 512 << 20},
		{"", 2 << 20},
		{"0\n", 2 << 20},
		{"3000000\n", 2 << 20}, // not a power of two
		{"lots\n", 2 << 20},
	} {
		files := map[string]string{}
		if tt.file != "" {
			files["hpage_pmd_size"] = tt.file
		}
		fakeTHP(t, files)
		if got := pmdSize(); got != tt.want {
			t.Errorf("hpage_pmd_size %q: pmdSize() = %d, want %d", tt.file, got, tt.want)
		}
	}
}

// hugeRanges lists the mappings of this process that are advised
// MADV_HUGEPAGE ("hg" in smaps' VmFlags).
func hugeRanges(t *testing.T) [][2]uintptr {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	var out [][2]uintptr
	var cur [2]uintptr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := strings.Cut(strings.Fields(line)[0], "-"); ok && !strings.HasSuffix(line, ":") {
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			if err1 == nil && err2 == nil {
				cur = [2]uintptr{uintptr(a), uintptr(b)}
				continue
			}
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+flags+" ", " hg ") {
			out = append(out, cur)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEnsureAdvisesTheHeapItReuses checks both halves of the approach: the
// kernel holds the advice, and the runtime puts new allocations in the
// advised range (it hands out the lowest free heap addresses first).
func TestEnsureAdvisesTheHeapItReuses(t *testing.T) {
	if !Wanted() {
		t.Skipf("transparent huge pages are not in madvise mode here (%s/enabled), or GODEBUG=disablethp=1", thpDir)
	}
	const n = 64 << 20
	got := Ensure(n)
	if got < n-2*int64(pmdSize()) {
		t.Fatalf("Ensure(%d) = %d", n, got)
	}
	if again := Ensure(n); again != got {
		t.Errorf("a second Ensure(%d) advised more: %d, then %d", n, got, again)
	}
	if Advised() != got {
		t.Errorf("Advised() = %d, want %d", Advised(), got)
	}
	ranges := hugeRanges(t)
	var total uintptr
	for _, r := range ranges {
		total += r[1] - r[0]
	}
	if total < uintptr(got) {
		t.Fatalf("smaps shows %d bytes advised MADV_HUGEPAGE, want at least %d: %x", total, got, ranges)
	}

	// Allocate like a scan does, many small objects, and find them there.
	keep := make([][]byte, 0, 8192)
	in := 0
	for range cap(keep) {
		b := make([]byte, 1024)
		keep = append(keep, b)
		p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		for _, r := range ranges {
			if p >= r[0] && p < r[1] {
				in++
				break
			}
		}
	}
	runtime.KeepAlive(keep)
	t.Logf("%d of %d new objects are in the advised range", in, len(keep))
	// Not all: free pages below the range, left by earlier garbage, are
	// handed out first. Measured 93-100%; an allocator that stopped
	// reusing the range would put next to none there.
	if in < len(keep)/2 {
		t.Errorf("%d of %d new objects are in the advised range", in, len(keep))
	}
}

// Under strict overcommit advise maps nothing: the mapping would be
// charged in full at once, and a refused allocation is fatal.
func TestAdviseNotUnderStrictOvercommit(t *testing.T) {
	fakeTHP(t, map[string]string{"hpage_pmd_size": "2097152\n"})
	f := filepath.Join(t.TempDir(), "overcommit_memory")
	if err := os.WriteFile(f, []byte("2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := overcommitFile
	defer func() { overcommitFile = old }()
	overcommitFile = f
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if got := advise(256 << 20); got != 0 {
		t.Errorf("advise(256 MiB) under strict overcommit = %d, want 0", got)
	}
	runtime.ReadMemStats(&after)
	if grown := after.HeapSys - before.HeapSys; after.HeapSys > before.HeapSys && grown >= 256<<20 {
		t.Errorf("the heap grew by %d bytes under strict overcommit", grown)
	}
}

// On a kernel whose huge pages are 512 MiB (arm64 with 64 KiB pages), a
// 256 MiB request holds none: nothing is mapped or advised.
func TestAdviseNeedsWholeHugePages(t *testing.T) {
	fakeTHP(t, map[string]string{"hpage_pmd_size": "536870912\n"})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if got := advise(256 << 20); got != 0 {
		t.Errorf("advise(256 MiB) with 512 MiB huge pages = %d, want 0", got)
	}
	runtime.ReadMemStats(&after)
	if grown := after.HeapSys - before.HeapSys; after.HeapSys > before.HeapSys && grown >= 256<<20 {
		t.Errorf("the heap grew by %d bytes for a range that was not advised", grown)
	}
}

func TestFits(t *testing.T) {
	const n = 256 << 20
	for _, tt := range []struct {
		name       string
		overcommit string
		limits     []uint64
		want       bool
	}{
		{"heuristic overcommit, no limits", "0", []uint64{rlimInfinity, rlimInfinity}, true},
		{"always overcommit", "1", []uint64{rlimInfinity, rlimInfinity}, true},
		{"unreadable overcommit", "", []uint64{rlimInfinity, rlimInfinity}, true},
		{"strict overcommit", "2", []uint64{rlimInfinity, rlimInfinity}, false},
		{"data limit 1 GiB", "0", []uint64{1 << 30, rlimInfinity}, true},
		{"data limit just under 1 GiB", "0", []uint64{1<<30 - 1, rlimInfinity}, false},
		{"address space 512 MiB", "0", []uint64{rlimInfinity, 512 << 20}, false},
		{"address space 8 GiB", "0", []uint64{rlimInfinity, 8 << 30}, true},
	} {
		if got := fits(n, tt.overcommit, tt.limits...); got != tt.want {
			t.Errorf("%s: fits(256 MiB) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// When the runtime no longer puts new allocations in the advised range (a
// Go release that breaks the approach's premise), advise takes the advice
// back and Ensure stops: the process is as it would be without it.
func TestAdviseUndoesWhenTheHeapIsNotReused(t *testing.T) {
	if !Wanted() {
		t.Skipf("transparent huge pages are not in madvise mode here (%s/enabled)", thpDir)
	}
	old := reused
	t.Cleanup(func() { reused, premiseBroken = old, false })
	var lo, hi uintptr
	reused = func(l, h uintptr) bool { lo, hi = l, h; return false }
	before := hugeRanges(t)
	if got := advise(64 << 20); got != 0 {
		t.Errorf("advise = %d with the range not reused, want 0", got)
	}
	if Wanted() {
		t.Error("Wanted after the premise broke")
	}
	// The pieces' range may hold heap an earlier test advised (pieces
	// land around live objects): only advice that was not there before
	// counts.
	covered := func(p uintptr) bool {
		for _, r := range before {
			if p >= r[0] && p < r[1] {
				return true
			}
		}
		return false
	}
	page := uintptr(os.Getpagesize())
	for _, r := range hugeRanges(t) {
		for p := max(r[0], lo); p < min(r[1], hi); p += page {
			if !covered(p) {
				t.Errorf("range %x-%x still advised MADV_HUGEPAGE at %x (smaps %x-%x)", lo, hi, p, r[0], r[1])
				break
			}
		}
	}
}

// deepStack recurses n frames deep, growing its goroutine's stack.
//
//go:noinline
func deepStack(n int) int {
	var frame [256]byte
	frame[n%len(frame)] = byte(n)
	if n == 0 {
		return int(frame[0])
	}
	return deepStack(n-1) + int(frame[1])
}

// residentBytes is the process's resident memory.
func residentBytes(t *testing.T) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skipf("no /proc/self/statm: %v", err)
	}
	f := strings.Fields(string(b))
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return pages * int64(os.Getpagesize())
}

// The range is never written, so it costs no memory: also when the runtime
// would zero a fresh allocation that starts on a page used before. A
// goroutine's grown stack, freed at the top of the heap when it exits, is
// such a page; a single allocation of the whole range starting there was
// zeroed whole (256 MiB resident, 1.3 s of page faults). Each try runs in
// a fresh process, as a command advises once at its start: a range advised
// before and freed again is such reused memory too.
func TestAdviseWritesNoMemory(t *testing.T) {
	if !Wanted() {
		t.Skipf("transparent huge pages are not in madvise mode here (%s/enabled)", thpDir)
	}
	const n = 256 << 20
	if os.Getenv("APKSCAN_TEST_ADVISE") == "1" {
		done := make(chan int)
		go func() { done <- deepStack(4000) }()
		<-done
		before := residentBytes(t)
		if advise(n) == 0 {
			t.Fatal("advise advised nothing")
		}
		if grown := residentBytes(t) - before; grown > 16<<20 {
			t.Fatalf("advising %d MiB made %d MiB resident", n>>20, grown>>20)
		}
		return
	}
	for range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAdviseWritesNoMemory$", "-test.count=1")
		cmd.Env = append(os.Environ(), "APKSCAN_TEST_ADVISE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
	}
}
