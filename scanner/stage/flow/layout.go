package flow

import (
	"encoding/binary"
	"path"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// Password fields. A source with `const-arg: {layout: password}` is a
// findViewById whose id names a view the app's layouts declare as a
// password input (android:inputType textPassword, textWebPassword or
// numberPassword, or android:password="true"): the view it returns holds
// what the user typed. The layouts are read once, on the first such call
// in reached code, from the compiled (binary XML) layout files.

// Bounds on the layout files read: count and bytes.
const (
	maxLayoutFiles = 4000
	maxLayoutBytes = 16 << 20
	maxLayoutFile  = 1 << 20
)

// Android attribute resource ids.
const (
	attrID        = 0x010100d0
	attrPassword  = 0x0101015c
	attrInputType = 0x01010220
)

// passwordIDs returns the resource ids of password views, read on first
// use.
func (e *engine) passwordIDs() map[uint32]bool {
	if e.pwIDs != nil {
		return e.pwIDs
	}
	e.pwIDs = map[uint32]bool{}
	if e.app == nil {
		return e.pwIDs
	}
	archives := []*apk.Archive{e.app.Archive}
	if e.app.Kind != app.KindAPK {
		for _, n := range e.app.Nested {
			if n.Depth == 1 && strings.HasSuffix(strings.TrimSuffix(n.Prefix, "!"), ".apk") {
				archives = append(archives, n)
			}
		}
	}
	files, bytes := 0, 0
	for _, ar := range archives {
		if ar == nil {
			continue
		}
		for _, ent := range ar.Entries {
			if !layoutEntry(ent.Name) {
				continue
			}
			if files >= maxLayoutFiles || bytes >= maxLayoutBytes {
				e.prog.diags = append(e.prog.diags, "layouts: read the first ones only (bound reached); password fields in the rest are not known")
				return e.pwIDs
			}
			data, err := ar.ReadLimit(ent, maxLayoutFile)
			if err != nil {
				continue
			}
			files++
			bytes += len(data)
			passwordViews(data, e.pwIDs)
		}
	}
	return e.pwIDs
}

// layoutEntry reports whether an entry may be a compiled layout: under
// res/layout*/, or a flat res/ file (resource shrinkers rename them).
func layoutEntry(name string) bool {
	if !strings.HasPrefix(name, "res/") || !strings.HasSuffix(name, ".xml") {
		return false
	}
	dir := path.Dir(name)
	return dir == "res" || strings.HasPrefix(dir, "res/layout")
}

// passwordViews adds to ids the android:id of every element of a binary
// XML document declared as a password input. It reads the chunks it needs
// (the resource map and start elements) and skips the rest; malformed
// input ends the walk.
func passwordViews(data []byte, ids map[uint32]bool) {
	le := binary.LittleEndian
	if len(data) < 8 || le.Uint16(data) != 0x0003 {
		return
	}
	var resMap []uint32
	off := int(le.Uint16(data[2:]))
	for off+8 <= len(data) {
		typ, hsize, size := le.Uint16(data[off:]), int(le.Uint16(data[off+2:])), int(le.Uint32(data[off+4:]))
		if size < 8 || off+size > len(data) || hsize > size {
			return
		}
		chunk := data[off : off+size]
		switch typ {
		case 0x0180: // resource map: attribute name string index -> id
			resMap = resMap[:0]
			for p := hsize; p+4 <= size; p += 4 {
				resMap = append(resMap, le.Uint32(chunk[p:]))
			}
		case 0x0102: // start element
			if id, ok := passwordElement(chunk, hsize, resMap); ok {
				ids[id] = true
			}
		}
		off += size
	}
}

// passwordElement reads one start element's attributes: its android:id
// and whether it is a password input.
func passwordElement(chunk []byte, hsize int, resMap []uint32) (uint32, bool) {
	le := binary.LittleEndian
	ext := hsize
	if ext+20 > len(chunk) {
		return 0, false
	}
	start, asize, count := int(le.Uint16(chunk[ext+8:])), int(le.Uint16(chunk[ext+10:])), int(le.Uint16(chunk[ext+12:]))
	if asize < 20 {
		return 0, false
	}
	var id uint32
	password := false
	for k := 0; k < count; k++ {
		p := ext + start + k*asize
		if p+20 > len(chunk) {
			break
		}
		name := le.Uint32(chunk[p+4:])
		if int(name) >= len(resMap) {
			continue
		}
		dataType, val := chunk[p+15], le.Uint32(chunk[p+16:])
		switch resMap[name] {
		case attrID:
			if dataType == 0x01 { // a reference
				id = val
			}
		case attrPassword:
			password = password || dataType == 0x12 && val != 0
		case attrInputType:
			password = password || passwordInput(val)
		}
	}
	return id, password && id != 0
}

// passwordInput reports whether an android:inputType value hides what is
// typed: text with the password or web password variation, or a number
// password (a visible password is not hidden).
func passwordInput(v uint32) bool {
	class, variation := v&0xf, v&0xff0
	return class == 1 && (variation == 0x80 || variation == 0xe0) || class == 2 && variation == 0x10
}
