package axml

import (
	"strconv"
	"strings"
)

// apkparser renders every typed attribute value as text (it is called
// without a resource table, so references stay unresolved):
//
//	TYPE_STRING     the string itself
//	TYPE_INT_BOOLEAN "true" / "false"
//	TYPE_INT_DEC    "-12"
//	TYPE_INT_HEX    "0x1c"
//	TYPE_REFERENCE  "@7f010000" (lower-case hex, no 0x)
//	TYPE_FLOAT      "%g"
//
// These helpers turn that text back into values, leniently, the way
// TypedArray and XmlUtils.convertValueTo* do for string-typed attributes
// (plain-text manifests, hand-edited binary ones).

// parseRef recognises an unresolved reference "@7f010000". Plain-text
// manifests carry symbolic references ("@string/app_name") that cannot be
// resolved without aapt's symbol table; those are not references here.
func parseRef(v string) (uint32, bool) {
	if len(v) < 2 || v[0] != '@' {
		return 0, false
	}
	n, err := strconv.ParseUint(v[1:], 16, 32)
	if err != nil {
		return 0, false
	}
	return uint32(n), true
}

// parseIntText parses decimal or 0x-hex integers as TypedArray.getInt does
// for string values (XmlUtils.convertValueToInt), including a leading '-'
// and '#' colour-style hex.
func parseIntText(v string) (int64, bool) {
	s := strings.TrimSpace(v)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	base := 10
	switch {
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		s, base = s[2:], 16
	case strings.HasPrefix(s, "#"):
		s, base = s[1:], 16
	}
	n, err := strconv.ParseUint(s, base, 64)
	if err != nil || n > 1<<63 {
		return 0, false
	}
	if neg {
		return -int64(n), true
	}
	return int64(n), true
}

// parseBoolText follows XmlUtils.convertValueToBoolean: "1", "true" and
// "TRUE" are true; other numbers are true when non-zero.
func parseBoolText(v string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	if n, ok := parseIntText(v); ok {
		return n != 0, true
	}
	return false, false
}

// OptBool is a boolean attribute that may be absent, so callers can apply
// Android's default and still report whether the value was explicit.
type OptBool struct {
	Value bool
	Set   bool
}

// Or returns the value when set, else def.
func (b OptBool) Or(def bool) bool {
	if b.Set {
		return b.Value
	}
	return def
}
