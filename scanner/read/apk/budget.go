package apk

// Budgets bound what reading one app may cost. Exceeding a budget is a
// diagnostic on the entry concerned, never a crash and never an allocation
// sized by a header field. The zero value of a field means "use the default".
type Budgets struct {
	// MaxEntrySize caps the inflated bytes read from one entry. The largest
	// real classes.dex files are ~20 MiB (the 64K method limit bounds them).
	MaxEntrySize int64
	// MaxTotalSize caps the inflated bytes read from the whole app,
	// nested containers included.
	MaxTotalSize int64
	// MaxEntries caps the number of entries listed per container.
	MaxEntries int
	// MaxDepth caps container nesting: 0 reads only the top-level APK.
	MaxDepth int
	// MaxNested caps the number of nested containers opened in total.
	MaxNested int
	// MaxManifestSize caps the bytes Read takes from a root
	// AndroidManifest.xml: real binary manifests are under 2 MiB, and the
	// parser only needs the document the XML header declares.
	MaxManifestSize int64
	// MaxResourcesSize caps the bytes Read takes from a root
	// resources.arsc: the largest real tables are a few tens of MiB.
	MaxResourcesSize int64
}

// Default budgets: generous for real apps (the largest corpus APK inflates to
// ~10 MiB), tight enough that a zip bomb costs a bounded amount of work.
const (
	DefaultMaxEntrySize     int64 = 128 << 20
	DefaultMaxTotalSize     int64 = 1 << 30
	DefaultMaxEntries             = 200_000
	DefaultMaxDepth               = 2
	DefaultMaxNested              = 64
	DefaultMaxManifestSize  int64 = 16 << 20
	DefaultMaxResourcesSize int64 = 64 << 20
)

// withDefaults returns b with every unset field filled in.
func (b Budgets) withDefaults() Budgets {
	if b.MaxEntrySize <= 0 {
		b.MaxEntrySize = DefaultMaxEntrySize
	}
	if b.MaxTotalSize <= 0 {
		b.MaxTotalSize = DefaultMaxTotalSize
	}
	if b.MaxEntries <= 0 {
		b.MaxEntries = DefaultMaxEntries
	}
	if b.MaxDepth < 0 {
		b.MaxDepth = 0
	} else if b.MaxDepth == 0 {
		b.MaxDepth = DefaultMaxDepth
	}
	if b.MaxNested <= 0 {
		b.MaxNested = DefaultMaxNested
	}
	if b.MaxManifestSize <= 0 {
		b.MaxManifestSize = DefaultMaxManifestSize
	}
	if b.MaxResourcesSize <= 0 {
		b.MaxResourcesSize = DefaultMaxResourcesSize
	}
	return b
}

// limit is the most Read takes from an entry of kind k.
func (b Budgets) limit(k Kind) int64 {
	switch k {
	case KindManifest:
		return min(b.MaxManifestSize, b.MaxEntrySize)
	case KindResources:
		return min(b.MaxResourcesSize, b.MaxEntrySize)
	}
	return b.MaxEntrySize
}

// maxDeflateRatio is the largest expansion DEFLATE can achieve (about
// 1032:1); a declared size beyond it is a lie or a bomb.
const maxDeflateRatio = 1100
