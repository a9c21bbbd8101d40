package app

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// An App Bundle holds one directory per module (base, feature modules):
//
//	<module>/manifest/AndroidManifest.xml  aapt2 protobuf XmlNode
//	<module>/resources.pb                  aapt2 protobuf ResourceTable
//	<module>/dex/classesN.dex
//	<module>/lib/<abi>/*.so, assets/**, res/**
//	<module>/root/**                       files placed at the APK root
//
// plus BundleConfig.pb and BUNDLE-METADATA/ at the top.
const (
	aabManifest  = "manifest/AndroidManifest.xml"
	aabResources = "resources.pb"
	aabBase      = "base"
)

// aabModules returns the bundle's module names, base first, then in archive
// order. A module is a top-level directory with a protobuf manifest.
func aabModules(ar *apk.Archive) []string {
	var mods []string
	for _, e := range ar.Entries {
		mod, rest, ok := strings.Cut(e.Name, "/")
		if !ok || rest != aabManifest || mod == "" {
			continue
		}
		if mod == aabBase {
			mods = append([]string{mod}, mods...)
		} else {
			mods = append(mods, mod)
		}
	}
	return mods
}

// loadAAB reads an App Bundle: the manifest and resources of the base
// module, and the dex files of every module. Module entries are renamed
// and reclassified first (see renameModuleEntries) so that native
// libraries and assets are read by everything downstream like an APK's.
func (a *App) loadAAB(opts Options) error {
	mods := aabModules(a.Archive)
	byMod := renameModuleEntries(a.Archive, mods)
	if mods[0] != aabBase {
		a.diag(finding.DiagWarning, "", fmt.Errorf("bundle has no base module; reading module %q as the base", mods[0]))
	}
	base := mods[0]
	a.loadProtoResources(byMod[base][aabResources])
	manifestErr := a.loadProtoManifest(byMod[base][aabManifest])
	for _, mod := range mods[1:] {
		a.mergeModuleManifest(byMod[mod][aabManifest])
	}

	var srcs []dexSource
	read := a.dexReader(&srcs)
	for _, mod := range mods {
		dexes := moduleDex(a.Archive, mod)
		for _, e := range dexes {
			read(a.Archive, e)
		}
		a.codeDex += len(dexes)
		a.checkDexSequence(dexes)
	}
	a.walkNested(a.Archive, read)
	a.parseDex(srcs, opts)
	return manifestErr
}

// renameModuleEntries gives every module entry the name it will have in
// the APK bundletool builds from the module (base/lib/x86/libx.so becomes
// lib/x86/libx.so, base/root/META-INF/x becomes META-INF/x, base/dex/
// classes2.dex becomes classes2.dex) and the matching Kind. Entry.Path is
// unchanged, so evidence still names the bundle entry. It returns the
// manifest and resources.pb entries of each module, by their original
// module-relative names.
func renameModuleEntries(ar *apk.Archive, mods []string) map[string]map[string]*apk.Entry {
	isMod := map[string]bool{}
	byMod := map[string]map[string]*apk.Entry{}
	for _, m := range mods {
		isMod[m] = true
		byMod[m] = map[string]*apk.Entry{}
	}
	for _, e := range ar.Entries {
		mod, rest, ok := strings.Cut(e.Name, "/")
		if !ok || !isMod[mod] || e.Kind == apk.KindDir {
			continue
		}
		if rest == aabManifest || rest == aabResources {
			byMod[mod][rest] = e
		}
		e.Name, e.Kind = moduleKind(rest, e.Kind)
	}
	return byMod
}

// moduleKind maps a module-relative name to its APK name and Kind. Dex
// files are KindOther: loadAAB reads them per module, and
// Archive.DexFiles must not mix the modules' classes.dex files.
func moduleKind(rest string, kind apk.Kind) (string, apk.Kind) {
	nested := kind == apk.KindNested && !strings.HasPrefix(rest, "dex/")
	switch {
	case rest == aabManifest:
		// Protobuf, not binary XML: never read as text or as an APK manifest.
		return "AndroidManifest.xml", apk.KindManifest
	case strings.HasPrefix(rest, "dex/"):
		return path.Base(rest), apk.KindOther
	case strings.HasPrefix(rest, "lib/") && strings.HasSuffix(rest, ".so") && strings.Count(rest, "/") >= 2:
		return rest, apk.KindNativeLib
	case nested:
		return strings.TrimPrefix(rest, "root/"), apk.KindNested
	case strings.HasPrefix(rest, "assets/"):
		return rest, apk.KindAsset
	case strings.HasPrefix(rest, "res/"):
		// aapt2 keeps res/ XML as protobuf in bundles, so it is no text either.
		return rest, apk.KindResource
	case strings.HasPrefix(rest, "root/"):
		return rest[len("root/"):], apk.KindOther
	}
	return rest, apk.KindOther // resources.pb, assets.pb, native.pb
}

// moduleDex returns a module's dex entries in class-loader order.
func moduleDex(ar *apk.Archive, mod string) []*apk.Entry {
	var out []*apk.Entry
	prefix := mod + "/dex/"
	for _, e := range ar.Entries {
		if strings.HasPrefix(e.Path, prefix) && strings.HasSuffix(e.Path, ".dex") && !strings.Contains(e.Path[len(prefix):], "/") {
			out = append(out, e)
		}
	}
	// bundletool only accepts classes.dex, classes2.dex, ...; anything else
	// sorts last and is flagged by checkDexSequence.
	order := func(e *apk.Entry) int {
		if n := apk.DexIndex(e.Name); n > 0 {
			return n
		}
		return 1 << 30
	}
	sort.SliceStable(out, func(i, j int) bool { return order(out[i]) < order(out[j]) })
	return out
}

func (a *App) loadProtoResources(e *apk.Entry) {
	if e == nil {
		return
	}
	data, err := a.readEntry(a.Archive, e, finding.DiagError)
	if err != nil && len(data) == 0 {
		return
	}
	res, err := axml.ParseProtoResources(data)
	if err != nil {
		a.diag(finding.DiagError, e.Path, err)
	}
	a.Resources = res
}

func (a *App) loadProtoManifest(e *apk.Entry) error {
	return a.readManifest(a.Archive, e, axml.ParseProtoManifest)
}

// mergeModuleManifest adds the components a feature module's manifest
// declares to the base manifest (axml.Manifest.MergeSplit): on a device
// they run as part of the app. The module's own resources are not loaded,
// so its manifest is read without them (names are literal in practice).
func (a *App) mergeModuleManifest(e *apk.Entry) {
	if e == nil || a.Manifest == nil {
		return
	}
	data, err := a.readEntry(a.Archive, e, finding.DiagWarning)
	if err != nil && len(data) == 0 {
		return
	}
	m, err := axml.ParseProtoManifest(data, nil)
	if err != nil {
		a.diag(finding.DiagWarning, e.Path, err)
	}
	if m != nil {
		a.Manifest.MergeSplit(m, e.Path)
	}
}
