package axml

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// protoManifestSection names the protobuf manifest of an App Bundle
// (base/manifest/AndroidManifest.xml) in errors.
const protoManifestSection = "AndroidManifest.xml (proto)"

// Field numbers of aapt2's Resources.proto (frameworks/base/tools/aapt2/
// Resources.proto) for the XML messages of a bundle's manifest.
const (
	xmlNodeElement = 1 // XmlNode.element
	xmlElemNS      = 2 // XmlElement.namespace_uri
	xmlElemName    = 3 // XmlElement.name
	xmlElemAttr    = 4 // XmlElement.attribute
	xmlElemChild   = 5 // XmlElement.child
	xmlAttrNS      = 1 // XmlAttribute.namespace_uri
	xmlAttrName    = 2 // XmlAttribute.name
	xmlAttrValue   = 3 // XmlAttribute.value
	xmlAttrResID   = 5 // XmlAttribute.resource_id
	xmlAttrItem    = 6 // XmlAttribute.compiled_item
)

// ParseProtoManifest parses an App Bundle's manifest, which aapt2 stores as
// a protobuf XmlNode rather than binary XML. The element tree it builds is
// mapped onto Manifest by the same builder as ParseManifest, so the
// exported rules and defaults are identical. res resolves references (from
// ParseProtoResources) and may be nil.
//
// When the message is damaged part-way, the partial Manifest is returned
// together with the error.
func ParseProtoManifest(data []byte, res *Resources) (m *Manifest, err error) {
	defer recoverTo(protoManifestSection, &err)
	if len(data) == 0 {
		return nil, formatErr(protoManifestSection, -1, 0, ErrTruncated, "empty document")
	}
	t := &protoTree{}
	root := t.node(data, 0)
	t.finish()
	if root == nil {
		if t.err == nil {
			t.err = formatErr(protoManifestSection, -1, -1, ErrNoManifest, "document has no elements")
		}
		return nil, t.err
	}
	if root.Name != "manifest" {
		t.warnings = append(t.warnings, "root element is <"+root.Name+">, not <manifest>; bundletool would reject this bundle")
	}
	m = build(root, res)
	m.Warnings = append(warnErrs(t.warnings), m.Warnings...)
	return m, t.err
}

// protoTree decodes XmlNode messages into the element tree, with the same
// element and depth limits as the binary path. Decoding goes on after an
// error where it can; the first error is kept.
type protoTree struct {
	count    int
	deep     int
	warnings []string
	err      error
}

func (t *protoTree) fail(what string, err error) {
	if t.err != nil {
		return
	}
	sentinel := ErrMalformed
	if errors.Is(err, io.ErrUnexpectedEOF) {
		sentinel = ErrTruncated
	}
	t.err = &FormatError{Section: protoManifestSection, Index: t.count, Offset: -1, Msg: what + ": " + err.Error(), Err: sentinel}
}

// node decodes one XmlNode and returns its element, or nil for a text node
// or a node that could not be read. depth is the node's nesting level; the
// recursion stops at maxDepth so a crafted message cannot exhaust the stack.
func (t *protoTree) node(data []byte, depth int) *element {
	var e *element
	err := eachField(data, func(f pbField) error {
		if f.num == xmlNodeElement && f.msg() != nil {
			e = t.element(f.b, depth)
		}
		return nil
	})
	if err != nil {
		t.fail("XmlNode", err)
	}
	return e
}

func (t *protoTree) element(data []byte, depth int) *element {
	if t.count >= maxElements {
		if t.count == maxElements {
			t.warnings = append(t.warnings, fmt.Sprintf("more than %d elements; rest ignored", maxElements))
			t.count++
		}
		return nil
	}
	t.count++
	e := &element{}
	// The name is read first: attribute naming depends on it (<manifest package>).
	_ = eachField(data, func(f pbField) error {
		if f.num == xmlElemName {
			e.Name = f.str()
			return errStop
		}
		return nil
	})
	err := eachField(data, func(f pbField) error {
		switch {
		case f.num == xmlElemAttr && f.msg() != nil:
			a, err := t.attr(f.b, e.Name)
			if err != nil {
				return err
			}
			e.Attrs = append(e.Attrs, a)
		case f.num == xmlElemChild && f.msg() != nil:
			if depth+1 >= maxDepth {
				t.deep++
				return nil
			}
			if c := t.node(f.b, depth+1); c != nil {
				e.Children = append(e.Children, c)
			}
		}
		return nil
	})
	if err != nil {
		t.fail("XmlElement <"+e.Name+">", err)
	}
	return e
}

// attr decodes one XmlAttribute. Android reads manifest attributes by
// resource ID, not by name (see element.get); apkparser renames binary
// attributes from their IDs, and so do we, with the table in protoattrs.go.
// <manifest package> and platformBuildVersion* are read by name on Android
// too, so those keep theirs.
func (t *protoTree) attr(data []byte, elem string) (attr, error) {
	var a attr
	var id uint64
	var item []byte
	err := eachField(data, func(f pbField) error {
		switch f.num {
		case xmlAttrNS:
			a.Space = f.str()
		case xmlAttrName:
			a.Name = f.str()
		case xmlAttrValue:
			a.Value = f.str()
		case xmlAttrResID:
			id, _ = f.uint()
		case xmlAttrItem:
			item = f.msg()
		}
		return nil
	})
	if err != nil {
		return a, fmt.Errorf("XmlAttribute %q: %w", a.Name, err)
	}
	byName := elem == "manifest" && (a.Name == "package" || strings.HasPrefix(a.Name, "platformBuildVersion"))
	if id != 0 && !byName {
		if n, ok := androidAttrNames[uint32(id)]; ok {
			a.Name, a.Space = n, androidNS
		} else if a.Space == "" {
			// A resource ID is only ever assigned to android: attributes.
			a.Space = androidNS
		}
	}
	if item != nil {
		if v, ok := renderItem(item); ok {
			a.Value = v
		}
	}
	return a, nil
}

// Fields of Item, Reference and Primitive.
const (
	itemRef      = 1 // Item.ref
	itemStr      = 2 // Item.str
	itemRawStr   = 3 // Item.raw_str
	itemStyled   = 4 // Item.styled_str
	itemFile     = 5 // Item.file
	itemPrim     = 7 // Item.prim
	refType      = 1 // Reference.type (0 = @reference, 1 = ?attribute)
	refID        = 2 // Reference.id
	refAttribute = 1
)

// renderItem renders a compiled value as text the way apkparser renders
// the binary form (see values.go), so the builder sees the same strings
// from both formats. ok is false when the item carries nothing usable (a
// reference by name only, an empty primitive); the source text is used then.
func renderItem(data []byte) (string, bool) {
	var out string
	var ok bool
	_ = eachField(data, func(f pbField) error {
		if f.msg() == nil {
			return nil
		}
		switch f.num {
		case itemRef:
			typ, id := refParts(f.b)
			switch {
			case id == 0:
			case typ == refAttribute:
				// apkparser prints TYPE_ATTRIBUTE data as a plain number.
				out, ok = strconv.FormatInt(int64(int32(id)), 10), true
			default:
				out, ok = fmt.Sprintf("@%x", id), true
			}
		case itemStr, itemRawStr, itemStyled, itemFile:
			out, ok = firstString(f.b), true
		case itemPrim:
			out, ok = renderPrim(f.b)
		}
		return errStop
	})
	return out, ok
}

// refParts returns a Reference's type and id.
func refParts(data []byte) (typ, id uint32) {
	_ = eachField(data, func(f pbField) error {
		switch f.num {
		case refType:
			v, _ := f.uint()
			typ = uint32(v)
		case refID:
			v, _ := f.uint()
			id = uint32(v)
		}
		return nil
	})
	return typ, id
}

// firstString returns field 1 of String, RawString, StyledString and
// FileReference: their text or path.
func firstString(data []byte) string {
	var s string
	_ = eachField(data, func(f pbField) error {
		if f.num == 1 {
			s = f.str()
			return errStop
		}
		return nil
	})
	return s
}

// Primitive oneof fields (Resources.proto, message Primitive).
const (
	primFloat          = 3
	primDimensionOld   = 4
	primFractionOld    = 5
	primIntDecimal     = 6
	primIntHex         = 7
	primBoolean        = 8
	primNullOrEmptyMax = 2 // null_value = 1, empty_value = 2
)

// renderPrim renders a Primitive like apkparser renders Res_value: hex
// integers as 0x.., booleans as true/false, floats with %g, and every other
// integer-like type as its signed 32-bit decimal.
func renderPrim(data []byte) (string, bool) {
	var out string
	var ok bool
	_ = eachField(data, func(f pbField) error {
		v, isNum := f.uint()
		if f.num <= primNullOrEmptyMax || !isNum {
			return nil
		}
		switch f.num {
		case primFloat, primDimensionOld, primFractionOld:
			out = strconv.FormatFloat(float64(math.Float32frombits(uint32(v))), 'g', -1, 32)
		case primIntHex:
			out = fmt.Sprintf("0x%x", uint32(v))
		case primBoolean:
			out = strconv.FormatBool(v != 0)
		default:
			out = strconv.FormatInt(int64(int32(v)), 10)
		}
		ok = true
		return errStop
	})
	return out, ok
}

// finish reports limits that were hit.
func (t *protoTree) finish() {
	if t.deep > 0 {
		t.warnings = append(t.warnings, fmt.Sprintf("%d elements nested deeper than %d ignored", t.deep, maxDepth))
	}
}
