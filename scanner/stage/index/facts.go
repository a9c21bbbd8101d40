// Package index turns one bounded pass over an APK's container, manifest,
// resources and dex files into Facts, so that rules never touch raw formats.
package index

import (
	"fmt"
	"strings"
)

// Origin says which part of the app a string came from.
type Origin string

// String origins.
const (
	OriginDex      Origin = "dex"      // dex string pool or const-string operand
	OriginResource Origin = "resource" // resources.arsc string pools
	OriginAsset    Origin = "asset"    // text-like files under assets/ (and other text entries)
	OriginNative   Origin = "native"   // printable runs in lib/<abi>/*.so
	OriginManifest Origin = "manifest" // AndroidManifest.xml attribute values (meta-data etc.)
)

// Location names where a fact was seen. Entry is the archive path, with
// nested containers joined by "!" (`inner.apk!classes2.dex`). Class and
// Method are set for dex code: Class is a type descriptor (`Lcom/foo/Bar;`),
// Method is name plus descriptor (`track(Ljava/lang/String;)V`). Offset is the
// code-unit address of the instruction inside the method for dex code, the
// byte offset for native libraries, the line number for text assets, and -1
// where no position applies.
type Location struct {
	Entry  string `json:"entry"`
	Class  string `json:"class,omitempty"`
	Method string `json:"method,omitempty"`
	Offset int    `json:"offset"`
}

// StringFact is one string with one place it occurs. The same value seen in
// several places yields several facts.
type StringFact struct {
	Value  string
	Origin Origin
	Loc    Location
}

// ClassFact is a class defined (has a class_def) in some dex of the app.
type ClassFact struct {
	Descriptor string // Lcom/foo/Bar;
	Super      string
	Interfaces []string
	Entry      string // which dex defines it
}

// MethodRef is a method referenced by an invoke instruction, with every call site.
type MethodRef struct {
	Class      string // declaring class descriptor as written in method_ids
	Name       string
	Descriptor string // (Ljava/lang/String;)V
	Sites      []Location
}

// FieldRef is a field read or written by an iget/iput/sget/sput instruction.
type FieldRef struct {
	Class string
	Name  string
	Type  string
	Sites []Location
}

// Component is a manifest component reduced to what rules match on.
type Component struct {
	Kind       string // activity | activity-alias | service | receiver | provider
	Name       string // fully qualified class name (com.foo.Bar)
	Entry      string // the manifest declaring it: AndroidManifest.xml, or a feature split's or module's
	Exported   bool
	Enabled    bool
	Permission string
	Actions    []string // intent-filter actions
}

// MetaData is one <meta-data> element (application or component level).
type MetaData struct {
	Name  string
	Value string
}

// TamperFact is one anti-analysis trick seen on one entry: the zip
// tricks of scanner/read/apk (compression-method, encryption-flag,
// header-mismatch, overlapping-records, extra-field, duplicate-name) and
// the manifest's (manifest-chunk-type). Detail says what the headers
// hold and how Android reads them.
type TamperFact struct {
	Entry  string
	Trick  string
	Detail string
}

// File is one archive entry.
type File struct {
	Name string // full path, nested joined with "!"
	Size int64  // inflated size as declared or read
}

// Facts is everything rules can match on, for one app.
type Facts struct {
	Package     string
	Permissions []string
	Components  []Component
	MetaData    []MetaData
	// Flags holds manifest booleans by attribute name: debuggable, allowBackup,
	// usesCleartextTraffic, hasNetworkSecurityConfig. A missing key means unset.
	Flags map[string]bool

	// DefinedClasses maps a descriptor to the class defined in the app.
	DefinedClasses map[string]ClassFact
	// ReferencedTypes maps a descriptor listed in some dex's type_ids to the
	// dex entries that list it (defined or not).
	ReferencedTypes map[string][]string
	MethodRefs      []MethodRef
	FieldRefs       []FieldRef
	Strings         []StringFact
	Files           []File
	Tampering       []TamperFact
}

// String renders a location as reports show it:
// `classes2.dex Lcom/foo/Bar;->track(Ljava/lang/String;)V @0x1c`,
// `lib/arm64-v8a/libx.so @0x1f00`, `assets/config.json:12`.
func (l Location) String() string {
	s := l.Entry
	if l.Class != "" {
		s += " " + l.Class
		if l.Method != "" {
			s += "->" + l.Method
		}
	}
	switch {
	case l.Offset < 0:
	case l.Method != "" || isBinaryEntry(l.Entry):
		s += fmt.Sprintf(" @0x%x", l.Offset)
	default:
		s += fmt.Sprintf(":%d", l.Offset)
	}
	return s
}

func isBinaryEntry(entry string) bool { return strings.HasSuffix(entry, ".so") }
