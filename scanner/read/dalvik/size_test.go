package dalvik

import (
	"testing"
	"unsafe"
)

// TestInstSize: the field order keeps Inst packed (see its doc comment).
func TestInstSize(t *testing.T) {
	if n := unsafe.Sizeof(Inst{}); n > 88 {
		t.Errorf("Inst is %d bytes, want at most 88: reorder its fields", n)
	}
}
