package axml

import (
	"fmt"
	"strings"
)

// builder maps the element tree onto Manifest, following AOSP's
// ParsingPackageUtils (frameworks/base/core/java/com/android/internal/pm/
// pkg/parsing/ParsingPackageUtils.java).
type builder struct {
	m   *Manifest
	res *Resources
}

func (b *builder) warnf(format string, args ...any) {
	b.m.Warnings = append(b.m.Warnings, fmt.Errorf(format, args...))
}

// str returns a string attribute with references resolved to text, as
// TypedArray.getString / getNonConfigurationString do. An unresolvable
// reference is returned as written ("@7f010000").
func (b *builder) str(e *element, name string) string {
	v, ok := e.get(name)
	if !ok {
		return ""
	}
	if id, isRef := parseRef(v); isRef {
		if s, ok := b.res.ResolveString(id); ok {
			return s
		}
	}
	return v
}

// literal returns a string attribute that Android reads with
// getNonResourceString: a reference there yields null, so we drop it too.
func (b *builder) literal(e *element, name string) string {
	v, _ := e.get(name)
	if _, isRef := parseRef(v); isRef {
		b.warnf("<%s> android:%s is a resource reference; Android ignores it", e.Name, name)
		return ""
	}
	return v
}

// integer returns an integer attribute, resolving @integer references and
// parsing string-typed numbers leniently (with a warning).
func (b *builder) integer(e *element, name string) (int64, bool) {
	v, ok := e.get(name)
	if !ok {
		return 0, false
	}
	if id, isRef := parseRef(v); isRef {
		n, ok := b.res.ResolveInt(id)
		if !ok {
			b.warnf("<%s> android:%s: unresolvable reference %s", e.Name, name, v)
		}
		return n, ok
	}
	if n, ok := parseIntText(v); ok {
		return n, true
	}
	b.warnf("<%s> android:%s: %q is not an integer", e.Name, name, v)
	return 0, false
}

// boolean returns a tri-state boolean attribute; references to @bool
// resources are resolved.
func (b *builder) boolean(e *element, name string) OptBool {
	v, ok := e.get(name)
	if !ok {
		return OptBool{}
	}
	if id, isRef := parseRef(v); isRef {
		n, ok := b.res.ResolveInt(id)
		if !ok {
			b.warnf("<%s> android:%s: unresolvable reference %s", e.Name, name, v)
			return OptBool{}
		}
		return OptBool{Value: n != 0, Set: true}
	}
	if x, ok := parseBoolText(v); ok {
		return OptBool{Value: x, Set: true}
	}
	b.warnf("<%s> android:%s: %q is not a boolean", e.Name, name, v)
	return OptBool{}
}

// className resolves a component or application class name like
// ParsingUtils.buildClassName: ".Foo" and "Foo" are relative to the package.
func className(pkg, cls string) string {
	switch {
	case cls == "":
		return ""
	case cls[0] == '.':
		return pkg + cls
	case !strings.Contains(cls, "."):
		return pkg + "." + cls
	}
	return cls
}

// processName resolves android:process like ComponentParseUtils.buildProcessName:
// ":name" is private to the package, anything else is taken as is.
func processName(pkg, def, proc string) string {
	switch {
	case proc == "":
		return def
	case proc[0] == ':':
		return pkg + proc
	}
	return proc
}

// build maps the <manifest> element onto a Manifest.
func build(root *element, res *Resources) *Manifest {
	b := &builder{m: &Manifest{}, res: res}
	m := b.m
	m.Package = b.literal(root, "package")
	if m.Package == "" {
		b.warnf("<manifest> has no package attribute; Android would refuse to install")
	}
	code, _ := b.integer(root, "versionCode")
	major, _ := b.integer(root, "versionCodeMajor")
	m.VersionCodeMajor = major
	m.VersionCode = major<<32 | int64(uint32(code))
	m.VersionName = b.str(root, "versionName")
	if n, ok := b.integer(root, "compileSdkVersion"); ok {
		m.CompileSdk = int(n)
	}
	m.SharedUserID = b.str(root, "sharedUserId")
	m.Split = b.literal(root, "split")
	m.InstallLocation = b.installLocation(root)
	m.MinSdk = 1
	var app *element
	for _, c := range root.Children {
		switch c.Name {
		case "uses-sdk":
			b.usesSdk(c)
		case "uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m":
			b.usesPermission(c)
		case "permission":
			b.permission(c)
		case "uses-feature":
			b.usesFeature(c)
		case "queries":
			b.queries(c)
		case "application":
			if app != nil {
				// Android uses the first and logs "<manifest> has more than one <application>".
				b.warnf("more than one <application>; Android uses the first")
				continue
			}
			app = c
		}
	}
	if !m.TargetSdkSet {
		m.TargetSdk = m.MinSdk // Android: targetSdkVersion defaults to minSdkVersion
	}
	b.implyPermissions()
	if app != nil {
		b.application(app) // after uses-sdk: exported defaults depend on targetSdk
	}
	return m
}

// installLocation maps the enum (auto=0, internalOnly=1, preferExternal=2).
func (b *builder) installLocation(e *element) string {
	v, ok := e.get("installLocation")
	if !ok {
		return ""
	}
	switch v {
	case "0", "auto":
		return "auto"
	case "1", "internalOnly":
		return "internalOnly"
	case "2", "preferExternal":
		return "preferExternal"
	case "-1":
		return ""
	}
	b.warnf("<manifest> android:installLocation: unknown value %q", v)
	return v
}
