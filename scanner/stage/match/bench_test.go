package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// Sizes of a large real app: a browser or super-app.
const (
	benchStrings = 100_000
	benchClasses = 20_000
	benchMethods = 50_000
	benchTypes   = 30_000
	benchRules   = 100 // per kind; 4 kinds plus the builtins ≈ 435 rules
)

// benchRuleSet makes package, host, method and regex/substring rules, one
// in ten of which can match the synthetic facts.
func benchRuleSet(tb testing.TB) []*rules.Rule {
	var b strings.Builder
	b.WriteString("schema: 1\nrules:\n")
	add := func(id, cond string) {
		fmt.Fprintf(&b, `  - id: %s
    title: T
    category: endpoint
    severity: low
    description: D
    match: %s
    examples:
      match: [{strings: [x]}]
      no-match: [{strings: [y]}]
`, id, cond)
	}
	for i := range benchRules {
		add(fmt.Sprintf("pkg-%d", i), fmt.Sprintf("{any: [{package: com.vendor%d.sdk}, {referenced-package: com.vendor%d.sdk}]}", i*10, i*10))
		add(fmt.Sprintf("host-%d", i), fmt.Sprintf(`{host: "*.collector%d.example"}`, i*10))
		add(fmt.Sprintf("method-%d", i), fmt.Sprintf(`{method: "Lcom/vendor%d/sdk/Api;->track*"}`, i*10))
		add(fmt.Sprintf("text-%d", i), fmt.Sprintf(`{any: [{string-contains: "secret-%d-"}, {string-regex: "token%d=[0-9a-f]{8}"}]}`, i*10, i*10))
	}
	rs, err := rulesOf(rules.Parse("bench.yaml", []byte(b.String())))
	if err != nil {
		tb.Fatal(err)
	}
	builtin, err := rulesOf(rules.Builtin())
	if err != nil {
		tb.Fatal(err)
	}
	return append(rs, builtin...)
}

// benchFacts makes facts whose vendor/collector numbers are multiples of
// 100 while rule numbers are multiples of 10, so a tenth of the rules match
// and the rest are near misses sharing prefixes with the facts.
func benchFacts() *index.Facts {
	f := &index.Facts{
		DefinedClasses:  make(map[string]index.ClassFact, benchClasses),
		ReferencedTypes: make(map[string][]string, benchTypes),
		Flags:           map[string]bool{},
	}
	for i := range benchClasses {
		d := fmt.Sprintf("Lcom/vendor%d/sdk/internal/C%d;", i%benchRules*100, i)
		f.DefinedClasses[d] = index.ClassFact{Descriptor: d, Entry: "classes.dex"}
	}
	for i := range benchTypes {
		f.ReferencedTypes[fmt.Sprintf("Lorg/lib%d/T%d;", i%500, i)] = []string{"classes.dex", "classes2.dex"}
	}
	for i := range benchMethods {
		f.MethodRefs = append(f.MethodRefs, index.MethodRef{
			Class: fmt.Sprintf("Lcom/vendor%d/sdk/Api;", i%benchRules*100), Name: fmt.Sprintf("track%d", i%7),
			Descriptor: "(Ljava/lang/String;)V",
			Sites:      []index.Location{{Entry: "classes.dex", Class: "Lapp/A;", Method: "a()V", Offset: i % 4096}},
		})
	}
	for i := range benchStrings {
		var v string
		n := i / 4 % benchRules * 100
		switch i % 4 {
		case 0:
			v = fmt.Sprintf("https://api.collector%d.example/v1/events?id=%d", n, i)
		case 1:
			v = fmt.Sprintf("some ordinary UI string number %d with words", i)
		case 2:
			v = fmt.Sprintf("key secret-%d-%d token%d=deadbeef", n, i, n)
		default:
			v = fmt.Sprintf("Lcom/example/Generated%d;", i)
		}
		f.Strings = append(f.Strings, index.StringFact{Value: v, Origin: index.OriginDex,
			Loc: index.Location{Entry: "classes.dex", Class: "Lapp/A;", Method: "a()V", Offset: i % 4096}})
	}
	return f
}

func TestBenchFactsMatch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 100k synthetic facts")
	}
	e, err := Compile(benchRuleSet(t))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range e.Match(benchFacts()) {
		got[strings.SplitN(f.Rule, "-", 2)[0]]++
	}
	// Every tenth rule of each generated kind has matching facts.
	for _, kind := range []string{"pkg", "host", "method", "text"} {
		if got[kind] != benchRules/10 {
			t.Errorf("%s rules matched: %d, want %d (all: %v)", kind, got[kind], benchRules/10, got)
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	rs := benchRuleSet(b)
	b.ResetTimer()
	for range b.N {
		if _, err := Compile(rs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	e, err := Compile(benchRuleSet(b))
	if err != nil {
		b.Fatal(err)
	}
	f := benchFacts()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		e.Match(f)
	}
}
