package match

import (
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// levelArchive is the evidence level of facts about the app's structure
// (tampering): not a tracker level, ranked after every one of them.
const levelArchive = "archive"

// scanTampering matches anti-analysis tricks by name. Each entry a trick
// was seen on is one place; the detail says what its headers hold.
func (e *Engine) scanTampering(f *index.Facts, hits [][]hit) {
	for _, t := range f.Tampering {
		for _, l := range e.tampering[t.Trick] {
			hits[l] = append(hits[l], hit{key: "tampering:" + t.Trick + ":" + t.Entry, level: levelArchive,
				ev: finding.Evidence{Entry: t.Entry, Value: t.Detail}})
		}
	}
}
