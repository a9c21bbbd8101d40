package axml

import (
	"errors"
	"io"
)

// protoResourcesSection names an App Bundle's resource table in errors.
const protoResourcesSection = "resources.pb"

// Field numbers of aapt2's Resources.proto for the resource table.
const (
	tablePackage     = 2 // ResourceTable.package
	pkgID            = 1 // Package.package_id (PackageId{id} or a bare varint)
	pkgType          = 3 // Package.type
	typeID           = 1 // Type.type_id
	typeName         = 2 // Type.name
	typeEntry        = 3 // Type.entry
	entryID          = 1 // Entry.entry_id
	entryName        = 2 // Entry.name
	entryConfigValue = 6 // Entry.config_value
	cvConfig         = 1 // ConfigValue.config
	cvValue          = 2 // ConfigValue.value
	valueItem        = 4 // Value.item
	valueCompound    = 5 // Value.compound_value
)

// protoValue is the default-configuration value of one resource.
type protoValue struct {
	kind protoKind
	text string // string text, file path, or a primitive rendered as text
	data uint32 // reference target, or a primitive's 32-bit data
}

type protoKind uint8

const (
	protoOther protoKind = iota // compound (array, style, plural) or empty
	protoString
	protoRef
	protoInt  // integer-like primitive; text holds its rendering
	protoText // float or other primitive: text only
)

// protoTable is a decoded resources.pb: values by resource ID for lookups.
type protoTable struct {
	values map[uint32]protoValue
	names  map[uint32]string // "@type/key"
}

// ParseProtoResources parses an App Bundle's resources.pb (aapt2's
// ResourceTable message) with DefaultMaxStringBytes. Every string value
// (strings, file paths, array and plural items, in every configuration)
// feeds Strings(), and entry names feed KeyStrings(), as the string pools of
// resources.arsc do; references resolve against the default configuration.
// A damaged table yields the partial Resources together with the error.
func ParseProtoResources(data []byte) (res *Resources, err error) {
	res = &Resources{proto: &protoTable{values: map[uint32]protoValue{}, names: map[uint32]string{}}}
	defer recoverTo(protoResourcesSection, &err)
	d := &protoResDecoder{res: res, budget: DefaultMaxStringBytes, seen: map[string]bool{}, seenKey: map[string]bool{}}
	err = eachField(data, func(f pbField) error {
		if f.num == tablePackage && f.msg() != nil {
			return d.pkg(f.b)
		}
		return nil
	})
	if err != nil {
		sentinel := ErrMalformed
		if errors.Is(err, io.ErrUnexpectedEOF) {
			sentinel = ErrTruncated
		}
		if errors.Is(err, ErrBudget) {
			sentinel = ErrBudget
		}
		return res, &FormatError{Section: protoResourcesSection, Index: d.entries, Offset: -1, Msg: "entry " + d.where, Err: errors.Join(sentinel, err)}
	}
	return res, nil
}

// protoResDecoder walks Package > Type > Entry > ConfigValue > Value. The
// nesting is fixed by the schema, so there is no recursion to bound.
type protoResDecoder struct {
	res     *Resources
	budget  int64
	seen    map[string]bool
	seenKey map[string]bool
	entries int    // entries decoded, for error indexes
	where   string // "@type/key" being decoded, for error messages
}

func (d *protoResDecoder) pkg(data []byte) error {
	var id uint64 = 0x7f
	_ = eachField(data, func(f pbField) error {
		if f.num == pkgID {
			id, _ = f.uint()
		}
		return nil
	})
	return eachField(data, func(f pbField) error {
		if f.num == pkgType && f.msg() != nil {
			return d.typ(f.b, uint32(id&0xff))
		}
		return nil
	})
}

func (d *protoResDecoder) typ(data []byte, pkg uint32) error {
	var id uint64
	var name string
	_ = eachField(data, func(f pbField) error {
		switch f.num {
		case typeID:
			id, _ = f.uint()
		case typeName:
			name = f.str()
		}
		return nil
	})
	return eachField(data, func(f pbField) error {
		if f.num == typeEntry && f.msg() != nil {
			return d.entry(f.b, pkg<<24|uint32(id&0xff)<<16, name)
		}
		return nil
	})
}

// entry records the entry's name and its default value, and collects the
// strings of every configuration. aapt2 writes the default configuration
// as an empty ConfigDescription; when there is none the first one stands in,
// as apkparser's ConfigFirst does for resources.arsc.
func (d *protoResDecoder) entry(data []byte, base uint32, typ string) error {
	d.entries++
	var id uint64
	var hasID bool
	var name string
	var def, first []byte
	err := eachField(data, func(f pbField) error {
		switch f.num {
		case entryID:
			id, hasID = f.uint()
		case entryName:
			name = f.str()
			d.where = "@" + typ + "/" + name
			if err := d.addKey(name); err != nil {
				return err
			}
		case entryConfigValue:
			cfg, val, err := configValue(f.msg())
			if err != nil {
				return err
			}
			if first == nil {
				first = val
			}
			if cfg == 0 && def == nil {
				def = val
			}
			return d.collect(val)
		}
		return nil
	})
	if def == nil {
		def = first
	}
	if hasID {
		rid := base | uint32(id&0xffff)
		d.res.proto.names[rid] = "@" + typ + "/" + name
		if def != nil {
			d.res.proto.values[rid] = decodeValue(def)
		}
	}
	return err
}

// configValue returns the length of the configuration and the Value bytes.
func configValue(data []byte) (cfgLen int, val []byte, err error) {
	cfgLen = -1
	err = eachField(data, func(f pbField) error {
		switch f.num {
		case cvConfig:
			cfgLen = len(f.msg())
		case cvValue:
			val = f.msg()
		}
		return nil
	})
	if cfgLen < 0 {
		cfgLen = 0 // absent configuration: the default one
	}
	return cfgLen, val, err
}

// decodeValue reads a Value's Item into a protoValue.
func decodeValue(data []byte) protoValue {
	var pv protoValue
	_ = eachField(data, func(f pbField) error {
		if f.num != valueItem || f.msg() == nil {
			return nil
		}
		_ = eachField(f.b, func(g pbField) error {
			if g.msg() == nil {
				return nil
			}
			switch g.num {
			case itemRef:
				_, id := refParts(g.b)
				pv = protoValue{kind: protoRef, data: id}
			case itemStr, itemRawStr, itemStyled, itemFile:
				pv = protoValue{kind: protoString, text: firstString(g.b)}
			case itemPrim:
				pv = decodePrim(g.b)
			}
			return errStop
		})
		return errStop
	})
	return pv
}

// decodePrim keeps a Primitive's text rendering and, for integer-like
// types (decimal, hex, boolean, colours), its 32-bit data.
func decodePrim(data []byte) protoValue {
	text, ok := renderPrim(data)
	if !ok {
		return protoValue{}
	}
	pv := protoValue{kind: protoText, text: text}
	_ = eachField(data, func(f pbField) error {
		v, isNum := f.uint()
		if f.num <= primNullOrEmptyMax || !isNum {
			return nil
		}
		switch f.num {
		case primIntDecimal, primIntHex, primBoolean:
			// The types resources.arsc's ResolveInt accepts (TYPE_INT_*).
			pv.kind, pv.data = protoInt, uint32(v)
		}
		return errStop
	})
	return pv
}
