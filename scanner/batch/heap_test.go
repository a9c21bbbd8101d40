package batch

import "testing"

func TestHeapFloorSize(t *testing.T) {
	t.Setenv("GOGC", "")
	for _, tt := range []struct {
		limit   int64
		workers int
		want    int64
	}{
		{0, 1, 32 << 20},
		{0, 0, 32 << 20},
		{0, 2, 64 << 20},
		{2 << 30, 1, 32 << 20},
		{2 << 30, 2, 64 << 20},
		{2 << 30, 64, 128 << 20}, // a sixteenth of the limit, not 2 GiB
		{256 << 20, 1, 16 << 20},
	} {
		if got := HeapFloorSize(tt.limit, tt.workers); got != tt.want {
			t.Errorf("HeapFloorSize(%d, %d) = %d, want %d", tt.limit, tt.workers, got, tt.want)
		}
	}
	t.Setenv("GOGC", "100")
	if got := HeapFloorSize(0, 2); got != 0 {
		t.Errorf("with GOGC set: heapFloorSize = %d, want 0", got)
	}
}
