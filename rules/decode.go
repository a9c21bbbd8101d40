package rules

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/apkscan/apkscan/scanner/finding"
)

// idPattern keeps ids stable and usable on command lines and in ignore files.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

const maxIDLen = 80

// maxNodes bounds the decoded size of one file, aliases expanded.
const maxNodes = 200_000

// countNodes counts n's nodes with aliases expanded, stopping past maxNodes.
func countNodes(n *yaml.Node, depth int) int {
	if n == nil {
		return 0
	}
	if depth > 1000 { // an alias cycle or absurd nesting
		return maxNodes + 1
	}
	if n.Kind == yaml.AliasNode {
		return 1 + countNodes(n.Alias, depth+1)
	}
	total := 1
	for _, c := range n.Content {
		total += countNodes(c, depth+1)
		if total > maxNodes {
			break
		}
	}
	return total
}

var ruleKeys = []string{
	"id", "title", "category", "severity", "description", "references",
	"tracker", "reads", "match", "code-path", "examples",
}

// parseFile decodes one rule file, adding every problem to p: its rules
// and its code-path sections (nil when it has none).
func parseFile(file string, data []byte, p *problems) ([]*Rule, *CodePaths) {
	d := &decoder{file: file, p: p}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, col, msg := SyntaxError(data, err)
		if line > 0 {
			msg = fmt.Sprintf("column %d: %s", col, msg)
		}
		p.add(file, line, "invalid YAML: %s", msg)
		return nil, nil
	}
	if len(doc.Content) == 0 {
		p.add(file, 0, "empty rule file")
		return nil, nil
	}
	if countNodes(&doc, 0) > maxNodes {
		// Aliases can make a small file expand exponentially ("billion laughs").
		p.add(file, 0, "more than %d YAML nodes after expanding aliases", maxNodes)
		return nil, nil
	}
	fields, ok := d.mapping(doc.Content[0], "rule file", "schema", "rules", "code-paths")
	if !ok {
		return nil, nil
	}
	var rulesN *yaml.Node
	var cp *CodePaths
	haveSchema := false
	for _, f := range fields {
		switch f.key {
		case "schema":
			haveSchema = true
			if v, ok := d.integer(f.value, "schema"); ok && v != SchemaVersion {
				d.errf(f.value, "schema: unsupported version %d (this apkscan reads %d)", v, SchemaVersion)
			}
		case "rules":
			rulesN = f.value
		case "code-paths":
			cp = d.codePaths(f.value)
		}
	}
	if !haveSchema {
		d.errf(doc.Content[0], "rule file: missing key \"schema\" (want schema: %d)", SchemaVersion)
	}
	if rulesN == nil {
		if cp == nil {
			d.errf(doc.Content[0], "rule file: missing key \"rules\" (or \"code-paths\")")
		}
		return nil, cp
	}
	items, ok := d.list(rulesN, "rules")
	if !ok {
		return nil, cp
	}
	var out []*Rule
	for _, it := range items {
		if r := d.rule(it); r != nil {
			out = append(out, r)
		}
	}
	return out, cp
}

// rule decodes one rule. It returns nil if the rule had any problem, so that
// callers never see a half-valid rule.
func (d *decoder) rule(n *yaml.Node) *Rule {
	before := len(d.p.list)
	fields, ok := d.mapping(n, "rule"+peekID(n), ruleKeys...)
	if !ok {
		return nil
	}
	r := &Rule{Pos: Pos{File: d.file, Line: resolve(n).Line}}
	got := keysOf(fields)
	var examples *field
	for i, f := range fields {
		if f.key == "examples" {
			examples = &fields[i] // decoded last: their shape depends on code-path
			continue
		}
		d.ruleField(r, f)
	}
	if examples != nil {
		d.ruleField(r, *examples)
	}
	required := []string{"id", "title", "category", "severity", "description", "match", "examples"}
	if got["code-path"] {
		required = slices.DeleteFunc(required, func(k string) bool { return k == "match" })
	}
	for _, k := range required {
		if !got[k] {
			d.errf(n, "rule%s: missing key %q", r.label(), k)
		}
	}
	d.checkCodePathRule(n, r, got)
	if r.Category == CategoryTracker && r.Tracker == nil && got["category"] {
		d.errf(n, "rule%s: category tracker needs a tracker: {name: ...} block", r.label())
	}
	if r.Category != CategoryTracker && r.Tracker != nil {
		d.errf(n, "rule%s: tracker block is only allowed with category tracker", r.label())
	}
	if r.Reads != "" && got["category"] && r.Category != CategoryIdentifier {
		d.errf(n, "rule%s: reads is only allowed with category identifier", r.label())
	}
	if len(d.p.list) > before {
		return nil
	}
	return r
}

// peekID names a rule in messages about its keys before its id is decoded.
func peekID(n *yaml.Node) string {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
			return " " + n.Content[i+1].Value
		}
	}
	return ""
}

func (r *Rule) label() string {
	if r.ID == "" {
		return ""
	}
	return " " + r.ID
}

func (d *decoder) ruleField(r *Rule, f field) {
	what := "rule" + r.label() + ": " + f.key
	switch f.key {
	case "id":
		if s, ok := d.str(f.value, what); ok {
			if len(s) > maxIDLen || !idPattern.MatchString(s) {
				d.errf(f.value, "%s: %q is not kebab-case (want %s, at most %d characters)", what, s, idPattern, maxIDLen)
				return
			}
			r.ID = s
		}
	case "title":
		r.Title, _ = d.str(f.value, what)
	case "description":
		r.Description, _ = d.str(f.value, what)
	case "category":
		if s, ok := d.str(f.value, what); ok {
			if !contains(Categories(), s) {
				d.errf(f.value, "%s: unknown category %q (want one of %s)", what, s, strings.Join(Categories(), ", "))
				return
			}
			r.Category = Category(s)
		}
	case "severity":
		r.Severity, _ = d.severity(f.value, what)
	case "references":
		if refs, ok := d.strList(f.value, what); ok {
			for _, ref := range refs {
				if u, err := url.Parse(ref); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
					d.errf(f.value, "%s: %q is not an http(s) URL", what, ref)
				}
			}
			r.References = refs
		}
	case "tracker":
		r.Tracker = d.tracker(f.value, what)
	case "reads":
		if s, ok := d.str(f.value, what); ok {
			if s == "" || len(s) > maxReadsLen || strings.ContainsAny(s, ",\n") {
				d.errf(f.value, "%s: want a short name of what is read, without commas (at most %d characters)", what, maxReadsLen)
				return
			}
			r.Reads = s
		}
	case "match":
		r.Match = d.cond(f.value, what)
	case "code-path":
		r.CodePath = d.codePathRule(f.value, what)
	case "examples":
		if r.CodePath != nil {
			r.Examples = d.appExamples(f.value, what)
			return
		}
		r.Examples = d.examples(f.value, what)
	}
}

// severity decodes a severity, written as reports print it (lower case).
func (d *decoder) severity(n *yaml.Node, what string) (finding.Severity, bool) {
	s, ok := d.str(n, what)
	if !ok {
		return 0, false
	}
	sev, err := finding.ParseSeverity(s)
	if err != nil || s != sev.String() {
		d.errf(n, "%s: unknown severity %q (want one of %s)", what, s, strings.Join(finding.Severities(), ", "))
		return 0, false
	}
	return sev, true
}

func (d *decoder) tracker(n *yaml.Node, what string) *Tracker {
	fields, ok := d.mapping(n, what, "name", "exodusId", "website")
	if !ok {
		return nil
	}
	t := &Tracker{}
	for _, f := range fields {
		switch f.key {
		case "name":
			t.Name, _ = d.str(f.value, what+".name")
		case "exodusId":
			if v, ok := d.integer(f.value, what+".exodusId"); ok {
				if v <= 0 {
					d.errf(f.value, "%s.exodusId: must be positive", what)
				}
				t.ExodusID = v
			}
		case "website":
			t.Website, _ = d.str(f.value, what+".website")
		}
	}
	if t.Name == "" {
		d.errf(n, "%s: missing key \"name\"", what)
	}
	return t
}
