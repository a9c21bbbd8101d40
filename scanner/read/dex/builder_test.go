package dex

import (
	"crypto/sha1"
	"encoding/binary"
	"hash/adler32"
)

// dexSpec describes a small synthetic dex for malformed-input fixtures. The
// default (newSpec) is valid: one class LFoo; with one static method
// run()V whose code is given by code.
type dexSpec struct {
	strings      [][]byte // raw MUTF-8 bodies, NUL added by build
	utf16Sizes   []uint32 // per string; defaults to len(body)
	code         []byte   // one code_item, or nil for no code
	classData    func(codeOff uint32) []byte
	classDefs    int    // number of class defs, all sharing the class data
	extra        []byte // extra data blob, 4-aligned; its offset is in layout.extra
	staticValues bool   // point class_defs[0].static_values_off at extra
}

// layout records where build placed things, for fixtures that patch bytes.
type layout struct {
	stringIDs, typeIDs, protoIDs, methodIDs, classDefs uint32
	stringData                                         []uint32
	code, classData, extra, mapOff                     uint32
}

func newSpec() dexSpec {
	return dexSpec{
		strings:   [][]byte{[]byte("LFoo;"), []byte("Ljava/lang/Object;"), []byte("V"), []byte("run")},
		code:      codeItem(1, 0, 0, []uint16{0x0012, 0x000e}, nil), // const/4 v0, #0; return-void
		classData: oneStaticMethod,
		classDefs: 1,
	}
}

// oneStaticMethod is class data with a single direct method (method_ids[0]).
func oneStaticMethod(codeOff uint32) []byte {
	b := []byte{0, 0, 1, 0, 0, 0x09}
	return appendUleb(b, codeOff)
}

// codeItem encodes a code_item; tries holds try_items plus the handler list.
func codeItem(regs, ins, outs uint16, insns []uint16, tries []byte) []byte {
	le := binary.LittleEndian
	b := make([]byte, 16)
	le.PutUint16(b, regs)
	le.PutUint16(b[2:], ins)
	le.PutUint16(b[4:], outs)
	if tries != nil {
		le.PutUint16(b[6:], 1)
	}
	le.PutUint32(b[12:], uint32(len(insns)))
	for _, u := range insns {
		b = le.AppendUint16(b, u)
	}
	if tries != nil && len(insns)%2 == 1 {
		b = append(b, 0, 0)
	}
	return append(b, tries...)
}

func appendUleb(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func align4(b []byte) []byte {
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

// build lays the spec out as header, id tables, then data, and fixes the
// checksum and signature.
func (s dexSpec) build() ([]byte, layout) {
	le := binary.LittleEndian
	var l layout
	b := make([]byte, 0x70)
	l.stringIDs = uint32(len(b))
	b = append(b, make([]byte, 4*len(s.strings))...)
	l.typeIDs = uint32(len(b))
	for _, si := range []uint32{0, 1, 2} { // LFoo; Ljava/lang/Object; V
		b = le.AppendUint32(b, si)
	}
	l.protoIDs = uint32(len(b))
	b = le.AppendUint32(b, 2) // shorty "V"
	b = le.AppendUint32(b, 2) // return type V
	b = le.AppendUint32(b, 0) // no parameters
	l.methodIDs = uint32(len(b))
	b = le.AppendUint16(b, 0) // LFoo;
	b = le.AppendUint16(b, 0) // proto 0
	b = le.AppendUint32(b, 3) // "run"
	l.classDefs = uint32(len(b))
	b = append(b, make([]byte, 32*s.classDefs)...)
	dataOff := uint32(len(b))
	for i, str := range s.strings {
		l.stringData = append(l.stringData, uint32(len(b)))
		le.PutUint32(b[l.stringIDs+4*uint32(i):], uint32(len(b)))
		n := uint32(len(str))
		if i < len(s.utf16Sizes) {
			n = s.utf16Sizes[i]
		}
		b = appendUleb(b, n)
		b = append(append(b, str...), 0)
	}
	b = align4(b)
	if s.code != nil {
		l.code = uint32(len(b))
		b = align4(append(b, s.code...))
	}
	l.classData = uint32(len(b))
	b = align4(append(b, s.classData(l.code)...))
	if s.extra != nil {
		l.extra = uint32(len(b))
		b = align4(append(b, s.extra...))
	}
	for i := 0; i < s.classDefs; i++ {
		cd := b[l.classDefs+32*uint32(i):]
		le.PutUint32(cd, 0)            // class LFoo;
		le.PutUint32(cd[4:], 1)        // public
		le.PutUint32(cd[8:], 1)        // super Ljava/lang/Object;
		le.PutUint32(cd[16:], NoIndex) // no source file
		le.PutUint32(cd[24:], l.classData)
		if s.staticValues {
			le.PutUint32(cd[28:], l.extra)
		}
	}
	l.mapOff = uint32(len(b))
	b = le.AppendUint32(b, 1)
	b = le.AppendUint16(b, TypeHeaderItem)
	b = le.AppendUint16(b, 0)
	b = le.AppendUint32(b, 1)
	b = le.AppendUint32(b, 0)
	copy(b, "dex\n035\x00")
	hdr := []uint32{uint32(len(b)), 0x70, endianConstant, 0, 0, l.mapOff,
		uint32(len(s.strings)), l.stringIDs, 3, l.typeIDs, 1, l.protoIDs, 0, 0, 1, l.methodIDs,
		uint32(s.classDefs), l.classDefs, uint32(len(b)) - dataOff, dataOff}
	for i, v := range hdr {
		le.PutUint32(b[32+4*i:], v)
	}
	fixSums(b)
	return b, l
}

// fixSums recomputes the signature and checksum after a patch.
func fixSums(b []byte) {
	sum := sha1.Sum(b[32:])
	copy(b[12:], sum[:])
	binary.LittleEndian.PutUint32(b[8:], adler32.Checksum(b[12:]))
}

// putU32 patches a little-endian uint32.
func putU32(b []byte, off uint32, v uint32) { binary.LittleEndian.PutUint32(b[off:], v) }
