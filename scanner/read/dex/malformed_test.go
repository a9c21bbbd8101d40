package dex

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// malformed lists fixtures named by defect. Each must yield an error that
// matches want and contains msg, without panicking, hanging or allocating
// far beyond the input size.
var malformed = []struct {
	name string
	data func() []byte
	want error
	msg  string
}{
	{"dex-valid-bad-checksum", func() []byte {
		b := valid()
		b[8] ^= 0xff
		return b
	}, ErrChecksum, "dex: header: offset 0x8 checksum"},
	{"dex-truncated-header", func() []byte { return valid()[:50] }, ErrTruncated, "shorter than the 112-byte header"},
	{"dex-empty", func() []byte { return nil }, ErrTruncated, "file is 0 bytes"},
	{"dex-bad-magic", func() []byte {
		b := valid()
		copy(b, "dey\n")
		return b
	}, ErrBadMagic, "bad magic"},
	{"dex-version-034", func() []byte { return patched(func(b []byte, _ layout) { copy(b[4:], "034") }) }, ErrUnsupported, "unsupported version 034"},
	{"dex-version-042", func() []byte { return patched(func(b []byte, _ layout) { copy(b[4:], "042") }) }, ErrUnsupported, "unsupported version 042"},
	{"dex-big-endian", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x28, reverseEndianConstant) }) }, ErrUnsupported, "big-endian"},
	{"dex-bad-endian-tag", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x28, 7) }) }, ErrMalformed, "bad endian_tag 0x7"},
	{"dex-bad-header-size", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x24, 8) }) }, ErrMalformed, "bad header_size"},
	{"dex-stringcount-overflow", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x38, 0xffffffff) }) },
		ErrTruncated, "dex: string_ids: offset 0x70 4294967295 items of 4 bytes past end of file"},
	{"dex-methodids-past-eof", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x5c, 0x9f000) }) },
		ErrTruncated, "dex: method_ids: offset 0x9f000 1 items of 8 bytes past end of file"},
	{"dex-classdefs-offset-wrap", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x64, 0xfffffff0) }) },
		ErrTruncated, "class_defs: offset 0xfffffff0"},
	{"dex-stringdata-past-eof", func() []byte {
		return patched(func(b []byte, l layout) { putU32(b, l.stringIDs+12, 0x7fffffff) })
	}, ErrTruncated, "dex: string_data_item[3]: offset 0x7fffffff string_data_off past end of file"},
	{"dex-string-bad-mutf8", func() []byte {
		s := newSpec()
		s.strings[3] = []byte("r\xffn")
		return build(s)
	}, ErrBadString, "string_data_item[3]"},
	{"dex-string-unpaired-surrogate", func() []byte {
		s := newSpec()
		s.strings[3] = []byte("\xed\xa0\x80x")
		return build(s)
	}, ErrBadString, "unpaired surrogate"},
	{"dex-string-utf16-size-mismatch", func() []byte {
		s := newSpec()
		s.utf16Sizes = []uint32{5, 18, 1, 9}
		return build(s)
	}, ErrBadString, "utf16_size mismatch"},
	{"dex-typelist-huge", func() []byte {
		s := newSpec()
		s.extra = []byte{0xff, 0xff, 0xff, 0xff, 0, 0}
		return patchSpec(s, func(b []byte, l layout) { putU32(b, l.protoIDs+8, l.extra) })
	}, ErrTruncated, "type_list of 4294967295 entries past end of file"},
	{"dex-classdata-huge-count", func() []byte {
		s := newSpec()
		s.classData = func(uint32) []byte { return []byte{0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 9, 0} }
		return build(s)
	}, ErrMalformed, "encoded_method 1: method index 0 does not follow the previous one"},
	{"dex-classdata-loop", func() []byte {
		s := newSpec()
		s.classDefs = 3000 // every class def replays the same class data
		return build(s)
	}, ErrMalformed, "class_data_off shared with class_defs[0]; skipped"},
	{"dex-classdata-foreign-method", func() []byte {
		// class_defs[0] is Ljava/lang/Object; but lists LFoo;'s method.
		return patched(func(b []byte, l layout) { putU32(b, l.classDefs, 1) })
	}, ErrMalformed, "encoded_method 0: method_ids[0] belongs to type 0, not to this class (type 1)"},
	{"dex-classdata-methodidx-out-of-range", func() []byte {
		s := newSpec()
		s.classData = func(off uint32) []byte { return appendUleb([]byte{0, 0, 1, 0, 5, 9}, off) }
		return build(s)
	}, ErrBadIndex, "method index 5 out of range (1 methods)"},
	{"dex-code-past-eof", func() []byte {
		s := newSpec()
		s.classData = func(uint32) []byte { return appendUleb([]byte{0, 0, 1, 0, 0, 9}, 0x7ffffff0) }
		return build(s)
	}, ErrTruncated, "dex: code_item: offset 0x7ffffff0 past end of file"},
	{"dex-code-insns-overflow", func() []byte {
		return patched(func(b []byte, l layout) { putU32(b, l.code+12, 0x7fffffff) })
	}, ErrTruncated, "insns_size 2147483647 past end of file"},
	{"dex-code-truncated-insn", func() []byte {
		s := newSpec()
		s.code = codeItem(2, 0, 0, []uint16{0x0018, 1}, nil) // const-wide needs 5 units
		return build(s)
	}, dalvik.ErrTruncated, "instruction truncated"},
	{"dex-code-tries-past-eof", func() []byte {
		s := newSpec()
		s.code = codeItem(1, 0, 0, []uint16{0x000e}, nil)
		return patchSpec(s, func(b []byte, l layout) { b[l.code+6] = 0xff; b[l.code+7] = 0xff })
	}, ErrTruncated, "65535 try_items past end of file"},
	{"dex-code-bad-handler-off", func() []byte {
		s := newSpec()
		tries := []byte{0, 0, 0, 0, 1, 0, 3, 0, 1, 0, 0} // try covers 1 unit, handler_off 3; list: 1 handler, catch-all at 0
		s.code = codeItem(1, 0, 0, []uint16{0x000e}, tries)
		return build(s)
	}, ErrMalformed, "handler_off 0x3 is not the start of a handler"},
	{"dex-code-handler-huge-count", func() []byte {
		s := newSpec()
		tries := []byte{0, 0, 0, 0, 1, 0, 1, 0, 0xff, 0xff, 0xff, 0xff, 0x0f}
		s.code = codeItem(1, 0, 0, []uint16{0x000e}, tries)
		return build(s)
	}, ErrTruncated, "encoded_catch_handler_list"},
	{"dex-static-values-deep", func() []byte {
		s := newSpec()
		s.extra = append(bytes.Repeat([]byte{1, byte(ValueArray)}, 100), 0)
		s.staticValues = true
		return build(s)
	}, ErrMalformed, "nested deeper than 32"},
	{"dex-static-values-bad-type", func() []byte {
		s := newSpec()
		s.extra = []byte{1, 0x05}
		s.staticValues = true
		return build(s)
	}, ErrMalformed, "unknown value_type 0x5"},
	{"dex-maplist-past-eof", func() []byte { return patched(func(b []byte, _ layout) { putU32(b, 0x34, 0xfffffff0) }) },
		ErrTruncated, "dex: map_list: offset 0xfffffff0 past end of file"},
	{"dex-trailing-data", func() []byte { return append(valid(), make([]byte, 64)...) }, ErrMalformed, "file_size"},
}

func valid() []byte                         { return build(newSpec()) }
func build(s dexSpec) []byte                { b, _ := s.build(); return b }
func patched(p func([]byte, layout)) []byte { return patchSpec(newSpec(), p) }

func patchSpec(s dexSpec, p func([]byte, layout)) []byte {
	b, l := s.build()
	p(b, l)
	fixSums(b)
	return b
}

// allErrors opens b and exercises every accessor, collecting all errors.
func allErrors(b []byte) []error {
	f, err := OpenBytes(b)
	if err != nil {
		return []error{err}
	}
	_, errs := f.Stats()
	errs = append(errs, exercise(f)...)
	errs = append(errs, f.Verify()...)
	return append(errs, f.Warnings()...)
}

// exercise walks everything reachable: strings, classes, static values,
// methods and their instructions rendered as text, and the map list.
func exercise(f *File) []error {
	var errs []error
	for i := 0; i < f.NumStrings(); i++ {
		if _, err := f.String(uint32(i)); err != nil {
			errs = append(errs, err)
		}
	}
	if _, err := f.MapList(); err != nil {
		errs = append(errs, err)
	}
	diags, _ := f.Classes(func(cd ClassDef, _ *ClassData) error {
		for _, fn := range []func(ClassDef) error{
			func(cd ClassDef) error { _, err := f.ClassName(cd); return err },
			func(cd ClassDef) error { _, err := f.Superclass(cd); return err },
			func(cd ClassDef) error { _, err := f.Interfaces(cd); return err },
			func(cd ClassDef) error { _, err := f.SourceFile(cd); return err },
			func(cd ClassDef) error { _, err := f.StaticValues(cd); return err },
		} {
			if err := fn(cd); err != nil {
				errs = append(errs, err)
			}
		}
		return nil
	})
	errs = append(errs, diags...)
	diags, _ = f.Methods(func(m *Method) error {
		if m.Code == nil {
			return nil
		}
		return dalvik.Walk(m.Code.Insns, func(in dalvik.Inst) error { _ = in.Text(f); return nil })
	})
	return append(errs, diags...)
}

func TestMalformed(t *testing.T) {
	for _, tc := range malformed {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.data()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			errs := allErrors(b)
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			if elapsed > 10*time.Second { // a hang or a quadratic blow-up, not a speed target
				t.Errorf("took %v", elapsed)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
				t.Errorf("allocated %d bytes for a %d-byte input", alloc, len(b))
			}
			for _, err := range errs {
				if errors.Is(err, tc.want) && strings.Contains(err.Error(), tc.msg) {
					return
				}
			}
			t.Errorf("no error matching %v / %q; got %d errors: %v", tc.want, tc.msg, len(errs), errs)
		})
	}
}

// TestValidFixture pins the builder itself: the base fixture must read
// cleanly, or the malformed cases above would prove nothing.
func TestValidFixture(t *testing.T) {
	f, err := OpenBytes(valid())
	if err != nil {
		t.Fatal(err)
	}
	st, errs := f.Stats()
	if len(errs) != 0 {
		t.Fatalf("stats errors: %v", errs)
	}
	want := Stats{Strings: 4, Types: 3, Protos: 1, Methods: 1, Classes: 1, CodeItems: 1, MethodsWithCode: 1, Instructions: 2}
	if st != want {
		t.Errorf("stats = %+v, want %+v", st, want)
	}
	if errs := append(exercise(f), f.Verify()...); len(errs) != 0 {
		t.Errorf("errors: %v", errs)
	}
	if m, err := f.ResolveMethod(0); err != nil || m != "LFoo;.run:()V" {
		t.Errorf("ResolveMethod(0) = %q, %v", m, err)
	}
}
