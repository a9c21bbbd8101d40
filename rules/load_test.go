package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestInvalidFixtures pins the exact error text for each defect.
var invalidFixtures = []struct {
	file string
	want []string
}{
	{"unknown-key.yaml", []string{
		`rules: unknown-key.yaml:10: rule unknown-key: unknown key "severity-override" (want one of id, title, category, severity, description, references, tracker, reads, match, code-path, examples)`,
	}},
	{"bad-reads.yaml", []string{
		`rules: bad-reads.yaml:3: rule reads-on-endpoint: reads is only allowed with category identifier`,
		`rules: bad-reads.yaml:16: rule reads-with-comma: reads: want a short name of what is read, without commas (at most 40 characters)`,
	}},
	{"bad-severity.yaml", []string{
		`rules: bad-severity.yaml:6: rule bad-severity: severity: unknown severity "severe" (want one of info, low, medium, high, critical)`,
	}},
	{"bad-regex.yaml", []string{
		"rules: bad-regex.yaml:9: rule bad-regex: match.string-regex: error parsing regexp: missing closing ): `https?://(unclosed`",
	}},
	{"bad-id.yaml", []string{
		`rules: bad-id.yaml:3: rule: id: "Bad_ID" is not kebab-case (want ^[a-z0-9]+(-[a-z0-9]+)*$, at most 80 characters)`,
	}},
	{"duplicate-id.yaml", []string{
		`rules: duplicate-id.yaml:12: rule dup: duplicate id (first defined at duplicate-id.yaml:3)`,
	}},
	{"bad-category.yaml", []string{
		`rules: bad-category.yaml:5: rule bad-category: category: unknown category "spyware" (want one of tracker, endpoint, identifier, permission, manifest, weak-encoding, tampering, blocklist, incognito-bypass, leak, browsing-data)`,
	}},
	{"two-keys-condition.yaml", []string{
		`rules: two-keys-condition.yaml:8: rule two-keys: match: a condition has exactly one key, got 2 (host, string); combine with all: or any:`,
	}},
	{"missing-schema.yaml", []string{
		`rules: missing-schema.yaml:1: rule file: missing key "schema" (want schema: 1)`,
	}},
	{"no-examples.yaml", []string{
		`rules: no-examples.yaml:8: rule no-examples: match.host: host "*.exa*mple.com": only a leading "*." wildcard is supported`,
		`rules: no-examples.yaml:10: rule no-examples: examples: need at least one match example`,
		`rules: no-examples.yaml:10: rule no-examples: examples: need at least one no-match example`,
	}},
	{"bad-manifest-matchers.yaml", []string{
		`rules: bad-manifest-matchers.yaml:10: rule bad-manifest: match.any[0].flag: unknown flag "allowbackup" (want one of debuggable, allowBackup, usesCleartextTraffic, hasNetworkSecurityConfig, testOnly, requestLegacyExternalStorage, extractNativeLibs, hasFragileUserData)`,
		`rules: bad-manifest-matchers.yaml:11: rule bad-manifest: match.any[1].component.kind: unknown component kind "widget" (want one of activity, activity-alias, service, receiver, provider)`,
		`rules: bad-manifest-matchers.yaml:12: rule bad-manifest: match.any[2].file: file glob "lib/[/x.so": syntax error in pattern`,
		`rules: bad-manifest-matchers.yaml:13: rule bad-manifest: match.any[3].package: package "com..foo": empty segment`,
	}},
	{"bad-blocklist.yaml", []string{
		`rules: bad-blocklist.yaml:8: rule bad-blocklist: match.blocklist: unknown block-list format "easylist" (want any or one of hosts, domains, adblock)`,
		`rules: bad-blocklist.yaml:11: rule bad-blocklist: examples.no-match[0].blocklists: unknown block-list format "any" (want one of hosts, domains, adblock)`,
	}},
	{"bad-outside-incognito.yaml", []string{
		`rules: bad-outside-incognito.yaml:4: source device: outside-incognito is for browsing data`,
		`rules: bad-outside-incognito.yaml:11: source query: outside-incognito: unknown value "everywhere" (want one of nowhere, network, tracker, sms, log, file, intent)`,
		`rules: bad-outside-incognito.yaml:15: source bridge: callbacks.annotation: "JavascriptInterface" is not a type descriptor such as "Landroid/app/Activity;"`,
		`rules: bad-outside-incognito.yaml:16: source bridge: callbacks: unknown key "param" (want one of annotation)`,
		`rules: bad-outside-incognito.yaml:17: source bridge: outside-incognito: nowhere excludes other sink kinds`,
	}},
	{"bad-base-url.yaml", []string{
		`rules: bad-base-url.yaml:4: sink plain: base-url is for annotated sinks`,
		`rules: bad-base-url.yaml:11: sink service: base-url: "a.Builder.base" is not "Lclass;->name"`,
	}},
	{"bad-tracker-server.yaml", []string{
		`rules: bad-tracker-server.yaml:4: code-paths.tracker-servers.package: "com.example.sdk" is not a package prefix such as "Landroidx/"`,
		`rules: bad-tracker-server.yaml:6: code-paths.tracker-servers.calls.arg: -1 is out of range (0 to 255)`,
		`rules: bad-tracker-server.yaml:7: code-paths.tracker-servers.calls: missing key "arg"`,
		`rules: bad-tracker-server.yaml:8: code-paths.tracker-servers: missing key "calls"`,
		`rules: bad-tracker-server.yaml:9: code-paths.tracker-servers: unknown key "url" (want one of package, calls)`,
		`rules: bad-tracker-server.yaml:12: code-paths.tracker-servers Lcom/example/two/: Lcom/example/one/Sdk;->init is already a server address call (first defined at bad-tracker-server.yaml:10)`,
	}},
	{"bad-code-paths.yaml", []string{
		`rules: bad-code-paths.yaml:5: source x: kind: unknown value "secret" (want one of identifier, location, account, browsing, personal)`,
		`rules: bad-code-paths.yaml:7: source y: needs methods, fields or callbacks`,
		`rules: bad-code-paths.yaml:9: source y: unknown key "methodz" (want one of id, kind, label, methods, const-arg, fields, callbacks, sinks, outside-incognito, viewed-in)`,
		`rules: bad-code-paths.yaml:13: source z: const-arg: needs one of values, layout (password, address, search, personal) or uris`,
		`rules: bad-code-paths.yaml:14: source z: callbacks.param: 300 is out of range (0 to 255)`,
		`rules: bad-code-paths.yaml:19: sink w: duplicate id (first defined at bad-code-paths.yaml:15)`,
		`rules: bad-code-paths.yaml:26: sink bad-member: methods: "android.util.Log.e" is not "Lclass;->name"`,
		`rules: bad-code-paths.yaml:29: code-paths.models.flows: "recv->everywhere" is not from->to (from recv, args or argN; to recv, ret or argN) or none`,
		`rules: bad-code-paths.yaml:30: code-paths.models.key: "first" is not argN (a declared argument, 0-based)`,
		`rules: bad-code-paths.yaml:33: code-paths.models: La;->f is already modelled (first defined at bad-code-paths.yaml:31)`,
		`rules: bad-code-paths.yaml:35: code-paths.models: element needs flows (how elements go in or come out)`,
		`rules: bad-code-paths.yaml:38: code-paths.models: flows: none excludes other flows`,
		`rules: bad-code-paths.yaml:41: code-paths.incognito.contains: name "Incognito" never matches: member names are matched lower-cased, without '_', '$', '-' and spaces`,
		`rules: bad-code-paths.yaml:42: code-paths.incognito.state-arguments: "android.webkit.WebView.<init>" is not "Lclass;->name"`,
		`rules: bad-code-paths.yaml:43: code-paths.library-packages: "androidx." is not a package prefix such as "Landroidx/"`,
		`rules: bad-code-paths.yaml:45: code-paths.dispatch.object: "java.lang.Runnable" is not recv, argN, maker, literal:argN, made-with:TYPE, maker-made-with:TYPE, provider:argN, unknown or a type descriptor`,
		`rules: bad-code-paths.yaml:46: code-paths.dispatch: target, annotation and prefix exclude each other`,
		`rules: bad-code-paths.yaml:47: code-paths.dispatch: prefix needs a flow (the object whose type picks the methods)`,
		`rules: bad-code-paths.yaml:48: code-paths.dispatch: needs target (a method name), annotation or prefix`,
		`rules: bad-code-paths.yaml:49: code-paths.dispatch.object: "made-with:android.os.Handler.Callback" is not recv, argN, maker, literal:argN, made-with:TYPE, maker-made-with:TYPE, provider:argN, unknown or a type descriptor`,
		`rules: bad-code-paths.yaml:50: code-paths.dispatch: then needs a target (the method whose result it is given)`,
		`rules: bad-code-paths.yaml:52: code-paths.framework-supers: Landroid/app/Activity;: "android.view.ContextThemeWrapper" is not a type descriptor such as "Landroid/app/Activity;"`,
		`rules: bad-code-paths.yaml:54: store intents: component: unknown value "yes" (want one of intent, receiver)`,
		`rules: bad-code-paths.yaml:55: store kept: callbacks need component (they read what is kept for their class)`,
		`rules: bad-code-paths.yaml:56: store disk: origin: unknown value "tape" (want one of network, file)`,
		`rules: bad-code-paths.yaml:57: store prefs: key: "first" is not argN (a declared argument, 0-based)`,
		`rules: bad-code-paths.yaml:58: store files: key is for plain stores (a component's or a file's is kept by class or name)`,
	}},
	{"bad-copy.yaml", []string{
		`rules: bad-copy.yaml:4: code-paths.models: copy needs flows, and no element or key (the entries move under their own keys)`,
		`rules: bad-copy.yaml:5: code-paths.models: copy needs flows, and no element or key (the entries move under their own keys)`,
	}},
	{"bad-sets.yaml", []string{
		`rules: bad-sets.yaml:4: code-paths.models.sets: "arg1" is not "Lclass;->name"`,
		`rules: bad-sets.yaml:5: code-paths.models: prints needs flows, and no element or key (a container holds its objects, it does not print them)`,
		`rules: bad-sets.yaml:6: code-paths.models: clears empties a container or removes a key: no copy, and element only with a key (a put replacing its key's entry) or a flow into recv (a one-element holder's set)`,
		`rules: bad-sets.yaml:7: code-paths.models: keys needs flows [recv->ret] alone, and no key, element, copy or clears (it reads a keyed container's keys out)`,
	}},
	{"bad-bridge.yaml", []string{
		`rules: bad-bridge.yaml:4: code-paths.dispatch: annotation needs a flow (the object whose type picks the methods) or an object (whose methods run)`,
		`rules: bad-bridge.yaml:5: code-paths.dispatch: annotation needs a flow (the object whose type picks the methods) or an object (whose methods run)`,
	}},
	{"bad-files.yaml", []string{
		`rules: bad-files.yaml:4: store prefs: files key a keyed store's entries by file: it needs key`,
		`rules: bad-files.yaml:5: store kv: files: "open" is not "Lclass;->name"`,
	}},
	{"bad-viewed-in.yaml", []string{
		`rules: bad-viewed-in.yaml:7: source opened: viewed-in: "HTTP" is not a lower-case URI scheme such as "https"`,
		`rules: bad-viewed-in.yaml:8: source none: viewed-in restricts methods, and there are none`,
	}},
	{"bad-content-uris.yaml", []string{
		`rules: bad-content-uris.yaml:7: source inbox: const-arg.uris: "sms/inbox" is neither "Lclass;->FIELD" nor a content:// URI`,
		`rules: bad-content-uris.yaml:11: source both: const-arg: needs one of values, layout (password, address, search, personal) or uris`,
	}},
	{"bad-code-path-rules.yaml", []string{
		`rules: bad-code-path-rules.yaml:3: rule leak-with-match: a code-path rule has no match (the code-path stage reports its findings)`,
		`rules: bad-code-path-rules.yaml:8: rule leak-with-match: code-path.finding: unknown value "secrets" (want one of browsing-data, incognito-bypass, leak, weak-encoding)`,
		`rules: bad-code-path-rules.yaml:8: rule leak-with-match: code-path.outbound-severity: unknown severity "urgent" (want one of info, low, medium, high, critical)`,
		`rules: bad-code-path-rules.yaml:11: rule leak-with-match: examples.match[0]: unknown key "classes" (want one of sample, source, sink, severity)`,
		`rules: bad-code-path-rules.yaml:12: rule leak-with-match: examples.no-match[0]: unknown key "severity" (want one of sample, source, sink)`,
		`rules: bad-code-path-rules.yaml:13: rule wrong-category: category endpoint differs from code-path finding weak-encoding (a code-path rule's category is its finding)`,
		`rules: bad-code-path-rules.yaml:20: rule wrong-category: examples.match[0].sample: "Base64" is not kebab-case (want ^[a-z0-9]+(-[a-z0-9]+)*$, at most 80 characters)`,
		`rules: bad-code-path-rules.yaml:21: rule wrong-category: examples.no-match[0]: missing key "sample" (a sample app: samples/<name>.apk)`,
		`rules: bad-code-path-rules.yaml:22: rule leak-without-code-path: category leak is a code-path finding's: only a rule with code-path has it`,
		`rules: bad-code-path-rules.yaml:40: rule browsing-again: code-path finding browsing-data is rule browsing's (first defined at bad-code-path-rules.yaml:31)`,
	}},
	{"bad-tampering.yaml", []string{
		`rules: bad-tampering.yaml:8: rule bad-tampering: match.tampering: unknown trick "zip-bomb" (want one of compression-method, encryption-flag, header-mismatch, overlapping-records, extra-field, duplicate-name, manifest-chunk-type)`,
		`rules: bad-tampering.yaml:11: rule bad-tampering: examples.no-match[0].tampering: unknown trick "jar-marker" (want one of compression-method, encryption-flag, header-mismatch, overlapping-records, extra-field, duplicate-name, manifest-chunk-type)`,
	}},
}

func TestInvalidFixtures(t *testing.T) {
	for _, tt := range invalidFixtures {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "invalid", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			set, err := Parse(tt.file, data)
			if err == nil {
				t.Fatalf("Parse succeeded with %d rules, want errors", len(set.Rules))
			}
			if set != nil {
				t.Errorf("Parse returned %d rules alongside errors", len(set.Rules))
			}
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("errors:\n got: %s\nwant: %s", got, want)
			}
		})
	}
}

// TestAllProblemsAtOnce loads the whole invalid directory and expects every
// fixture's problems in one error, sorted by file and line.
func TestAllProblemsAtOnce(t *testing.T) {
	_, err := LoadPath(filepath.Join("testdata", "invalid"))
	if err == nil {
		t.Fatal("LoadPath succeeded on invalid rules")
	}
	fixtures := slices.Clone(invalidFixtures)
	slices.SortFunc(fixtures, func(a, b struct {
		file string
		want []string
	}) int {
		return strings.Compare(a.file, b.file)
	})
	var want []string
	for _, f := range fixtures {
		for _, w := range f.want {
			// Files are named by their path under the directory given.
			dir := filepath.Join("testdata", "invalid") + "/"
			w = strings.Replace(w, "rules: ", "rules: "+dir, 1)
			want = append(want, strings.ReplaceAll(w, "defined at ", "defined at "+dir))
		}
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "invalid", "*.yaml"))
	if len(files) != len(invalidFixtures) {
		t.Errorf("%d fixture files, %d in the table", len(files), len(invalidFixtures))
	}
}

const validRule = `schema: 1
rules:
  - id: %s
    title: T
    category: endpoint
    severity: low
    description: D
    match: {host: example.com}
    examples:
      match: [{strings: [example.com]}]
      no-match: [{strings: [example.org]}]
`

func TestDuplicateAcrossFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.yaml":     {Data: []byte(strings.ReplaceAll(validRule, "%s", "same-id"))},
		"sub/b.yml":  {Data: []byte(strings.ReplaceAll(validRule, "%s", "same-id"))},
		"ignore.txt": {Data: []byte("not yaml")},
	}
	_, err := LoadFS(fsys)
	want := "rules: sub/b.yml:3: rule same-id: duplicate id (first defined at a.yaml:3)"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
	a, err := Parse("a.yaml", []byte(strings.ReplaceAll(validRule, "%s", "x")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Merge(a, a); err == nil || !strings.Contains(err.Error(), "duplicate id") {
		t.Fatalf("Merge of a set with itself: %v, want duplicate id", err)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"bad yaml", "schema: 1\nrules: [", "rules: f.yaml:2: invalid YAML: column 8: sequence end token ']' not found"},
		// yaml.v3 alone would say line 2, where the rule's block starts.
		{"bad indentation", "schema: 1\nrules:\n  - id: a\n   title: b\n", "rules: f.yaml:4: invalid YAML: column 4: value is not allowed in this context"},
		{"empty", "", "rules: f.yaml: empty rule file"},
		{"wrong schema", "schema: 2\nrules: []", "rules: f.yaml:1: schema: unsupported version 2 (this apkscan reads 1)"},
		{"top-level list", "- a", "rules: f.yaml:1: rule file: want a mapping, got a list"},
		{"rules not list", "schema: 1\nrules: {}", "rules: f.yaml:2: rules: want a list, got a mapping"},
		{"neither rules nor code paths", "schema: 1\n", `rules: f.yaml:1: rule file: missing key "rules" (or "code-paths")`},
		{"code paths not a mapping", "schema: 1\ncode-paths: [a]", "rules: f.yaml:2: code-paths: want a mapping, got a list"},
		{"source a string", "schema: 1\ncode-paths:\n  sources: [x]", "rules: f.yaml:3: source: want a mapping, got a scalar"},
		{"sink without methods", "schema: 1\ncode-paths:\n  sinks:\n    - {id: s, kind: log}", "rules: f.yaml:4: sink s: needs methods, returns, shapes or annotated"},
		{"shape without strings", "schema: 1\ncode-paths:\n  sinks:\n    - {id: s, kind: network, shapes: [{label: l, params: [\"*\"]}]}", `rules: f.yaml:4: sink s: shapes: missing key "strings"`},
		{"shape bad param", "schema: 1\ncode-paths:\n  sinks:\n    - {id: s, kind: network, shapes: [{label: l, params: [String], strings: [x]}]}", `rules: f.yaml:4: sink s: shapes.params: "String" is not a parameter type such as "Ljava/lang/String;" or "*"`},
		{"shape with args", "schema: 1\ncode-paths:\n  sinks:\n    - {id: s, kind: network, args: [1], shapes: [{label: l, params: [\"*\"], strings: [x]}]}", "rules: f.yaml:4: sink s: shapes and annotated take neither args nor origin (every declared argument is checked)"},
		{"empty trackers", "schema: 1\ncode-paths:\n  trackers: []", "rules: f.yaml:3: code-paths.trackers: list must not be empty"},
		{"code-path a scalar", "schema: 1\nrules:\n  - {id: flow-x, title: T, category: leak, severity: medium, description: D,\n" +
			"     code-path: leak, examples: {match: [{sample: hello}], no-match: [{sample: hello}]}}\n",
			"rules: f.yaml:4: rule flow-x: code-path: want a mapping, got a scalar"},
		{"sink kind a list", "schema: 1\ncode-paths:\n  sinks:\n    - {id: s, kind: [log], methods: La;->b}",
			"rules: f.yaml:4: sink s: kind: want a string, got a list"},
		{"missing fields", "schema: 1\nrules:\n  - id: a\n", strings.Join([]string{
			`rules: f.yaml:3: rule a: missing key "category"`,
			`rules: f.yaml:3: rule a: missing key "description"`,
			`rules: f.yaml:3: rule a: missing key "examples"`,
			`rules: f.yaml:3: rule a: missing key "match"`,
			`rules: f.yaml:3: rule a: missing key "severity"`,
			`rules: f.yaml:3: rule a: missing key "title"`,
		}, "\n")},
		{"upper-case severity", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "severity: low", "severity: LOW", 1),
			`rules: f.yaml:6: rule a: severity: unknown severity "LOW" (want one of info, low, medium, high, critical)`},
		{"duplicate key", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "title: T", "title: T\n    title: U", 1),
			`rules: f.yaml:5: rule a: duplicate key "title"`},
		{"bad reference", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "description: D", "description: D\n    references: [ftp://x]", 1),
			`rules: f.yaml:8: rule a: references: "ftp://x" is not an http(s) URL`},
		{"tracker without block", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "category: endpoint", "category: tracker", 1),
			`rules: f.yaml:3: rule a: category tracker needs a tracker: {name: ...} block`},
		{"short substring", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "{host: example.com}", "{string-contains: ab}", 1),
			`rules: f.yaml:8: rule a: match.string-contains: substring "ab" is shorter than 3 bytes`},
		{"bad method", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "{host: example.com}", "{method: getDeviceId}", 1),
			`rules: f.yaml:8: rule a: match.method: "getDeviceId": want Lcom/foo/Bar;->name(...)`},
		{"bad example key", strings.Replace(strings.ReplaceAll(validRule, "%s", "a"), "{strings: [example.com]}", "{string: [example.com]}", 1),
			`rules: f.yaml:10: rule a: examples.match[0]: unknown key "string" (want one of classes, types, methods, fields, strings, permissions, components, meta-data, flags, files, tampering, blocklists)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.yaml", []byte(tt.data))
			if err == nil || err.Error() != tt.want {
				t.Errorf("got:\n%v\nwant:\n%s", err, tt.want)
			}
		})
	}
}

func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("schema: 1\na0: &a0 [x, x]\n")
	for i := 1; i < 30; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [*a%d, *a%d]\n", i, i, i-1, i-1)
	}
	b.WriteString("rules: *a29\n")
	_, err := Parse("bomb.yaml", []byte(b.String()))
	want := "rules: bomb.yaml: more than 200000 YAML nodes after expanding aliases"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
}
