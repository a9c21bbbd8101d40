package axml

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"github.com/avast/apkparser"
)

// DefaultMaxStringBytes is the default budget for decoded string bytes in
// resources.arsc (shared by all of its string pools) and in the manifest.
const DefaultMaxStringBytes int64 = 32 << 20

// ResTable_header / ResTable_package (ResourceTypes.h).
const (
	resTableType        = 0x0002
	resTablePackageType = 0x0200
	resTableHeaderSize  = 12
	// ResTable_package: header(8) id(4) name(2*128) typeStrings(4) lastPublicType(4) keyStrings(4).
	resTablePackageKeyStringsOff = 8 + 4 + 256 + 4 + 4
)

// Resources is a parsed resources.arsc: apkparser's resource table for
// reference resolution plus our own bounded copy of the string pools.
type Resources struct {
	table    *apkparser.ResourceTable // nil when apkparser rejected the table
	proto    *protoTable              // set instead of table for a bundle's resources.pb
	values   []string                 // global value string pool
	keys     []string                 // key string pools of all packages
	Warnings []error                  // odd but tolerated things
}

// ParseResources parses resources.arsc with DefaultMaxStringBytes.
func ParseResources(data []byte) (*Resources, error) {
	return ParseResourcesBudget(data, DefaultMaxStringBytes)
}

// ParseResourcesBudget parses resources.arsc, decoding at most
// maxStringBytes bytes of strings. When only part of the file can be read
// (a bad package chunk, an exhausted budget) it returns the partial
// Resources together with the error, so strings still reach the rules.
func ParseResourcesBudget(data []byte, maxStringBytes int64) (res *Resources, err error) {
	defer recoverTo("resources.arsc", &err)
	res = &Resources{}
	budget := maxStringBytes
	poolErr := res.readPools(data, &budget)

	// apkparser gets its own budget: it decodes the global pool again for
	// lookups, and truncates (rather than fails) past its budget.
	table, tErr := parseTable(data, maxStringBytes)
	if tErr != nil {
		res.Warnings = append(res.Warnings, fmt.Errorf("resource table: %w", tErr))
		if poolErr == nil {
			poolErr = tErr
		}
	}
	res.table = table
	return res, poolErr
}

func parseTable(data []byte, budget int64) (t *apkparser.ResourceTable, err error) {
	defer recoverTo("resources.arsc", &err)
	t, err = apkparser.ParseResourceTableWithConfig(bytes.NewReader(data),
		&apkparser.ParseConfig{MaxStringTableBytes: budget})
	if err != nil {
		return nil, wrapParserErr("resources.arsc", err)
	}
	return t, nil
}

// readPools walks the top-level chunks of the table: the first string pool
// is the global value pool; each package chunk carries a key pool.
func (r *Resources) readPools(data []byte, budget *int64) error {
	const sec = "resources.arsc"
	le := binary.LittleEndian
	if len(data) < resTableHeaderSize {
		return formatErr(sec, -1, 0, ErrTruncated, "table header needs %d bytes, have %d", resTableHeaderSize, len(data))
	}
	hdr, size := uint64(le.Uint16(data[2:])), uint64(le.Uint32(data[4:]))
	if typ := le.Uint16(data); typ != resTableType {
		// Android does not check the top chunk type either (apkparser notes the same).
		r.Warnings = append(r.Warnings, fmt.Errorf("top chunk type 0x%04x, want 0x0002", typ))
	}
	if hdr < resTableHeaderSize || hdr > uint64(len(data)) {
		return formatErr(sec, -1, 2, ErrMalformed, "table header size %d", hdr)
	}
	if size > uint64(len(data)) {
		r.Warnings = append(r.Warnings, fmt.Errorf("table size %d past end of data (%d bytes); clipped", size, len(data)))
		size = uint64(len(data))
	}
	idx := 0
	for off := hdr; off+8 <= size; idx++ {
		typ, csize := le.Uint16(data[off:]), uint64(le.Uint32(data[off+4:]))
		if csize < 8 || off+csize > size {
			return formatErr(sec, idx, int64(off), ErrTruncated, "chunk 0x%04x size %d past end of table", typ, csize)
		}
		chunk := data[off : off+csize]
		switch {
		case typ == resStringPoolType && r.values == nil:
			p, err := parseStringPool(chunk, int64(off), budget)
			if p != nil {
				r.values = p.strings
				r.noteBad("value pool", p.bad)
			}
			if err != nil {
				return err
			}
		case typ == resTablePackageType:
			if err := r.readKeyPool(chunk, int64(off), budget); err != nil {
				return err
			}
		}
		off += csize
	}
	return nil
}

func (r *Resources) readKeyPool(pkg []byte, base int64, budget *int64) error {
	if len(pkg) < resTablePackageKeyStringsOff+4 {
		return formatErr("resources.arsc package", -1, base, ErrTruncated, "package header needs %d bytes, have %d", resTablePackageKeyStringsOff+4, len(pkg))
	}
	keyOff := uint64(binary.LittleEndian.Uint32(pkg[resTablePackageKeyStringsOff:]))
	if keyOff >= uint64(len(pkg)) {
		return formatErr("resources.arsc package", -1, base, ErrMalformed, "key strings offset 0x%x past end of package chunk", keyOff)
	}
	p, err := parseStringPool(pkg[keyOff:], base+int64(keyOff), budget)
	if p != nil {
		r.keys = append(r.keys, p.strings...)
		r.noteBad("key pool", p.bad)
	}
	return err
}

func (r *Resources) noteBad(what string, n int) {
	if n > 0 {
		r.Warnings = append(r.Warnings, fmt.Errorf("%s: %d strings with offsets or lengths outside the pool (read as empty)", what, n))
	}
}

// Strings returns every string of the global value pool, in pool order.
// The slice is shared; do not modify it.
func (r *Resources) Strings() []string {
	if r == nil {
		return nil
	}
	return r.values
}

// KeyStrings returns the resource entry names (keys such as
// "google_app_id") of every package's key pool.
func (r *Resources) KeyStrings() []string {
	if r == nil {
		return nil
	}
	return r.keys
}
