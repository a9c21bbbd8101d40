package match

import (
	"fmt"
	"strings"

	"github.com/apkscan/apkscan/rules"
)

// indexLeaf files leaf id under the lookup structure its matcher uses.
func (e *Engine) indexLeaf(id int, c *rules.Cond, ac, classAC *acBuilder) error {
	switch c.Op {
	case rules.OpClassRegex, rules.OpReferencedClassRegex:
		e.indexClassRegex(id, c, classAC)
	case rules.OpPackage:
		addAll(e.classPkg, c.Values, id)
	case rules.OpClass:
		addAll(e.classExact, c.Values, id)
	case rules.OpReferencedPackage:
		addAll(e.typePkg, c.Values, id)
	case rules.OpReferencedType:
		addAll(e.typeExact, c.Values, id)
	case rules.OpMethod, rules.OpField:
		if c.Member == nil {
			return fmt.Errorf("%s: no pattern", c.Op)
		}
		byClass, wild := &e.methodByClass, &e.methodWild
		if c.Op == rules.OpField {
			byClass, wild = &e.fieldByClass, &e.fieldWild
		}
		// Exact classes go in a map so that each reference costs one lookup;
		// only class globs are tried against every reference.
		if strings.Contains(c.Member.Class, "*") {
			*wild = append(*wild, id)
		} else {
			(*byClass)[c.Member.Class] = append((*byClass)[c.Member.Class], id)
		}
	case rules.OpString:
		addAll(e.strExact, c.Values, id)
	case rules.OpStringContains:
		for _, v := range c.Values {
			ac.add(v, acUse{leaf: id, kind: useContains, pattern: v})
		}
	case rules.OpStringRegex:
		for i, re := range c.Regexps() {
			u := reUse{leaf: id, re: re}
			if lit := requiredLiteral(re); lit != "" {
				ac.add(lit, acUse{leaf: id, kind: useRegex, re: i})
			} else {
				e.reAlways = append(e.reAlways, u)
			}
		}
	case rules.OpHost:
		for _, h := range c.Values {
			ac.add(strings.TrimPrefix(h, "*."), acUse{leaf: id, kind: useHost, pattern: h})
		}
	case rules.OpURLPath:
		return e.indexURL(id, &rules.URLPattern{Paths: c.Values}, ac)
	case rules.OpURL:
		if c.URL == nil {
			return fmt.Errorf("url: no pattern")
		}
		return e.indexURL(id, c.URL, ac)
	case rules.OpPermission:
		addAll(e.perms, c.Values, id)
	case rules.OpMetaData:
		addAll(e.metaData, c.Values, id)
	case rules.OpComponent:
		if c.Component == nil {
			return fmt.Errorf("component: no pattern")
		}
		e.components = append(e.components, id)
	case rules.OpFlag:
		if c.Flag == nil {
			return fmt.Errorf("flag: no pattern")
		}
		e.flags = append(e.flags, id)
	case rules.OpFile:
		e.files = append(e.files, id)
	case rules.OpTampering:
		addAll(e.tampering, c.Values, id)
	case rules.OpBlocklist:
		e.indexBlocklist(id, c.Values)
	default:
		return fmt.Errorf("unknown matcher %q", c.Op)
	}
	return nil
}

// indexURL keys a URL matcher on its host literals, or failing that its path
// literals: a string can only hold a matching URL if it contains one.
func (e *Engine) indexURL(id int, u *rules.URLPattern, ac *acBuilder) error {
	use := acUse{leaf: id, kind: useURL, url: u}
	switch {
	case len(u.Hosts) > 0:
		for _, h := range u.Hosts {
			ac.add(strings.TrimPrefix(h, "*."), use)
		}
	case len(u.Paths) > 0:
		for _, p := range u.Paths {
			ac.add(rules.LongestLiteral(p), use)
		}
	default:
		return fmt.Errorf("url: needs a host or a path")
	}
	return nil
}

func addAll(m map[string][]int, keys []string, id int) {
	for _, k := range keys {
		m[k] = append(m[k], id)
	}
}
