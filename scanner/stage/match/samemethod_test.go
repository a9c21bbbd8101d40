package match

import (
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// TestSameMethod: the pieces must meet in one method, and the evidence
// lists only the places where they do.
func TestSameMethod(t *testing.T) {
	rs, err := rulesOf(rules.Parse("t.yaml", []byte(`schema: 1
rules:
  - id: android-id
    title: t
    category: identifier
    severity: medium
    description: d
    match:
      same-method:
        - method: "Landroid/provider/Settings$Secure;->getString"
        - string: android_id
    examples:
      match: [{methods: ["Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;"], strings: [android_id]}]
      no-match: [{strings: [android_id]}]
`)))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := Compile(rs)
	if err != nil {
		t.Fatal(err)
	}
	at := func(class string, off int) index.Location {
		return index.Location{Entry: "classes.dex", Class: class, Method: "m()V", Offset: off}
	}
	facts := func(getString, constStr []index.Location) *index.Facts {
		f := &index.Facts{DefinedClasses: map[string]index.ClassFact{}, ReferencedTypes: map[string][]string{}}
		f.MethodRefs = []index.MethodRef{{Class: "Landroid/provider/Settings$Secure;", Name: "getString",
			Descriptor: "(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;", Sites: getString}}
		for _, l := range constStr {
			f.Strings = append(f.Strings, index.StringFact{Value: "android_id", Origin: index.OriginDex, Loc: l})
		}
		return f
	}
	if got := eng.Match(facts([]index.Location{at("LA;", 4)}, []index.Location{at("LB;", 2)})); len(got) != 0 {
		t.Errorf("call and key in different methods matched: %+v", got)
	}
	got := eng.Match(facts([]index.Location{at("LA;", 4), at("LC;", 8)}, []index.Location{at("LA;", 2), at("LB;", 2)}))
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1", len(got))
	}
	for _, ev := range got[0].Evidence {
		if ev.Class != "LA;" {
			t.Errorf("evidence outside the common method: %+v", ev)
		}
	}
	if len(got[0].Evidence) != 2 {
		t.Errorf("evidence = %d places, want the call and the key in LA;", len(got[0].Evidence))
	}
}
