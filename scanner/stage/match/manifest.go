package match

import (
	"path"
	"strconv"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// ManifestEntry is the evidence entry for manifest facts.
const ManifestEntry = "AndroidManifest.xml"

func manifestHit(key, value string) hit {
	return hit{key: key, level: finding.EvidenceManifest, ev: finding.Evidence{Entry: ManifestEntry, Value: value}}
}

func (e *Engine) scanManifest(f *index.Facts, hits [][]hit) {
	for _, p := range f.Permissions {
		for _, l := range e.perms[p] {
			hits[l] = append(hits[l], manifestHit("permission:"+p, p))
		}
	}
	for _, m := range f.MetaData {
		for _, l := range e.metaData[m.Name] {
			hits[l] = append(hits[l], manifestHit("meta-data:"+m.Name, m.Name+"="+m.Value))
		}
	}
	for _, l := range e.components {
		p := e.leaves[l].Component
		for _, c := range f.Components {
			if componentMatches(&c, p) {
				h := manifestHit("component:"+c.Kind+":"+c.Name, describeComponent(&c))
				if c.Entry != "" {
					h.ev.Entry = c.Entry
				}
				hits[l] = append(hits[l], h)
			}
		}
	}
	for _, l := range e.flags {
		p := e.leaves[l].Flag
		state := "unset"
		if v, ok := f.Flags[p.Name]; ok {
			state = strconv.FormatBool(v)
		}
		value := "android:" + p.Name + "=" + state
		if state != "unset" && !f.FlagsExplicit[p.Name] && p.Name != "networkSecurityConfig" {
			// Not written in the manifest: what Android assumes for the
			// app's targetSdk, which a reader must not take for an attribute.
			value = p.Name + "=" + state + " (implicit: Android's default for the app's targetSdk)"
		}
		for _, want := range p.States {
			if want == state {
				hits[l] = append(hits[l], manifestHit("flag:"+p.Name+"="+state, value))
			}
		}
	}
}

func componentMatches(c *index.Component, p *rules.ComponentPattern) bool {
	if len(p.Kinds) > 0 && !contains(p.Kinds, c.Kind) {
		return false
	}
	if p.Package != "" && c.Name != p.Package && !strings.HasPrefix(c.Name, p.Package+".") {
		return false
	}
	if p.ExportedWithoutPermission && (!c.Exported || c.Permission != "") {
		return false
	}
	if len(p.Actions) > 0 {
		for _, a := range c.Actions {
			if contains(p.Actions, a) {
				return true
			}
		}
		return false
	}
	return true
}

func describeComponent(c *index.Component) string {
	s := c.Kind + " " + c.Name
	switch {
	case c.Exported && c.Permission == "":
		s += " (exported, no permission)"
	case c.Exported:
		s += " (exported, permission " + c.Permission + ")"
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scanFiles matches archive entries. Globs apply to the path inside the
// innermost container, so `lib/*/libjpush*.so` also finds
// `split_config.arm64_v8a.apk!lib/arm64-v8a/libjpush.so`.
func (e *Engine) scanFiles(f *index.Facts, hits [][]hit) {
	if len(e.files) == 0 {
		return
	}
	for _, file := range f.Files {
		name := file.Name
		if i := strings.LastIndexByte(name, '!'); i >= 0 {
			name = name[i+1:]
		}
		level := finding.EvidenceStrings
		if strings.HasSuffix(name, ".so") {
			level = finding.EvidenceNativeLib
		}
		for _, l := range e.files {
			for _, pat := range e.leaves[l].Values {
				// The loader validated every pattern, so Match cannot fail here.
				if ok, _ := path.Match(pat, name); ok {
					hits[l] = append(hits[l], hit{key: "file:" + file.Name, level: level,
						ev: finding.Evidence{Entry: file.Name, Value: file.Name}})
					break
				}
			}
		}
	}
}
