package axml

import (
	"fmt"
	"strings"
)

// usesSdk reads <uses-sdk>. Android treats a string-typed version as a
// preview codename (ParsingPackageUtils.parseUsesSdk); aapt always emits
// integers, so a string that is a number is a hand-made manifest: we read
// the number and say so.
func (b *builder) usesSdk(e *element) {
	m := b.m
	if n, code, ok := b.sdkLevel(e, "minSdkVersion"); ok {
		m.MinSdk, m.MinSdkCodename, m.MinSdkSet = n, code, true
	}
	if n, code, ok := b.sdkLevel(e, "targetSdkVersion"); ok {
		m.TargetSdk, m.TargetSdkCodename, m.TargetSdkSet = n, code, true
	}
	if n, ok := b.integer(e, "maxSdkVersion"); ok {
		m.MaxSdk = int(n)
	}
}

// curDevelopment is Build.VERSION_CODES.CUR_DEVELOPMENT, the level Android
// assigns to a preview codename.
const curDevelopment = 10000

func (b *builder) sdkLevel(e *element, name string) (int, string, bool) {
	v, ok := e.get(name)
	if !ok {
		return 0, "", false
	}
	if _, isRef := parseRef(v); isRef {
		n, ok := b.integer(e, name)
		return int(n), "", ok
	}
	if n, ok := parseIntText(v); ok {
		if strings.TrimSpace(v) != fmt.Sprint(n) {
			b.warnf("<uses-sdk> android:%s=%q read as %d", name, v, n)
		}
		return int(n), "", true
	}
	b.warnf("<uses-sdk> android:%s=%q is a preview codename (level %d)", name, v, curDevelopment)
	return curDevelopment, v, true
}

// usesPermission reads <uses-permission>, <uses-permission-sdk-23> and its
// old spelling <uses-permission-sdk-m>. The name is read with
// getNonResourceString, like Android.
func (b *builder) usesPermission(e *element) {
	name := b.literal(e, "name")
	if name == "" {
		b.warnf("<%s> without android:name ignored", e.Name)
		return
	}
	for _, p := range b.m.UsesPermissions {
		if p.Name == name {
			return // Android merges duplicates
		}
	}
	p := Permission{Name: name, Sdk23: e.Name != "uses-permission", Dangerous: IsDangerous(name)}
	if n, ok := b.integer(e, "maxSdkVersion"); ok {
		p.MaxSdk = int(n)
	}
	b.m.UsesPermissions = append(b.m.UsesPermissions, p)
}

// permission reads a declared <permission>.
func (b *builder) permission(e *element) {
	p := DeclaredPermission{Name: b.literal(e, "name"), Group: b.str(e, "permissionGroup"), ProtectionFlags: 0}
	v, ok := e.get("protectionLevel")
	switch n, isInt := parseIntText(v); {
	case !ok:
		p.ProtectionLevel = "normal" // PermissionInfo.PROTECTION_NORMAL is the default
	case isInt:
		p.ProtectionFlags = n
		p.ProtectionLevel = ProtectionLevelString(n)
	default:
		p.ProtectionFlags = -1 // plain-text manifest: "signature|privileged"
		p.ProtectionLevel = v
	}
	b.m.Permissions = append(b.m.Permissions, p)
}

// usesFeature reads <uses-feature>; required defaults to true.
func (b *builder) usesFeature(e *element) {
	f := Feature{Name: b.literal(e, "name"), Required: b.boolean(e, "required").Or(true)}
	if n, ok := b.integer(e, "glEsVersion"); ok {
		f.GlEsVersion = n
	}
	b.m.UsesFeatures = append(b.m.UsesFeatures, f)
}

// protectionBase and protectionFlags name PermissionInfo's PROTECTION_*
// constants (frameworks/base/core/java/android/content/pm/PermissionInfo.java).
var protectionBase = []string{"normal", "dangerous", "signature", "signatureOrSystem", "internal"}

var protectionFlags = []struct {
	bit  int64
	name string
}{
	{0x10, "privileged"}, {0x20, "development"}, {0x40, "appop"}, {0x80, "pre23"},
	{0x100, "installer"}, {0x200, "verifier"}, {0x400, "preinstalled"}, {0x800, "setup"},
	{0x1000, "instant"}, {0x2000, "runtime"}, {0x4000, "oem"}, {0x8000, "vendorPrivileged"},
	{0x10000, "textClassifier"}, {0x80000, "configurator"}, {0x100000, "incidentReportApprover"},
	{0x200000, "appPredictor"}, {0x400000, "module"}, {0x800000, "companion"},
	{0x1000000, "retailDemo"}, {0x2000000, "recents"}, {0x4000000, "role"}, {0x8000000, "knownSigner"},
}

// ProtectionLevelString renders a protectionLevel value as the manifest
// would spell it, e.g. 0x12 -> "signature|privileged".
func ProtectionLevelString(v int64) string {
	base := v & 0xf
	var parts []string
	if base < int64(len(protectionBase)) {
		parts = append(parts, protectionBase[base])
	} else {
		parts = append(parts, fmt.Sprintf("0x%x", base))
	}
	rest := v &^ 0xf
	for _, f := range protectionFlags {
		if rest&f.bit != 0 {
			parts = append(parts, f.name)
			rest &^= f.bit
		}
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", rest))
	}
	return strings.Join(parts, "|")
}
