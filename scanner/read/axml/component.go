package axml

import "strings"

// component reads one activity, activity-alias, service, receiver or
// provider (ParsedActivityUtils, ParsedServiceUtils, ParsedProviderUtils).
func (b *builder) component(e *element) {
	m := b.m
	c := Component{Kind: e.Name}
	raw := b.str(e, "name")
	c.Name = className(m.Package, raw)
	if c.Name == "" {
		// Android: "Empty class name in package", the install fails.
		b.warnf("<%s> without android:name; Android would refuse to install", e.Name)
	}
	if c.Kind == KindActivityAlias {
		c.TargetActivity = className(m.Package, b.str(e, "targetActivity"))
	}
	exported := b.boolean(e, "exported")
	c.ExportedExplicit = exported.Set
	// ParsedMainComponentUtils: enabled defaults to true; the package
	// manager additionally requires the application to be enabled.
	c.Enabled = b.boolean(e, "enabled").Or(true) && m.Application.Enabled.Or(true)
	c.Permission = b.str(e, "permission")
	if c.Permission == "" && c.Kind != KindActivityAlias {
		// An alias deliberately does not inherit the application permission.
		c.Permission = m.Application.Permission
	}
	if c.Kind != KindActivityAlias {
		c.Process = processName(m.Package, m.Application.Process, b.str(e, "process"))
	}
	if c.Kind == KindProvider {
		b.providerAttrs(e, &c)
	}
	for _, ch := range e.Children {
		switch ch.Name {
		case "intent-filter":
			f := b.intentFilter(ch)
			if len(f.Actions) == 0 && c.Kind != KindService && c.Kind != KindProvider {
				// ParsedMainComponentUtils.parseIntentFilter with failOnNoActions:
				// the filter is dropped ("No actions in intent-filter") and does
				// not make the component exported.
				b.warnf("<%s> %s: <intent-filter> without actions ignored, as Android does", e.Name, c.Name)
				continue
			}
			c.IntentFilters = append(c.IntentFilters, f)
		case "meta-data":
			c.MetaData = append(c.MetaData, b.metaData(ch))
		}
	}
	c.Exported, c.MissingExported = ExportedDefault(c.Kind, exported, len(c.IntentFilters) > 0, m.TargetSdk)
	if c.MissingExported {
		b.warnf("%s %s: intent filters without android:exported while targeting API %d; Android 12+ refuses to install (INSTALL_PARSE_FAILED_MANIFEST_MALFORMED)", c.Kind, c.Name, m.TargetSdk)
	}
	m.Components = append(m.Components, c)
}

// providerAttrs reads the provider-only attributes. readPermission and
// writePermission default to android:permission (ParsedProviderUtils).
func (b *builder) providerAttrs(e *element, c *Component) {
	for _, a := range strings.Split(b.str(e, "authorities"), ";") {
		if a = strings.TrimSpace(a); a != "" {
			c.Authorities = append(c.Authorities, a)
		}
	}
	c.GrantUriPermissions = b.boolean(e, "grantUriPermissions").Or(false)
	c.ReadPermission = b.str(e, "readPermission")
	if c.ReadPermission == "" {
		c.ReadPermission = c.Permission
	}
	c.WritePermission = b.str(e, "writePermission")
	if c.WritePermission == "" {
		c.WritePermission = c.Permission
	}
}
