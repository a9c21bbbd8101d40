package index

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apkscan/apkscan/samples"
	"github.com/apkscan/apkscan/scanner/stage/app"
)

// TestSamples checks the facts of every sample APK against the table of what
// each sample was built to contain.
func TestSamples(t *testing.T) {
	for _, c := range samples.Cases {
		t.Run(c.Name, func(t *testing.T) {
			a, err := app.Load(filepath.Join("../../../samples", c.Name+".apk"), app.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			f, diags := Build(a, Options{})
			for _, d := range diags {
				t.Errorf("diagnostic: %s", d)
			}
			if f.Package != c.Package {
				t.Errorf("package = %q, want %q", f.Package, c.Package)
			}
			for _, d := range c.Defined {
				if _, ok := f.DefinedClasses[d]; !ok {
					t.Errorf("class %s not defined", d)
				}
			}
			for _, r := range c.Referenced {
				if _, ok := f.DefinedClasses[r]; ok {
					t.Errorf("class %s defined, want only referenced", r)
				}
				if len(f.ReferencedTypes[r]) == 0 {
					t.Errorf("type %s not referenced", r)
				}
			}
			// samples.Case.Strings occur somewhere in the APK's bytes: as a
			// string fact, or as a member, meta-data or component name.
			values := map[string]bool{}
			for _, m := range f.MethodRefs {
				values[m.Name] = true
			}
			for _, fr := range f.FieldRefs {
				values[fr.Name] = true
			}
			for _, md := range f.MetaData {
				values[md.Name] = true
			}
			for _, c := range f.Components {
				values[c.Name] = true
			}
			// Names of methods the app only defines (callbacks it overrides)
			// are in no fact; they are in the dex string pool.
			for _, d := range a.Dex {
				for i := 0; i < d.File.NumStrings(); i++ {
					if s, err := d.File.String(uint32(i)); err == nil {
						values[s] = true
					}
				}
			}
			for _, s := range c.Strings {
				if !values[s] && !containsSub(f.Strings, s) {
					t.Errorf("string %q not found", s)
				}
			}
			for _, s := range c.Absent {
				if containsSub(f.Strings, s) {
					t.Errorf("string %q found, want absent", s)
				}
			}
			got := slices.Clone(f.Permissions)
			slices.Sort(got)
			want := slices.Clone(c.Permissions)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("permissions = %v, want %v", got, want)
			}
			for _, name := range c.Files {
				if !slices.ContainsFunc(f.Files, func(fl File) bool { return fl.Name == name }) {
					t.Errorf("file %s not listed", name)
				}
			}
			var lists []string
			for _, b := range f.Blocklists {
				lists = append(lists, b.Entry)
			}
			slices.Sort(lists)
			if !slices.Equal(lists, c.Blocklists) {
				t.Errorf("block lists %v, want %v", lists, c.Blocklists)
			}
			for _, s := range f.Strings {
				if slices.Contains(c.Blocklists, s.Loc.Entry) {
					t.Errorf("string %q from the block list %s", s.Value, s.Loc.Entry)
				}
			}
		})
	}
}

func containsSub(ss []StringFact, sub string) bool {
	return slices.ContainsFunc(ss, func(s StringFact) bool { return strings.Contains(s.Value, sub) })
}

// TestLocations pins where facts were seen: a const-string with its method
// and code offset, a call site, a native run's byte offset, an asset line.
func TestLocations(t *testing.T) {
	a, err := app.Load("../../../samples/endpoints.apk", app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	f, _ := Build(a, Options{})
	want := map[string]string{
		"https://tracking.miui.com/track/v4":                "dex classes.dex Lorg/apkscan/sample/endpoints/StatsReporter;->reportAll()V @0x5",
		"https://data.mistat.xiaomi.com/mistats/v2":         "dex classes.dex",
		"https://tsis.jpush.cn":                             "native lib/arm64-v8a/libjpush400.so @0x54",
		"https://api2.amplitude.com/2/httpapi":              "resource resources.arsc",
		"\"endpoint\": \"https://api.mixpanel.com/track\",": "asset assets/config.json:4",
	}
	for _, s := range f.Strings {
		if w, ok := want[s.Value]; ok {
			if got := string(s.Origin) + " " + s.Loc.String(); got != w {
				t.Errorf("%q at %q, want %q", s.Value, got, w)
			}
			delete(want, s.Value)
		}
	}
	for v := range want {
		t.Errorf("%q not found", v)
	}
	var calls int
	for _, m := range f.MethodRefs {
		if m.Class == "Ljava/lang/System;" && m.Name == "loadLibrary" {
			calls = len(m.Sites)
			if m.Descriptor != "(Ljava/lang/String;)V" || m.Sites[0].Method != "<clinit>()V" {
				t.Errorf("loadLibrary ref = %+v", m)
			}
		}
	}
	if calls != 1 {
		t.Errorf("System.loadLibrary call sites = %d, want 1", calls)
	}
}

// TestCorpusNoPanic indexes every corpus APK; a broken part must only ever
// become a diagnostic.
func TestCorpusNoPanic(t *testing.T) {
	paths, _ := filepath.Glob("../../../../shared/corpus/*/*.apk")
	if len(paths) == 0 {
		t.Skip("shared corpus not available at ../../../shared/corpus")
	}
	for _, p := range paths {
		a, _ := app.Load(p, app.Options{})
		if a == nil {
			continue
		}
		f, _ := Build(a, Options{})
		if a.Manifest != nil && f.Package == "" {
			t.Errorf("%s: no package in facts", p)
		}
		a.Close()
	}
}

// TestParallelSameFacts: walking dex files in parallel, and halves of one
// dex file (a single-dex app with more workers than dex files), must give
// exactly the facts of a single worker, in the same order.
func TestParallelSameFacts(t *testing.T) {
	for _, name := range []string{"npm-io.appium.settings-8.0.10.apk", "countly_app-release.apk"} {
		a := loadCorpus(t, name)
		one, _ := Build(a, Options{Jobs: 1})
		for _, jobs := range []int{2, 3, 4} {
			many, _ := Build(a, Options{Jobs: jobs})
			if !reflect.DeepEqual(one, many) {
				t.Errorf("%s: facts differ between 1 and %d workers: %d/%d strings, %d/%d method refs", name, jobs,
					len(one.Strings), len(many.Strings), len(one.MethodRefs), len(many.MethodRefs))
			}
		}
		a.Close()
	}
}

// TestWantFilters: with filters, only wanted references are recorded, and
// those keep every site (the same sites as without a filter).
func TestWantFilters(t *testing.T) {
	a, err := app.Load("../../../samples/endpoints.apk", app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	all, _ := Build(a, Options{})
	onlyLoad := func(class, name string) bool { return class == "Ljava/lang/System;" && name == "loadLibrary" }
	some, _ := Build(a, Options{WantMethod: onlyLoad, WantField: func(string, string) bool { return false }})
	if len(some.MethodRefs) != 1 || len(some.FieldRefs) != 0 {
		t.Fatalf("filtered facts: %d method refs, %d field refs; want 1 and 0", len(some.MethodRefs), len(some.FieldRefs))
	}
	for _, m := range all.MethodRefs {
		if m.Name == "loadLibrary" && !reflect.DeepEqual(m, some.MethodRefs[0]) {
			t.Errorf("wanted reference changed by the filter: %+v vs %+v", some.MethodRefs[0], m)
		}
	}
	if len(all.MethodRefs) <= 1 || !reflect.DeepEqual(all.Strings, some.Strings) {
		t.Error("the filter must only drop unwanted member references")
	}
}

// TestSplitUnitsBalances: a dex file holding most of an app's classes is
// halved until no unit is more than its share, the halves side by side;
// small apps and one worker are left alone.
func TestSplitUnitsBalances(t *testing.T) {
	a := loadCorpus(t, "npm-io.appium.settings-8.0.10.apk")
	defer a.Close()
	b := newBuilder()
	fresh := func() []*codeUnit {
		var units []*codeUnit
		for _, d := range a.Dex {
			units = append(units, b.newUnit(d, d.File, 0, d.File.NumClassDefs()))
		}
		return units
	}
	total := 0
	for _, d := range a.Dex {
		total += d.File.NumClassDefs()
	}
	units := fresh()
	if got := splitUnits(b, fresh(), 1); len(got) != len(units) {
		t.Errorf("one worker: %d units, want %d", len(got), len(units))
	}
	for _, jobs := range []int{2, 3, 4} {
		got := splitUnits(b, fresh(), jobs)
		for i, u := range got {
			if size := u.hi - u.lo; size*jobs > total && size >= minSplitClasses {
				t.Errorf("jobs %d: unit %d has %d of %d classes", jobs, i, size, total)
			}
			if i > 0 && got[i-1].d == u.d && got[i-1].hi != u.lo {
				t.Errorf("jobs %d: units %d and %d of one dex are not side by side", jobs, i-1, i)
			}
		}
		if len(got) == len(units) {
			t.Errorf("jobs %d: appium's classes.dex was not split", jobs)
		}
	}
}
