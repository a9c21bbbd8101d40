// Package pbxml builds aapt2 protobuf XML documents (the XmlNode messages
// of an App Bundle's manifests) for tests: synthetic manifests and bundles
// that the corpus does not have, such as a feature module. Field numbers
// are those of aapt2's Resources.proto.
package pbxml

import "google.golang.org/protobuf/encoding/protowire"

// AndroidNS is the android: attribute namespace.
const AndroidNS = "http://schemas.android.com/apk/res/android"

// Resource IDs of the android: attributes the builders name.
const (
	AttrName     = 0x01010003
	AttrExported = 0x01010010
)

const (
	xmlNodeElement = 1 // XmlNode.element
	xmlElemName    = 3 // XmlElement.name
	xmlElemAttr    = 4 // XmlElement.attribute
	xmlElemChild   = 5 // XmlElement.child
	xmlAttrNS      = 1 // XmlAttribute.namespace_uri
	xmlAttrName    = 2 // XmlAttribute.name
	xmlAttrValue   = 3 // XmlAttribute.value
	xmlAttrResID   = 5 // XmlAttribute.resource_id
	xmlAttrItem    = 6 // XmlAttribute.compiled_item
	itemPrim       = 7 // Item.prim
	primBoolean    = 8 // Primitive.boolean_value
)

// Bytes appends a length-delimited field.
func Bytes(b []byte, num protowire.Number, v []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, v)
}

// Varint appends a varint field.
func Varint(b []byte, num protowire.Number, v uint64) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, v)
}

// Attr builds an XmlAttribute; id 0 and a nil item are left out.
func Attr(ns, name, value string, id uint32, item []byte) []byte {
	var a []byte
	a = Bytes(a, xmlAttrNS, []byte(ns))
	a = Bytes(a, xmlAttrName, []byte(name))
	a = Bytes(a, xmlAttrValue, []byte(value))
	if id != 0 {
		a = Varint(a, xmlAttrResID, uint64(id))
	}
	if item != nil {
		a = Bytes(a, xmlAttrItem, item)
	}
	return a
}

// Node builds an XmlNode holding an element.
func Node(name string, attrs [][]byte, children ...[]byte) []byte {
	var e []byte
	e = Bytes(e, xmlElemName, []byte(name))
	for _, a := range attrs {
		e = Bytes(e, xmlElemAttr, a)
	}
	for _, c := range children {
		e = Bytes(e, xmlElemChild, c)
	}
	return Bytes(nil, xmlNodeElement, e)
}

// Bool is a compiled boolean Item.
func Bool(v bool) []byte {
	x := uint64(0)
	if v {
		x = 1
	}
	return Bytes(nil, itemPrim, Varint(nil, primBoolean, x))
}

// Component is one component element for Manifest.
type Component struct {
	Kind     string // activity, service, receiver, provider
	Name     string // as written: ".Share" or "com.x.Share"
	Exported bool
}

// Manifest builds a manifest for package pkg, with split="split" when
// split is not empty, the given permissions and components.
func Manifest(pkg, split string, perms []string, comps ...Component) []byte {
	attrs := [][]byte{Attr("", "package", pkg, 0, nil)}
	if split != "" {
		attrs = append(attrs, Attr("", "split", split, 0, nil))
	}
	var children [][]byte
	for _, p := range perms {
		children = append(children, Node("uses-permission", [][]byte{Attr(AndroidNS, "name", p, AttrName, nil)}))
	}
	var app [][]byte
	for _, c := range comps {
		app = append(app, Node(c.Kind, [][]byte{
			Attr(AndroidNS, "name", c.Name, AttrName, nil),
			Attr(AndroidNS, "exported", map[bool]string{true: "true", false: "false"}[c.Exported], AttrExported, Bool(c.Exported)),
		}))
	}
	children = append(children, Node("application", nil, app...))
	return Node("manifest", attrs, children...)
}
