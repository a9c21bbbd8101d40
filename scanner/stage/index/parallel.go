package index

import (
	"runtime"
	"slices"

	"github.com/apkscan/apkscan/scanner/read/dex"
	"github.com/apkscan/apkscan/scanner/stage/app"
	"github.com/apkscan/apkscan/scanner/stage/internal/par"
)

// codeUnit is one worker's share of the code: a range of one dex file's
// classes, read into its own builder through its own *dex.File (the File's
// caches are not safe for concurrent use).
type codeUnit struct {
	d      *app.DexFile
	x      *dexIndexer
	lo, hi int
	diags  []error
	// prefix: the first unit's string facts begin with a copy of the
	// builder's first prefix facts, so mergeUnits takes its slice as the
	// builder's instead of copying every fact once more.
	prefix int
}

// dexAll indexes every dex file. Classes and types are recorded directly;
// the code walk (const-strings, calls, field accesses) runs in parallel
// units whose results are merged in a fixed order, so the facts are the
// same whatever the scheduling.
func (b *builder) dexAll(ds []*app.DexFile, jobs int) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	var units []*codeUnit
	var declared []*app.DexFile
	for _, d := range ds {
		if d.File == nil {
			continue
		}
		declared = append(declared, d)
		u := b.newUnit(d, d.File, 0, d.File.NumClassDefs())
		// Room for the facts up front: one allocation instead of a dozen
		// growths of 88-byte facts. Over the corpus, const-string sites and
		// the data strings no code uses together number 0.13–0.73 of the
		// string pool, so 3/4 of it rarely grows and does not reserve
		// twice what is used (2x did: Countly 2 MB a scan, Sensors 4 MB).
		// The first unit's slice becomes the builder's (see
		// codeUnit.prefix); mergeUnits adds the pool strings after it.
		if want := d.File.NumStrings() * 3 / 4; len(units) == 0 {
			n := len(b.f.Strings)
			u.x.b.f.Strings = append(make([]StringFact, 0, n+want), b.f.Strings...)
			u.prefix = n
		} else {
			u.x.b.f.Strings = make([]StringFact, 0, want)
		}
		units = append(units, u)
	}
	// Defined classes and referenced types go straight into b, beside the
	// code walk when there are workers for both.
	declaredDone := par.Start(jobs > 1, func() { b.declarations(declared, jobs > 1) })
	units = splitUnits(b, units, jobs)
	runUnits(units, jobs)
	declaredDone()
	b.mergeUnits(units, jobs)
}

// declarations records the classes and types of ds in dex order (the first
// definition of a class wins, as in Android's class loader). Beside the
// code walk it reads each dex through a *dex.File of its own (a Clone), as
// a File's caches are not safe for concurrent use.
func (b *builder) declarations(ds []*app.DexFile, own bool) {
	for _, d := range ds {
		f := d.File
		if own {
			f = f.Clone()
		}
		x := &dexIndexer{b: b, d: d, f: f}
		x.classes()
		x.types()
	}
}

// splitUnits halves the largest unit until it is no more than its share
// of the classes (and there are as many units as workers), so that every
// core walks code to the end: an app whose classes.dex holds most of its
// code (appium's nine dex files) would otherwise leave a core idle once
// the small files are done, as would a single-dex app. The halves go side
// by side, so merging in unit order keeps the facts in class order.
// (Measured on Via's one 1.6 MB classes.dex: a rules scan goes from 26.8 to
// 24.4 ms on 2 cores; the halves decode some strings twice and merge their
// references.)
func splitUnits(b *builder, units []*codeUnit, jobs int) []*codeUnit {
	if jobs <= 1 {
		return units
	}
	total := 0
	for _, u := range units {
		total += u.hi - u.lo
	}
	for len(units) > 0 {
		k := 0
		for i, u := range units {
			if u.hi-u.lo > units[k].hi-units[k].lo {
				k = i
			}
		}
		u := units[k]
		size := u.hi - u.lo
		if size < minSplitClasses || len(units) >= jobs && size*jobs <= total {
			break
		}
		mid := (u.lo + u.hi) / 2
		units = slices.Insert(units, k+1, b.newUnit(u.d, u.d.File.Clone(), mid, u.hi))
		u.hi = mid
	}
	return units
}

// newUnit returns a unit walking classes [lo, hi) of d through f into a
// builder of its own, with b's reference filters.
func (b *builder) newUnit(d *app.DexFile, f *dex.File, lo, hi int) *codeUnit {
	sub := newBuilder()
	sub.want = b.want
	return &codeUnit{d: d, x: sub.indexer(d, f), lo: lo, hi: hi}
}

// minSplitClasses: below this many classes a unit is not worth halving.
const minSplitClasses = 256

// runUnits walks the units on jobs workers, the largest first, so that
// the last to finish are small.
func runUnits(units []*codeUnit, jobs int) {
	bySize := slices.Clone(units)
	slices.SortStableFunc(bySize, func(a, b *codeUnit) int { return (b.hi - b.lo) - (a.hi - a.lo) })
	par.Each(len(bySize), jobs, func(i int) {
		u := bySize[i]
		diags, err := u.x.f.MethodsLazyRange(u.lo, u.hi, u.x.method)
		if err != nil {
			diags = append(diags, err)
		}
		u.diags = append(diags, u.x.walkErrs...)
	})
}

// mergeUnits folds the units' facts into b in unit order, then adds each
// dex file's pool strings that no unit saw used by a const-string.
func (b *builder) mergeUnits(units []*codeUnit, jobs int) {
	byDex := map[*app.DexFile][]*codeUnit{}
	var order []*app.DexFile
	more := 0
	for _, u := range units {
		if byDex[u.d] == nil {
			order = append(order, u.d)
		}
		byDex[u.d] = append(byDex[u.d], u)
		more += len(u.x.b.f.Strings) // const-strings; the pool strings grow the slice once they are read
	}
	// units[0] is the first unit dexAll made (splitting inserts after it).
	adopt := len(units) > 0 && units[0].prefix == len(b.f.Strings)
	if adopt {
		// The first unit's facts already begin with the builder's.
		b.f.Strings = units[0].x.b.f.Strings
		more -= len(b.f.Strings)
	}
	b.f.Strings = slices.Grow(b.f.Strings, more)
	for k, u := range units {
		if k == 0 && adopt {
			b.mergeRefs(u.x.b)
			continue
		}
		if k == 0 { // not adopted after all: skip the copied prefix
			u.x.b.f.Strings = u.x.b.f.Strings[u.prefix:]
		}
		b.merge(u.x.b)
	}
	var pools []*poolPart
	for _, d := range order {
		us := byDex[d]
		// The pool strings to leave out: names, and those a unit saw
		// used by a const-string.
		skip := d.File.IDStrings()
		var errs []error
		for _, u := range us {
			for i, used := range u.x.constStr {
				skip[i] = skip[i] || used
			}
			errs = append(errs, u.diags...)
		}
		if d.Stats == (dex.Stats{}) {
			// app.Load did not walk the code (scans leave it to us):
			// report what is broken, as Stats would have.
			b.diags = append(b.diags, app.DexDiagnostics(d.Entry, errs)...)
		}
		if d := capPool(d.Entry, skip); d != nil {
			b.diags = append(b.diags, *d)
		}
		// Each unit's File decodes a share of the pool, on the workers.
		n := len(skip)
		for k, u := range us {
			pools = append(pools, &poolPart{d: d, f: u.x.f, skip: skip, lo: n * k / len(us), hi: n * (k + 1) / len(us)})
		}
	}
	par.Each(len(pools), jobs, func(i int) { pools[i].run() })
	more = 0
	for _, p := range pools {
		more += len(p.out)
	}
	b.f.Strings = slices.Grow(b.f.Strings, more)
	for _, p := range pools {
		b.f.Strings = append(b.f.Strings, p.out...)
	}
}

// merge appends one unit's strings and references, aggregating call and
// field sites by reference. The first unit's references are adopted as
// they are (no copy of their sites); later units append.
func (b *builder) merge(u *builder) {
	b.f.Strings = append(b.f.Strings, u.f.Strings...)
	b.mergeRefs(u)
}

// mergeRefs aggregates one unit's call and field sites into b.
func (b *builder) mergeRefs(u *builder) {
	f := u.f
	if len(b.f.MethodRefs) == 0 && len(b.f.FieldRefs) == 0 {
		b.f.MethodRefs, b.f.FieldRefs = f.MethodRefs, f.FieldRefs
		b.methods, b.fields = u.methods, u.fields
		return
	}
	for _, m := range f.MethodRefs {
		key := methodKey(m)
		if i, ok := b.methods[key]; ok {
			b.f.MethodRefs[i].Sites = append(b.f.MethodRefs[i].Sites, m.Sites...)
			continue
		}
		b.methods[key] = len(b.f.MethodRefs)
		b.f.MethodRefs = append(b.f.MethodRefs, m)
	}
	for _, fr := range f.FieldRefs {
		key := fieldKey(fr)
		if i, ok := b.fields[key]; ok {
			b.f.FieldRefs[i].Sites = append(b.f.FieldRefs[i].Sites, fr.Sites...)
			continue
		}
		b.fields[key] = len(b.f.FieldRefs)
		b.f.FieldRefs = append(b.f.FieldRefs, fr)
	}
}

// indexer returns a dexIndexer of b for dex d read through f.
func (b *builder) indexer(d *app.DexFile, f *dex.File) *dexIndexer {
	return &dexIndexer{b: b, d: d, f: f, methods: make([]int32, f.NumMethods()),
		fields: make([]int32, f.NumFields()), constStr: make([]bool, f.NumStrings())}
}

func newBuilder() *builder {
	return &builder{
		f: &Facts{
			Flags:           map[string]bool{},
			DefinedClasses:  map[string]ClassFact{},
			ReferencedTypes: map[string][]string{},
		},
		methods: map[string]int{},
		fields:  map[string]int{},
	}
}
