package index

import (
	"github.com/apkscan/apkscan/scanner/read/axml"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

const manifestEntry = "AndroidManifest.xml"

// manifest copies what rules match on from the typed manifest, and offers
// meta-data values and intent-filter hosts as manifest strings.
func (b *builder) manifest(a *app.App) {
	m := a.Manifest
	if m == nil {
		return
	}
	f := b.f
	f.Package = m.Package
	for _, p := range m.UsesPermissions {
		f.Permissions = append(f.Permissions, p.Name)
	}
	var explicit []string
	f.Flags, explicit = app.Flags(m)
	f.FlagsExplicit = map[string]bool{}
	for _, name := range explicit {
		f.FlagsExplicit[name] = true
	}
	loc := Location{Entry: manifestEntry, Offset: -1}
	b.metaData("", m.Application.MetaData, loc)
	for _, c := range m.Components {
		entry := manifestEntry
		if c.Source != "" {
			entry = c.Source // merged from a feature split or module
		}
		comp := Component{Kind: c.Kind, Name: c.Name, Entry: entry, Exported: c.Exported, Enabled: c.Enabled, Permission: c.Permission}
		for _, flt := range c.IntentFilters {
			comp.Actions = append(comp.Actions, flt.Actions...)
			for _, d := range flt.Data {
				if d.Host != "" {
					b.str(hostURL(d), OriginManifest, Location{Entry: entry, Class: c.Name, Offset: -1})
				}
			}
		}
		f.Components = append(f.Components, comp)
		b.metaData(c.Name, c.MetaData, Location{Entry: entry, Class: c.Name, Offset: -1})
	}
}

func (b *builder) metaData(owner string, mds []axml.MetaData, loc Location) {
	for _, md := range mds {
		v := md.Value
		if v == "" {
			v = md.Resource
		}
		b.f.MetaData = append(b.f.MetaData, MetaData{Name: md.Name, Value: v})
		if md.Value != "" {
			b.str(md.Value, OriginManifest, loc)
		}
	}
}

// hostURL renders an intent-filter <data> as a URL so host rules see it.
func hostURL(d axml.IntentData) string {
	scheme := d.Scheme
	if scheme == "" {
		scheme = "https"
	}
	u := scheme + "://" + d.Host
	if d.Port != "" {
		u += ":" + d.Port
	}
	return u + d.Path + d.PathPrefix
}
