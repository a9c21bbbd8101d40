package app

import (
	"sort"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// Target returns the app's identity for reports.
func (a *App) Target() finding.Target {
	t := finding.Target{Path: a.Path, SHA256: a.SHA256, Size: a.Size, Kind: a.Kind, DexFiles: len(a.Dex)}
	if m := a.Manifest; m != nil {
		t.Package, t.VersionName, t.VersionCode = m.Package, m.VersionName, m.VersionCode
		t.MinSdk, t.TargetSdk, t.Label = m.MinSdk, m.TargetSdk, m.Application.Label
	}
	if a.Archive != nil {
		t.DexFiles = a.codeDex // the app's own dex files, not those nested in assets
	}
	return t
}

// Info summarises everything the reading layer saw, for `apkscan info`.
func (a *App) Info() *finding.Info {
	in := &finding.Info{SchemaVersion: finding.SchemaVersion, Target: a.Target(),
		Dex: []finding.DexInfo{}, NativeLibs: []finding.FileInfo{}, Assets: []finding.FileInfo{},
		Diagnostics: append([]finding.Diagnostic{}, a.Diagnostics...)}
	if a.Manifest != nil {
		in.Manifest = manifestInfo(a.Manifest)
	}
	for _, d := range a.Dex {
		di := finding.DexInfo{Entry: d.Entry, Size: d.Size}
		if d.File != nil {
			s := d.Stats
			di.Version = d.File.Header.Version
			di.Strings, di.Types, di.Protos = s.Strings, s.Types, s.Protos
			di.Fields, di.Methods, di.Classes = s.Fields, s.Methods, s.Classes
			di.CodeItems, di.Instructions = s.CodeItems, s.Instructions
		}
		in.Dex = append(in.Dex, di)
	}
	for _, ar := range a.containers() {
		for _, e := range ar.Entries {
			switch e.Kind {
			case apk.KindNativeLib:
				in.NativeLibs = append(in.NativeLibs, finding.FileInfo{Entry: e.Path, ABI: apk.ABI(e.Name), Size: e.Size})
			case apk.KindAsset:
				in.Assets = append(in.Assets, finding.FileInfo{Entry: e.Path, Size: e.Size})
			}
		}
	}
	for _, n := range a.Nested {
		in.Nested = append(in.Nested, n.Prefix[:len(n.Prefix)-1])
	}
	return in
}

// containers lists the app's archive and every nested one.
func (a *App) containers() []*apk.Archive {
	if a.Archive == nil {
		return nil
	}
	return append([]*apk.Archive{a.Archive}, a.Nested...)
}

func manifestInfo(m *axml.Manifest) *finding.ManifestInfo {
	mi := &finding.ManifestInfo{Package: m.Package,
		Application:           finding.ApplicationInfo{Name: m.Application.Name, Label: m.Application.Label},
		Permissions:           []finding.PermissionInfo{},
		Components:            []finding.ComponentInfo{},
		NetworkSecurityConfig: m.Application.NetworkSecurityConfig,
	}
	for _, p := range m.UsesPermissions {
		mi.Permissions = append(mi.Permissions, finding.PermissionInfo{Name: p.Name, Dangerous: p.Dangerous, MaxSdk: p.MaxSdk})
	}
	for _, md := range m.Application.MetaData {
		mi.MetaData = append(mi.MetaData, finding.MetaDataInfo{Name: md.Name, Value: metaValue(md)})
	}
	for _, c := range m.Components {
		ci := finding.ComponentInfo{Kind: c.Kind, Name: c.Name, Exported: c.Exported, ExportedExplicit: c.ExportedExplicit,
			Enabled: c.Enabled, Permission: c.Permission, Manifest: c.Source}
		for _, f := range c.IntentFilters {
			ci.IntentFilters = append(ci.IntentFilters, filterInfo(f))
		}
		mi.Components = append(mi.Components, ci)
		for _, md := range c.MetaData {
			mi.MetaData = append(mi.MetaData, finding.MetaDataInfo{Owner: c.Name, Name: md.Name, Value: metaValue(md)})
		}
	}
	mi.Flags, mi.FlagsExplicit = Flags(m)
	return mi
}

// Flags returns the app's security-relevant manifest booleans with Android's
// defaults applied for its targetSdk, and which of them were explicit.
func Flags(m *axml.Manifest) (map[string]bool, []string) {
	app := m.Application
	flags := map[string]bool{
		"debuggable":            app.Debuggable.Or(false),
		"allowBackup":           app.AllowBackup.Or(true),
		"usesCleartextTraffic":  app.UsesCleartextTraffic.Or(m.TargetSdk < 28),
		"testOnly":              app.TestOnly.Or(false),
		"networkSecurityConfig": app.NetworkSecurityConfig != "" || app.NetworkSecurityConfigRaw != "",
	}
	var explicit []string
	for name, b := range map[string]axml.OptBool{"debuggable": app.Debuggable, "allowBackup": app.AllowBackup,
		"usesCleartextTraffic": app.UsesCleartextTraffic, "testOnly": app.TestOnly} {
		if b.Set {
			explicit = append(explicit, name)
		}
	}
	sort.Strings(explicit)
	return flags, explicit
}

func metaValue(md axml.MetaData) string {
	if md.Value != "" {
		return md.Value
	}
	return md.Resource
}

func filterInfo(f axml.IntentFilter) finding.FilterInfo {
	fi := finding.FilterInfo{Actions: f.Actions, Categories: f.Categories}
	for _, d := range f.Data {
		if d.Scheme != "" {
			fi.Schemes = append(fi.Schemes, d.Scheme)
		}
		if d.Host != "" {
			fi.Hosts = append(fi.Hosts, d.Host)
		}
	}
	return fi
}
