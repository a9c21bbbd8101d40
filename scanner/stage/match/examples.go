package match

import (
	"errors"
	"fmt"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// exampleDex and exampleCaller give example facts plausible locations.
const (
	exampleDex       = "classes.dex"
	exampleCaller    = "Lexample/Caller;"
	exampleBlocklist = "assets/blocklist.txt"
)

// RunExamples checks every rule against its own examples: each match
// example must produce a finding for the rule and each no-match example
// must not. Every failure is reported, with the example's file:line. A
// code-path rule's examples are apps, which the scanner runs.
func RunExamples(rs []*rules.Rule) error {
	var errs []error
	for _, r := range rs {
		if r.CodePath != nil {
			continue
		}
		e, err := Compile([]*rules.Rule{r})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for i, fs := range r.Examples.Match {
			if !matches(e, r.ID, fs) {
				errs = append(errs, exampleErr(r, fs, "match", i, "did not match"))
			}
		}
		for i, fs := range r.Examples.NoMatch {
			if matches(e, r.ID, fs) {
				errs = append(errs, exampleErr(r, fs, "no-match", i, "matched"))
			}
		}
	}
	return errors.Join(errs...)
}

func matches(e *Engine, id string, fs rules.FactSet) bool {
	for _, f := range e.Match(FactsFromExample(fs)) {
		if f.Rule == id {
			return true
		}
	}
	return false
}

func exampleErr(r *rules.Rule, fs rules.FactSet, list string, i int, what string) error {
	return &rules.Error{File: fs.Pos.File, Line: fs.Pos.Line,
		Msg: fmt.Sprintf("rule %s: %s example %d %s", r.ID, list, i, what)}
}

// FactsFromExample builds index.Facts from an example fact set the way the
// indexer would see such an app: defined classes and the classes of
// referenced members are also listed as referenced types, as in a real
// dex's type_ids.
func FactsFromExample(fs rules.FactSet) *index.Facts {
	f := &index.Facts{
		Permissions:     fs.Permissions,
		Flags:           map[string]bool{},
		DefinedClasses:  map[string]index.ClassFact{},
		ReferencedTypes: map[string][]string{},
	}
	for k, v := range fs.Flags {
		f.Flags[k] = v
	}
	for _, c := range fs.Classes {
		f.DefinedClasses[c] = index.ClassFact{Descriptor: c, Super: "Ljava/lang/Object;", Entry: exampleDex}
		f.ReferencedTypes[c] = []string{exampleDex}
	}
	for _, t := range fs.Types {
		f.ReferencedTypes[t] = []string{exampleDex}
	}
	site := []index.Location{{Entry: exampleDex, Class: exampleCaller, Method: "run()V", Offset: 0}}
	for _, m := range fs.Methods {
		cls, rest, _ := strings.Cut(m, "->")
		name, desc := rest, ""
		if i := strings.IndexByte(rest, '('); i >= 0 {
			name, desc = rest[:i], rest[i:]
		}
		f.MethodRefs = append(f.MethodRefs, index.MethodRef{Class: cls, Name: name, Descriptor: desc, Sites: site})
		f.ReferencedTypes[cls] = []string{exampleDex}
	}
	for _, m := range fs.Fields {
		cls, rest, _ := strings.Cut(m, "->")
		name, typ, _ := strings.Cut(rest, ":")
		f.FieldRefs = append(f.FieldRefs, index.FieldRef{Class: cls, Name: name, Type: typ, Sites: site})
		f.ReferencedTypes[cls] = []string{exampleDex}
	}
	for _, s := range fs.Strings {
		f.Strings = append(f.Strings, index.StringFact{Value: s, Origin: index.OriginDex,
			Loc: index.Location{Entry: exampleDex, Class: exampleCaller, Method: "run()V", Offset: 2}})
	}
	for _, c := range fs.Components {
		f.Components = append(f.Components, index.Component{Kind: c.Kind, Name: c.Name, Exported: c.Exported,
			Enabled: true, Permission: c.Permission, Actions: c.Actions})
	}
	for _, m := range fs.MetaData {
		name, value, _ := strings.Cut(m, "=")
		f.MetaData = append(f.MetaData, index.MetaData{Name: name, Value: value})
	}
	for _, n := range fs.Files {
		f.Files = append(f.Files, index.File{Name: n})
	}
	for _, t := range fs.Tampering {
		trick, entry, ok := strings.Cut(t, ":")
		if !ok {
			entry = ManifestEntry
		}
		f.Tampering = append(f.Tampering, index.TamperFact{Entry: entry, Trick: trick, Detail: "example"})
	}
	for _, b := range fs.Blocklists {
		format, entry, ok := strings.Cut(b, ":")
		if !ok {
			entry = exampleBlocklist
		}
		f.Blocklists = append(f.Blocklists, index.BlocklistFact{Entry: entry, Format: format, Hosts: 100})
	}
	return f
}
