package flow

import (
	"math"
	"reflect"
	"testing"

	"github.com/apkscan/apkscan/scanner/dalvik"
)

// TestInstFields: inst has every field of dalvik.Inst but Payload, with the
// an integer type where dalvik.Inst has one, and compact/full carry each one (a field added to
// dalvik.Inst must be added here too).
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
		if !ok || sameKind(g.Type) != sameKind(f.Type) {
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
	if n := reflect.TypeOf(x).Size(); n > 56 {
		t.Errorf("inst is %d bytes, want at most 56", n)
	}
	// The widest values decode gives fit the narrow fields.
	wide := dalvik.Inst{PC: maxInsns - 1, Size: math.MaxInt32, RangeCount: 255, ArgCount: 15}
	if back := compact(wide); back.full() != wide {
		t.Errorf("widest values: %+v, want %+v", back.full(), wide)
	}
}

// sameKind puts every integer type in one group (inst narrows some).
func sameKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if t.PkgPath() == "" {
			return "integer"
		}
	}
	return t.String()
}
