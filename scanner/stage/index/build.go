package index

import (
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/internal/par"
)

// Options bound the string extraction of one app.
type Options struct {
	// MaxTextBytes caps how much of one text-like file is read for strings.
	MaxTextBytes int64
	// MaxNativeBytes caps how much of one native library is read for strings.
	MaxNativeBytes int64
	// Jobs is how many workers walk dex code at once; 0 means GOMAXPROCS.
	Jobs int
	// WantMethod and WantField, when set, say which member references to
	// record (a scan passes its compiled rules' interest); nil records every
	// reference with every site.
	WantMethod func(class, name string) bool
	WantField  func(class, name string) bool
	// WantMethodClass and WantFieldClass, when set, answer first for a
	// whole class (false: no member of it is wanted), so that the names of
	// members of unwanted classes are never decoded.
	WantMethodClass func(class string) bool
	WantFieldClass  func(class string) bool
}

// Defaults: config files and scripts carry their URLs early; the largest
// real native libraries (Flutter, Unity) are 20–60 MiB.
const (
	DefaultMaxTextBytes   int64 = 4 << 20
	DefaultMaxNativeBytes int64 = 96 << 20
)

func (o Options) withDefaults() Options {
	if o.MaxTextBytes <= 0 {
		o.MaxTextBytes = DefaultMaxTextBytes
	}
	if o.MaxNativeBytes <= 0 {
		o.MaxNativeBytes = DefaultMaxNativeBytes
	}
	return o
}

// Build extracts the Facts of a loaded app in one pass over its manifest,
// dex code, resources, text files and native libraries. Problems reading a
// part become diagnostics; the facts from every other part are kept.
func Build(a *app.App, opts Options) (*Facts, []finding.Diagnostic) {
	opts = opts.withDefaults()
	b := newBuilder()
	b.want = wants{method: opts.WantMethod, field: opts.WantField, methodClass: opts.WantMethodClass, fieldClass: opts.WantFieldClass}
	b.manifest(a)
	for _, t := range a.Tampering {
		b.f.Tampering = append(b.f.Tampering, TamperFact{Entry: t.Entry, Trick: t.Trick, Detail: t.Detail})
	}
	// Files (assets, native libraries) are read while the code is walked;
	// their facts are appended after the dex and resource facts, in the
	// order a sequential build would give.
	fb := newBuilder()
	filesDone := par.Start(opts.Jobs > 1, func() { fb.files(a, opts) })
	b.dexAll(a.Dex, opts.Jobs)
	b.resources(a)
	filesDone()
	b.f.Files, b.f.Blocklists = fb.f.Files, fb.f.Blocklists
	b.f.Strings = append(b.f.Strings, fb.f.Strings...)
	b.diags = append(b.diags, fb.diags...)
	return b.f, b.diags
}

// builder accumulates facts; methods and fields map a reference's key to its
// index in Facts.MethodRefs / FieldRefs so call sites aggregate.
type builder struct {
	f       *Facts
	diags   []finding.Diagnostic
	methods map[string]int
	fields  map[string]int

	want wants
}

// wants are the filters of Options on member references.
type wants struct {
	method, field           func(class, name string) bool
	methodClass, fieldClass func(class string) bool
}

func (b *builder) diag(level finding.DiagLevel, entry string, err error) {
	b.diags = append(b.diags, finding.Diagnostic{Entry: entry, Severity: level, Message: err.Error()})
}

func (b *builder) str(v string, o Origin, loc Location) {
	b.f.Strings = append(b.f.Strings, StringFact{Value: v, Origin: o, Loc: loc})
}

func methodKey(m MethodRef) string { return m.Class + "->" + m.Name + m.Descriptor }
func fieldKey(f FieldRef) string   { return f.Class + "->" + f.Name + ":" + f.Type }

// CountStrings returns the number of string facts per origin.
func (f *Facts) CountStrings() map[string]int {
	out := map[string]int{}
	for _, s := range f.Strings {
		out[string(s.Origin)]++
	}
	return out
}
