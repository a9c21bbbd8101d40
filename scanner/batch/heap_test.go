package batch

import "testing"

func TestHeapFloorSize(t *testing.T) {
	t.Setenv("GOGC", "")
	for _, tt := range []struct{ limit, want int64 }{
		{0, 32 << 20},
		{2 << 30, 32 << 20},
		{256 << 20, 16 << 20},
	} {
		if got := HeapFloorSize(tt.limit); got != tt.want {
			t.Errorf("HeapFloorSize(%d) = %d, want %d", tt.limit, got, tt.want)
		}
	}
	t.Setenv("GOGC", "100")
	if got := HeapFloorSize(0); got != 0 {
		t.Errorf("with GOGC set: heapFloorSize = %d, want 0", got)
	}
}
