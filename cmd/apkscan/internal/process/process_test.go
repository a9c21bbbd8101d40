package process

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestApplyCores: Cores lowers GOMAXPROCS for the command and restore
// puts it back; a larger value never raises it.
func TestApplyCores(t *testing.T) {
	prev := runtime.GOMAXPROCS(0)
	restore, err := Apply(Settings{Cores: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := runtime.GOMAXPROCS(0); got != 1 {
		t.Errorf("GOMAXPROCS %d under Cores 1, want 1", got)
	}
	restore()
	if got := runtime.GOMAXPROCS(0); got != prev {
		t.Errorf("GOMAXPROCS %d after restore, want %d back", got, prev)
	}
	restore, _ = Apply(Settings{Cores: prev + 4})
	if got := runtime.GOMAXPROCS(0); got != prev {
		t.Errorf("Cores %d raised GOMAXPROCS to %d (was %d)", prev+4, got, prev)
	}
	restore()
}

func TestApplySoftMemoryLimit(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	restore, err := Apply(Settings{SoftMemoryLimit: 3 << 30})
	if err != nil {
		t.Fatal(err)
	}
	if got := debug.SetMemoryLimit(-1); got != 3<<30 {
		t.Errorf("memory limit %d, want %d", got, int64(3<<30))
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != prev {
		t.Errorf("memory limit %d after restore, want %d", got, prev)
	}
}

func TestParseBytes(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"1500000000", 1500000000, true},
		{"2GiB", 2 << 30, true},
		{"512MiB", 512 << 20, true},
		{" 64 KiB ", 64 << 10, true},
		{"2GB", 2e9, true},
		{"100MB", 1e8, true},
		{"10kB", 1e4, true},
		{"7B", 7, true},
		{"-1", 0, false},
		{"2 gigs", 0, false},
		{"GiB", 0, false},
		{"99999999999TiB", 0, false},
	} {
		got, err := ParseBytes(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseBytes(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
