package flow

import (
	"encoding/binary"
	"path"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// Views. The app's compiled XML files (layouts and menus, binary XML)
// say two things of view and menu item ids the code uses:
//   - inputs: a source with `const-arg: {layout: password}` is a
//     findViewById whose id names a view declared as a password input
//     (android:inputType textPassword, textWebPassword or numberPassword,
//     or android:password="true"), with `layout: address` one declared
//     as an input for a web address (android:inputType textUri: a
//     browser's address bar, where searches are typed too), with
//     `layout: search` text whose keyboard action is Search
//     (android:imeOptions), and with
//     `layout: personal` one for an email address, a person's name, a
//     postal address or a phone number: the view it returns holds what the
//     user typed (view.go);
//   - labels: the string a view's android:text or a menu item's
//     android:title names, which tells what the id is for when a resource
//     shrinker left its name meaningless (uistate.go).
// The files are read once, on first use.

// Bounds on the layout files read: count and bytes.
const (
	maxLayoutFiles = 4000
	maxLayoutBytes = 16 << 20
	maxLayoutFile  = 1 << 20
	maxLayoutDepth = 256 // open elements kept; deeper ones are not a field's parent
)

// Android attribute resource ids.
const (
	attrTitle      = 0x010101e1
	attrID         = 0x010100d0
	attrText       = 0x0101014f
	attrPassword   = 0x0101015c
	attrInputType  = 0x01010220
	attrImeOptions = 0x01010264
)

// Layout kinds a source's const-arg names (rules.ConstArg.Layout): what
// an input is for.
const (
	layoutPassword = "password"
	layoutAddress  = "address"
	layoutSearch   = "search"
	layoutPersonal = "personal"
)

// viewIDs is what the app's layouts and menus say of ids.
type viewIDs struct {
	inputs map[inputID]bool  // input views by kind
	labels map[uint32]uint32 // id -> the string resource labelling it
}

// inputID is an input view's id under one layout kind (one id may name
// inputs of several kinds in several layouts).
type inputID struct {
	kind string
	id   uint32
}

func newViewIDs() *viewIDs {
	return &viewIDs{inputs: map[inputID]bool{}, labels: map[uint32]uint32{}}
}

// kind reports whether id names a view of a layout kind.
func (v *viewIDs) kind(layout string, id uint32) bool { return v.inputs[inputID{layout, id}] }

// views reads the app's layouts and menus on first use.
func (e *engine) views() *viewIDs {
	if e.viewIDs != nil {
		return e.viewIDs
	}
	v := newViewIDs()
	e.viewIDs = v
	if e.app == nil {
		return v
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
				e.prog.diags = append(e.prog.diags, "layouts: read the first ones only (bound reached); password fields and labels in the rest are not known")
				return v
			}
			data, err := ar.ReadLimit(ent, maxLayoutFile)
			if err != nil {
				continue
			}
			files++
			bytes += len(data)
			v.read(data)
		}
	}
	return v
}

// layoutEntry reports whether an entry may be a compiled layout or menu:
// under res/layout*/ or res/menu*/, a flat res/ file, or under r/
// (resource shrinkers rename them: AndResGuard's r/a/b.xml).
func layoutEntry(name string) bool {
	if !strings.HasSuffix(name, ".xml") {
		return false
	}
	dir := path.Dir(name)
	return dir == "res" || strings.HasPrefix(dir, "res/layout") || strings.HasPrefix(dir, "res/menu") ||
		dir == "r" || strings.HasPrefix(dir, "r/")
}

// read adds what a binary XML document says of its elements' android:id:
// inputs by kind, and labels. An input's kind is its parent's too (a
// Material TextInputLayout around its EditText: the code may find the
// layout and ask it for the field). It reads the chunks it needs (the
// resource map, start and end elements) and skips the rest; malformed
// input ends the walk.
func (v *viewIDs) read(data []byte) {
	le := binary.LittleEndian
	if len(data) < 8 || le.Uint16(data) != 0x0003 {
		return
	}
	var resMap []uint32
	var open []uint32 // the ids of the open elements, 0 for none
	deeper := 0       // open elements past maxLayoutDepth
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
			el := readElement(chunk, hsize, resMap)
			kind := el.input
			if el.password {
				kind = layoutPassword
			}
			if kind != "" && len(open) > 0 && open[len(open)-1] != 0 {
				v.inputs[inputID{kind, open[len(open)-1]}] = true
			}
			if len(open) < maxLayoutDepth {
				open = append(open, el.id)
			} else {
				deeper++
			}
			if el.id != 0 {
				if kind != "" {
					v.inputs[inputID{kind, el.id}] = true
				}
				if _, ok := v.labels[el.id]; !ok && el.label != 0 {
					v.labels[el.id] = el.label // the first file's, in entry order
				}
			}
		case 0x0103: // end element
			if deeper > 0 {
				deeper--
			} else if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		off += size
	}
}

// element is what readElement reads of a start element.
type element struct {
	id, label uint32 // android:id; the string resource its title or text names
	password  bool
	input     string // the layout kind its android:inputType says, if any
}

// readElement reads one start element's attributes.
func readElement(chunk []byte, hsize int, resMap []uint32) element {
	le := binary.LittleEndian
	var el element
	ext := hsize
	if ext+20 > len(chunk) {
		return el
	}
	start, asize, count := int(le.Uint16(chunk[ext+8:])), int(le.Uint16(chunk[ext+10:])), int(le.Uint16(chunk[ext+12:]))
	if asize < 20 {
		return el
	}
	inputClass, ime := uint32(1), uint32(0) // an EditText's defaults: text, no action
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
				el.id = val
			}
		case attrTitle, attrText:
			if dataType == 0x01 && el.label == 0 {
				el.label = val
			}
		case attrPassword:
			el.password = el.password || dataType == 0x12 && val != 0
		case attrInputType:
			if dataType >= 0x10 && dataType <= 0x1f { // an integer, not a reference
				el.password = el.password || passwordInput(val)
				el.input = inputKind(val)
				inputClass = val & 0xf
			}
		case attrImeOptions:
			if dataType >= 0x10 && dataType <= 0x1f {
				ime = val
			}
		}
	}
	if el.input == "" && !el.password && inputClass == 1 && ime&0xff == imeSearch {
		// Text whose keyboard action is Search: a search box. (Go is as
		// often a login form's or a coupon code's.)
		el.input = layoutSearch
	}
	return el
}

// imeSearch is android:imeOptions' Search action.
const imeSearch = 3

// inputKind returns the layout kind of an android:inputType value: a
// web address (text, URI variation); personal data (an email address, a
// person's name, a postal address, a phone number); or "".
func inputKind(v uint32) string {
	class, variation := v&0xf, v&0xff0
	switch {
	case class == 1 && variation == 0x10:
		return layoutAddress
	case class == 1 && (variation == 0x20 || variation == 0xd0 || variation == 0x60 || variation == 0x70), class == 3:
		return layoutPersonal
	}
	return ""
}

// passwordInput reports whether an android:inputType value hides what is
// typed: text with the password or web password variation, or a number
// password (a visible password is not hidden).
func passwordInput(v uint32) bool {
	class, variation := v&0xf, v&0xff0
	return class == 1 && (variation == 0x80 || variation == 0xe0) || class == 2 && variation == 0x10
}
