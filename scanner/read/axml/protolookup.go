package axml

import "fmt"

// CompoundValue / Array / Plural / Style fields that hold Items.
const (
	compoundStyle  = 2 // CompoundValue.style
	compoundArray  = 4 // CompoundValue.array
	compoundPlural = 5 // CompoundValue.plural
	arrayElement   = 1 // Array.element
	elementItem    = 3 // Array.Element.item
	pluralEntry    = 1 // Plural.entry
	pluralItem     = 4 // Plural.Entry.item
	styleEntry     = 3 // Style.entry
	styleItem      = 4 // Style.Entry.item
)

// collect adds the strings of one Value (any configuration) to the value
// strings: its Item, or the Items of an array, plural or style. resources.arsc
// keeps all of these in its global string pool, so rules see the same text
// from a bundle as from the APK built from it.
func (d *protoResDecoder) collect(val []byte) error {
	return eachField(val, func(f pbField) error {
		switch {
		case f.msg() == nil:
		case f.num == valueItem:
			return d.itemString(f.b)
		case f.num == valueCompound:
			return eachField(f.b, func(g pbField) error {
				switch g.num {
				case compoundArray:
					return d.nestedItems(g.msg(), arrayElement, elementItem)
				case compoundPlural:
					return d.nestedItems(g.msg(), pluralEntry, pluralItem)
				case compoundStyle:
					return d.nestedItems(g.msg(), styleEntry, styleItem)
				}
				return nil
			})
		}
		return nil
	})
}

// nestedItems visits field item of every repeated field list of msg.
func (d *protoResDecoder) nestedItems(msg []byte, list, item int) error {
	return eachField(msg, func(f pbField) error {
		if int(f.num) != list || f.msg() == nil {
			return nil
		}
		return eachField(f.b, func(g pbField) error {
			if int(g.num) == item && g.msg() != nil {
				return d.itemString(g.b)
			}
			return nil
		})
	})
}

// itemString adds an Item's text when it is a string or a file path.
func (d *protoResDecoder) itemString(item []byte) error {
	return eachField(item, func(f pbField) error {
		switch f.num {
		case itemStr, itemRawStr, itemStyled, itemFile:
			if f.msg() != nil {
				return d.addValue(firstString(f.b))
			}
		}
		return nil
	})
}

// addValue and addKey keep each distinct string once (the pools of
// resources.arsc are deduplicated too), charging the shared byte budget.
func (d *protoResDecoder) addValue(s string) error {
	return d.add(s, d.seen, &d.res.values)
}

func (d *protoResDecoder) addKey(s string) error {
	return d.add(s, d.seenKey, &d.res.keys)
}

func (d *protoResDecoder) add(s string, seen map[string]bool, out *[]string) error {
	if s == "" || seen[s] {
		return nil
	}
	d.budget -= int64(len(s))
	if d.budget < 0 {
		return fmt.Errorf("%w: more than %d bytes of strings", ErrBudget, DefaultMaxStringBytes)
	}
	seen[s] = true
	*out = append(*out, s)
	return nil
}

// value returns the default value for id, following references.
func (t *protoTable) value(id uint32) (protoValue, bool) {
	for range maxRefDepth {
		v, ok := t.values[id]
		if !ok {
			return protoValue{}, false
		}
		if v.kind != protoRef {
			return v, v.kind != protoOther
		}
		id = v.data
	}
	return protoValue{}, false // a reference loop
}

func (t *protoTable) resolveString(id uint32) (string, bool) {
	v, ok := t.value(id)
	if !ok {
		return "", false
	}
	return v.text, true
}

func (t *protoTable) resolveInt(id uint32) (int64, bool) {
	v, ok := t.value(id)
	switch {
	case !ok:
		return 0, false
	case v.kind == protoInt:
		return int64(int32(v.data)), true
	case v.kind == protoString:
		return parseIntText(v.text)
	}
	return 0, false
}

func (t *protoTable) resourceName(id uint32) (string, bool) {
	n, ok := t.names[id]
	return n, ok
}
