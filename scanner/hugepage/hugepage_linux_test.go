//go:build linux

package hugepage

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestWanted(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tt := range []struct {
		name, file, godebug string
		want                bool
	}{
		{"madvise", write("m", "always [madvise] never\n"), "", true},
		{"always", write("a", "[always] madvise never\n"), "", false},
		{"never", write("n", "always madvise [never]\n"), "", false},
		{"no file", filepath.Join(dir, "missing"), "", false},
		{"disablethp", write("m2", "always [madvise] never\n"), "disablethp=1", false},
		{"disablethp off", write("m3", "always [madvise] never\n"), "gctrace=0, disablethp=0", true},
		{"last wins", write("m4", "always [madvise] never\n"), "disablethp=0,disablethp=1", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			old := enabledFile
			defer func() { enabledFile = old }()
			enabledFile = tt.file
			t.Setenv("GODEBUG", tt.godebug)
			if got := Wanted(); got != tt.want {
				t.Errorf("Wanted() = %v, want %v", got, tt.want)
			}
		})
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
		t.Skipf("transparent huge pages are not in madvise mode here (%s), or GODEBUG=disablethp=1", enabledFile)
	}
	const n = 64 << 20
	got := Ensure(n)
	if got < n-2*pmdSize {
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
