package axml

import (
	"fmt"

	"google.golang.org/protobuf/encoding/protowire"
)

// pbField is one decoded protobuf field. Only the two wire types aapt2's
// Resources.proto uses for the fields we read are kept: varints (ids,
// enums, primitives) and length-delimited bytes (strings, sub-messages).
// Fixed32 values (float primitives) land in val as well.
type pbField struct {
	num protowire.Number
	typ protowire.Type
	val uint64
	b   []byte // aliases the input; never copied
}

// str returns the field as a string when it is length-delimited.
func (f pbField) str() string {
	if f.typ != protowire.BytesType {
		return ""
	}
	return string(f.b)
}

// msg returns the field's bytes when it is a sub-message, else nil.
func (f pbField) msg() []byte {
	if f.typ != protowire.BytesType {
		return nil
	}
	return f.b
}

// uint returns a varint field's value. A sub-message in the same slot is
// read as a wrapper such as PackageId{uint32 id = 1}: newer aapt2 versions
// moved ids into those wrappers, older ones wrote the bare varint.
func (f pbField) uint() (uint64, bool) {
	switch f.typ {
	case protowire.VarintType, protowire.Fixed32Type:
		return f.val, true
	case protowire.BytesType:
		// proto3 omits a zero id, so an empty wrapper is id 0 (entry 0 of
		// a type is common: @string/app_name is often 0x7fXX0000).
		var id uint64
		err := eachField(f.b, func(g pbField) error {
			if g.num == 1 && g.typ == protowire.VarintType {
				id = g.val
			}
			return nil
		})
		return id, err == nil
	}
	return 0, false
}

// errStop ends an eachField walk early without reporting an error.
var errStop = fmt.Errorf("axml: stop")

// eachField calls fn for every field of one message, in wire order.
// protowire's Consume* functions check every length against the bytes left,
// so a lying length can never read past data; groups and unknown wire types
// are skipped by ConsumeFieldValue or reported as malformed.
func eachField(data []byte, fn func(pbField) error) error {
	for off := 0; off < len(data); {
		num, typ, n := protowire.ConsumeTag(data[off:])
		if n < 0 {
			return fmt.Errorf("offset 0x%x: field tag: %w", off, protowire.ParseError(n))
		}
		start := off
		off += n
		f := pbField{num: num, typ: typ}
		switch typ {
		case protowire.VarintType:
			f.val, n = protowire.ConsumeVarint(data[off:])
		case protowire.BytesType:
			f.b, n = protowire.ConsumeBytes(data[off:])
		case protowire.Fixed32Type:
			var v uint32
			v, n = protowire.ConsumeFixed32(data[off:])
			f.val = uint64(v)
		default:
			n = protowire.ConsumeFieldValue(num, typ, data[off:])
		}
		if n < 0 {
			return fmt.Errorf("offset 0x%x: field %d: %w", start, num, protowire.ParseError(n))
		}
		off += n
		if typ != protowire.VarintType && typ != protowire.BytesType && typ != protowire.Fixed32Type {
			continue
		}
		if err := fn(f); err != nil {
			if err == errStop {
				return nil
			}
			return err
		}
	}
	return nil
}
