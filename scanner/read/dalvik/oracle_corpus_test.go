package dalvik

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const corpusDir = "../../../../shared/corpus"

// corpusDexes extracts every classes*.dex of the corpus APKs into dir.
func corpusDexes(t *testing.T, dir string) []string {
	t.Helper()
	apks, _ := filepath.Glob(filepath.Join(corpusDir, "apk", "*.apk"))
	more, _ := filepath.Glob(filepath.Join(corpusDir, "browsers", "*.apk"))
	apks = append(apks, more...)
	if len(apks) == 0 {
		t.Skipf("no APKs under %s (shared corpus absent); oracle test skipped", corpusDir)
	}
	var dexes []string
	for _, apk := range apks {
		zr, err := zip.OpenReader(apk)
		if err != nil {
			// Some corpus APKs are deliberately malformed zips; the apk
			// package deals with those. Here we only need real code.
			t.Logf("skip %s: %v", filepath.Base(apk), err)
			continue
		}
		for _, f := range zr.File {
			if !strings.HasPrefix(f.Name, "classes") || !strings.HasSuffix(f.Name, ".dex") || strings.Contains(f.Name, "/") {
				continue
			}
			out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(apk), ".apk")+"-"+f.Name)
			if err := extract(f, out); err != nil {
				t.Logf("skip %s!%s: %v", filepath.Base(apk), f.Name, err)
				continue
			}
			dexes = append(dexes, out)
		}
		zr.Close()
	}
	return dexes
}

func extract(f *zip.File, out string) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, 256<<20))
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}

// TestOracleCorpus walks every method of every corpus dex and compares with
// dexdump -d: instruction count per method and in total, address, size and
// mnemonic of each instruction, and the full text of every line.
func TestOracleCorpus(t *testing.T) {
	needDexdump(t)
	dexes := corpusDexes(t, t.TempDir())
	if len(dexes) == 0 {
		t.Fatal("no classes*.dex extracted from the corpus")
	}
	if testing.Short() && len(dexes) > 6 {
		dexes = dexes[:6] // the full corpus is ~2M instructions
	}
	var total, dumped, textChecked int
	seen := map[string]int{} // mnemonic -> lines checked verbatim
	var probs []string
	for _, path := range dexes {
		dex, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		learned := learnedResolver{}
		streamDexdump(t, path, nil, func(m dumpMethod) {
			units, err := methodUnits(dex, m)
			if err != nil {
				probs = append(probs, filepath.Base(path)+": "+err.Error())
				return
			}
			w := walked{where: filepath.Base(path) + " " + m.header, dump: m}
			werr := Walk(units, func(i Inst) error { w.insts = append(w.insts, i); return nil })
			probs = append(probs, compareStructure(w, units, werr, false)...)
			total += len(w.insts)
			dumped += len(m.insns)
			// Learning and rendering in one pass is as strict as two:
			// a name is rendered as first learned, and any later
			// disagreement fails learn.
			for k := range min(len(w.insts), len(m.insns)) {
				inst, want := w.insts[k], m.insns[k].text
				if err := learned.learn(inst, want); err != nil {
					probs = append(probs, w.where+" "+want+": "+err.Error())
				} else if got := inst.Text(learned); got != want {
					probs = append(probs, w.where+":\n  got  "+got+"\n  want "+want)
				}
				seen[inst.Name()]++
				textChecked++
			}
		})
		if len(probs) > 30 {
			break
		}
	}
	for _, p := range probs[:min(len(probs), 30)] {
		t.Error(p)
	}
	if total != dumped {
		t.Errorf("total: Walk yielded %d instructions, dexdump printed %d", total, dumped)
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	t.Logf("%d dex files, %d instructions, %d lines compared verbatim, %d distinct mnemonics: %s",
		len(dexes), total, textChecked, len(names), strings.Join(names, " "))
}
