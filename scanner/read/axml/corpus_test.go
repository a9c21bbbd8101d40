package axml

import (
	"archive/zip"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// corpusDirs are the shared APK sets, relative to this package.
var corpusDirs = []string{
	"../../../../shared/corpus/apk",
	"../../../../shared/corpus/browsers",
	"../../../../shared/droidbench",
}

// corpusAPKs lists every APK of the shared corpus, skipping the test when
// the corpus is absent.
func corpusAPKs(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, d := range corpusDirs {
		m, _ := filepath.Glob(filepath.Join(d, "*.apk"))
		out = append(out, m...)
	}
	if len(out) == 0 {
		t.Skip("shared corpus not found (../../../shared); skipping corpus tests")
	}
	return out
}

// readEntries returns the named zip entries that exist (inflated).
func readEntries(t testing.TB, apk string, names ...string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(apk)
	if err != nil {
		t.Fatalf("%s: open zip: %v", apk, err)
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		if !slices.Contains(names, f.Name) {
			continue
		}
		if _, dup := out[f.Name]; dup {
			continue // Android's zip reader uses the first entry of a name
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s!%s: %v", apk, f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			t.Fatalf("%s!%s: %v", apk, f.Name, err)
		}
		out[f.Name] = b
	}
	return out
}

// badging is the part of `aapt dump badging` we compare.
type badging struct {
	pkg, versionCode, versionName, minSdk, targetSdk, label string
	perms, implied                                          []string
}

var (
	reQuoted  = regexp.MustCompile(`(\w+)='([^']*)'`)
	reAttrStr = regexp.MustCompile(`^\s*A: android:name\(0x01010003\)="([^"]*)"`)
	reElem    = regexp.MustCompile(`^(\s*)E: ([\w-]+) `)
)

func aaptBadging(t *testing.T, apk string) (badging, bool) {
	out, err := exec.Command("aapt", "dump", "badging", apk).Output()
	if err != nil && len(out) == 0 {
		return badging{}, false
	}
	var b badging
	for _, line := range strings.Split(string(out), "\n") {
		key, rest, _ := strings.Cut(line, ":")
		kv := map[string]string{}
		for _, m := range reQuoted.FindAllStringSubmatch(rest, -1) {
			kv[m[1]] = m[2]
		}
		val := strings.Trim(rest, "'")
		switch key {
		case "package":
			b.pkg, b.versionCode, b.versionName = kv["name"], kv["versionCode"], kv["versionName"]
		case "sdkVersion":
			b.minSdk = val
		case "targetSdkVersion":
			b.targetSdk = val
		case "application-label":
			b.label = val
		case "uses-permission", "uses-permission-sdk-23":
			b.perms = append(b.perms, kv["name"])
		case "uses-implied-permission":
			if !slices.Contains(b.implied, kv["name"]) {
				b.implied = append(b.implied, kv["name"])
			}
		}
	}
	return b, true
}

// aaptComponents lists "kind name" for every component directly under
// <application>, with names resolved like ParsingUtils.buildClassName.
func aaptComponents(t *testing.T, apk, pkg string) []string {
	out, err := exec.Command("aapt", "dump", "xmltree", apk, "AndroidManifest.xml").Output()
	if err != nil {
		t.Fatalf("aapt dump xmltree %s: %v", apk, err)
	}
	var comps []string
	appIndent, compIndent, kind := -1, -1, ""
	for _, line := range strings.Split(string(out), "\n") {
		if m := reElem.FindStringSubmatch(line); m != nil {
			ind := len(m[1])
			switch {
			case m[2] == "application" && appIndent < 0:
				appIndent = ind
			case appIndent >= 0 && ind == appIndent+2 && isComponentKind(m[2]):
				kind, compIndent = m[2], ind
				comps = append(comps, kind+" ")
			case appIndent >= 0 && ind <= appIndent:
				appIndent, kind = -2, "" // left the first <application>
			default:
				if ind <= compIndent {
					kind = ""
				}
			}
			continue
		}
		if m := reAttrStr.FindStringSubmatch(line); m != nil && kind != "" && strings.HasSuffix(comps[len(comps)-1], " ") {
			if len(line)-len(strings.TrimLeft(line, " ")) == compIndent+2 {
				comps[len(comps)-1] += oracleClassName(pkg, m[1])
			}
		}
	}
	return comps
}

func isComponentKind(s string) bool {
	switch s {
	case "activity", "activity-alias", "service", "receiver", "provider":
		return true
	}
	return false
}

// oracleClassName is an independent restatement of buildClassName for the
// test oracle.
func oracleClassName(pkg, n string) string {
	if strings.HasPrefix(n, ".") {
		return pkg + n
	}
	if !strings.Contains(n, ".") {
		return pkg + "." + n
	}
	return n
}

func TestCorpusAgainstAapt(t *testing.T) {
	apks := corpusAPKs(t)
	if _, err := exec.LookPath("aapt"); err != nil {
		t.Skip("aapt not installed; skipping comparison with aapt dump badging")
	}
	for _, apk := range apks {
		t.Run(filepath.Base(apk), func(t *testing.T) {
			ent := readEntries(t, apk, "AndroidManifest.xml", "resources.arsc")
			mdata, ok := ent["AndroidManifest.xml"]
			if !ok {
				t.Skip("no AndroidManifest.xml in this APK")
			}
			var res *Resources
			if arsc, ok := ent["resources.arsc"]; ok {
				var err error
				if res, err = ParseResources(arsc); err != nil {
					t.Errorf("ParseResources: %v", err)
				}
			}
			m, err := ParseManifest(mdata, res)
			if err != nil {
				t.Fatalf("ParseManifest: %v", err)
			}
			want, ok := aaptBadging(t, apk)
			if !ok {
				t.Skip("aapt cannot read this APK")
			}
			compareBadging(t, filepath.Base(apk), m, want)
			got := make([]string, 0, len(m.Components))
			for _, c := range m.Components {
				got = append(got, c.Kind+" "+c.Name)
			}
			if w := aaptComponents(t, apk, m.Package); !slices.Equal(got, w) {
				t.Errorf("components:\n got %q\nwant %q", got, w)
			}
		})
	}
}

func compareBadging(t *testing.T, name string, m *Manifest, want badging) {
	t.Helper()
	check := func(field, got, want string) {
		if got != want {
			t.Errorf("%s: got %q, aapt says %q", field, got, want)
		}
	}
	check("package", m.Package, want.pkg)
	check("versionCode", itoa(m.VersionCode), want.versionCode)
	check("versionName", m.VersionName, want.versionName)
	if want.minSdk != "" {
		check("minSdk", itoa(int64(m.MinSdk)), want.minSdk)
	} else if m.MinSdkSet {
		t.Errorf("minSdk: got %d, aapt reports none", m.MinSdk)
	}
	if want.targetSdk != "" {
		check("targetSdk", itoa(int64(m.TargetSdk)), want.targetSdk)
	}
	check("application label", m.Application.Label, want.label)
	// aapt lists implied permissions among uses-permission too.
	var perms, implied []string
	for _, p := range m.UsesPermissions {
		perms = append(perms, p.Name)
	}
	for _, p := range m.ImpliedPermissions {
		perms = append(perms, p.Name)
		implied = append(implied, p.Name)
	}
	slices.Sort(perms)
	slices.Sort(want.perms)
	if !slices.Equal(perms, want.perms) {
		t.Errorf("uses-permission:\n got %q\nwant %q", perms, want.perms)
	}
	slices.Sort(implied)
	slices.Sort(want.implied)
	if !slices.Equal(implied, want.implied) {
		t.Errorf("implied permissions:\n got %q\nwant %q", implied, want.implied)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
