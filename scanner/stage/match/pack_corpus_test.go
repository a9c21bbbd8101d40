package match

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/rules/exodus"
	"github.com/apkscan/apkscan/scanner/finding"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/index"
)

var packTable = flag.Bool("pack-table", false, "print the apkscan vs Exodus-method table for the corpus (Markdown)")

const (
	exodusList   = "../../../../shared/data/exodus-trackers.json"
	corpusAPK    = "../../../../shared/corpus/apk"
	corpusBrowse = "../../../../shared/corpus/browsers"
)

// exodusSig is one Exodus tracker as exodus-core uses it.
type exodusSig struct {
	id   int
	name string
	re   *regexp.Regexp
}

// loadExodus compiles every code signature longer than three bytes, as
// exodus-core's detect_trackers_in_list does (Python re; every signature in
// the list is plain enough for RE2 to read the same way).
func loadExodus(t *testing.T) []exodusSig {
	data, err := os.ReadFile(exodusList)
	if os.IsNotExist(err) {
		t.Skipf("%s absent: the shared data is not checked out next to the repo", exodusList)
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Trackers map[string]struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
			Code string `json:"code_signature"`
		} `json:"trackers"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var out []exodusSig
	for _, tr := range doc.Trackers {
		if len(tr.Code) <= 3 {
			continue
		}
		out = append(out, exodusSig{tr.ID, tr.Name, regexp.MustCompile(tr.Code)})
	}
	slices.SortFunc(out, func(a, b exodusSig) int { return a.id - b.id })
	return out
}

// exodusName is exodus-core's class name: its perl filter keeps
// `(?:\w+/)+\w+` after the descriptor's `L`, so `Lcom/foo/Bar$1;` becomes
// com/foo/Bar.
var exodusName = regexp.MustCompile(`[A-Z]+((?:\w+/)+\w+)`)

// exodusHits applies each signature unanchored to the class names, in the
// slashed form exodus-core produces and in dotted form.
func exodusHits(sigs []exodusSig, descs []string) map[int]bool {
	var names []string
	for _, d := range descs {
		if m := exodusName.FindStringSubmatch(strings.TrimLeft(d, "[")); m != nil {
			names = append(names, m[1], strings.ReplaceAll(m[1], "/", "."))
		}
	}
	hits := map[int]bool{}
	for _, s := range sigs {
		for _, n := range names {
			if s.re.MatchString(n) {
				hits[s.id] = true
				break
			}
		}
	}
	return hits
}

// corpusResult is one APK's comparison.
type corpusResult struct {
	name             string
	exDefined, exRef map[int]bool      // Exodus method over defined classes / all type_ids
	level            map[int]string    // apkscan: exodus id -> strongest evidence
	extra            map[string]string // apkscan trackers without an Exodus id: name -> level
	names            map[int]string
}

var packEngine = sync.OnceValues(func() (*Engine, error) {
	rs, err := rulesOf(rules.Builtin())
	if err != nil {
		return nil, err
	}
	return Compile(rs)
})

func corpusFiles(t *testing.T) []string {
	var files []string
	for _, dir := range []string{corpusAPK, corpusBrowse} {
		m, _ := filepath.Glob(filepath.Join(dir, "*.apk"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus APKs under ../shared/corpus: the shared data is not checked out next to the repo")
	}
	return files
}

func analyse(t *testing.T, sigs []exodusSig, path string) corpusResult {
	e, err := packEngine()
	if err != nil {
		t.Fatal(err)
	}
	r := corpusResult{name: filepath.Base(path), level: map[int]string{}, extra: map[string]string{}, names: map[int]string{}}
	for _, s := range sigs {
		r.names[s.id] = s.name
	}
	a, err := app.Load(path, app.Options{})
	if err != nil {
		t.Logf("%s: %v (no dex facts)", r.name, err)
		r.exDefined, r.exRef = map[int]bool{}, map[int]bool{}
		return r
	}
	f, _ := index.Build(a, index.Options{})
	var defined, types []string
	for d := range f.DefinedClasses {
		defined = append(defined, d)
	}
	for d := range f.ReferencedTypes {
		types = append(types, d)
	}
	r.exDefined, r.exRef = exodusHits(sigs, defined), exodusHits(sigs, types)
	for _, fd := range e.Match(f) {
		if fd.Tracker == nil {
			continue
		}
		if fd.Tracker.ExodusID > 0 {
			if old, ok := r.level[fd.Tracker.ExodusID]; !ok || levelRank[fd.Tracker.Evidence] < levelRank[old] {
				r.level[fd.Tracker.ExodusID] = fd.Tracker.Evidence
			}
			r.names[fd.Tracker.ExodusID] = fd.Tracker.Name
		} else {
			r.extra[fd.Tracker.Name] = fd.Tracker.Evidence
		}
	}
	return r
}

var negativeControls = regexp.MustCompile(`^(androguard_a2dp\.Vol_137|androguard_TestActivity|androguard_hello-world|fdroid_.*)\.apk$`)

// TestPackAgainstExodusMethod runs the whole builtin set (with the Exodus
// pack) over the corpus and checks it against exodus-core's method.
func TestPackAgainstExodusMethod(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every corpus APK")
	}
	sigs := loadExodus(t)
	files := corpusFiles(t)
	results := make([]corpusResult, len(files))
	for i, p := range files {
		results[i] = analyse(t, sigs, p)
	}
	byName := map[string]corpusResult{}
	for _, r := range results {
		byName[r.name] = r
		for id := range r.exDefined {
			if r.level[id] != finding.EvidenceDefinedClasses {
				t.Errorf("%s: Exodus finds %d %s in defined classes; apkscan evidence %q", r.name, id, r.names[id], r.level[id])
			}
		}
		for id := range r.exRef {
			if r.exDefined[id] {
				continue
			}
			if lv := r.level[id]; lv == "" || lv == finding.EvidenceDefinedClasses {
				t.Errorf("%s: Exodus finds %d %s only in referenced types; apkscan evidence %q, want a weaker level", r.name, id, r.names[id], lv)
			}
		}
		if negativeControls.MatchString(r.name) {
			for id, lv := range r.level {
				if lv == finding.EvidenceDefinedClasses {
					t.Errorf("%s (negative control): tracker %d %s defined", r.name, id, r.names[id])
				}
			}
			for n, lv := range r.extra {
				if lv == finding.EvidenceDefinedClasses {
					t.Errorf("%s (negative control): tracker %s defined", r.name, n)
				}
			}
		}
	}
	for _, c := range []struct {
		apk string
		id  int
	}{
		{"sensorsdata_demo-release.apk", 248}, {"countly_app-release.apk", 122},
		{"countly_app-release.apk", 49}, {"flurry_FlurryTest.apk", 25},
	} {
		if r, ok := byName[c.apk]; ok && r.level[c.id] != finding.EvidenceDefinedClasses {
			t.Errorf("%s: tracker %d evidence %q, want defined-classes", c.apk, c.id, r.level[c.id])
		}
	}
	// The Flurry repro app references, but does not ship, its ad adapters'
	// networks: Exodus's method (over dexdump's declarations) sees them.
	if r, ok := byName["flurry_FlurryTest.apk"]; ok {
		var refOnly []string
		for id := range r.exRef {
			if !r.exDefined[id] {
				refOnly = append(refOnly, r.names[id])
			}
		}
		slices.Sort(refOnly)
		want := []string{"Axonix", "Google AdMob", "Inmobi", "JumpTap", "Millennial Media"}
		if !slices.Equal(refOnly, want) {
			t.Errorf("flurry_FlurryTest.apk: referenced-only trackers %q, want %q", refOnly, want)
		}
	}
	if *packTable {
		fmt.Print(markdownTable(results))
	}
}

func markdownTable(rs []corpusResult) string {
	var b strings.Builder
	b.WriteString("| APK | Exodus method: defined classes | Exodus method: referenced only | apkscan: defined-classes | apkscan: weaker evidence |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, r := range rs {
		var exD, exR, apD, apW []string
		for id := range r.exDefined {
			exD = append(exD, r.names[id])
		}
		for id := range r.exRef {
			if !r.exDefined[id] {
				exR = append(exR, r.names[id])
			}
		}
		for id, lv := range r.level {
			if lv == finding.EvidenceDefinedClasses {
				apD = append(apD, r.names[id])
			} else {
				apW = append(apW, fmt.Sprintf("%s (%s)", r.names[id], lv))
			}
		}
		for n, lv := range r.extra {
			if lv == finding.EvidenceDefinedClasses {
				apD = append(apD, n+"*")
			} else {
				apW = append(apW, fmt.Sprintf("%s* (%s)", n, lv))
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", r.name, cell(exD), cell(exR), cell(apD), cell(apW))
	}
	b.WriteString("\n`*`: tracker outside the Exodus list (rules/builtin/trackers-extra.yaml).\n")
	return b.String()
}

func cell(s []string) string {
	if len(s) == 0 {
		return "–"
	}
	slices.Sort(s)
	return strings.Join(s, ", ")
}

// TestClaimedRulesCoverExodus checks that a hand-written rule replacing a
// generated one (same tracker.exodusId) matches every class example the
// converter derives from the Exodus signature, so no Exodus hit is lost.
func TestClaimedRulesCoverExodus(t *testing.T) {
	data, err := os.ReadFile(exodusList)
	if os.IsNotExist(err) {
		t.Skipf("%s absent: the shared data is not checked out next to the repo", exodusList)
	}
	if err != nil {
		t.Fatal(err)
	}
	pack, err := exodus.Convert(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	generated, err := rulesOf(rules.Parse("exodus.yaml", pack))
	if err != nil {
		t.Fatal(err)
	}
	byExodus := map[int]*rules.Rule{}
	for _, r := range generated {
		byExodus[r.Tracker.ExodusID] = r
	}
	builtin, err := rulesOf(rules.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	claims := 0
	for _, r := range builtin {
		if r.Tracker == nil || r.Tracker.ExodusID == 0 || strings.HasPrefix(r.Pos.File, "exodus/") {
			continue
		}
		g := byExodus[r.Tracker.ExodusID]
		if g == nil {
			continue
		}
		claims++
		e, err := Compile([]*rules.Rule{r})
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range g.Examples.Match {
			if len(ex.Classes) == 0 {
				continue
			}
			if len(e.Match(FactsFromExample(ex))) == 0 {
				t.Errorf("%s (%s) does not match Exodus %d example %v", r.ID, r.Pos.File, r.Tracker.ExodusID, ex.Classes)
			}
		}
	}
	if claims < 10 {
		t.Errorf("only %d hand-written rules claim an Exodus tracker", claims)
	}
}

// BenchmarkPackSensors matches the whole builtin set, Exodus pack included,
// against the facts of the Sensors Analytics demo app.
func BenchmarkPackSensors(b *testing.B) {
	path := filepath.Join(corpusAPK, "sensorsdata_demo-release.apk")
	if _, err := os.Stat(path); err != nil {
		b.Skipf("%s absent: the shared corpus is not checked out next to the repo", path)
	}
	a, err := app.Load(path, app.Options{})
	if err != nil {
		b.Fatal(err)
	}
	f, _ := index.Build(a, index.Options{})
	e, err := packEngine()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		e.Match(f)
	}
}
