package rules

import (
	"strings"
	"testing"
)

// TestBuiltinCodePaths checks the built-in spec has every section the
// code-path stage needs.
func TestBuiltinCodePaths(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c := set.CodePaths
	for name, n := range map[string]int{
		"sources": len(c.Sources), "sinks": len(c.Sinks), "origins": len(c.Origins),
		"vendor-callbacks": len(c.VendorCallbacks), "trackers": len(c.Trackers), "models": len(c.Models),
		"sanitizers": len(c.Sanitizers), "stores": len(c.Stores), "saved-state": len(c.SavedState),
		"incognito.contains": len(c.Incognito.Contains), "entry-points.callback-types": len(c.EntryPoints.CallbackTypes),
		"framework-supers": len(c.FrameworkSupers), "dispatch": len(c.Dispatch), "library-packages": len(c.LibraryPackages),
		"web-engines": len(c.WebEngines),
	} {
		if n == 0 {
			t.Errorf("built-in code paths: no %s", name)
		}
	}
	if s := c.SourceByID("android-id"); s == nil || s.Pos.File != "builtin/codepaths/sources.yaml" || s.Pos.Line == 0 {
		t.Errorf("source android-id: %+v", s)
	}
}

// TestMergeCodePaths: problems only a whole set shows are found when sets
// merge, at the later file's line.
func TestMergeCodePaths(t *testing.T) {
	builtin, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, data, want string }{
		{"a source on a built-in source's method",
			"schema: 1\ncode-paths:\n  sources:\n    - {id: mine, kind: identifier, methods: [\"Landroid/telephony/TelephonyManager;->getImei\"]}\n",
			"rules: user.yaml:4: source mine: Landroid/telephony/TelephonyManager;->getImei is already a source method (first defined at builtin/codepaths/sources.yaml:"},
		{"an unconditional source on a method built-in sources tell apart by argument",
			"schema: 1\ncode-paths:\n  sources:\n    - {id: mine, kind: account, methods: [\"Landroid/view/View;->findViewById\"]}\n",
			"rules: user.yaml:4: source mine: Landroid/view/View;->findViewById is already a source method (first defined at builtin/codepaths/sources.yaml:"},
		{"a source on a built-in callback's parameter",
			"schema: 1\ncode-paths:\n  sources:\n    - {id: mine, kind: browsing, callbacks: [{method: \"Landroid/webkit/WebViewClient;->onPageFinished\", param: 1}]}\n",
			"rules: user.yaml:4: source mine: Landroid/webkit/WebViewClient;->onPageFinished parameter 1 is already a source callback (first defined at builtin/codepaths/sources.yaml:"},
		{"a built-in id",
			"schema: 1\ncode-paths:\n  sinks:\n    - {id: log, kind: log, methods: [\"Lcom/example/Out;->put\"]}\n",
			"rules: user.yaml:4: sink log: duplicate id (first defined at builtin/codepaths/sinks.yaml:"},
		{"another supertype",
			"schema: 1\ncode-paths:\n  framework-supers:\n    \"Landroid/app/Activity;\": \"Landroid/app/Fragment;\"\n",
			"rules: user.yaml:4: code-paths.framework-supers: Landroid/app/Activity;: supertype Landroid/app/Fragment;, but it is Landroid/view/ContextThemeWrapper; (first defined at builtin/codepaths/entrypoints.yaml:"},
		{"a vendor callback of no source",
			"schema: 1\ncode-paths:\n  vendor-callbacks:\n    - {types: [\"Lcom/example/Client;\"], first-param: \"Lcom/example/View;\", source: nowhere}\n",
			`rules: user.yaml:4: code-paths.vendor-callbacks: source "nowhere" is not the id of a source`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			user, err := Parse("user.yaml", []byte(tt.data))
			if err != nil {
				t.Fatalf("the file alone: %v", err)
			}
			_, err = Merge(builtin, user)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Merge: %v\nwant: %s...", err, tt.want)
			}
		})
	}
	// A user's vendor callback may name a built-in source, and entries
	// merge: the user's source and incognito name are there after.
	user, err := Parse("user.yaml", []byte(`schema: 1
code-paths:
  sources:
    - {id: mine, kind: identifier, methods: ["Lcom/example/Ids;->get"]}
    # Another parameter of a built-in source callback (an overload).
    - {id: mine-too, kind: browsing, callbacks: [{method: "Landroid/webkit/WebViewClient;->onPageFinished", param: 0}]}
    # A built-in source method with another constant argument.
    - {id: mine-by-key, kind: identifier, methods: ["Landroid/view/View;->findViewById"], const-arg: {index: 0, layout: address}}
  vendor-callbacks:
    - {types: ["Lcom/example/Client;"], first-param: "Lcom/example/View;", source: page-url}
  incognito:
    contains: [ghostmode]
`))
	if err != nil {
		t.Fatal(err)
	}
	all, err := Merge(builtin, user)
	if err != nil {
		t.Fatal(err)
	}
	if all.CodePaths.SourceByID("mine") == nil || !contains(all.CodePaths.Incognito.Contains, "ghostmode") ||
		len(all.CodePaths.Sources) != len(builtin.CodePaths.Sources)+3 {
		t.Errorf("merged code paths lack the user's entries")
	}
	if len(builtin.CodePaths.Incognito.Contains) == len(all.CodePaths.Incognito.Contains) {
		t.Errorf("Merge changed its input")
	}
}

// TestDigestCodePaths: the digest follows what the code-path spec says,
// not the order it is written in.
func TestDigestCodePaths(t *testing.T) {
	spec := func(body string) *Set {
		t.Helper()
		set, err := Parse("c.yaml", []byte("schema: 1\ncode-paths:\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		return set
	}
	a := spec("  sinks:\n    - {id: a, kind: log, methods: [\"La;->x\", \"La;->y\"]}\n    - {id: b, kind: file, methods: [\"Lb;->x\"]}\n")
	reordered := spec("  sinks:\n    - {id: b, kind: file, methods: [\"Lb;->x\"]}\n    - {id: a, kind: log, methods: [\"La;->y\", \"La;->x\"]}\n")
	otherKind := spec("  sinks:\n    - {id: a, kind: network, methods: [\"La;->x\", \"La;->y\"]}\n    - {id: b, kind: file, methods: [\"Lb;->x\"]}\n")
	guard := spec("  sinks:\n    - {id: a, kind: log, methods: [\"La;->x\", \"La;->y\"]}\n    - {id: b, kind: file, methods: [\"Lb;->x\"]}\n" +
		"  incognito: {contains: [ghostmode]}\n")
	if Digest(a) != Digest(reordered) {
		t.Error("the digest depends on the order of code-path entries")
	}
	if Digest(a) == Digest(otherKind) {
		t.Error("the digest ignores a sink's kind")
	}
	if Digest(a) == Digest(guard) {
		t.Error("the digest ignores an incognito name")
	}
	if Digest(a) == Digest(&Set{Rules: a.Rules}) {
		t.Error("the digest ignores the code-path spec")
	}
}

// TestTrackerSinksAreTrackers: every tracker ingest API lies in the package
// of a built-in tracker rule, so an app calling it also gets the tracker
// finding its code-path finding refers to.
func TestTrackerSinksAreTrackers(t *testing.T) {
	set, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	var walk func(c *Cond)
	walk = func(c *Cond) {
		if c == nil {
			return
		}
		if c.Op == OpPackage {
			pkgs = append(pkgs, c.Values...) // descriptor prefixes
		}
		for _, a := range c.Args {
			walk(a)
		}
	}
	for _, r := range set.Rules {
		if r.Category == CategoryTracker {
			walk(r.Match)
		}
	}
	for _, s := range set.CodePaths.Trackers {
		found := false
		for _, p := range pkgs {
			found = found || strings.HasPrefix(s, p)
		}
		if !found {
			t.Errorf("tracker sink %s: no tracker rule's package holds it", s)
		}
	}
}
