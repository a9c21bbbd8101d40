package apk

import (
	"fmt"
	"path"
	"sort"
)

// Trick names a way a container departs from the zip format that Android
// reads anyway and that analysis tools have failed on (jadx, apktool and
// Quark each have issues filed about them): malware uses them to hide from
// analysers while installing fine.
type Trick string

// Tricks.
const (
	// TrickCompressionMethod: a central-directory method other than 0 and
	// 8 (Android's asset manager reads such an entry as stored), or a
	// local header whose method differs from the central directory's
	// (Android reads only the central directory's).
	TrickCompressionMethod Trick = "compression-method"
	// TrickEncryptionFlag: general purpose bit 0 set on an entry Android
	// reads as plain data (it ignores the bit).
	TrickEncryptionFlag Trick = "encryption-flag"
	// TrickHeaderMismatch: the local header's name, sizes or CRC-32
	// disagree with the central directory's, or there is no local header
	// where the record points.
	TrickHeaderMismatch Trick = "header-mismatch"
	// TrickOverlap: two records share a local header, or one entry's local
	// header lies inside another entry's data.
	TrickOverlap Trick = "overlapping-records"
	// TrickExtraField: an extra field of more than maxPlainExtra bytes
	// that is not zipalign's zero padding.
	TrickExtraField Trick = "extra-field"
	// TrickDuplicateName: several records with one name (Android 10+
	// refuses the APK; older releases and other tools disagree on which
	// entry they read).
	TrickDuplicateName Trick = "duplicate-name"
)

// Tampering is one trick seen on one entry: Path is the entry's display
// path and Detail says what the headers hold and how Android reads them.
type Tampering struct {
	Path   string
	Trick  Trick
	Detail string
}

func (t Tampering) String() string { return fmt.Sprintf("%s: %s: %s", t.Path, t.Trick, t.Detail) }

// maxPlainExtra is the longest extra field that is never reported: the
// fields tools write (timestamps, unix ids, zip64 sizes, jar markers) are
// a few dozen bytes; longer ones are zipalign's padding, which is zeros.
const maxPlainExtra = 1024

// maxTamperingPerTrick bounds the observations kept per trick: a
// container of 200 000 entries with one flag set everywhere is one
// finding with a bounded list of places.
const maxTamperingPerTrick = 1000

// Tampering returns the anti-analysis tricks seen in the zip structure,
// in central-directory order (see Trick); entries are read the way Android
// reads them whatever the trick. The first call reads every local header
// (one small read per entry), so a caller can make it beside other work;
// it is safe for concurrent use.
func (a *Archive) Tampering() []Tampering {
	a.tamperOnce.Do(a.checkTampering)
	return a.tampering
}

// checkTampering compares every central-directory record with its local
// header and with the other records.
func (a *Archive) checkTampering() {
	records := a.records
	readLocals(a.ra, a.Size, records)
	counts := map[Trick]int{}
	add := func(name string, t Trick, format string, args ...any) {
		if counts[t]++; counts[t] <= maxTamperingPerTrick {
			a.tampering = append(a.tampering, Tampering{Path: a.Prefix + name, Trick: t, Detail: fmt.Sprintf(format, args...)})
		}
	}
	seen := map[string]int{}
	for i := range records {
		r := &records[i]
		name := path.Clean(r.name)
		if seen[name]++; seen[name] == 2 {
			add(name, TrickDuplicateName, "more than one central-directory record has this name (Android 10 and later refuse the APK; tools disagree on which one they read)")
		}
		r.check(name, add)
	}
	a.checkOverlaps(records, add)
	a.records = nil // only needed once
}

// markAliases finds records that share a local header and makes every
// entry but the one Android can read (the local header's name, see
// ownerOf) an alias of it, so that its data is read once. Only the local
// headers of such groups are read here.
func (a *Archive) markAliases(records []record) {
	byOff := map[int64][]int{}
	shared := false
	for i := range records {
		k := records[i].lfhOff
		byOff[k] = append(byOff[k], i)
		shared = shared || len(byOff[k]) > 1
	}
	if !shared {
		return
	}
	// An entry is read through the first record of its name (apkparser's
	// and cd.go's rule), so only that record can make it an alias.
	byName, first := map[string]*Entry{}, map[string]int{}
	for _, e := range a.Entries {
		byName[e.Name] = e
	}
	for i := range records {
		if _, ok := first[path.Clean(records[i].name)]; !ok {
			first[path.Clean(records[i].name)] = i
		}
	}
	entryOf := func(i int) *Entry {
		if n := path.Clean(records[i].name); first[n] == i {
			return byName[n]
		}
		return nil
	}
	for _, group := range byOff {
		if len(group) < 2 {
			continue
		}
		for _, i := range group {
			records[i].shared = true
		}
		head := &records[group[0]]
		local := readLocal(a.ra, a.Size, head.lfhOff, len(head.name))
		// The entry Android reads (its name is the local header's), else
		// the first: one of the group is read, once.
		var o *Entry
		for _, i := range group {
			if e := entryOf(i); e != nil && (o == nil || records[i].name == local.name) {
				o = e
				if records[i].name == local.name {
					break
				}
			}
		}
		for _, i := range group {
			if e := entryOf(i); e != nil && o != nil && e != o {
				e.alias = o
			}
		}
	}
}

// check compares one record with its local header.
func (r *record) check(name string, add func(string, Trick, string, ...any)) {
	l := &r.local
	if r.method != 0 && r.method != 8 {
		add(name, TrickCompressionMethod, "the central directory declares compression method %d; Android reads the entry as stored", r.method)
	} else if l.ok && l.method != r.method {
		add(name, TrickCompressionMethod, "the local header declares compression method %d, the central directory %d; Android uses the central directory's", l.method, r.method)
	}
	if (r.flags|l.flags)&1 != 0 {
		add(name, TrickEncryptionFlag, "the encryption flag (general purpose bit 0) is set; Android ignores it and reads the data as plain")
	}
	switch {
	case !l.ok:
		add(name, TrickHeaderMismatch, "no local file header at offset %#x, where the central directory points", r.lfhOff)
	case l.name != r.name && !r.shared: // a shared header is reported as an overlap
		add(name, TrickHeaderMismatch, "the local header at %#x names %q; Android refuses the entry", r.lfhOff, truncate(l.name, 80))
	case r.sizesDisagree():
		how := "Android refuses to read it"
		if l.flags&8 != 0 {
			how = "with the data-descriptor flag set, Android uses the central directory's"
		}
		add(name, TrickHeaderMismatch, "the local header declares %d compressed and %d uncompressed bytes with CRC-32 %08x, the central directory %d, %d and %08x; %s",
			l.csize, l.usize, l.crc, r.csize, r.usize, r.crc, how)
	}
	if n := len(l.extra); n > maxPlainExtra && !isPadding(l.extra) {
		add(name, TrickExtraField, "a %d-byte extra field in the local header, not alignment padding; Android skips it", n)
	}
}

// sizesDisagree reports a local header whose sizes or CRC-32 differ from
// the central directory's. Zeros with the data-descriptor flag are how
// streaming writers leave them, and 0xffffffff defers to zip64 fields.
func (r *record) sizesDisagree() bool {
	l := &r.local
	if l.flags&8 != 0 && l.csize == 0 && l.usize == 0 && l.crc == 0 {
		return false
	}
	if l.csize == 0xffffffff || l.usize == 0xffffffff {
		return false
	}
	return uint64(l.csize) != r.csize || uint64(l.usize) != r.usize || l.crc != r.crc
}

// isPadding reports an extra field made mostly of zeros (zipalign's
// padding, in an alignment record or bare).
func isPadding(b []byte) bool {
	nonzero := 0
	for _, c := range b {
		if c != 0 {
			nonzero++
		}
	}
	return nonzero <= 64
}

// span is the bytes one record's local header and data occupy, as Android
// reads them (stored entries: the uncompressed size).
type span struct {
	start, end int64
	name       string
	rec        *record
}

// checkOverlaps reports records that share a local header (markAliases
// made them aliases) and local headers lying inside another entry's data.
func (a *Archive) checkOverlaps(records []record, add func(string, Trick, string, ...any)) {
	var spans []span
	for i := range records {
		r := &records[i]
		if !r.local.ok {
			continue
		}
		n := int64(r.csize)
		if r.method != 8 {
			n = int64(r.usize)
		}
		data := r.lfhOff + localLen + int64(len(r.local.name)+len(r.local.extra))
		spans = append(spans, span{start: r.lfhOff, end: data + max(n, 0), name: path.Clean(r.name), rec: r})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var cover span // the span reaching furthest so far
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && spans[j].start == spans[i].start {
			j++
		}
		owner := ownerOf(spans[i:j])
		for _, s := range spans[i:j] {
			if s.name == owner.name {
				continue
			}
			add(s.name, TrickOverlap, "its central-directory record shares the local header at %#x with %s; it is read once, as that entry", s.start, owner.name)
		}
		if i > 0 && owner.start < cover.end {
			add(owner.name, TrickOverlap, "its local header at %#x lies inside the data of %s (%#x to %#x)", owner.start, cover.name, cover.start, cover.end)
		}
		if i == 0 || owner.end > cover.end {
			cover = owner
		}
		i = j
	}
}

// ownerOf picks, among records sharing a local header, the one Android can
// read: the first whose name the local header repeats, else the first.
func ownerOf(group []span) span {
	for _, s := range group {
		if s.rec.local.name == s.rec.name {
			return s
		}
	}
	return group[0]
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
