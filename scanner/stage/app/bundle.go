package app

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// Input kinds reported in App.Kind.
const (
	KindAPK  = "apk"  // a plain APK
	KindAPKS = "apks" // bundletool APK set: toc.pb, splits/*.apk, standalones/*.apk
	KindXAPK = "xapk" // APKPure: manifest.json, *.apk, Android/obb/...
	KindAPKM = "apkm" // APKMirror: info.json, base.apk, split_*.apk
	KindAAB  = "aab"  // Android App Bundle: <module>/manifest, <module>/dex, ...
)

// maxSplits caps how many split APKs of one set are opened beyond the
// default nested-container budget. The largest real sets (every language,
// density and ABI) hold about 100.
const maxSplits = 1000

// detectKind judges the input by content, never by extension alone: an
// ".apks" with AndroidManifest.xml at its root is an APK, an ".apk" holding
// only split APKs is a split set. The extension only names the flavour of a
// split set that carries none of the flavours' marker files.
func detectKind(ar *apk.Archive, name string) string {
	if ar.Lookup("AndroidManifest.xml") != nil {
		return KindAPK
	}
	if len(aabModules(ar)) > 0 {
		return KindAAB
	}
	if len(splitCandidates(ar)) == 0 {
		return KindAPK // no app inside: the APK path reports the missing manifest
	}
	switch {
	case ar.Lookup("toc.pb") != nil:
		return KindAPKS
	case ar.Lookup("manifest.json") != nil:
		return KindXAPK
	case ar.Lookup("info.json") != nil:
		return KindAPKM
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xapk":
		return KindXAPK
	case ".apkm":
		return KindAPKM
	}
	return KindAPKS
}

// splitCandidates lists the APKs of a split set: *.apk at the root (xapk,
// apkm, bundletool's universal.apk), in splits/ and in standalones/.
// bundletool's standalones duplicate base + splits for pre-Lollipop devices,
// so they are used only when the set has no splits/.
func splitCandidates(ar *apk.Archive) []*apk.Entry {
	var root, splits, standalones []*apk.Entry
	for _, e := range ar.Entries {
		if e.Kind == apk.KindDir || !strings.EqualFold(path.Ext(e.Name), ".apk") {
			continue
		}
		switch path.Dir(e.Name) {
		case ".":
			root = append(root, e)
		case "splits":
			splits = append(splits, e)
		case "standalones":
			standalones = append(standalones, e)
		}
	}
	if len(splits) > 0 {
		return append(splits, root...)
	}
	return append(standalones, root...)
}

// reopenForSplits reopens a split set with room for all of its splits in
// the nested-container budget, unless the caller set that budget.
func reopenForSplits(ar *apk.Archive, name string, b apk.Budgets) (*apk.Archive, error) {
	n := len(splitCandidates(ar))
	if b.MaxNested != 0 || n < apk.DefaultMaxNested/2 {
		return ar, nil
	}
	ar.Close()
	b.MaxNested = apk.DefaultMaxNested + min(n, maxSplits)
	return apk.Open(name, b)
}

// part is one APK of a split set.
type part struct {
	ar       *apk.Archive
	manifest *axml.Manifest // read without resources, to find the base
	entry    string         // the manifest's entry path
}

// loadSplitSet scans the base APK and every split as one app: the manifest
// and resources come from the base (the APK without a split attribute),
// dex files, native libraries and assets from all of them. Evidence names
// the split (`splits/base-master.apk!classes2.dex`).
func (a *App) loadSplitSet(opts Options) error {
	parts := a.openParts()
	if len(parts) == 0 {
		return fmt.Errorf("%w: no readable APK in the %s", ErrNotAPK, a.Kind)
	}
	base := pickBase(parts)
	if base.manifest == nil || base.manifest.Split != "" {
		a.diag(finding.DiagWarning, trimBang(base.ar.Prefix), fmt.Errorf("no base APK in the %s; reading this one as the base", a.Kind))
	}
	// The base goes first, so its classes.dex leads a.Dex as on a device.
	ordered := []*apk.Archive{base.ar}
	for _, p := range parts {
		if p != base {
			ordered = append(ordered, p.ar)
			a.checkSplitPackage(base, p)
		}
	}
	a.Nested = append(ordered[:0:0], ordered...) // parts only so far; base first
	a.loadResources(base.ar)
	manifestErr := a.loadManifest(base.ar)
	if a.Manifest != nil {
		// A feature split's components run as part of the app.
		for _, p := range parts {
			if p != base && p.manifest != nil {
				a.Manifest.MergeSplit(p.manifest, p.entry)
			}
		}
	}
	for _, p := range parts {
		if p != base && p.manifest != nil {
			a.manifestTampering(p.entry, p.manifest)
		}
	}

	var srcs []dexSource
	read := a.dexReader(&srcs)
	for _, ar := range ordered {
		root := ar.DexFiles()
		for _, e := range root {
			read(ar, e)
		}
		a.codeDex += len(root)
		a.checkDexSequence(root)
	}
	for _, ar := range ordered {
		a.walkNested(ar, read)
	}
	a.parseDex(srcs, opts)
	return manifestErr
}

// openParts opens every candidate APK and reads its manifest. Parts are
// listed in a.Nested first, before containers nested inside them.
func (a *App) openParts() []*part {
	var parts []*part
	for _, e := range splitCandidates(a.Archive) {
		ar, err := a.Archive.OpenNested(e)
		if err != nil {
			a.diag(finding.DiagWarning, e.Path, err)
			continue
		}
		a.Nested = append(a.Nested, ar)
		a.warnings("", ar.Warnings)
		p := &part{ar: ar}
		if me := ar.Lookup("AndroidManifest.xml"); me != nil {
			p.entry = me.Path
			if data, err := ar.Read(me); len(data) > 0 {
				p.manifest, _ = axml.ParseManifest(data, nil)
			} else if err != nil {
				a.diag(finding.DiagWarning, me.Path, err)
			}
		}
		parts = append(parts, p)
	}
	return parts
}

// pickBase returns the part Android installs as the base: the one whose
// manifest has no split attribute. Without one (a set of splits only, a
// damaged base) the first part with a manifest stands in.
func pickBase(parts []*part) *part {
	var first *part
	for _, p := range parts {
		if p.manifest == nil {
			continue
		}
		if p.manifest.Split == "" {
			return p
		}
		if first == nil {
			first = p
		}
	}
	if first == nil {
		return parts[0]
	}
	return first
}

// checkSplitPackage warns about a split built for another app: Android
// refuses such an install session, but a repackaged set may still carry it.
func (a *App) checkSplitPackage(base, p *part) {
	if p.manifest == nil || base.manifest == nil || p.manifest.Package == base.manifest.Package {
		return
	}
	a.diag(finding.DiagWarning, trimBang(p.ar.Prefix), fmt.Errorf("split belongs to package %q, not %q; Android would refuse this set (analysed anyway)",
		p.manifest.Package, base.manifest.Package))
}

func trimBang(prefix string) string {
	return strings.TrimSuffix(prefix, "!")
}
