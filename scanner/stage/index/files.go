package index

import (
	"bytes"
	"errors"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/read/blocklist"
	"github.com/apkscan/apkscan/scanner/read/strs"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// resources adds every string of resources.arsc's value pool.
func (b *builder) resources(a *app.App) {
	if a.Resources == nil {
		return
	}
	loc := Location{Entry: "resources.arsc", Offset: -1}
	for _, s := range a.Resources.Strings() {
		if s != "" {
			b.str(s, OriginResource, loc)
		}
	}
}

// files lists every entry of every container, and reads strings from text
// files (assets and other non-code entries) and native libraries.
func (b *builder) files(a *app.App, opts Options) {
	if a.Archive == nil {
		return
	}
	for _, ar := range append([]*apk.Archive{a.Archive}, a.Nested...) {
		for _, e := range ar.Entries {
			if e.Kind == apk.KindDir {
				continue
			}
			b.f.Files = append(b.f.Files, File{Name: e.Path, Size: e.Size})
			switch e.Kind {
			case apk.KindNativeLib:
				b.native(ar, e, opts.MaxNativeBytes)
			case apk.KindAsset, apk.KindOther, apk.KindResource:
				b.text(ar, e, opts.MaxTextBytes)
			}
		}
	}
}

// text reads a text-like file line by line: any asset, res/raw/ files, and
// other entries only with a text extension (META-INF signature files and
// binary XML under res/ are not app text). A block list, whatever its
// name, is one fact instead of a string per line.
func (b *builder) text(ar *apk.Archive, e *apk.Entry, limit int64) {
	switch e.Kind {
	case apk.KindOther:
		if !strs.IsTextName(e.Name) {
			return
		}
	case apk.KindResource:
		if !strings.HasPrefix(e.Name, "res/raw/") {
			return
		}
	}
	data, err := ar.ReadLimit(e, limit)
	if err != nil && !errors.Is(err, apk.ErrBudget) {
		b.diag(finding.DiagWarning, e.Path, err)
		return
	}
	if !strs.MaybeText(e.Name, data[:min(len(data), 512)]) {
		return
	}
	if l, ok := blocklist.Recognise(data); ok {
		b.f.Blocklists = append(b.f.Blocklists, BlocklistFact{Entry: e.Path, Format: string(l.Format), Hosts: l.Hosts,
			Cut: errors.Is(err, apk.ErrBudget)})
		return
	}
	strs.Lines(data, func(line int, s string) {
		b.str(s, OriginAsset, Location{Entry: e.Path, Offset: line})
	})
}

func (b *builder) native(ar *apk.Archive, e *apk.Entry, limit int64) {
	data, err := ar.ReadLimit(e, limit)
	if err != nil && !errors.Is(err, apk.ErrBudget) {
		b.diag(finding.DiagWarning, e.Path, err)
		return
	}
	if err != nil {
		b.diag(finding.DiagInfo, e.Path, err)
	}
	_ = strs.Printable(bytes.NewReader(data), strs.MinRun, func(off int64, s string) {
		b.str(s, OriginNative, Location{Entry: e.Path, Offset: int(off)})
	})
}
