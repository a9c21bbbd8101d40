package dex

import (
	"fmt"
	"math"
	"strconv"
)

// ValueType is the value_type of an encoded_value.
type ValueType uint8

// Encoded value types from the spec.
const (
	ValueByte         ValueType = 0x00
	ValueShort        ValueType = 0x02
	ValueChar         ValueType = 0x03
	ValueInt          ValueType = 0x04
	ValueLong         ValueType = 0x06
	ValueFloat        ValueType = 0x10
	ValueDouble       ValueType = 0x11
	ValueMethodType   ValueType = 0x15
	ValueMethodHandle ValueType = 0x16
	ValueString       ValueType = 0x17
	ValueTypeRef      ValueType = 0x18 // VALUE_TYPE (renamed: ValueType is the Go type)
	ValueField        ValueType = 0x19
	ValueMethod       ValueType = 0x1a
	ValueEnum         ValueType = 0x1b
	ValueArray        ValueType = 0x1c
	ValueAnnotation   ValueType = 0x1d
	ValueNull         ValueType = 0x1e
	ValueBoolean      ValueType = 0x1f
)

// maxValueDepth bounds nesting of arrays and annotations so a crafted value
// cannot exhaust the stack.
const maxValueDepth = 32

// Value is a decoded encoded_value. Which field is meaningful depends on
// Type: Int for byte/short/char/int/long/boolean (sign- or zero-extended as
// the spec says), Bits for the raw IEEE bits of float/double, Index for
// string/type/field/method/enum/method_type/method_handle, Array for arrays,
// Annotation for annotations.
type Value struct {
	Type       ValueType
	Int        int64
	Bits       uint64
	Index      uint32
	Array      []Value
	Annotation *Annotation
}

// Annotation is an encoded_annotation.
type Annotation struct {
	TypeIdx  uint32
	Elements []AnnotationElement
}

// AnnotationElement is one name=value pair of an annotation.
type AnnotationElement struct {
	NameIdx uint32
	Value   Value
}

// EncodedArray decodes an encoded_array_item at off; section and index
// label errors (e.g. "class_defs", 12 for static values).
func (f *File) EncodedArray(section string, index int, off uint32) ([]Value, error) {
	c := cursor{data: f.data, pos: uint64(off)}
	vals, err := readArray(&c, 0)
	if err != nil {
		return nil, errf(ErrMalformed, section, index, int64(off), "encoded_array: %v", err)
	}
	return vals, nil
}

func readArray(c *cursor, depth int) ([]Value, error) {
	n := c.uleb()
	if c.bad {
		return nil, ErrTruncated
	}
	out := make([]Value, 0, capHint(n, c.remaining(), 1)) // each value is at least 1 byte
	for k := uint32(0); k < n; k++ {
		v, err := readValue(c, depth)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func readAnnotation(c *cursor, depth int) (*Annotation, error) {
	a := &Annotation{TypeIdx: c.uleb()}
	n := c.uleb()
	if c.bad {
		return nil, ErrTruncated
	}
	a.Elements = make([]AnnotationElement, 0, capHint(n, c.remaining(), 2))
	for k := uint32(0); k < n; k++ {
		name := c.uleb()
		v, err := readValue(c, depth)
		if err != nil {
			return nil, err
		}
		a.Elements = append(a.Elements, AnnotationElement{NameIdx: name, Value: v})
	}
	return a, nil
}

// readValue decodes one encoded_value: a header byte (value_arg << 5 |
// value_type) followed by value_arg+1 little-endian bytes for sized types.
func readValue(c *cursor, depth int) (Value, error) {
	if depth >= maxValueDepth {
		return Value{}, fmt.Errorf("values nested deeper than %d", maxValueDepth)
	}
	h := c.byte1()
	if c.bad {
		return Value{}, ErrTruncated
	}
	v := Value{Type: ValueType(h & 0x1f)}
	arg := int(h >> 5)
	switch v.Type {
	case ValueByte, ValueShort, ValueChar, ValueInt, ValueLong, ValueFloat, ValueDouble,
		ValueMethodType, ValueMethodHandle, ValueString, ValueTypeRef, ValueField, ValueMethod, ValueEnum:
		b := c.bytesN(uint64(arg) + 1)
		if c.bad {
			return Value{}, ErrTruncated
		}
		return sizedValue(v, b)
	case ValueArray:
		arr, err := readArray(c, depth+1)
		v.Array = arr
		return v, err
	case ValueAnnotation:
		a, err := readAnnotation(c, depth+1)
		v.Annotation = a
		return v, err
	case ValueNull:
		return v, nil
	case ValueBoolean:
		v.Int = int64(arg & 1)
		return v, nil
	}
	return Value{}, fmt.Errorf("unknown value_type %#x", h&0x1f)
}

// sizedValue fills v from its 1..8 payload bytes.
func sizedValue(v Value, b []byte) (Value, error) {
	var u uint64
	for i, x := range b {
		u |= uint64(x) << (8 * i)
	}
	n := uint(len(b))
	var maxLen uint
	switch v.Type {
	case ValueByte:
		maxLen = 1
	case ValueShort, ValueChar:
		maxLen = 2
	case ValueLong, ValueDouble:
		maxLen = 8
	default: // int, float and the uint index types
		maxLen = 4
	}
	if n > maxLen {
		return Value{}, fmt.Errorf("value_type %#x with %d bytes", uint8(v.Type), n)
	}
	switch v.Type {
	case ValueByte, ValueShort, ValueInt, ValueLong: // sign-extended
		shift := 64 - 8*n
		v.Int = int64(u<<shift) >> shift
	case ValueChar:
		v.Int = int64(u)
	case ValueFloat, ValueDouble: // zero-extended to the right
		v.Bits = u << (8 * (maxLen - n))
	default:
		v.Index = uint32(u)
	}
	return v, nil
}

// ValueString renders a value roughly as dexdump does (strings quoted,
// references resolved).
func (f *File) ValueString(v Value) (string, error) {
	switch v.Type {
	case ValueByte, ValueShort, ValueInt, ValueLong:
		return strconv.FormatInt(v.Int, 10), nil
	case ValueChar:
		return strconv.FormatInt(v.Int, 10), nil
	case ValueBoolean:
		return strconv.FormatBool(v.Int != 0), nil
	case ValueNull:
		return "null", nil
	case ValueFloat:
		return strconv.FormatFloat(float64(math.Float32frombits(uint32(v.Bits))), 'g', -1, 32), nil
	case ValueDouble:
		return strconv.FormatFloat(math.Float64frombits(v.Bits), 'g', -1, 64), nil
	case ValueString:
		s, err := f.String(v.Index)
		return strconv.Quote(s), err
	case ValueTypeRef:
		return f.Type(v.Index)
	case ValueField, ValueEnum:
		return f.ResolveField(v.Index)
	case ValueMethod:
		return f.ResolveMethod(v.Index)
	case ValueMethodType:
		return f.ResolveProto(v.Index)
	case ValueMethodHandle:
		return f.ResolveMethodHandle(v.Index)
	case ValueArray:
		return fmt.Sprintf("array of %d", len(v.Array)), nil
	case ValueAnnotation:
		return "annotation", nil
	}
	return "", fmt.Errorf("dex: unknown value type %#x", uint8(v.Type))
}
