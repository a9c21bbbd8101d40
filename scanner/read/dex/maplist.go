package dex

import "fmt"

// Map item type codes from the spec (map_list "type" column).
const (
	TypeHeaderItem             = 0x0000
	TypeStringIDItem           = 0x0001
	TypeTypeIDItem             = 0x0002
	TypeProtoIDItem            = 0x0003
	TypeFieldIDItem            = 0x0004
	TypeMethodIDItem           = 0x0005
	TypeClassDefItem           = 0x0006
	TypeCallSiteIDItem         = 0x0007
	TypeMethodHandleItem       = 0x0008
	TypeMapList                = 0x1000
	TypeTypeList               = 0x1001
	TypeAnnotationSetRefList   = 0x1002
	TypeAnnotationSetItem      = 0x1003
	TypeClassDataItem          = 0x2000
	TypeCodeItem               = 0x2001
	TypeStringDataItem         = 0x2002
	TypeDebugInfoItem          = 0x2003
	TypeAnnotationItem         = 0x2004
	TypeEncodedArrayItem       = 0x2005
	TypeAnnotationsDirectory   = 0x2006
	TypeHiddenapiClassDataItem = 0xF000
)

// MapItem is one entry of the map_list.
type MapItem struct {
	Type   uint16
	Size   uint32
	Offset uint32
}

// MapList returns the map_list at map_off. It is read once and cached.
func (f *File) MapList() ([]MapItem, error) {
	if f.mapRead {
		return f.mapList, f.mapErr
	}
	f.mapRead = true
	f.mapList, f.mapErr = f.readMapList()
	if f.mapErr == nil {
		f.mapErr = f.findMapSections()
	}
	return f.mapList, f.mapErr
}

func (f *File) readMapList() ([]MapItem, error) {
	off := uint64(f.Header.MapOff)
	if off == 0 {
		return nil, nil // tolerated: nothing here is needed to read code
	}
	n, ok := u32At(f.data, off)
	if !ok {
		return nil, truncated("map_list", -1, int64(off))
	}
	if _, ok := span(f.data, off+4, 12*uint64(n)); !ok {
		return nil, errf(ErrTruncated, "map_list", -1, int64(off), "%d items past end of file", n)
	}
	items := make([]MapItem, n) // bounded: 12*n bytes exist
	for k := range items {
		p := off + 4 + 12*uint64(k)
		t, _ := u16At(f.data, p)
		s, _ := u32At(f.data, p+4)
		o, _ := u32At(f.data, p+8)
		items[k] = MapItem{Type: t, Size: s, Offset: o}
	}
	return items, nil
}

// findMapSections picks up the tables that only the map lists (call sites
// and method handles, version 038+) and bounds-checks them.
func (f *File) findMapSections() error {
	for _, it := range f.mapList {
		var s *idSection
		switch it.Type {
		case TypeCallSiteIDItem:
			s = &f.callSites
			*s = idSection{"call_site_ids", it.Size, it.Offset, 4}
		case TypeMethodHandleItem:
			s = &f.methHandls
			*s = idSection{"method_handles", it.Size, it.Offset, 8}
		default:
			continue
		}
		if _, ok := span(f.data, uint64(s.off), uint64(s.size)*s.itemSize); !ok {
			err := errf(ErrTruncated, s.name, -1, int64(s.off), "%d items past end of file", s.size)
			*s = idSection{}
			return err
		}
	}
	return nil
}

// MethodHandle is a method_handle_item.
type MethodHandle struct {
	Type            uint16 // method handle type (static-put ... invoke-interface)
	FieldOrMethodID uint16
}

// methodHandleTypes names method handle types as dexdump does.
var methodHandleTypes = [...]string{"put-static", "get-static", "put-instance", "get-instance",
	"invoke-static", "invoke-instance", "invoke-constructor", "invoke-direct", "invoke-interface"}

// MethodHandle returns method_handles[i].
func (f *File) MethodHandle(i uint32) (MethodHandle, error) {
	if _, err := f.MapList(); err != nil {
		return MethodHandle{}, err
	}
	if i >= f.methHandls.size {
		return MethodHandle{}, errf(ErrBadIndex, "method_handles", int(i), -1, "method handle index %d out of range (%d handles)", i, f.methHandls.size)
	}
	off := uint64(f.methHandls.off) + 8*uint64(i)
	t, _ := u16At(f.data, off)
	id, _ := u16At(f.data, off+4)
	return MethodHandle{Type: t, FieldOrMethodID: id}, nil
}

// methodHandleString renders a method handle as "invoke-static,Lcls;.m:()V".
func (f *File) methodHandleString(i uint32) (string, error) {
	mh, err := f.MethodHandle(i)
	if err != nil {
		return "", err
	}
	if int(mh.Type) >= len(methodHandleTypes) {
		return "", errf(ErrMalformed, "method_handles", int(i), -1, "unknown method handle type %d", mh.Type)
	}
	var target string
	if mh.Type <= 3 {
		target, err = f.ResolveField(uint32(mh.FieldOrMethodID))
	} else {
		target, err = f.ResolveMethod(uint32(mh.FieldOrMethodID))
	}
	if err != nil {
		return "", wrapAt("method_handles", int(i), err)
	}
	return methodHandleTypes[mh.Type] + "," + target, nil
}

// CallSiteOff returns call_site_ids[i], the offset of its encoded_array.
func (f *File) CallSiteOff(i uint32) (uint32, error) {
	if _, err := f.MapList(); err != nil {
		return 0, err
	}
	if i >= f.callSites.size {
		return 0, errf(ErrBadIndex, "call_site_ids", int(i), -1, "call site index %d out of range (%d call sites)", i, f.callSites.size)
	}
	off, _ := u32At(f.data, uint64(f.callSites.off)+4*uint64(i))
	return off, nil
}

// CallSite returns the call_site_item for call_site_ids[i]: an encoded
// array of bootstrap method handle, method name, method type, then extra
// bootstrap arguments.
func (f *File) CallSite(i uint32) ([]Value, error) {
	off, err := f.CallSiteOff(i)
	if err != nil {
		return nil, err
	}
	return f.EncodedArray("call_site_item", int(i), off)
}

// callSiteString renders a call site as "bootstrap-handle, name, proto".
func (f *File) callSiteString(i uint32) (string, error) {
	vals, err := f.CallSite(i)
	if err != nil {
		return "", err
	}
	if len(vals) < 3 {
		return "", errf(ErrMalformed, "call_site_item", int(i), -1, "%d values, need at least 3", len(vals))
	}
	var parts [3]string
	for k := range parts {
		if parts[k], err = f.ValueString(vals[k]); err != nil {
			return "", err
		}
	}
	return fmt.Sprintf("%s, %s, %s", parts[0], parts[1], parts[2]), nil
}
