package rules

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// leafOps lists every matcher key a condition may use, for messages.
var leafOps = []Op{
	OpAll, OpAny, OpNot, OpSameMethod,
	OpPackage, OpClass, OpReferencedType, OpReferencedPackage, OpMethod, OpField,
	OpClassRegex, OpReferencedClassRegex,
	OpString, OpStringContains, OpStringRegex, OpHost, OpURLPath, OpURL,
	OpPermission, OpComponent, OpMetaData, OpFlag, OpFile, OpTampering, OpBlocklist,
}

func opNames() []string {
	out := make([]string, len(leafOps))
	for i, o := range leafOps {
		out[i] = string(o)
	}
	return out
}

// cond decodes one condition: a mapping with exactly one key. Requiring one
// key (rather than an implicit "all" over several) keeps rules unambiguous.
func (d *decoder) cond(n *yaml.Node, what string) *Cond {
	fields, ok := d.mapping(n, what, opNames()...)
	if !ok {
		return nil
	}
	if len(fields) != 1 {
		if len(fields) > 1 || len(resolve(n).Content) == 0 {
			keys := make([]string, len(fields))
			for i, f := range fields {
				keys[i] = f.key
			}
			d.errf(n, "%s: a condition has exactly one key, got %d (%s); combine with all: or any:", what, len(fields), strings.Join(keys, ", "))
		}
		return nil
	}
	f := fields[0]
	c := &Cond{Op: Op(f.key), Pos: Pos{File: d.file, Line: f.keyN.Line}}
	what += "." + f.key
	switch c.Op {
	case OpAll, OpAny, OpSameMethod:
		items, ok := d.list(f.value, what)
		if ok && len(items) == 0 {
			d.errf(f.value, "%s: list must not be empty", what)
		}
		for i, it := range items {
			c.Args = append(c.Args, d.cond(it, fmt.Sprintf("%s[%d]", what, i)))
		}
	case OpNot:
		c.Args = []*Cond{d.cond(f.value, what)}
	case OpPackage, OpReferencedPackage:
		c.Values = d.values(f.value, what, packagePrefix)
	case OpClass, OpReferencedType:
		c.Values = d.values(f.value, what, classDescriptor)
	case OpMethod, OpField:
		c.Member = d.member(f.value, what, c.Op == OpMethod)
	case OpString:
		c.Values, _ = d.strList(f.value, what)
	case OpStringContains:
		c.Values = d.values(f.value, what, literal)
	case OpStringRegex, OpClassRegex, OpReferencedClassRegex:
		c.Values, c.regexps = d.regexps(f.value, what)
	case OpHost:
		c.Values = d.values(f.value, what, hostPattern)
	case OpURLPath:
		c.Values = d.values(f.value, what, pathPattern)
	case OpURL:
		c.URL = d.url(f.value, what)
	case OpPermission:
		c.Values = d.values(f.value, what, dottedName)
	case OpMetaData:
		c.Values, _ = d.strList(f.value, what)
	case OpComponent:
		c.Component = d.component(f.value, what)
	case OpFlag:
		c.Flag = d.flag(f.value, what)
	case OpFile:
		c.Values = d.values(f.value, what, fileGlob)
	case OpTampering:
		c.Values = d.values(f.value, what, trickName)
	case OpBlocklist:
		c.Values = d.values(f.value, what, blocklistMatch)
	}
	return c
}

// blocklistMatch validates what a blocklist matcher takes: a format
// (BlocklistFormats) or any.
func blocklistMatch(s string) (string, error) {
	if s != BlocklistAny && !contains(BlocklistFormats, s) {
		return "", fmt.Errorf("unknown block-list format %q (want %s or one of %s)", s, BlocklistAny, strings.Join(BlocklistFormats, ", "))
	}
	return s, nil
}

// trickName validates a tampering trick name against Tricks.
func trickName(s string) (string, error) {
	if !contains(Tricks, s) {
		return "", fmt.Errorf("unknown trick %q (want one of %s)", s, strings.Join(Tricks, ", "))
	}
	return s, nil
}

// values decodes a string or list and normalises each item with norm, which
// returns an error message for invalid items.
func (d *decoder) values(n *yaml.Node, what string, norm func(string) (string, error)) []string {
	raw, ok := d.strList(n, what)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(raw))
	for _, s := range raw {
		v, err := norm(s)
		if err != nil {
			d.errf(n, "%s: %v", what, err)
			continue
		}
		out = append(out, v)
	}
	return out
}

func (d *decoder) regexps(n *yaml.Node, what string) ([]string, []*regexp.Regexp) {
	raw, ok := d.strList(n, what)
	if !ok {
		return nil, nil
	}
	var res []*regexp.Regexp
	for _, s := range raw {
		re, err := regexp.Compile(s)
		if err != nil {
			d.errf(n, "%s: %v", what, err)
			continue
		}
		res = append(res, re)
	}
	return raw, res
}

// member decodes `Lcls;->name(desc)ret` (method), `Lcls;->name:Type`
// (field), or a mapping {class, name, descriptor|type}.
func (d *decoder) member(n *yaml.Node, what string, method bool) *MemberPattern {
	typeKey := "type"
	if method {
		typeKey = "descriptor"
	}
	rn := resolve(n)
	m := &MemberPattern{}
	if rn != nil && rn.Kind == yaml.ScalarNode {
		s, ok := d.str(rn, what)
		if !ok {
			return nil
		}
		var err error
		if m, err = parseMember(s, method); err != nil {
			d.errf(rn, "%s: %v", what, err)
			return nil
		}
		return m
	}
	fields, ok := d.mapping(n, what, "class", "name", typeKey)
	if !ok {
		return nil
	}
	for _, f := range fields {
		s, ok := d.str(f.value, what+"."+f.key)
		if !ok {
			continue
		}
		switch f.key {
		case "class":
			cls, err := memberClass(s)
			if err != nil {
				d.errf(f.value, "%s.class: %v", what, err)
			}
			m.Class = cls
		case "name":
			m.Name = s
		default:
			m.Type = s
		}
	}
	if m.Class == "" {
		d.errf(n, "%s: missing key \"class\"", what)
	}
	return m
}

func (d *decoder) url(n *yaml.Node, what string) *URLPattern {
	fields, ok := d.mapping(n, what, "host", "path")
	if !ok {
		return nil
	}
	u := &URLPattern{}
	for _, f := range fields {
		if f.key == "host" {
			u.Hosts = d.values(f.value, what+".host", hostPattern)
		} else {
			u.Paths = d.values(f.value, what+".path", pathPattern)
		}
	}
	if len(fields) == 0 {
		d.errf(n, "%s: needs host, path or both", what)
	}
	return u
}
