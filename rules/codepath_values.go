package rules

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The shapes code-path entries are written in. They are checked at load so
// that a typo fails instead of never matching a call.
var (
	memberRe     = regexp.MustCompile(`^(\*|L[^;\s]+;)->(\*|[^\s(]+)$`)
	descriptorRe = regexp.MustCompile(`^L[^;\s]+;$`)
	prefixRe     = regexp.MustCompile(`^L[^;\s]*/$`)
	flowRe       = regexp.MustCompile(`^(recv|args|arg[0-9]+)->(recv|ret|arg[0-9]+)$`)
	argRe        = regexp.MustCompile(`^arg[0-9]+$`)
	nameRe       = regexp.MustCompile(`^[^\s;()/\[\]]+$`)
	paramRe      = regexp.MustCompile(`^(\*|\[*([ZBSCIJFD]|L[^;\s]+;))$`)
	schemeRe     = regexp.MustCompile(`^[a-z][a-z0-9+.-]*$`)
)

// memberRef checks "Lclass;->name" (either part * for any).
func memberRef(s string) error {
	if !memberRe.MatchString(s) {
		return fmt.Errorf("%q is not \"Lclass;->name\"", s)
	}
	return nil
}

// typeDescriptor checks a class descriptor such as "Landroid/app/Activity;".
func typeDescriptor(s string) error {
	if !descriptorRe.MatchString(s) {
		return fmt.Errorf("%q is not a type descriptor such as \"Landroid/app/Activity;\"", s)
	}
	return nil
}

// libraryPrefix checks a package prefix such as "Landroidx/".
func libraryPrefix(s string) error {
	if !prefixRe.MatchString(s) {
		return fmt.Errorf("%q is not a package prefix such as \"Landroidx/\"", s)
	}
	return nil
}

// typeOrPrefix checks a type descriptor or a package prefix.
func typeOrPrefix(s string) error {
	if !descriptorRe.MatchString(s) && !prefixRe.MatchString(s) {
		return fmt.Errorf("%q is not a type descriptor or a package prefix such as \"Landroid/\"", s)
	}
	return nil
}

// paramType checks a parameter type descriptor ("I", "[B",
// "Ljava/lang/String;") or "*" for any.
func paramType(s string) error {
	if !paramRe.MatchString(s) {
		return fmt.Errorf("%q is not a parameter type such as \"Ljava/lang/String;\" or \"*\"", s)
	}
	return nil
}

// methodName checks a bare method name (run, onCreate, <init>).
func methodName(s string) error {
	if !nameRe.MatchString(s) {
		return fmt.Errorf("%q is not a method name", s)
	}
	return nil
}

// uriScheme checks a URI scheme as a manifest's <data> names it (http):
// Android matches schemes case-sensitively, and they are lower case.
func uriScheme(s string) error {
	if !schemeRe.MatchString(s) {
		return fmt.Errorf("%q is not a lower-case URI scheme such as \"https\"", s)
	}
	return nil
}

// lowerName checks an incognito name: matched against member names folded
// to lower case, an upper-case letter would never match.
func lowerName(s string) error {
	if s != strings.ToLower(s) || strings.ContainsAny(s, " \t_$-") {
		return fmt.Errorf("name %q never matches: member names are matched lower-cased, without '_', '$', '-' and spaces", s)
	}
	return nil
}

// oneOf returns a check that s is one of list.
func oneOf(list ...string) func(string) error {
	return func(s string) error {
		if !contains(list, s) {
			return fmt.Errorf("unknown value %q (want one of %s)", s, strings.Join(list, ", "))
		}
		return nil
	}
}

// anyString accepts every non-empty string.
func anyString(string) error { return nil }

// contentURI checks a content URI pattern: a field ("Lcls;->CONTENT_URI")
// or the start of a URI ("content://sms").
func contentURI(s string) error {
	if memberRe.MatchString(s) || strings.HasPrefix(s, "content://") && len(s) > len("content://") {
		return nil
	}
	return fmt.Errorf("%q is neither \"Lclass;->FIELD\" nor a content:// URI", s)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// items decodes a string or a non-empty list of strings, checking each with
// check; a problem is reported at the item's own line.
func (d *decoder) items(n *yaml.Node, what string, check func(string) error) []string {
	n = resolve(n)
	nodes := []*yaml.Node{n}
	if n == nil || n.Kind != yaml.ScalarNode {
		if n == nil || n.Kind != yaml.SequenceNode {
			d.errf(n, "%s: want a string or a list of strings, got %s", what, kindName(n))
			return nil
		}
		if len(n.Content) == 0 {
			d.errf(n, "%s: list must not be empty", what)
			return nil
		}
		nodes = n.Content
	}
	out := make([]string, 0, len(nodes))
	for _, c := range nodes {
		s, ok := d.str(c, what)
		if !ok {
			continue
		}
		if err := check(s); err != nil {
			d.errf(c, "%s: %v", what, err)
			continue
		}
		out = append(out, s)
	}
	return out
}

// ints decodes an integer or a non-empty list of integers in [lo, hi].
func (d *decoder) ints(n *yaml.Node, what string, lo, hi int) []int {
	n = resolve(n)
	nodes := []*yaml.Node{n}
	if n != nil && n.Kind == yaml.SequenceNode {
		if len(n.Content) == 0 {
			d.errf(n, "%s: list must not be empty", what)
			return nil
		}
		nodes = n.Content
	}
	var out []int
	for _, c := range nodes {
		if v, ok := d.intIn(c, what, lo, hi); ok {
			out = append(out, v)
		}
	}
	return out
}

// intIn decodes an integer in [lo, hi].
func (d *decoder) intIn(n *yaml.Node, what string, lo, hi int) (int, bool) {
	v, ok := d.integer(n, what)
	if ok && (v < lo || v > hi) {
		d.errf(n, "%s: %d is out of range (%d to %d)", what, v, lo, hi)
		return 0, false
	}
	return v, ok
}

// one decodes a single string checked with check.
func (d *decoder) one(n *yaml.Node, what string, check func(string) error) string {
	s, ok := d.str(n, what)
	if !ok {
		return ""
	}
	if err := check(s); err != nil {
		d.errf(n, "%s: %v", what, err)
		return ""
	}
	return s
}

// entryID decodes a code-path entry's id: kebab-case, as rule ids.
func (d *decoder) entryID(n *yaml.Node, what string) string {
	return d.one(n, what, func(s string) error {
		if len(s) > maxIDLen || !idPattern.MatchString(s) {
			return fmt.Errorf("%q is not kebab-case (want %s, at most %d characters)", s, idPattern, maxIDLen)
		}
		return nil
	})
}
