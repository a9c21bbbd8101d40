package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCPUProfile: the hidden --cpuprofile flag writes a profile pprof can
// read (it starts with gzip's magic) and reports an unwritable path as a
// usage error.
func TestCPUProfile(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	if _, stderr, code := run(t, "--cpuprofile", prof, "scan", "--fail-on", "none", samplesDir+"/hello.apk"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(prof)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("profile is not gzip-compressed pprof data (%d bytes)", len(b))
	}
	bad := filepath.Join(t.TempDir(), "missing", "cpu.prof")
	if _, stderr, code := run(t, "--cpuprofile", bad, "info", samplesDir+"/hello.apk"); code != ExitUsage {
		t.Errorf("unwritable profile: exit %d, want %d (%s)", code, ExitUsage, stderr)
	}
}
