package dalvik

// Resolver turns pool indices into the text dexdump shows for them. The dex
// package implements it over a parsed file; an error (index out of range,
// unreadable string) makes Text print dexdump's placeholder instead, such as
// "<method?>".
type Resolver interface {
	// ResolveString returns string_ids[idx] decoded from MUTF-8, unescaped
	// (dexdump prints the bytes as they are, quotes added by Text).
	ResolveString(idx uint32) (string, error)
	// ResolveType returns the type descriptor, e.g. "Ljava/lang/String;".
	ResolveType(idx uint32) (string, error)
	// ResolveField returns "Lcls;.name:Ltype;".
	ResolveField(idx uint32) (string, error)
	// ResolveMethod returns "Lcls;.name:(args)ret".
	ResolveMethod(idx uint32) (string, error)
	// ResolveProto returns "(args)ret".
	ResolveProto(idx uint32) (string, error)
	// ResolveMethodHandle describes method_handles[idx]. dexdump does not
	// resolve method handles in disassembly, so Text does not call it.
	ResolveMethodHandle(idx uint32) (string, error)
	// ResolveCallSite describes call_site_ids[idx]. dexdump does not
	// resolve call sites in disassembly, so Text does not call it.
	ResolveCallSite(idx uint32) (string, error)
}
