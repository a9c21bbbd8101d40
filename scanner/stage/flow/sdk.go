package flow

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/read/axml"
)

// App code and SDK code. A flow whose source and sink both lie in the same
// SDK is that SDK's own behaviour (a crash reporter logging the Android
// ID): it is grouped into one low finding per SDK. Flows that start or end
// in the app's own code are the headline.

// appPackages returns the descriptor prefixes of the app's own code: the
// manifest package and the packages of its Application class and launcher
// activities (an app's code may live outside its application id).
func appPackages(man *axml.Manifest) []string {
	if man == nil {
		return nil
	}
	var out []string
	add := func(name string) {
		if name == "" {
			return
		}
		p := descriptorPrefix(name)
		for _, q := range out {
			if q == p {
				return
			}
		}
		out = append(out, p)
	}
	add(man.Package)
	pkg := func(cls string) string {
		if i := strings.LastIndexByte(cls, '.'); i > 0 {
			return cls[:i]
		}
		return ""
	}
	add(pkg(man.Application.Name))
	for _, c := range man.Components {
		if c.Kind == "activity" && launcher(c) {
			add(pkg(c.Name))
		}
	}
	return out
}

func launcher(c axml.Component) bool {
	for _, f := range c.IntentFilters {
		for _, cat := range f.Categories {
			if cat == "android.intent.category.LAUNCHER" {
				return true
			}
		}
	}
	return false
}

// sdkOf names the SDK a class belongs to ("" for app code): a library or
// tracker package prefix, else the class's package cut to three parts,
// when the class lies outside the app's own packages. Without a manifest
// every class counts as app code, and so does code no SDK can be named
// for: an obfuscated package (R8 moves app and library classes alike into
// packages such as a.b) and a package of the app's own vendor (the first
// two parts of one of the app's packages: org.example.util beside
// org.example.app).
func (e *engine) sdkOf(cls string) string {
	if len(e.appPkgs) == 0 {
		return ""
	}
	if hasPrefix(cls, e.appPkgs) {
		return ""
	}
	for _, p := range e.r.libraryPfx {
		if strings.HasPrefix(cls, p) {
			return p
		}
	}
	for _, p := range e.r.trackerPfx {
		if strings.HasPrefix(cls, p) {
			return p
		}
	}
	parts := strings.Split(strings.TrimPrefix(cls, "L"), "/")
	parts = parts[:len(parts)-1]
	if obfuscatedPackage(parts) {
		return ""
	}
	if len(parts) >= 2 {
		vendor := "L" + parts[0] + "/" + parts[1] + "/"
		for _, p := range e.appPkgs {
			if strings.HasPrefix(p, vendor) {
				return ""
			}
		}
	}
	return "L" + strings.Join(parts[:min(3, len(parts))], "/") + "/"
}

// obfuscatedPackage reports whether a package (its parts) names nobody:
// the default package, or parts of at most two characters each.
func obfuscatedPackage(parts []string) bool {
	for _, p := range parts {
		if len(p) > 2 {
			return false
		}
	}
	return true
}

// sdkOnly returns the SDK a flow lies wholly inside, or "".
func (e *engine) sdkOnly(p *flowPair) string {
	src := e.sources[p.src].m
	a, b := e.sdkOf(src.cls.name), e.sdkOf(p.sink.m.cls.name)
	if a == "" || a != b {
		return ""
	}
	return a
}

// sdkGroup gathers the verdicts of one category inside one SDK.
type sdkGroup struct {
	sdk      string
	verdicts []verdict
}

// groupFinding makes one low finding for an SDK's own flows of a category:
// its path is the first flow's witness, its examples the next flows'.
func (e *engine) groupFinding(w *witnesses, g *sdkGroup, incognito []finding.Evidence) finding.Finding {
	f := e.finding(w, g.verdicts[0], incognito)
	f.Severity = sdkSeverity
	name := strings.TrimSuffix(strings.ReplaceAll(strings.TrimPrefix(g.sdk, "L"), "/", "."), ".")
	v := g.verdicts[0]
	f.Message = e.message(v.cat, e.sourceLabel(&e.sources[v.pair.src]), v.pair) + " inside bundled library code (" + name + ")"
	if n := len(g.verdicts); n > 1 {
		f.Message += fmt.Sprintf("; %d flows of this kind inside it", n)
	}
	f.Flow.Pairs = len(g.verdicts)
	f.Flow.Examples = nil
	for _, v := range g.verdicts[1:min(len(g.verdicts), 1+maxExamples)] {
		f.Flow.Examples = append(f.Flow.Examples, e.witnessPath(w, v.cat, v.arrivals[0], incognito))
	}
	sum := sha256.Sum256([]byte(g.verdicts[0].cat + "\x00sdk\x00" + g.sdk))
	f.ID = "flow-" + hex.EncodeToString(sum[:8])
	return f
}

// maxEntriesCounted bounds the entry points counted for a finding.
const maxEntriesCounted = 1000

// entriesReaching counts the entry points from which m is reached through
// recorded calls and dispatches, walking callers breadth-first.
func (e *engine) entriesReaching(m *method) int {
	seen := map[*method]bool{m: true}
	queue := []*method{m}
	n := 0
	for len(queue) > 0 && n < maxEntriesCounted {
		cur := queue[0]
		queue = queue[1:]
		if cur.entry {
			n++
		}
		if cur.mstate == nil {
			continue
		}
		for _, cs := range cur.callers {
			if !seen[cs.m] {
				seen[cs.m] = true
				queue = append(queue, cs.m)
			}
		}
	}
	return n
}
