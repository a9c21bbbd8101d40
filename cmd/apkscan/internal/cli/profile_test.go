package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCPUProfile: the hidden --cpuprofile and --memprofile flags write profiles pprof can
// read (it starts with gzip's magic) and reports an unwritable path as a
// usage error.
func TestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	if _, stderr, code := run(t, "--cpuprofile", cpu, "--memprofile", mem, "scan", "--fail-on", "none", samplesDir+"/hello.apk"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, prof := range []string{cpu, mem} {
		b, err := os.ReadFile(prof)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s is not gzip-compressed pprof data (%d bytes)", filepath.Base(prof), len(b))
		}
	}
	bad := filepath.Join(t.TempDir(), "missing", "cpu.prof")
	if _, stderr, code := run(t, "--cpuprofile", bad, "info", samplesDir+"/hello.apk"); code != ExitUsage {
		t.Errorf("unwritable profile: exit %d, want %d (%s)", code, ExitUsage, stderr)
	}
}
