// Package rules is apkscan's YAML rule language: the rule types, a strict
// loader that reports every problem with file:line at once, the embedded
// built-in rules and a digest of a rule set for reports. Matching lives in
// scanner/stage/match; this package only describes what to match.
package rules

import (
	"regexp"

	"github.com/apkscan/apkscan/scanner/finding"
)

// SchemaVersion is the only rule-file schema this loader understands. Every
// file says `schema: 1` so that a future incompatible change fails loudly.
const SchemaVersion = 1

// Category groups rules for reports and filters.
type Category string

// Categories. The set is closed (unknown categories fail to load); to add one,
// add a constant here and to categories below.
const (
	CategoryTracker      Category = "tracker"
	CategoryEndpoint     Category = "endpoint"
	CategoryIdentifier   Category = "identifier"
	CategoryPermission   Category = "permission"
	CategoryManifest     Category = "manifest"
	CategoryWeakEncoding Category = "weak-encoding"
	// CategoryTampering is anti-analysis: the app's zip or manifest was
	// altered so that analysers fail on it while Android reads it.
	CategoryTampering Category = "tampering"
	// CategoryBlocklist is an ad/tracker block list the app bundles (a
	// browser's, an ad blocker's): its hosts are blocked, not contacted.
	CategoryBlocklist Category = "blocklist"
	// The categories only code-path rules have: their findings are flows
	// the code-path stage proves (weak-encoding is one too).
	CategoryIncognitoBypass Category = "incognito-bypass"
	CategoryLeak            Category = "leak"
	CategoryBrowsingData    Category = "browsing-data"
)

var categories = []Category{
	CategoryTracker, CategoryEndpoint, CategoryIdentifier,
	CategoryPermission, CategoryManifest, CategoryWeakEncoding, CategoryTampering, CategoryBlocklist,
	CategoryIncognitoBypass, CategoryLeak, CategoryBrowsingData,
}

// Categories lists every valid category name.
func Categories() []string {
	out := make([]string, len(categories))
	for i, c := range categories {
		out[i] = string(c)
	}
	return out
}

// Pos is where something was written in a rule file.
type Pos struct {
	File string `json:"-"`
	Line int    `json:"-"`
}

// Rule is one loaded, validated rule.
type Rule struct {
	ID          string           `json:"id"`
	Title       string           `json:"title"`
	Category    Category         `json:"category"`
	Severity    finding.Severity `json:"severity"`
	Description string           `json:"description"`
	References  []string         `json:"references,omitempty"`
	Tracker     *Tracker         `json:"tracker,omitempty"`
	// Reads names, short, what an identifier rule's matches read
	// ("ANDROID_ID"): a tracker finding that folds an SDK's own reads lists
	// it. Only identifier rules have it; the title stands in when empty.
	Reads string `json:"reads,omitempty"`
	// Match is what the rule matches in an app's facts; a code-path rule
	// has none (its findings come from the code-path stage).
	Match    *Cond         `json:"match"`
	CodePath *CodePathRule `json:"codePath,omitempty"`
	Examples Examples      `json:"examples"`
	Pos      Pos           `json:"-"`
}

// maxReadsLen bounds a rule's reads name.
const maxReadsLen = 40

// Tracker names the SDK a tracker rule detects.
type Tracker struct {
	Name     string `json:"name"`
	ExodusID int    `json:"exodusId,omitempty"`
	Website  string `json:"website,omitempty"`
}

// Op is a condition's operator: a combinator or a leaf matcher kind.
type Op string

// Combinators.
const (
	OpAll Op = "all"
	OpAny Op = "any"
	OpNot Op = "not"
	// OpSameMethod is all, with every child's evidence in one dex method
	// (e.g. a Settings.Secure.getString call and the "android_id" constant).
	OpSameMethod Op = "same-method"
)

// Leaf matchers over dex facts.
const (
	OpPackage           Op = "package"            // defined classes under a package
	OpClass             Op = "class"              // one defined class
	OpReferencedType    Op = "referenced-type"    // a type listed in type_ids
	OpReferencedPackage Op = "referenced-package" // types in type_ids under a package
	OpMethod            Op = "method"             // invoked method (class, name, descriptor globs)
	OpField             Op = "field"              // accessed field (class, name, type globs)
	// OpClassRegex and OpReferencedClassRegex are the fallback for class-name
	// patterns a package or class cannot express (imported Exodus signatures
	// such as `.LigatusManager`): RE2 over descriptors (`Lcom/foo/Bar;`).
	OpClassRegex           Op = "class-regex"            // defined classes whose descriptor matches
	OpReferencedClassRegex Op = "referenced-class-regex" // type_ids descriptors that match
)

// Leaf matchers over strings.
const (
	OpString         Op = "string"          // whole string equals
	OpStringContains Op = "string-contains" // substring
	OpStringRegex    Op = "string-regex"    // RE2 regular expression
	OpHost           Op = "host"            // host name inside a string
	OpURLPath        Op = "url-path"        // path+query of a URL inside a string
	OpURL            Op = "url"             // host and path of the same URL
)

// Leaf matchers over the manifest and archive.
const (
	OpPermission Op = "permission" // uses-permission
	OpComponent  Op = "component"  // activity/service/receiver/provider
	OpMetaData   Op = "meta-data"  // <meta-data android:name>
	OpFlag       Op = "flag"       // application boolean attribute
	OpFile       Op = "file"       // archive entry path glob
	OpTampering  Op = "tampering"  // an anti-analysis trick, by name (Tricks)
	OpBlocklist  Op = "blocklist"  // a text file that is an ad/tracker block list, by format (BlocklistFormats)
)

// Tricks are the names a tampering matcher takes: the tricks the readers
// observe (scanner/read/apk's Trick, scanner/read/axml's), a closed list so
// that a typo fails to load instead of never matching.
var Tricks = []string{
	"compression-method", "encryption-flag", "header-mismatch", "overlapping-records",
	"extra-field", "duplicate-name", "manifest-chunk-type",
}

// BlocklistFormats are the syntaxes a block list is recognised in
// (scanner/read/blocklist's Formats), a closed list like Tricks. A
// blocklist matcher takes them or BlocklistAny.
var BlocklistFormats = []string{"hosts", "domains", "adblock"}

// BlocklistAny makes a blocklist matcher match a list of any format.
const BlocklistAny = "any"

// Cond is one node of a rule's condition tree: a combinator with Args, or a
// leaf with the fields its Op uses. Patterns are stored normalised: packages
// as descriptor prefixes (`Lcom/foo/`), classes as descriptors, hosts lower-case.
type Cond struct {
	Op        Op                `json:"op"`
	Args      []*Cond           `json:"args,omitempty"`
	Values    []string          `json:"values,omitempty"`
	Member    *MemberPattern    `json:"member,omitempty"`
	Component *ComponentPattern `json:"component,omitempty"`
	Flag      *FlagPattern      `json:"flag,omitempty"`
	URL       *URLPattern       `json:"url,omitempty"`
	Pos       Pos               `json:"-"`
	// regexps holds Values compiled, for OpStringRegex and the class
	// regexes (Regexps).
	regexps []*regexp.Regexp
}

// Regexps returns Values compiled, for OpStringRegex and the class
// regexes; nil for other operators.
func (c *Cond) Regexps() []*regexp.Regexp { return c.regexps }

// MemberPattern matches a method (Type is its descriptor) or a field (Type is
// its type). Each part is a glob where `*` matches any run of characters;
// an empty part matches anything.
type MemberPattern struct {
	Class string `json:"class"`
	Name  string `json:"name,omitempty"`
	Type  string `json:"type,omitempty"`
}

// ComponentPattern matches one manifest component; every set field must hold.
type ComponentPattern struct {
	Kinds   []string `json:"kinds,omitempty"`
	Package string   `json:"package,omitempty"` // dotted, matched on package boundaries
	Actions []string `json:"actions,omitempty"`
	// ExportedWithoutPermission requires exported="true" (explicit or implied)
	// and no android:permission.
	ExportedWithoutPermission bool `json:"exportedWithoutPermission,omitempty"`
}

// FlagPattern matches an application flag by name against allowed states:
// "true", "false" and "unset".
type FlagPattern struct {
	Name   string   `json:"name"`
	States []string `json:"states"`
}

// URLPattern matches URLs found in strings. Hosts are `example.com` or
// `*.example.com` (the domain and every subdomain); Paths match the path plus
// `?query` as a prefix, `*` matching any run. Empty lists match any.
type URLPattern struct {
	Hosts []string `json:"hosts,omitempty"`
	Paths []string `json:"paths,omitempty"`
}

// Examples are the fact sets a rule must and must not match; a code-path
// rule's are sample apps instead.
type Examples struct {
	Match       []FactSet    `json:"match"`
	NoMatch     []FactSet    `json:"noMatch"`
	MatchApps   []AppExample `json:"matchApps,omitempty"`
	NoMatchApps []AppExample `json:"noMatchApps,omitempty"`
}

// FactSet is a small hand-written set of app facts for a rule example. It
// mirrors index.Facts without depending on it; scanner/stage/match converts it.
type FactSet struct {
	Classes     []string        `json:"classes,omitempty"`
	Types       []string        `json:"types,omitempty"`
	Methods     []string        `json:"methods,omitempty"` // Lcls;->name(desc)ret
	Fields      []string        `json:"fields,omitempty"`  // Lcls;->name:Type
	Strings     []string        `json:"strings,omitempty"`
	Permissions []string        `json:"permissions,omitempty"`
	Components  []ExampleComp   `json:"components,omitempty"`
	MetaData    []string        `json:"metaData,omitempty"` // name or name=value
	Flags       map[string]bool `json:"flags,omitempty"`
	Files       []string        `json:"files,omitempty"`
	// Tampering holds trick names, each optionally followed by ":" and the
	// entry it was seen on (AndroidManifest.xml when none is given).
	Tampering []string `json:"tampering,omitempty"`
	// Blocklists holds block-list formats, each optionally followed by ":"
	// and the entry holding the list (assets/blocklist.txt when none is given).
	Blocklists []string `json:"blocklists,omitempty"`
	Pos        Pos      `json:"-"`
}

// ExampleComp is a manifest component in an example fact set.
type ExampleComp struct {
	Kind       string   `json:"kind"`
	Name       string   `json:"name"`
	Exported   bool     `json:"exported,omitempty"`
	Permission string   `json:"permission,omitempty"`
	Actions    []string `json:"actions,omitempty"`
}
