package axml

// intentFilter reads <intent-filter> (ParsedIntentInfoUtils.parseIntentInfo).
func (b *builder) intentFilter(e *element) IntentFilter {
	f := IntentFilter{AutoVerify: b.boolean(e, "autoVerify").Or(false)}
	if n, ok := b.integer(e, "priority"); ok {
		f.Priority = n
	}
	for _, c := range e.Children {
		switch c.Name {
		case "action":
			if v := b.literal(c, "name"); v != "" {
				f.Actions = append(f.Actions, v)
			}
		case "category":
			if v := b.literal(c, "name"); v != "" {
				f.Categories = append(f.Categories, v)
			}
		case "data":
			f.Data = append(f.Data, IntentData{
				Scheme:      b.str(c, "scheme"),
				Host:        b.str(c, "host"),
				Port:        b.str(c, "port"),
				Path:        b.str(c, "path"),
				PathPrefix:  b.str(c, "pathPrefix"),
				PathPattern: b.str(c, "pathPattern"),
				PathSuffix:  b.str(c, "pathSuffix"),
				MimeType:    b.str(c, "mimeType"),
			})
		}
	}
	return f
}

// metaData reads <meta-data>. Android stores android:resource as the
// resource ID and android:value with references resolved
// (ParsingPackageUtils.parseMetaData: TypedArray.peekValue).
func (b *builder) metaData(e *element) MetaData {
	md := MetaData{Name: b.str(e, "name")}
	md.ValueRaw, _ = e.get("value")
	md.Value = b.str(e, "value")
	if r, ok := e.get("resource"); ok {
		md.Resource = r
		if id, isRef := parseRef(r); isRef {
			if name, ok := b.res.ResourceName(id); ok {
				md.Resource = name
			}
		}
	}
	return md
}

// queries reads <queries> (API 30 package visibility).
func (b *builder) queries(e *element) {
	q := &b.m.Queries
	for _, c := range e.Children {
		switch c.Name {
		case "package":
			if v := b.str(c, "name"); v != "" {
				q.Packages = append(q.Packages, v)
			}
		case "intent":
			q.Intents = append(q.Intents, b.intentFilter(c))
		case "provider":
			if v := b.str(c, "authorities"); v != "" {
				q.Authorities = append(q.Authorities, v)
			}
		}
	}
}
