package process

import "testing"

func TestHeapFloorSize(t *testing.T) {
	t.Setenv("GOGC", "")
	for _, tt := range []struct {
		limit int64
		apps  int
		want  int64
	}{
		{0, 1, 32 << 20},
		{0, 0, 0},
		{0, 2, 64 << 20},
		{2 << 30, 1, 32 << 20},
		{2 << 30, 2, 64 << 20},
		{2 << 30, 64, 128 << 20}, // a sixteenth of the limit, not 2 GiB
		{512 << 20, 1, 32 << 20},
		{511 << 20, 1, 0}, // too tight: the rules' garbage would pile up against it
	} {
		if got := HeapFloorSize(tt.limit, tt.apps); got != tt.want {
			t.Errorf("HeapFloorSize(%d, %d) = %d, want %d", tt.limit, tt.apps, got, tt.want)
		}
	}
	t.Setenv("GOGC", "100")
	if got := HeapFloorSize(0, 2); got != 0 {
		t.Errorf("with GOGC set: HeapFloorSize = %d, want 0", got)
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
