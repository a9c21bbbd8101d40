package rules

import (
	"errors"
	"strconv"
	"strings"

	goccy "github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
	"go.yaml.in/yaml/v3"
)

// decoder walks yaml.Node trees by hand rather than unmarshalling into
// structs: that is how every error gets a line and how unknown keys are found.
type decoder struct {
	file string
	p    *problems
}

func (d *decoder) errf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.p.add(d.file, line, format, args...)
}

// resolve follows aliases so that anchors in user files behave as written.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// field is one key of a mapping with its value node.
type field struct {
	key   string
	keyN  *yaml.Node
	value *yaml.Node
}

// keysOf is the set of keys a mapping's fields hold.
func keysOf(fields []field) map[string]bool {
	got := make(map[string]bool, len(fields))
	for _, f := range fields {
		got[f.key] = true
	}
	return got
}

// mapping returns the keys of a mapping node in order, reporting unknown and
// duplicate keys. what names the thing for messages ("rule", "tracker").
func (d *decoder) mapping(n *yaml.Node, what string, allowed ...string) ([]field, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		d.errf(n, "%s: want a mapping, got %s", what, kindName(n))
		return nil, false
	}
	var out []field
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), n.Content[i+1]
		if k == nil || k.Kind != yaml.ScalarNode {
			d.errf(k, "%s: keys must be strings", what)
			continue
		}
		if seen[k.Value] {
			d.errf(k, "%s: duplicate key %q", what, k.Value)
			continue
		}
		seen[k.Value] = true
		if allowed != nil && !contains(allowed, k.Value) {
			d.errf(k, "%s: unknown key %q (want one of %s)", what, k.Value, strings.Join(allowed, ", "))
			continue
		}
		out = append(out, field{key: k.Value, keyN: k, value: v})
	}
	return out, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func kindName(n *yaml.Node) string {
	if n == nil {
		return "nothing"
	}
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return "a scalar"
	}
	return "an unsupported node"
}

// str decodes a non-empty string scalar.
func (d *decoder) str(n *yaml.Node, what string) (string, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errf(n, "%s: want a string, got %s", what, kindName(n))
		return "", false
	}
	if strings.TrimSpace(n.Value) == "" {
		d.errf(n, "%s: must not be empty", what)
		return "", false
	}
	return n.Value, true
}

// strList decodes a string or a list of strings (at least one).
func (d *decoder) strList(n *yaml.Node, what string) ([]string, bool) {
	n = resolve(n)
	if n != nil && n.Kind == yaml.ScalarNode {
		s, ok := d.str(n, what)
		return []string{s}, ok
	}
	if n == nil || n.Kind != yaml.SequenceNode {
		d.errf(n, "%s: want a string or a list of strings, got %s", what, kindName(n))
		return nil, false
	}
	if len(n.Content) == 0 {
		d.errf(n, "%s: list must not be empty", what)
		return nil, false
	}
	out := make([]string, 0, len(n.Content))
	ok := true
	for _, c := range n.Content {
		s, good := d.str(c, what)
		ok = ok && good
		out = append(out, s)
	}
	return out, ok
}

// list decodes a sequence node into its items.
func (d *decoder) list(n *yaml.Node, what string) ([]*yaml.Node, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.SequenceNode {
		d.errf(n, "%s: want a list, got %s", what, kindName(n))
		return nil, false
	}
	return n.Content, true
}

func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		d.errf(n, "%s: want true or false", what)
		return false, false
	}
	b, err := strconv.ParseBool(n.Value)
	if err != nil {
		d.errf(n, "%s: want true or false", what)
		return false, false
	}
	return b, true
}

func (d *decoder) integer(n *yaml.Node, what string) (int, bool) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		d.errf(n, "%s: want an integer", what)
		return 0, false
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil {
		d.errf(n, "%s: want an integer: %v", what, err)
		return 0, false
	}
	return v, true
}

// SyntaxError locates a YAML syntax error. yaml.v3 names the line where
// the enclosing block starts (and counts it from 0), not the line of the
// problem: for an entry indented one space too far it says "line 1" when
// the entry is on line 3. github.com/goccy/go-yaml's parser points at the
// token, so it is asked where the problem is; when it finds none, the
// line is 0 and msg is yaml.v3's own message.
func SyntaxError(data []byte, err error) (line, col int, msg string) {
	_, perr := goccy.ParseBytes(data, 0)
	var te interface {
		GetToken() *token.Token
		GetMessage() string
	}
	if errors.As(perr, &te) && te.GetToken() != nil && te.GetToken().Position != nil {
		p := te.GetToken().Position
		return p.Line, p.Column, te.GetMessage()
	}
	return 0, 0, strings.TrimPrefix(err.Error(), "yaml: ")
}
