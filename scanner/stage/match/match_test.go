package match

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

// ruleYAML wraps one condition in a minimal valid rule file.
func ruleYAML(id, category, cond string) string {
	tracker := ""
	if category == "tracker" {
		tracker = "\n    tracker: {name: Acme SDK, exodusId: 7}"
	}
	return `schema: 1
rules:
  - id: ` + id + `
    title: T
    category: ` + category + `
    severity: high
    description: D` + tracker + `
    match: ` + cond + `
    examples:
      match: [{strings: [unused]}]
      no-match: [{strings: [unused]}]
`
}

func compileOne(t *testing.T, category, cond string) *Engine {
	t.Helper()
	rs, err := rulesOf(rules.Parse("t.yaml", []byte(ruleYAML("r", category, cond))))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Compile(rs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// testFacts is a small app touching every kind of fact.
func testFacts() *index.Facts {
	site := func(off int) []index.Location {
		return []index.Location{{Entry: "classes2.dex", Class: "Lapp/Main;", Method: "onCreate(Landroid/os/Bundle;)V", Offset: off}}
	}
	return &index.Facts{
		Package:     "com.example.app",
		Permissions: []string{"android.permission.INTERNET", "android.permission.READ_CONTACTS"},
		Components: []index.Component{
			{Kind: "activity", Name: "com.example.app.Main", Exported: true, Enabled: true, Actions: []string{"android.intent.action.MAIN"}},
			{Kind: "service", Name: "com.acme.sdk.PushService", Exported: true, Enabled: true},
			{Kind: "receiver", Name: "com.example.app.Private", Exported: true, Permission: "com.example.P"},
		},
		MetaData:      []index.MetaData{{Name: "ACME_KEY", Value: "k1"}},
		Flags:         map[string]bool{"debuggable": true, "allowBackup": false},
		FlagsExplicit: map[string]bool{"debuggable": true, "allowBackup": true},
		DefinedClasses: map[string]index.ClassFact{
			"Lcom/acme/sdk/Tracker;":      {Descriptor: "Lcom/acme/sdk/Tracker;", Entry: "classes.dex"},
			"Lcom/acme/sdk/inner/Util;":   {Descriptor: "Lcom/acme/sdk/inner/Util;", Entry: "classes2.dex"},
			"Lcom/acmesdk/Other;":         {Descriptor: "Lcom/acmesdk/Other;", Entry: "classes.dex"},
			"Lapp/Main;":                  {Descriptor: "Lapp/Main;", Entry: "classes2.dex"},
			"Lcom/bun/miitmdid/core/Foo;": {Descriptor: "Lcom/bun/miitmdid/core/Foo;", Entry: "classes.dex"},
		},
		ReferencedTypes: map[string][]string{
			"Lcom/remote/sdk/Api;":                 {"classes.dex", "classes2.dex"},
			"[Lcom/remote/sdk/Event;":              {"classes.dex"},
			"Landroid/telephony/TelephonyManager;": {"classes2.dex"},
		},
		MethodRefs: []index.MethodRef{
			{Class: "Landroid/telephony/TelephonyManager;", Name: "getDeviceId", Descriptor: "()Ljava/lang/String;", Sites: site(0x10)},
			{Class: "Landroid/provider/Settings$Secure;", Name: "getString", Descriptor: "(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;", Sites: site(0x20)},
			{Class: "Lcom/bun/miitmdid/core/MdidSdkHelper;", Name: "InitSdk", Descriptor: "(Landroid/content/Context;)I", Sites: site(0x30)},
		},
		FieldRefs: []index.FieldRef{
			{Class: "Landroid/os/Build;", Name: "SERIAL", Type: "Ljava/lang/String;", Sites: site(0x40)},
		},
		Strings: []index.StringFact{
			{Value: "android_id", Origin: index.OriginDex, Loc: index.Location{Entry: "classes2.dex", Class: "Lapp/Main;", Method: "onCreate(Landroid/os/Bundle;)V", Offset: 0x1e}},
			{Value: "https://collect.acme.io:8443/sa?project=prod#x", Origin: index.OriginDex, Loc: index.Location{Entry: "classes.dex", Class: "Lcom/acme/sdk/Tracker;", Method: "<clinit>()V", Offset: 4}},
			{Value: "https://collect.acme.io:8443/sa?project=prod#x", Origin: index.OriginResource, Loc: index.Location{Entry: "resources.arsc", Offset: -1}},
			{Value: "see data.mistat.xiaomi.com for details", Origin: index.OriginAsset, Loc: index.Location{Entry: "assets/config.txt", Offset: -1}},
			{Value: "notacme.io and acme.io.evil.net", Origin: index.OriginNative, Loc: index.Location{Entry: "lib/arm64-v8a/libx.so", Offset: -1}},
			{Value: "token=AKIA1234567890ABCDEF;", Origin: index.OriginAsset, Loc: index.Location{Entry: "assets/keys.json", Offset: -1}},
		},
		Files: []index.File{
			{Name: "classes.dex"}, {Name: "lib/arm64-v8a/libacme-core.so"},
			{Name: "split.apk!assets/acme.json"}, {Name: "assets/other.json"},
		},
	}
}

func TestMatchers(t *testing.T) {
	tests := []struct {
		name, category, cond string
		wantMatch            bool
		wantKeys             []string // distinct matched values, via Evidence values
		wantEvidence         int
	}{
		{"package", "endpoint", "{package: com.acme.sdk}", true, []string{"Lcom/acme/sdk/Tracker;", "Lcom/acme/sdk/inner/Util;"}, 2},
		{"package boundary", "endpoint", "{package: com.acme.sd}", false, nil, 0},
		{"package descriptor form", "endpoint", "{package: Lcom/acmesdk/}", true, []string{"Lcom/acmesdk/Other;"}, 1},
		{"class", "endpoint", "{class: com.acme.sdk.Tracker}", true, []string{"Lcom/acme/sdk/Tracker;"}, 1},
		{"class not defined", "endpoint", "{class: com.remote.sdk.Api}", false, nil, 0},
		{"referenced-type", "endpoint", "{referenced-type: Lcom/remote/sdk/Api;}", true, []string{"Lcom/remote/sdk/Api;"}, 2},
		{"referenced-package array", "endpoint", "{referenced-package: com.remote}", true, []string{"Lcom/remote/sdk/Api;", "[Lcom/remote/sdk/Event;"}, 3},
		{"method exact class", "identifier", `{method: "Landroid/telephony/TelephonyManager;->getDeviceId"}`, true,
			[]string{"Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;"}, 1},
		{"method descriptor mismatch", "identifier", `{method: "Landroid/telephony/TelephonyManager;->getDeviceId(I)Ljava/lang/String;"}`, false, nil, 0},
		{"method glob class", "identifier", `{method: {class: "*/MdidSdkHelper;", name: "Init*"}}`, true,
			[]string{"Lcom/bun/miitmdid/core/MdidSdkHelper;->InitSdk(Landroid/content/Context;)I"}, 1},
		{"field", "identifier", `{field: "Landroid/os/Build;->SERIAL:Ljava/lang/String;"}`, true, []string{"Landroid/os/Build;->SERIAL:Ljava/lang/String;"}, 1},
		{"string exact", "identifier", "{string: android_id}", true, []string{"android_id"}, 1},
		{"string exact no substring", "identifier", "{string: android}", false, nil, 0},
		{"string-contains", "endpoint", "{string-contains: mistat}", true, []string{"see data.mistat.xiaomi.com for details"}, 1},
		{"string-regex literal prefilter", "weak-encoding", `{string-regex: "AKIA[0-9A-Z]{16}"}`, true, []string{"token=AKIA1234567890ABCDEF;"}, 1},
		{"string-regex no literal", "weak-encoding", `{string-regex: "^[a-z]+_[a-z]+$"}`, true, []string{"android_id"}, 1},
		{"host wildcard in URL, every place", "endpoint", `{host: "*.acme.io"}`, true,
			[]string{"https://collect.acme.io:8443/sa?project=prod#x"}, 2},
		// A host named in prose is no evidence (TestTextIsNoEndpoint).
		{"host bare in text", "endpoint", "{host: data.mistat.xiaomi.com}", false, nil, 0},
		{"host label boundaries", "endpoint", "{host: acme.io}", false, nil, 0},
		{"url-path any host", "endpoint", `{url-path: "/sa?project="}`, true, []string{"https://collect.acme.io:8443/sa?project=prod#x"}, 2},
		{"url-path glob", "endpoint", `{url-path: "*project=prod"}`, true, []string{"https://collect.acme.io:8443/sa?project=prod#x"}, 2},
		{"url host and path", "endpoint", `{url: {host: "*.acme.io", path: /sa}}`, true, []string{"https://collect.acme.io:8443/sa?project=prod#x"}, 2},
		{"host and url-path on one string list it once", "endpoint", `{any: [{host: "*.acme.io"}, {url-path: /sa}]}`, true,
			[]string{"https://collect.acme.io:8443/sa?project=prod#x"}, 2},
		{"url host and wrong path", "endpoint", `{url: {host: "*.acme.io", path: /track}}`, false, nil, 0},
		{"permission", "permission", "{permission: [android.permission.READ_CONTACTS, android.permission.CAMERA]}", true, []string{"android.permission.READ_CONTACTS"}, 1},
		{"component package", "tracker", "{component: {package: com.acme}}", true, []string{"service com.acme.sdk.PushService (exported, no permission)"}, 1},
		{"component exported without permission", "manifest", "{component: {kind: [service, receiver], exported-without-permission: true}}", true,
			[]string{"service com.acme.sdk.PushService (exported, no permission)"}, 1},
		{"component action", "manifest", "{component: {action: android.intent.action.MAIN}}", true, []string{"activity com.example.app.Main (exported, no permission)"}, 1},
		{"meta-data", "tracker", "{meta-data: ACME_KEY}", true, []string{"ACME_KEY=k1"}, 1},
		{"flag true", "manifest", "{flag: debuggable}", true, []string{"android:debuggable=true"}, 1},
		{"flag false is not true", "manifest", "{flag: {name: allowBackup, is: [true, unset]}}", false, nil, 0},
		{"flag unset", "manifest", "{flag: {name: usesCleartextTraffic, is: [unset]}}", true, []string{"android:usesCleartextTraffic=unset"}, 1},
		{"file glob", "tracker", `{file: "lib/*/libacme*.so"}`, true, []string{"lib/arm64-v8a/libacme-core.so"}, 1},
		{"file glob nested", "tracker", `{file: "assets/*.json"}`, true, []string{"assets/other.json", "split.apk!assets/acme.json"}, 2},
		{"all", "identifier", `{all: [{method: "Landroid/provider/Settings$Secure;->getString"}, {string: android_id}]}`, true,
			[]string{"Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;", "android_id"}, 2},
		{"all fails", "identifier", `{all: [{method: "Landroid/provider/Settings$Secure;->getString"}, {string: bluetooth_name}]}`, false, nil, 0},
		{"any collects every branch", "endpoint", "{any: [{permission: android.permission.INTERNET}, {class: com.nothing.Here}, {flag: debuggable}]}", true,
			[]string{"android.permission.INTERNET", "android:debuggable=true"}, 2},
		{"not", "manifest", "{all: [{flag: debuggable}, {not: {permission: android.permission.INTERNET}}]}", false, nil, 0},
		{"not true adds no evidence", "manifest", "{all: [{flag: debuggable}, {not: {permission: android.permission.CAMERA}}]}", true,
			[]string{"android:debuggable=true"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := compileOne(t, tt.category, tt.cond).Match(testFacts())
			if !tt.wantMatch {
				if len(fs) != 0 {
					t.Fatalf("matched: %+v", fs)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			f := fs[0]
			var vals []string
			for _, ev := range f.Evidence {
				vals = append(vals, ev.Value)
			}
			if len(f.Evidence) != tt.wantEvidence {
				t.Errorf("evidence %d, want %d: %+v", len(f.Evidence), tt.wantEvidence, f.Evidence)
			}
			slices.Sort(vals)
			vals = slices.Compact(vals)
			want := slices.Clone(tt.wantKeys)
			slices.Sort(want)
			if !slices.Equal(vals, want) {
				t.Errorf("evidence values %q, want %q", vals, want)
			}
		})
	}
}

func TestEvidenceLocations(t *testing.T) {
	fs := compileOne(t, "endpoint", `{host: "*.acme.io"}`).Match(testFacts())
	if len(fs) != 1 || len(fs[0].Evidence) != 2 {
		t.Fatalf("findings %+v", fs)
	}
	// Sorted by entry: classes.dex (with a code offset) before resources.arsc (without).
	dex, res := fs[0].Evidence[0], fs[0].Evidence[1]
	if dex.Entry != "classes.dex" || dex.Class != "Lcom/acme/sdk/Tracker;" || dex.Offset == nil || *dex.Offset != 4 {
		t.Errorf("dex evidence %+v", dex)
	}
	if res.Entry != "resources.arsc" || res.Offset != nil || res.Class != "" {
		t.Errorf("resource evidence %+v", res)
	}
	fs = compileOne(t, "identifier", `{method: "Landroid/telephony/TelephonyManager;->getDeviceId"}`).Match(testFacts())
	ev := fs[0].Evidence[0]
	if ev.Entry != "classes2.dex" || ev.Class != "Lapp/Main;" || ev.Method != "onCreate(Landroid/os/Bundle;)V" || ev.Offset == nil || *ev.Offset != 0x10 {
		t.Errorf("method evidence %+v", ev)
	}
	fs = compileOne(t, "permission", "{permission: android.permission.READ_CONTACTS}").Match(testFacts())
	if ev := fs[0].Evidence[0]; ev.Entry != ManifestEntry || ev.Value != "android.permission.READ_CONTACTS" {
		t.Errorf("manifest evidence %+v", ev)
	}
}

func TestTrackerEvidenceLevels(t *testing.T) {
	tests := []struct {
		name, cond   string
		wantLevel    string
		wantLevels   []string
		wantSeverity finding.Severity
		wantDefined  int
	}{
		{"defined classes keep severity", `{any: [{package: com.acme}, {host: "*.acme.io"}, {file: "lib/*/libacme*.so"}]}`,
			finding.EvidenceDefinedClasses, []string{finding.EvidenceDefinedClasses, finding.EvidenceNativeLib, finding.EvidenceStrings},
			finding.SeverityHigh, 2},
		{"referenced types cap at low", "{referenced-package: com.remote}", finding.EvidenceReferencedTypes,
			[]string{finding.EvidenceReferencedTypes}, finding.SeverityLow, 0},
		{"manifest caps at low", "{component: {package: com.acme}}", finding.EvidenceManifest,
			[]string{finding.EvidenceManifest}, finding.SeverityLow, 0},
		{"native lib caps at low", `{file: "lib/*/libacme*.so"}`, finding.EvidenceNativeLib,
			[]string{finding.EvidenceNativeLib}, finding.SeverityLow, 0},
		{"strings cap at info", `{any: [{host: "*.acme.io"}, {package: com.absent}]}`, finding.EvidenceStrings,
			[]string{finding.EvidenceStrings}, finding.SeverityInfo, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := compileOne(t, "tracker", tt.cond).Match(testFacts())
			if len(fs) != 1 || fs[0].Tracker == nil {
				t.Fatalf("findings %+v", fs)
			}
			f, tr := fs[0], fs[0].Tracker
			if tr.Evidence != tt.wantLevel || !slices.Equal(tr.Levels, tt.wantLevels) {
				t.Errorf("levels %s %v, want %s %v", tr.Evidence, tr.Levels, tt.wantLevel, tt.wantLevels)
			}
			if f.Severity != tt.wantSeverity {
				t.Errorf("severity %s, want %s", f.Severity, tt.wantSeverity)
			}
			if tr.DefinedClasses != tt.wantDefined || len(tr.Examples) != tt.wantDefined {
				t.Errorf("defined %d examples %v, want %d", tr.DefinedClasses, tr.Examples, tt.wantDefined)
			}
			if tr.Name != "Acme SDK" || tr.ExodusID != 7 {
				t.Errorf("tracker %+v", tr)
			}
			// Only the SDK's own code makes it present; weaker evidence is
			// a mention, and the message says so.
			want := "Acme SDK (evidence: " + tt.wantLevel
			if tt.wantDefined == 0 {
				want = "Acme SDK mentioned, no SDK code in the app (evidence: " + tt.wantLevel + ")"
			}
			if !strings.HasPrefix(f.Message, want) {
				t.Errorf("message %q, want it to start %q", f.Message, want)
			}
		})
	}
}

func TestEvidenceCap(t *testing.T) {
	f := &index.Facts{DefinedClasses: map[string]index.ClassFact{}}
	for i := range 45 {
		d := "Lcom/big/C" + strings.Repeat("x", i) + ";"
		f.DefinedClasses[d] = index.ClassFact{Descriptor: d, Entry: "classes.dex"}
	}
	fs := compileOne(t, "tracker", "{package: com.big}").Match(f)
	if len(fs) != 1 {
		t.Fatalf("findings %+v", fs)
	}
	if len(fs[0].Evidence) != MaxEvidence {
		t.Errorf("evidence %d, want %d", len(fs[0].Evidence), MaxEvidence)
	}
	if !strings.Contains(fs[0].Message, "45 places, first 20 listed (25 more)") || fs[0].Tracker.DefinedClasses != 45 {
		t.Errorf("message %q, defined %d", fs[0].Message, fs[0].Tracker.DefinedClasses)
	}
}

// shuffled copies f with every slice and per-type entry list reordered and
// the dex entries renamed in another order, as a rebuild might.
func shuffled(f *index.Facts, seed int64) *index.Facts {
	r := rand.New(rand.NewSource(seed))
	g := *f
	g.Strings = slices.Clone(f.Strings)
	r.Shuffle(len(g.Strings), func(i, j int) { g.Strings[i], g.Strings[j] = g.Strings[j], g.Strings[i] })
	g.MethodRefs = slices.Clone(f.MethodRefs)
	r.Shuffle(len(g.MethodRefs), func(i, j int) { g.MethodRefs[i], g.MethodRefs[j] = g.MethodRefs[j], g.MethodRefs[i] })
	g.Files = slices.Clone(f.Files)
	r.Shuffle(len(g.Files), func(i, j int) { g.Files[i], g.Files[j] = g.Files[j], g.Files[i] })
	g.Permissions = slices.Clone(f.Permissions)
	slices.Reverse(g.Permissions)
	swap := func(e string) string {
		return map[string]string{"classes.dex": "classes2.dex", "classes2.dex": "classes.dex"}[e]
	}
	g.DefinedClasses = map[string]index.ClassFact{}
	for k, c := range f.DefinedClasses {
		c.Entry = swap(c.Entry)
		g.DefinedClasses[k] = c
	}
	// A rebuild moves whole classes between dex files: their strings move
	// with their call sites.
	for i := range g.Strings {
		if e := swap(g.Strings[i].Loc.Entry); e != "" {
			g.Strings[i].Loc.Entry = e
			g.Strings[i].Loc.Offset += 6
		}
	}
	for i := range g.MethodRefs {
		s := slices.Clone(g.MethodRefs[i].Sites)
		for j := range s {
			s[j].Entry = swap(s[j].Entry)
			s[j].Offset += 6
		}
		g.MethodRefs[i].Sites = s
	}
	return &g
}

func TestFingerprintStable(t *testing.T) {
	rs, err := rulesOf(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	extra, err := rulesOf(rules.Parse("t.yaml", []byte(ruleYAML("acme", "tracker",
		`{any: [{package: com.acme}, {host: "*.acme.io"}, {url-path: /sa}, {file: "lib/*/*.so"}]}`))))
	if err != nil {
		t.Fatal(err)
	}
	e, err := Compile(append(rs, extra...))
	if err != nil {
		t.Fatal(err)
	}
	ids := func(fs []finding.Finding) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Rule+"="+f.ID)
		}
		return out
	}
	base := e.Match(testFacts())
	if len(base) < 5 {
		t.Fatalf("only %d findings on the test facts: %v", len(base), ids(base))
	}
	for seed := int64(1); seed <= 5; seed++ {
		got := e.Match(shuffled(testFacts(), seed))
		if !slices.Equal(ids(got), ids(base)) {
			t.Errorf("seed %d: ids %v, want %v", seed, ids(got), ids(base))
		}
	}
	// A different matched value must change the ID.
	f := testFacts()
	f.Permissions = append(f.Permissions, "android.permission.WRITE_CONTACTS")
	for _, g := range e.Match(f) {
		for _, b := range base {
			if g.Rule == "permission-contacts" && b.Rule == g.Rule && g.ID == b.ID {
				t.Error("adding a matched permission kept the same fingerprint")
			}
		}
	}
	if Fingerprint("r", []string{"b", "a", "a"}) != Fingerprint("r", []string{"a", "b"}) {
		t.Error("Fingerprint depends on key order or duplicates")
	}
}

func TestDeterministicOrder(t *testing.T) {
	e := builtinEngine(t)
	a, b := e.Match(testFacts()), e.Match(shuffled(testFacts(), 9))
	if len(a) != len(b) {
		t.Fatalf("%d vs %d findings", len(a), len(b))
	}
	for i := range a {
		if a[i].Rule != b[i].Rule || a[i].Message != b[i].Message || len(a[i].Evidence) != len(b[i].Evidence) {
			t.Errorf("finding %d differs: %+v vs %+v", i, a[i], b[i])
		}
		if i > 0 && a[i-1].Rule > a[i].Rule {
			t.Errorf("findings not sorted by rule: %s before %s", a[i-1].Rule, a[i].Rule)
		}
	}
}

func TestRunExamplesReportsFailures(t *testing.T) {
	rs, err := rulesOf(rules.Parse("t.yaml", []byte(ruleYAML("r", "identifier", "{string: android_id}"))))
	if err != nil {
		t.Fatal(err)
	}
	// Both examples hold the string "unused": the match one fails, the no-match one passes.
	err = RunExamples(rs)
	want := "rules: t.yaml:10: rule r: match example 0 did not match"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
}

func TestNilFacts(t *testing.T) {
	e := builtinEngine(t)
	if fs := e.Match(nil); fs != nil {
		t.Errorf("Match(nil) = %v", fs)
	}
	// Empty facts: only rules that match absence (allowBackup unset) fire.
	fs := e.Match(&index.Facts{})
	if len(fs) != 1 || fs[0].Rule != "manifest-allow-backup" {
		t.Errorf("empty facts gave %+v", fs)
	}
}

// TestImplicitFlagSaysSo: a flag the manifest does not write is Android's
// default for the app's targetSdk, and its evidence says so rather than
// showing an attribute the manifest lacks.
func TestImplicitFlagSaysSo(t *testing.T) {
	rs, err := rulesOf(rules.Parse("t.yaml", []byte(`schema: 1
rules:
  - id: cleartext
    title: T
    category: manifest
    severity: medium
    description: d
    match: {flag: usesCleartextTraffic}
    examples:
      match: [{flags: {usesCleartextTraffic: true}}]
      no-match: [{flags: {usesCleartextTraffic: false}}]
`)))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := Compile(rs)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		explicit bool
		want     string
	}{
		{true, "android:usesCleartextTraffic=true"},
		{false, "usesCleartextTraffic=true (implicit: Android's default for the app's targetSdk)"},
	} {
		f := &index.Facts{Flags: map[string]bool{"usesCleartextTraffic": true}, FlagsExplicit: map[string]bool{"usesCleartextTraffic": tt.explicit}}
		fs := eng.Match(f)
		if len(fs) != 1 || fs[0].Evidence[0].Value != tt.want {
			t.Errorf("explicit %v: %+v, want evidence %q", tt.explicit, fs, tt.want)
		}
	}
}

// TestTextIsNoEndpoint: a host or URL counts only where a string holds it
// as a value (the whole string, or one key's value in a config line), not
// where text mentions it: documentation links in log and exception
// messages, JSON fragments built in code, "e.g." examples.
func TestTextIsNoEndpoint(t *testing.T) {
	e := compileOne(t, "endpoint", `{any: [{host: "*.acme.io"}, {url-path: "/track"}]}`)
	for _, tt := range []struct {
		value string
		want  bool
	}{
		{"https://collect.acme.io/track?id=1", true},
		{"collect.acme.io", true},
		{"  https://collect.acme.io/track", true},
		{`server = "https://collect.acme.io/v2"`, true},
		{`"endpoint": "https://collect.acme.io/v2",`, true},
		{`<string name="url">https://collect.acme.io/v2</string>`, true},
		{"Acme SDK not initialised, please see https://help.acme.io/setup", false},
		{`","link_url":"https://manual.acme.io/track`, false},
		{"Invalid host, e.g. collect.acme.io", false},
		{"Failed to reach https://other.example/track for the report", false},
	} {
		f := &index.Facts{Strings: []index.StringFact{{Value: tt.value, Origin: index.OriginDex, Loc: index.Location{Entry: "classes.dex", Offset: -1}}}}
		if got := len(e.Match(f)) > 0; got != tt.want {
			t.Errorf("%q: matched %v, want %v", tt.value, got, tt.want)
		}
	}
}

// rulesOf is the rules of a loaded set.
// builtinEngine compiles the built-in rules, failing tb on any error.
func builtinEngine(tb testing.TB) *Engine {
	tb.Helper()
	rs, err := rulesOf(rules.Builtin())
	if err != nil {
		tb.Fatal(err)
	}
	e, err := Compile(rs)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

func rulesOf(set *rules.Set, err error) ([]*rules.Rule, error) {
	if set == nil {
		return nil, err
	}
	return set.Rules, err
}
