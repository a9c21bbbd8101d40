package rules

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/apkscan/apkscan/scanner/finding"
)

// CodePathRule makes a rule the name of one kind of code-path finding:
// the code-path stage reports each flow it proves under the rule of its
// kind, with that rule's id, title and severities. A rule with CodePath
// has no Match.
type CodePathRule struct {
	// Finding is the kind of finding (one of CodePathFindings); the
	// rule's category is the same.
	Finding string `json:"finding"`
	// Outbound is the severity when the data leaves the device (a network,
	// tracker or SMS sink); the rule's Severity is the one otherwise.
	Outbound finding.Severity `json:"outboundSeverity"`
}

// CodePathFindings lists the kinds of finding the code-path stage makes.
var CodePathFindings = []string{
	string(CategoryBrowsingData), string(CategoryIncognitoBypass), string(CategoryLeak), string(CategoryWeakEncoding),
}

// SeverityAt is the severity of a code-path rule's finding whose data
// reaches a sink of the given kind.
func (r *Rule) SeverityAt(sink string) finding.Severity {
	if r.CodePath != nil && (sink == SinkNetwork || sink == SinkTracker || sink == SinkSMS) {
		return r.CodePath.Outbound
	}
	return r.Severity
}

// MaxSeverity is the highest severity a rule's findings have.
func (r *Rule) MaxSeverity() finding.Severity {
	if r.CodePath != nil {
		return max(r.Severity, r.CodePath.Outbound)
	}
	return r.Severity
}

// AppExample is a code-path rule's example: a sample app (samples/<Sample>.apk)
// and what scanning it must give. A match example needs a finding of the
// rule, from Source and to Sink when they are given (the API, as the
// finding's evidence names it), with Severity when given; a no-match
// example needs none such.
type AppExample struct {
	Sample   string           `json:"sample"`
	Source   string           `json:"source,omitempty"`
	Sink     string           `json:"sink,omitempty"`
	Severity finding.Severity `json:"severity,omitempty"`
	Pos      Pos              `json:"-"`
}

func (d *decoder) codePathRule(n *yaml.Node, what string) *CodePathRule {
	// Never nil, even when malformed: the rule's examples are then still
	// read as sample apps, not reported again as bad fact sets.
	c := &CodePathRule{}
	fields, ok := d.mapping(n, what, "finding", "outbound-severity")
	if !ok {
		return c
	}
	got := false
	for _, f := range fields {
		switch f.key {
		case "finding":
			got = true
			c.Finding = d.one(f.value, what+".finding", oneOf(CodePathFindings...))
		case "outbound-severity":
			c.Outbound, _ = d.severity(f.value, what+".outbound-severity")
		}
	}
	if !got {
		d.errf(n, "%s: missing key \"finding\" (want one of %s)", what, strings.Join(CodePathFindings, ", "))
	}
	return c
}

// checkCodePathRule checks what a code-path rule's parts say together.
func (d *decoder) checkCodePathRule(n *yaml.Node, r *Rule, got map[string]bool) {
	onlyCodePath := r.Category == CategoryIncognitoBypass || r.Category == CategoryLeak || r.Category == CategoryBrowsingData
	if r.CodePath == nil {
		if onlyCodePath {
			d.errf(n, "rule%s: category %s is a code-path finding's: only a rule with code-path has it", r.label(), r.Category)
		}
		return
	}
	switch {
	case got["match"]:
		d.errf(n, "rule%s: a code-path rule has no match (the code-path stage reports its findings)", r.label())
	case r.CodePath.Finding != "" && got["category"] && string(r.Category) != r.CodePath.Finding:
		d.errf(n, "rule%s: category %s differs from code-path finding %s (a code-path rule's category is its finding)", r.label(), r.Category, r.CodePath.Finding)
	}
	if r.CodePath.Outbound == 0 {
		r.CodePath.Outbound = r.Severity
	}
}

// appExamples decodes a code-path rule's `examples: {match, no-match}`:
// lists of sample apps, both required.
func (d *decoder) appExamples(n *yaml.Node, what string) Examples {
	var ex Examples
	d.matchLists(n, what, func(it *yaml.Node, what string, match bool) {
		a := d.appExample(it, what, match)
		if match {
			ex.MatchApps = append(ex.MatchApps, a)
		} else {
			ex.NoMatchApps = append(ex.NoMatchApps, a)
		}
	})
	return ex
}

func (d *decoder) appExample(n *yaml.Node, what string, match bool) AppExample {
	a := AppExample{Pos: d.pos(n)}
	keys := []string{"sample", "source", "sink", "severity"}
	if !match {
		keys = keys[:3] // a finding that must not be there has no severity
	}
	fields, ok := d.mapping(n, what, keys...)
	if !ok {
		return a
	}
	got := false
	for _, f := range fields {
		w := what + "." + f.key
		switch f.key {
		case "sample":
			got = true
			a.Sample = d.entryID(f.value, w)
		case "source":
			a.Source = d.one(f.value, w, memberRef)
		case "sink":
			a.Sink = d.one(f.value, w, memberRef)
		case "severity":
			a.Severity, _ = d.severity(f.value, w)
		}
	}
	if !got {
		d.errf(n, "%s: missing key \"sample\" (a sample app: samples/<name>.apk)", what)
	}
	return a
}
