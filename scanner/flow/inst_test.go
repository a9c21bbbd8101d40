package flow

import (
	"reflect"
	"testing"

	"github.com/apkscan/apkscan/scanner/dalvik"
)

// TestInstFields: inst has every field of dalvik.Inst but Payload, with the
// same type, and compact/full carry each one (a field added to dalvik.Inst
// must be added here too).
func TestInstFields(t *testing.T) {
	want := reflect.TypeOf(dalvik.Inst{})
	got := reflect.TypeOf(inst{})
	n := 0
	for i := 0; i < want.NumField(); i++ {
		f := want.Field(i)
		if f.Name == "Payload" {
			continue
		}
		n++
		g, ok := got.FieldByName(f.Name)
		if !ok || g.Type != f.Type {
			t.Errorf("inst lacks dalvik.Inst's field %s %s", f.Name, f.Type)
		}
	}
	if got.NumField() != n {
		t.Errorf("inst has %d fields, dalvik.Inst %d besides Payload", got.NumField(), n)
	}
	// Every field set to a distinct non-zero value survives the round trip.
	in := dalvik.Inst{Op: 1, Format: 2, Truncated: true, Args: [5]uint8{1, 2, 3, 4, 5}, PC: 6, Size: 7,
		A: 8, B: 9, C: 10, RangeStart: 11, RangeCount: 12, ArgCount: 13, Literal: 14, Branch: 15, Index: 16, Index2: 17}
	v := reflect.ValueOf(in)
	for i := 0; i < v.NumField(); i++ {
		if want.Field(i).Name != "Payload" && v.Field(i).IsZero() {
			t.Fatalf("test value leaves %s zero", want.Field(i).Name)
		}
	}
	x := compact(in)
	if back := x.full(); back != in {
		t.Errorf("round trip: %+v, want %+v", back, in)
	}
	if reflect.TypeOf(x).Size() >= want.Size() {
		t.Errorf("inst (%d bytes) is no smaller than dalvik.Inst (%d)", reflect.TypeOf(x).Size(), want.Size())
	}
}
