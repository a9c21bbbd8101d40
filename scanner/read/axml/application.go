package axml

// application reads <application> and its components
// (ParsingPackageUtils.parseBaseApplication).
func (b *builder) application(e *element) {
	m := b.m
	a := &m.Application
	a.Present = true
	if v := b.str(e, "name"); v != "" {
		a.Name = className(m.Package, v)
	}
	a.LabelRaw, _ = e.get("label")
	a.Label = b.str(e, "label")
	if _, isRef := parseRef(a.Label); isRef && b.res != nil {
		b.warnf("<application> android:label: unresolvable reference %s", a.Label)
	}
	a.IconRaw, _ = e.get("icon")
	a.Icon = b.str(e, "icon")
	a.Permission = b.str(e, "permission")
	a.Process = processName(m.Package, "", b.str(e, "process"))
	b.networkSecurityConfig(e)
	a.Debuggable = b.boolean(e, "debuggable")
	a.AllowBackup = b.boolean(e, "allowBackup")
	a.UsesCleartextTraffic = b.boolean(e, "usesCleartextTraffic")
	a.Enabled = b.boolean(e, "enabled")
	a.TestOnly = b.boolean(e, "testOnly")
	a.ExtractNativeLibs = b.boolean(e, "extractNativeLibs")
	for _, c := range e.Children {
		switch c.Name {
		case KindActivity, KindActivityAlias, KindService, KindReceiver, KindProvider:
			b.component(c)
		case "meta-data":
			a.MetaData = append(a.MetaData, b.metaData(c))
		}
	}
	b.checkAliases()
}

// networkSecurityConfig keeps the raw reference, its resource name
// (@xml/network_security_config) and the file it points to.
func (b *builder) networkSecurityConfig(e *element) {
	a := &b.m.Application
	raw, ok := e.get("networkSecurityConfig")
	if !ok {
		return
	}
	a.NetworkSecurityConfigRaw = raw
	a.NetworkSecurityConfig = raw
	if id, isRef := parseRef(raw); isRef {
		if name, ok := b.res.ResourceName(id); ok {
			a.NetworkSecurityConfig = name
		}
		if file, ok := b.res.ResolveString(id); ok {
			a.NetworkSecurityConfigFile = file
		}
	}
}

// checkAliases warns about aliases whose target is not an activity
// declared before them; Android refuses such a manifest
// ("<activity-alias> target activity ... not found").
func (b *builder) checkAliases() {
	seen := map[string]bool{}
	for _, c := range b.m.Components {
		switch c.Kind {
		case KindActivity:
			seen[c.Name] = true
		case KindActivityAlias:
			if !seen[c.TargetActivity] {
				b.warnf("<activity-alias> %s: target activity %q not declared before it; Android would refuse to install", c.Name, c.TargetActivity)
			}
		}
	}
}
