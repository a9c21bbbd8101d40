package scanner

import (
	"slices"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/apk"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// Info reads the app at path and says what the reading layer saw:
// identity, manifest, every dex file with its table and instruction
// counts, native libraries, assets, diagnostics; with strings, also the
// count of strings by origin. A partial read returns the partial Info
// with an *InputError.
func Info(path string, withStrings bool) (*finding.Info, error) {
	a, loadErr := app.Load(path, app.Options{Stats: true})
	if a == nil {
		return nil, loadErr
	}
	defer a.Close()
	info := a.Info()
	if withStrings {
		facts, diags := index.Build(a, index.Options{})
		info.Strings = facts.CountStrings()
		info.Diagnostics = append(info.Diagnostics, diags...)
	}
	return info, loadErr
}

// StringOrigins lists the origins Strings tells apart, in report order.
func StringOrigins() []string {
	return []string{string(index.OriginDex), string(index.OriginResource), string(index.OriginAsset),
		string(index.OriginNative), string(index.OriginManifest)}
}

// Strings lists the strings rules match on, each with its origin and
// place, keeping those of the given origins (all when none) at least
// minLen bytes long. A partial read returns what was read with an
// *InputError.
func Strings(path string, origins []string, minLen int) ([]finding.StringRecord, error) {
	a, loadErr := app.Load(path, app.Options{})
	if a == nil {
		return nil, loadErr
	}
	defer a.Close()
	facts, _ := index.Build(a, index.Options{})
	out := []finding.StringRecord{}
	for _, s := range facts.Strings {
		if len(s.Value) < minLen || (len(origins) > 0 && !slices.Contains(origins, string(s.Origin))) {
			continue
		}
		out = append(out, finding.StringRecord{Origin: string(s.Origin), Location: s.Loc, Value: s.Value})
	}
	return out, loadErr
}

// Inflater names the DEFLATE implementation this build reads zips with.
const Inflater = apk.Inflater
