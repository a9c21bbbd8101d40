package finding

// SchemaVersion is the version of the JSON documents apkscan writes
// (`apkscan info` and `apkscan scan`). It changes only on incompatible change.
const SchemaVersion = 1

// Target identifies the scanned app.
type Target struct {
	Path        string `json:"path"`
	SHA256      string `json:"sha256"`
	Size        int64  `json:"size"`
	Package     string `json:"package"`
	VersionName string `json:"versionName"`
	VersionCode int64  `json:"versionCode"`
	MinSdk      int    `json:"minSdk"`
	TargetSdk   int    `json:"targetSdk"`
	Label       string `json:"label,omitempty"`
	// Kind is the input kind judged by content: apk, apks, xapk, apkm, aab.
	Kind     string `json:"kind,omitempty"`
	DexFiles int    `json:"dexFiles"`
}

// Info is the document `apkscan info` prints: what the reading layer saw.
type Info struct {
	SchemaVersion int            `json:"schemaVersion"`
	Target        Target         `json:"target"`
	Manifest      *ManifestInfo  `json:"manifest"`
	Dex           []DexInfo      `json:"dex"`
	NativeLibs    []FileInfo     `json:"nativeLibs"`
	Assets        []FileInfo     `json:"assets"`
	Nested        []string       `json:"nested,omitempty"`
	Strings       map[string]int `json:"strings,omitempty"`
	Diagnostics   []Diagnostic   `json:"diagnostics"`
}

// ManifestInfo summarises AndroidManifest.xml.
type ManifestInfo struct {
	Package     string           `json:"package"`
	Application ApplicationInfo  `json:"application"`
	Permissions []PermissionInfo `json:"permissions"`
	Components  []ComponentInfo  `json:"components"`
	MetaData    []MetaDataInfo   `json:"metaData,omitempty"`
	Flags       map[string]bool  `json:"flags"`
	// FlagsExplicit lists the flags written in the manifest (the others are
	// Android's defaults for the app's targetSdk).
	FlagsExplicit         []string `json:"flagsExplicit,omitempty"`
	NetworkSecurityConfig string   `json:"networkSecurityConfig,omitempty"`
}

// ApplicationInfo is the <application> element's identity.
type ApplicationInfo struct {
	Name  string `json:"name,omitempty"`
	Label string `json:"label,omitempty"`
}

// PermissionInfo is one requested permission.
type PermissionInfo struct {
	Name      string `json:"name"`
	Dangerous bool   `json:"dangerous"`
	MaxSdk    int    `json:"maxSdk,omitempty"`
}

// ComponentInfo is one manifest component.
type ComponentInfo struct {
	Kind             string       `json:"kind"`
	Name             string       `json:"name"`
	Exported         bool         `json:"exported"`
	ExportedExplicit bool         `json:"exportedExplicit"`
	Enabled          bool         `json:"enabled"`
	Permission       string       `json:"permission,omitempty"`
	IntentFilters    []FilterInfo `json:"intentFilters,omitempty"`
	// Manifest is the feature split's or module's manifest that declares
	// the component; empty for the base manifest.
	Manifest string `json:"manifest,omitempty"`
}

// FilterInfo is one intent filter.
type FilterInfo struct {
	Actions    []string `json:"actions,omitempty"`
	Categories []string `json:"categories,omitempty"`
	Schemes    []string `json:"schemes,omitempty"`
	Hosts      []string `json:"hosts,omitempty"`
}

// MetaDataInfo is one <meta-data> element.
type MetaDataInfo struct {
	Owner string `json:"owner,omitempty"` // component name, or "" for <application>
	Name  string `json:"name"`
	Value string `json:"value,omitempty"`
}

// DexInfo gives one dex file's counts. The table counts equal the header's
// (and `dexdump -f`); Instructions counts every decoded instruction and
// payload, equal to the `|ADDR:` lines of `dexdump -d`.
type DexInfo struct {
	Entry        string `json:"entry"`
	Version      int    `json:"version"`
	Size         int64  `json:"size"`
	Strings      int    `json:"strings"`
	Types        int    `json:"types"`
	Protos       int    `json:"protos"`
	Fields       int    `json:"fields"`
	Methods      int    `json:"methods"`
	Classes      int    `json:"classes"`
	CodeItems    int    `json:"codeItems"`
	Instructions int    `json:"instructions"`
}

// FileInfo is one archive entry listed in a report.
type FileInfo struct {
	Entry string `json:"entry"`
	ABI   string `json:"abi,omitempty"`
	Size  int64  `json:"size"`
}
