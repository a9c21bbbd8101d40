// Package index turns one bounded pass over an APK's container, manifest,
// resources and dex files into Facts, so that rules never touch raw formats.
package index

import "github.com/apkscan/apkscan/scanner/finding"

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

// Location names where a fact was seen (see finding.Location): entry,
// class and method for dex code, and an offset that is a code-unit
// address, a byte offset or a line number, or -1.
type Location = finding.Location

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

// BlocklistFact is a text file recognised by its content as an ad or
// tracker block list (scanner/read/blocklist): a hosts file, a list of
// domains or Adblock Plus filters. Its lines are no string facts: they
// name hosts the app blocks, not hosts it talks to.
type BlocklistFact struct {
	Entry  string
	Format string // hosts | domains | adblock
	Hosts  int    // distinct hosts blocked
	// Cut says the file was larger than the text budget: Hosts counts
	// the part read (Options.MaxTextBytes).
	Cut bool
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
	// FlagsExplicit holds the flags the manifest writes; the others in
	// Flags are Android's defaults for the app's targetSdk.
	FlagsExplicit map[string]bool

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
	Blocklists      []BlocklistFact
}

// String renders a location as reports show it:
// `classes2.dex Lcom/foo/Bar;->track(Ljava/lang/String;)V @0x1c`,
// `lib/arm64-v8a/libx.so @0x1f00`, `assets/config.json:12`.
