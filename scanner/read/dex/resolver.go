package dex

// The Resolve* methods let the dalvik disassembler name the operands of an
// instruction the way dexdump does. They cache rendered strings per index,
// because a single method reference is typically printed many times.

// ResolveString returns string_ids[idx].
func (f *File) ResolveString(idx uint32) (string, error) { return f.String(idx) }

// ResolveType returns the descriptor of type_ids[idx].
func (f *File) ResolveType(idx uint32) (string, error) { return f.Type(idx) }

// ResolveField returns field_ids[idx] as "Lcls;.name:Ltype;".
func (f *File) ResolveField(idx uint32) (string, error) {
	if idx >= f.Header.FieldIDsSize {
		_, err := f.FieldID(idx)
		return "", err
	}
	if f.frefs == nil {
		f.frefs = make([]string, f.Header.FieldIDsSize) // bounded by checkSections
	}
	if s := f.frefs[idx]; s != "" {
		return s, nil
	}
	r, err := f.FieldRef(idx)
	if err != nil {
		return "", err
	}
	f.frefs[idx] = r.String()
	return f.frefs[idx], nil
}

// ResolveMethod returns method_ids[idx] as "Lcls;.name:(args)ret".
func (f *File) ResolveMethod(idx uint32) (string, error) {
	if idx >= f.Header.MethodIDsSize {
		_, err := f.MethodID(idx)
		return "", err
	}
	if f.mrefs == nil {
		f.mrefs = make([]string, f.Header.MethodIDsSize) // bounded by checkSections
	}
	if s := f.mrefs[idx]; s != "" {
		return s, nil
	}
	r, err := f.MethodRef(idx)
	if err != nil {
		return "", err
	}
	f.mrefs[idx] = r.String()
	return f.mrefs[idx], nil
}

// ResolveProto returns proto_ids[idx] as "(args)ret".
func (f *File) ResolveProto(idx uint32) (string, error) {
	if idx >= f.Header.ProtoIDsSize {
		_, err := f.ProtoID(idx)
		return "", err
	}
	if f.pstrs == nil {
		f.pstrs = make([]string, f.Header.ProtoIDsSize) // bounded by checkSections
	}
	if s := f.pstrs[idx]; s != "" {
		return s, nil
	}
	p, err := f.Proto(idx)
	if err != nil {
		return "", err
	}
	f.pstrs[idx] = p.String()
	return f.pstrs[idx], nil
}

// ResolveMethodHandle returns method_handles[idx] as "kind,target", e.g.
// "invoke-static,Ljava/lang/invoke/LambdaMetafactory;.metafactory:(...)...".
func (f *File) ResolveMethodHandle(idx uint32) (string, error) { return f.methodHandleString(idx) }

// ResolveCallSite returns call_site_ids[idx] as "bootstrap, name, proto".
func (f *File) ResolveCallSite(idx uint32) (string, error) { return f.callSiteString(idx) }
