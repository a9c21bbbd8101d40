package rules

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// componentKinds are the manifest elements the index reports as components.
var componentKinds = []string{"activity", "activity-alias", "service", "receiver", "provider"}

// flagNames are the application attributes the index records in Facts.Flags;
// a closed list so that a typo (`allowbackup`) fails instead of never matching.
var flagNames = []string{
	"debuggable", "allowBackup", "usesCleartextTraffic", "hasNetworkSecurityConfig",
	"testOnly", "requestLegacyExternalStorage", "extractNativeLibs", "hasFragileUserData",
}

var flagStates = []string{"true", "false", "unset"}

func (d *decoder) component(n *yaml.Node, what string) *ComponentPattern {
	fields, ok := d.mapping(n, what, "kind", "package", "action", "exported-without-permission")
	if !ok {
		return nil
	}
	c := &ComponentPattern{}
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "kind":
			kinds, _ := d.strList(f.value, w)
			for _, k := range kinds {
				if !contains(componentKinds, k) {
					d.errf(f.value, "%s: unknown component kind %q (want one of %s)", w, k, strings.Join(componentKinds, ", "))
				}
			}
			c.Kinds = kinds
		case "package":
			if s, ok := d.str(f.value, w); ok {
				v, err := dottedName(s)
				if err != nil {
					d.errf(f.value, "%s: %v", w, err)
				}
				c.Package = v
			}
		case "action":
			c.Actions, _ = d.strList(f.value, w)
		case "exported-without-permission":
			c.ExportedWithoutPermission, _ = d.boolean(f.value, w)
		}
	}
	if len(fields) == 0 {
		d.errf(n, "%s: needs at least one of kind, package, action, exported-without-permission", what)
	}
	return c
}

// flag decodes `flag: debuggable` (the flag is true) or
// `flag: {name: allowBackup, is: [true, unset]}`.
func (d *decoder) flag(n *yaml.Node, what string) *FlagPattern {
	rn := resolve(n)
	fp := &FlagPattern{States: []string{"true"}}
	if rn != nil && rn.Kind == yaml.ScalarNode {
		fp.Name, _ = d.str(rn, what)
	} else {
		fields, ok := d.mapping(n, what, "name", "is")
		if !ok {
			return nil
		}
		for _, f := range fields {
			if f.key == "name" {
				fp.Name, _ = d.str(f.value, what+".name")
				continue
			}
			states, _ := d.strList(f.value, what+".is")
			for _, s := range states {
				if !contains(flagStates, s) {
					d.errf(f.value, "%s.is: unknown state %q (want one of %s)", what, s, strings.Join(flagStates, ", "))
				}
			}
			fp.States = states
		}
	}
	if fp.Name == "" {
		d.errf(n, "%s: missing flag name", what)
	} else if !contains(flagNames, fp.Name) {
		d.errf(n, "%s: unknown flag %q (want one of %s)", what, fp.Name, strings.Join(flagNames, ", "))
	}
	return fp
}
