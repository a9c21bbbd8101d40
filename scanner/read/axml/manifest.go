package axml

// Manifest is the typed content of AndroidManifest.xml, with names
// resolved the way the package manager resolves them.
type Manifest struct {
	Package          string
	VersionCode      int64 // (versionCodeMajor << 32) | versionCode, as PackageInfo.getLongVersionCode
	VersionCodeMajor int64
	VersionName      string
	// SDK levels with Android's defaults applied: MinSdk 1 when absent,
	// TargetSdk = MinSdk when absent. MaxSdk and CompileSdk are 0 when absent.
	MinSdk, TargetSdk, MaxSdk, CompileSdk int
	MinSdkSet, TargetSdkSet               bool
	// Codenames of preview SDKs ("Tiramisu") when uses-sdk names one
	// instead of a number.
	MinSdkCodename, TargetSdkCodename string
	InstallLocation                   string // "auto", "internalOnly", "preferExternal" or "" when absent
	SharedUserID                      string
	// Split is <manifest split="...">: the name of a split APK
	// ("config.arm64_v8a", a feature module), empty for the base APK.
	Split string

	UsesPermissions []Permission
	// ImpliedPermissions are granted without being requested, because of
	// an old targetSdk or a permission split (see implyPermissions).
	ImpliedPermissions []Permission
	Permissions        []DeclaredPermission // <permission> elements
	UsesFeatures       []Feature
	Application        Application
	Components         []Component
	Queries            Queries

	// Warnings lists things Android tolerates (or that would break on some
	// Android versions) which a reviewer may want to know about.
	Warnings []error
	// Tampering lists what was altered in the document to defeat analysers
	// while Android still reads it (see Trick).
	Tampering []Tampering
}

// Permission is a <uses-permission> (or <uses-permission-sdk-23>).
type Permission struct {
	Name      string
	MaxSdk    int  // 0 when absent
	Sdk23     bool // declared as uses-permission-sdk-23: only requested on API 23+
	Dangerous bool // platform permission with protectionLevel dangerous
}

// DeclaredPermission is a <permission> the app defines.
type DeclaredPermission struct {
	Name            string
	Group           string
	ProtectionLevel string // "normal", "dangerous", "signature|privileged", ...
	ProtectionFlags int64  // raw protectionLevel value; -1 when given as text
}

// Feature is a <uses-feature>.
type Feature struct {
	Name        string
	Required    bool // default true
	GlEsVersion int64
}

// Application is the <application> element.
type Application struct {
	Name                      string // Application subclass, fully qualified
	Label                     string // resolved text (or the literal)
	LabelRaw                  string // attribute as written: literal or "@7f010000"
	Icon                      string // resolved file path, e.g. res/mipmap-hdpi/ic_launcher.png
	IconRaw                   string
	Permission                string
	Process                   string // resolved (":x" becomes package + ":x"); "" = package
	NetworkSecurityConfig     string // resource name, e.g. "@xml/network_security_config"
	NetworkSecurityConfigRaw  string
	NetworkSecurityConfigFile string // resolved path, e.g. res/xml/network_security_config.xml
	Debuggable                OptBool
	AllowBackup               OptBool // Android default: true
	UsesCleartextTraffic      OptBool // Android default: true below targetSdk 28, false from 28
	Enabled                   OptBool // Android default: true
	TestOnly                  OptBool
	ExtractNativeLibs         OptBool
	MetaData                  []MetaData
	Present                   bool // an <application> element was found
}

// Component kinds.
const (
	KindActivity      = "activity"
	KindActivityAlias = "activity-alias"
	KindService       = "service"
	KindReceiver      = "receiver"
	KindProvider      = "provider"
)

// Component is an activity, activity-alias, service, receiver or provider.
type Component struct {
	Kind string
	Name string // fully qualified class name
	// Source is the manifest entry that declares the component when it is
	// not the base manifest: a feature module's or a feature split's
	// (see MergeSplit). Empty for the base manifest's own components.
	Source           string
	TargetActivity   string // activity-alias only, fully qualified
	Exported         bool   // effective value after Android's defaults
	ExportedExplicit bool   // android:exported was present
	// MissingExported: intent filters but no android:exported while
	// targeting API 31+; Android 12+ refuses to install such an APK.
	MissingExported     bool
	Enabled             bool // component and application both enabled
	Permission          string
	ReadPermission      string // provider only
	WritePermission     string // provider only
	Process             string // resolved; "" = application default
	Authorities         []string
	GrantUriPermissions bool
	IntentFilters       []IntentFilter
	MetaData            []MetaData
}

// IntentFilter is one <intent-filter>.
type IntentFilter struct {
	Actions    []string
	Categories []string
	Data       []IntentData
	AutoVerify bool
	Priority   int64
}

// IntentData is one <data> element; empty fields were absent.
type IntentData struct {
	Scheme, Host, Port, Path, PathPrefix, PathPattern, PathSuffix, MimeType string
}

// MetaData is a <meta-data> element. Value holds android:value with
// references resolved to text (as Bundle would hold them); ValueRaw is the
// attribute as written; Resource is android:resource as a resource name
// ("@xml/config") or the raw reference when unresolvable.
type MetaData struct {
	Name     string
	Value    string
	ValueRaw string
	Resource string
}

// Queries is the <queries> element (package visibility, API 30+).
type Queries struct {
	Packages    []string
	Intents     []IntentFilter
	Authorities []string
}

// MergeSplit adds the components that a feature split (or an App Bundle's
// feature module) declares, as the package manager does when the split is
// installed, marking each with source, the entry of split's manifest. A
// component the base already declares (build tools often merge them) is
// not added twice. Permissions are not merged: Android reads them from the
// base APK only, and the build merges a feature's permissions into it.
func (m *Manifest) MergeSplit(split *Manifest, source string) {
	have := make(map[string]bool, len(m.Components))
	for _, c := range m.Components {
		have[c.Kind+" "+c.Name] = true
	}
	for _, c := range split.Components {
		if have[c.Kind+" "+c.Name] {
			continue
		}
		have[c.Kind+" "+c.Name] = true
		c.Source = source
		m.Components = append(m.Components, c)
	}
}
