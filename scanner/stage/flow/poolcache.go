package flow

import "github.com/apkscan/apkscan/scanner/read/dex"

// poolCache holds one value per pool index (method_ids or field_ids) of
// each dex file, so that the fixpoint finds a resolved reference with a
// pointer compare and an index instead of hashing a (file, index) key at
// every call and field access it steps over.
type poolCache[T any] struct {
	size func(*dex.File) int // the pool's length in a file
	last *dex.File           // the file of the last lookup, and its table
	tab  []*T
	tabs map[*dex.File][]*T
}

func newPoolCache[T any](size func(*dex.File) int) *poolCache[T] {
	return &poolCache[T]{size: size, tabs: map[*dex.File][]*T{}}
}

// slot returns where the value for f's pool index idx is kept, or nil when
// idx is outside the pool (a broken reference, which resolving reports).
func (c *poolCache[T]) slot(f *dex.File, idx uint32) **T {
	if f != c.last {
		tab, ok := c.tabs[f]
		if !ok {
			tab = make([]*T, c.size(f))
			c.tabs[f] = tab
		}
		c.last, c.tab = f, tab
	}
	if int(idx) >= len(c.tab) {
		return nil
	}
	return &c.tab[idx]
}
