package process

import "testing"

func TestGCPercent(t *testing.T) {
	t.Setenv("GOGC", "")
	if got := gcPercent(); got != BatchGCPercent {
		t.Errorf("gcPercent() = %d, want %d", got, BatchGCPercent)
	}
	t.Setenv("GOGC", "100")
	if got := gcPercent(); got != 0 {
		t.Errorf("with GOGC set: gcPercent() = %d, want 0", got)
	}
}

func TestHugeRegionSize(t *testing.T) {
	for _, tt := range []struct {
		limit   int64
		workers int
		want    int64
	}{
		{0, 1, 256 << 20},
		{0, 0, 256 << 20},
		{0, 2, 512 << 20},
		{2 << 30, 1, 256 << 20},
		{2 << 30, 2, 512 << 20},
		{1 << 30, 2, 256 << 20}, // a quarter of the limit
		{512 << 20, 1, 128 << 20},
		{511 << 20, 1, 0}, // too tight to map ahead of need
		{128 << 20, 1, 0},
	} {
		if got := HugeRegionSize(tt.limit, tt.workers); got != tt.want {
			t.Errorf("HugeRegionSize(%d, %d) = %d, want %d", tt.limit, tt.workers, got, tt.want)
		}
	}
}
