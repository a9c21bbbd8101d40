package rules

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

var factKeys = []string{
	"classes", "types", "methods", "fields", "strings", "permissions",
	"components", "meta-data", "flags", "files", "tampering", "blocklists",
}

// examples decodes `examples: {match: [...], no-match: [...]}`. Both lists
// are required: a rule that cannot show one hit and one miss is unproven.
func (d *decoder) examples(n *yaml.Node, what string) Examples {
	var ex Examples
	d.matchLists(n, what, func(it *yaml.Node, what string, match bool) {
		fs := d.factSet(it, what)
		if match {
			ex.Match = append(ex.Match, fs)
		} else {
			ex.NoMatch = append(ex.NoMatch, fs)
		}
	})
	return ex
}

// matchLists decodes a mapping of `match` and `no-match` lists, both
// required, handing each item to each with its place and its list.
func (d *decoder) matchLists(n *yaml.Node, what string, each func(it *yaml.Node, what string, match bool)) {
	fields, ok := d.mapping(n, what, "match", "no-match")
	if !ok {
		return
	}
	count := map[bool]int{}
	for _, f := range fields {
		items, ok := d.list(f.value, what+"."+f.key)
		if !ok {
			continue
		}
		for i, it := range items {
			each(it, fmt.Sprintf("%s.%s[%d]", what, f.key, i), f.key == "match")
			count[f.key == "match"]++
		}
	}
	if count[true] == 0 {
		d.errf(n, "%s: need at least one match example", what)
	}
	if count[false] == 0 {
		d.errf(n, "%s: need at least one no-match example", what)
	}
}

func (d *decoder) factSet(n *yaml.Node, what string) FactSet {
	fs := FactSet{Pos: Pos{File: d.file}}
	if rn := resolve(n); rn != nil {
		fs.Pos.Line = rn.Line
	}
	fields, ok := d.mapping(n, what, factKeys...)
	if !ok {
		return fs
	}
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "classes":
			fs.Classes = d.values(f.value, w, classDescriptor)
		case "types":
			fs.Types = d.values(f.value, w, classDescriptor)
		case "methods":
			fs.Methods = d.values(f.value, w, concreteMember(true))
		case "fields":
			fs.Fields = d.values(f.value, w, concreteMember(false))
		case "strings":
			fs.Strings, _ = d.strList(f.value, w)
		case "permissions":
			fs.Permissions, _ = d.strList(f.value, w)
		case "meta-data":
			fs.MetaData, _ = d.strList(f.value, w)
		case "files":
			fs.Files, _ = d.strList(f.value, w)
		case "tampering":
			fs.Tampering = d.values(f.value, w, trickFact)
		case "blocklists":
			fs.Blocklists = d.values(f.value, w, blocklistFact)
		case "components":
			fs.Components = d.exampleComps(f.value, w)
		case "flags":
			fs.Flags = d.exampleFlags(f.value, w)
		}
	}
	return fs
}

// trickFact validates an example tampering fact: a trick name, optionally
// followed by ":" and an entry.
func trickFact(s string) (string, error) {
	name, _, _ := strings.Cut(s, ":")
	if _, err := trickName(name); err != nil {
		return "", err
	}
	return s, nil
}

// blocklistFact validates an example block list: a format (not any: a
// fact has one), optionally followed by ":" and an entry.
func blocklistFact(s string) (string, error) {
	format, _, _ := strings.Cut(s, ":")
	if !contains(BlocklistFormats, format) {
		return "", fmt.Errorf("unknown block-list format %q (want one of %s)", format, strings.Join(BlocklistFormats, ", "))
	}
	return s, nil
}

// concreteMember validates an example member reference: it must parse and
// name a concrete class (examples are facts, not patterns).
func concreteMember(method bool) func(string) (string, error) {
	return func(s string) (string, error) {
		m, err := parseMember(s, method)
		if err != nil {
			return "", err
		}
		if _, err := classDescriptor(m.Class); err != nil {
			return "", err
		}
		return s, nil
	}
}

func (d *decoder) exampleComps(n *yaml.Node, what string) []ExampleComp {
	items, ok := d.list(n, what)
	if !ok {
		return nil
	}
	var out []ExampleComp
	for i, it := range items {
		w := fmt.Sprintf("%s[%d]", what, i)
		fields, ok := d.mapping(it, w, "kind", "name", "exported", "permission", "actions")
		if !ok {
			continue
		}
		var c ExampleComp
		for _, f := range fields {
			switch f.key {
			case "kind":
				c.Kind, _ = d.str(f.value, w+".kind")
			case "name":
				c.Name, _ = d.str(f.value, w+".name")
			case "exported":
				c.Exported, _ = d.boolean(f.value, w+".exported")
			case "permission":
				c.Permission, _ = d.str(f.value, w+".permission")
			case "actions":
				c.Actions, _ = d.strList(f.value, w+".actions")
			}
		}
		if c.Kind == "" || c.Name == "" {
			d.errf(it, "%s: kind and name are required", w)
		}
		out = append(out, c)
	}
	return out
}

func (d *decoder) exampleFlags(n *yaml.Node, what string) map[string]bool {
	fields, ok := d.mapping(n, what, flagNames...)
	if !ok {
		return nil
	}
	out := map[string]bool{}
	for _, f := range fields {
		if b, ok := d.boolean(f.value, what+"."+f.key); ok {
			out[f.key] = b
		}
	}
	return out
}
