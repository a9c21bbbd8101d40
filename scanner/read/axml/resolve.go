package axml

import (
	"github.com/avast/apkparser"
)

// maxRefDepth bounds reference chains (@string/a -> @string/b -> ...).
// aapt2 never emits long chains; a crafted table could emit a cycle.
const maxRefDepth = 8

// entry returns the default-config entry for id, following references, or
// nil. apkparser's ConfigFirst picks the first configuration in the table,
// which aapt and aapt2 write as the default (unqualified) one.
func (r *Resources) entry(id uint32) (e *apkparser.ResourceEntry) {
	if r == nil || r.table == nil || id == 0 {
		return nil
	}
	defer func() {
		if recover() != nil {
			e = nil // a lookup bug must not kill the scan; treat as unresolved
		}
	}()
	for range maxRefDepth {
		ent, err := r.table.GetResourceEntry(id)
		if err != nil || ent == nil || ent.IsComplex() {
			return nil
		}
		v := ent.GetValue()
		if v.Type() != apkparser.AttrTypeReference {
			return ent
		}
		id = v.RawData()
		if id == 0 {
			return nil
		}
	}
	return nil
}

// ResolveString resolves a resource ID to text in the default
// configuration: string resources give their text, other simple values
// (integers, booleans, colours) their usual textual form. ok is false when
// the ID is unknown, complex (arrays, plurals) or a reference loop.
func (r *Resources) ResolveString(id uint32) (string, bool) {
	if r != nil && r.proto != nil {
		return r.proto.resolveString(id)
	}
	e := r.entry(id)
	if e == nil {
		return "", false
	}
	v := e.GetValue()
	if v.Type() == apkparser.AttrTypeString {
		d, err := v.Data()
		s, isStr := d.(string)
		return s, err == nil && isStr
	}
	s, err := v.String()
	return s, err == nil
}

// ResolveInt resolves a resource ID to an integer (@integer/min_sdk,
// @bool/debug). ok is false when the resource is missing or not an integer
// type.
func (r *Resources) ResolveInt(id uint32) (int64, bool) {
	if r != nil && r.proto != nil {
		return r.proto.resolveInt(id)
	}
	e := r.entry(id)
	if e == nil {
		return 0, false
	}
	v := e.GetValue()
	switch v.Type() {
	case apkparser.AttrTypeIntDec, apkparser.AttrTypeIntHex, apkparser.AttrTypeIntBool:
		return int64(int32(v.RawData())), true
	case apkparser.AttrTypeString:
		if s, ok := r.ResolveString(id); ok {
			return parseIntText(s)
		}
	}
	return 0, false
}

// ResourceName returns "@type/key" (e.g. "@xml/network_security_config")
// for id, without following references.
func (r *Resources) ResourceName(id uint32) (name string, ok bool) {
	if r != nil && r.proto != nil {
		return r.proto.resourceName(id)
	}
	if r == nil || r.table == nil || id == 0 {
		return "", false
	}
	defer func() {
		if recover() != nil {
			name, ok = "", false
		}
	}()
	e, err := r.table.GetResourceEntry(id)
	if err != nil || e == nil || e.Key == "" {
		return "", false
	}
	return "@" + e.ResourceType + "/" + e.Key, true
}
