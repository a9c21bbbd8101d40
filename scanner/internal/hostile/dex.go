package hostile

import (
	"encoding/binary"
	"fmt"
)

// Offsets of header_item fields (dex format spec).
const (
	offFileSize      = 0x20
	offStringIDsSize = 0x38
	offStringIDsOff  = 0x3c
	offClassDefsSize = 0x60
	offClassDefsOff  = 0x64
	offDataSize      = 0x68
	offDataOff       = 0x6c
	headerSize       = 0x70
)

var le = binary.LittleEndian

func checkDex(d []byte) error {
	if len(d) < headerSize || string(d[:4]) != "dex\n" {
		return fmt.Errorf("hostile: not a dex file")
	}
	return nil
}

// StringRun appends one string_data_item whose utf16_size is 2^30 and
// whose body is runLen bytes of invalid MUTF-8 with no terminating NUL,
// and points every string_ids entry at it.
func StringRun(d []byte, runLen int) ([]byte, error) {
	if err := checkDex(d); err != nil {
		return nil, err
	}
	out := append([]byte(nil), d...)
	at := uint32(len(out))
	out = append(out, 0x80, 0x80, 0x80, 0x80, 0x04) // uleb128(1<<30)
	for i := 0; i < runLen; i++ {
		out = append(out, 0xff)
	}
	n, off := le.Uint32(out[offStringIDsSize:]), le.Uint32(out[offStringIDsOff:])
	for i := uint32(0); i < n; i++ {
		le.PutUint32(out[off+4*i:], at)
	}
	le.PutUint32(out[offFileSize:], uint32(len(out)))
	return out, nil
}

// FlipEvery7th inverts every 7th byte of n bytes from the start of
// class_defs, sending class_data_off and other offsets into garbage.
func FlipEvery7th(d []byte, n int) ([]byte, error) {
	if err := checkDex(d); err != nil {
		return nil, err
	}
	out := append([]byte(nil), d...)
	start := int(le.Uint32(out[offClassDefsOff:]))
	for i := start; i < start+n && i < len(out); i += 7 {
		out[i] ^= 0xff
	}
	return out, nil
}

// ScatterClassData points class_defs[i].class_data_off at distinct
// offsets spread over the data section, so that every class decodes its
// members from a different stretch of unrelated bytes.
func ScatterClassData(d []byte) ([]byte, error) {
	if err := checkDex(d); err != nil {
		return nil, err
	}
	out := append([]byte(nil), d...)
	n, off := le.Uint32(out[offClassDefsSize:]), le.Uint32(out[offClassDefsOff:])
	dataSize, dataOff := le.Uint32(out[offDataSize:]), le.Uint32(out[offDataOff:])
	if n == 0 {
		return out, nil
	}
	step := max(dataSize/n, 1) | 1 // odd: never aligned like a real item
	for i := uint32(0); i < n; i++ {
		le.PutUint32(out[off+32*i+24:], dataOff+i*step)
	}
	return out, nil
}

// ClassDefsAtZero sets class_defs_off to 0: the class definitions are read
// from the header and id tables.
func ClassDefsAtZero(d []byte) ([]byte, error) {
	if err := checkDex(d); err != nil {
		return nil, err
	}
	out := append([]byte(nil), d...)
	le.PutUint32(out[offClassDefsOff:], 0)
	return out, nil
}

// RepeatClassDefs appends copies of the class_defs table until the file
// reaches size bytes and points class_defs at them.
func RepeatClassDefs(d []byte, size int) ([]byte, error) {
	if err := checkDex(d); err != nil {
		return nil, err
	}
	n, off := le.Uint32(d[offClassDefsSize:]), le.Uint32(d[offClassDefsOff:])
	table := d[off : off+32*n]
	out := append([]byte(nil), d...)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	at := uint32(len(out))
	copies := uint32(0)
	for len(out)+len(table) <= size {
		out = append(out, table...)
		copies++
	}
	le.PutUint32(out[offClassDefsSize:], n*copies)
	le.PutUint32(out[offClassDefsOff:], at)
	le.PutUint32(out[offFileSize:], uint32(len(out)))
	return out, nil
}

// StringFlood keeps the dex's string_ids and appends n more in a new
// table, each at its own seven-byte string_data_item holding a distinct
// five-letter value: millions of strings no code uses, a few bytes each.
func StringFlood(d []byte, n int) ([]byte, error) {
	if err := checkDex(d); err != nil {
		return nil, err
	}
	count, off := le.Uint32(d[offStringIDsSize:]), le.Uint32(d[offStringIDsOff:])
	out := append([]byte(nil), d...)
	data := uint32(len(out))
	for i := 0; i < n; i++ {
		out = append(out, 5)
		for k, v := 0, i; k < 5; k, v = k+1, v/26 {
			out = append(out, 'a'+byte(v%26))
		}
		out = append(out, 0)
	}
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	table := uint32(len(out))
	out = append(out, d[off:off+4*count]...)
	for i := 0; i < n; i++ {
		out = le.AppendUint32(out, data+7*uint32(i))
	}
	le.PutUint32(out[offStringIDsSize:], count+uint32(n))
	le.PutUint32(out[offStringIDsOff:], table)
	le.PutUint32(out[offFileSize:], uint32(len(out)))
	return out, nil
}
