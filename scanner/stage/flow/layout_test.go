package flow

import (
	"encoding/binary"
	"maps"
	"testing"
)

func TestPasswordInput(t *testing.T) {
	for v, want := range map[uint32]bool{
		0x81: true, 0xe1: true, 0x12: true, // textPassword, textWebPassword, numberPassword
		0x91: false, 0x01: false, 0x21: false, 0x02: false, 0x00: false, // visible password, text, email, number
		0x20081: true, // textPassword with a flag
	} {
		if got := passwordInput(v); got != want {
			t.Errorf("passwordInput(%#x) = %v, want %v", v, got, want)
		}
	}
	for v, want := range map[uint32]string{
		0x11: layoutAddress, 0x80011: layoutAddress, // textUri, with textNoSuggestions
		0x21: layoutPersonal, 0xd1: layoutPersonal, 0x61: layoutPersonal, 0x71: layoutPersonal, 0x03: layoutPersonal, // emails, a name, a postal address, a phone
		0x01: "", 0x90001: "", 0x12: "", 0x81: "", 0x02: "", // text, a search view's text, passwords, a number
	} {
		if got := inputKind(v); got != want {
			t.Errorf("inputKind(%#x) = %q, want %q", v, got, want)
		}
	}
	for name, want := range map[string]bool{
		"res/layout/login.xml": true, "res/layout-v21/login.xml": true, "res/a1.xml": true,
		"res/menu/main.xml": true, "r/a/b.xml": true,
		"res/values/strings.xml": false, "res/drawable/x.xml": false, "AndroidManifest.xml": false,
	} {
		if got := layoutEntry(name); got != want {
			t.Errorf("layoutEntry(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestViewIDs reads a minimal compiled layout: an element with android:id
// and android:inputType="textPassword", one without, one labelled with a
// string resource (android:title), an address bar (textUri), an
// inputType given by reference (no kind), and keyboard actions: Search or
// Search on text is a search box, not on a number; Go is nothing of
// itself (a login form's, a coupon code's). An input's parent (a
// TextInputLayout) is an input of its kind.
func TestViewIDs(t *testing.T) {
	le := binary.LittleEndian
	chunk := func(typ uint16, hsize int, body []byte) []byte {
		b := make([]byte, 8, 8+len(body))
		le.PutUint16(b, typ)
		le.PutUint16(b[2:], uint16(hsize))
		le.PutUint32(b[4:], uint32(8+len(body)))
		return append(b, body...)
	}
	attr := func(name uint32, dataType byte, val uint32) []byte {
		a := make([]byte, 20)
		le.PutUint32(a, 0xffffffff)
		le.PutUint32(a[4:], name)
		le.PutUint32(a[8:], 0xffffffff)
		le.PutUint16(a[12:], 8)
		a[15] = dataType
		le.PutUint32(a[16:], val)
		return a
	}
	element := func(attrs ...[]byte) []byte {
		body := make([]byte, 8+20) // line, comment; then the attribute extension
		le.PutUint16(body[8+8:], 20)
		le.PutUint16(body[8+10:], 20)
		le.PutUint16(body[8+12:], uint16(len(attrs)))
		for _, a := range attrs {
			body = append(body, a...)
		}
		end := make([]byte, 8+12) // line, comment; ns, name
		return append(chunk(0x0102, 16, body), chunk(0x0103, 16, end)...)
	}
	start := func(attrs ...[]byte) []byte { // a start element only
		e := element(attrs...)
		return e[:len(e)-28]
	}
	end := chunk(0x0103, 16, make([]byte, 8+12))
	resMap := make([]byte, 16)
	le.PutUint32(resMap, attrID)
	le.PutUint32(resMap[4:], attrInputType)
	le.PutUint32(resMap[8:], attrTitle)
	le.PutUint32(resMap[12:], attrImeOptions)
	var doc []byte
	doc = append(doc, chunk(0x0180, 8, resMap)...)
	doc = append(doc, element(attr(0, 0x01, 0x7f070001), attr(1, 0x11, 0x81))...)
	doc = append(doc, element(attr(0, 0x01, 0x7f070002), attr(1, 0x11, 0x01))...)
	doc = append(doc, element(attr(2, 0x01, 0x7f0a0003), attr(0, 0x01, 0x7f070003))...)
	doc = append(doc, element(attr(0, 0x01, 0x7f070004), attr(1, 0x11, 0x80011))...)                           // an address bar
	doc = append(doc, element(attr(0, 0x01, 0x7f070005), attr(1, 0x01, 0x7f020011))...)                        // a reference, not a type
	doc = append(doc, element(attr(0, 0x01, 0x7f070006), attr(3, 0x11, 0x03))...)                              // text, Search: a search box
	doc = append(doc, element(attr(0, 0x01, 0x7f070007), attr(1, 0x11, 0x90001), attr(3, 0x11, 0x2000003))...) // Search, with a flag
	doc = append(doc, element(attr(0, 0x01, 0x7f07000a), attr(1, 0x11, 0x01), attr(3, 0x11, 0x02))...)         // text, Go
	// A TextInputLayout around an email field: the layout is one too.
	doc = append(doc, start(attr(0, 0x01, 0x7f07000b))...)
	doc = append(doc, element(attr(0, 0x01, 0x7f07000c), attr(1, 0x11, 0x21))...)
	doc = append(doc, end...)
	doc = append(doc, element(attr(0, 0x01, 0x7f070008), attr(1, 0x11, 0x02), attr(3, 0x11, 0x03))...) // a number: not
	doc = append(doc, element(attr(0, 0x01, 0x7f070009), attr(1, 0x11, 0x81), attr(3, 0x11, 0x02))...) // a password, Go
	doc = chunk(0x0003, 8, doc)
	v := newViewIDs()
	v.read(doc)
	want := map[inputID]bool{
		{layoutPassword, 0x7f070001}: true, {layoutAddress, 0x7f070004}: true,
		{layoutSearch, 0x7f070006}: true, {layoutSearch, 0x7f070007}: true, {layoutPassword, 0x7f070009}: true,
		{layoutPersonal, 0x7f07000b}: true, {layoutPersonal, 0x7f07000c}: true,
	}
	if !maps.Equal(v.inputs, want) {
		t.Errorf("input views = %v, want %v", v.inputs, want)
	}
	if len(v.labels) != 1 || v.labels[0x7f070003] != 0x7f0a0003 {
		t.Errorf("labels = %v, want 0x7f070003 labelled 0x7f0a0003", v.labels)
	}
	newViewIDs().read(doc[:len(doc)-7]) // cut short: no panic
}

// FuzzViewIDs feeds arbitrary bytes to the layout reader: compiled
// layouts are untrusted input.
func FuzzViewIDs(f *testing.F) {
	f.Add([]byte{3, 0, 8, 0, 8, 0, 0, 0})
	f.Add([]byte{3, 0, 8, 0, 40, 0, 0, 0, 0x80, 1, 8, 0, 12, 0, 0, 0, 0xd0, 0, 1, 1, 2, 1, 16, 0, 8, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		newViewIDs().read(data)
	})
}
