package dex

// Method annotations, from a class's annotations_directory_item: what a
// library reads by reflection at run time (Retrofit's @GET on a service
// interface's methods), so a shrinker keeps them.

// maxAnnotationsPerClass bounds the annotations one call reads: the sets
// of many methods may all point at one large set.
const maxAnnotationsPerClass = 1 << 14

// MethodAnnotations returns, by method_ids index, the type descriptors of
// the annotations on the class's methods (any visibility). A class
// without annotations gives an empty map.
func (f *File) MethodAnnotations(cd ClassDef) (map[uint32][]string, error) {
	out := map[uint32][]string{}
	off := uint64(cd.AnnotationsOff)
	if off == 0 {
		return out, nil
	}
	bad := func(at uint64, format string, args ...any) error {
		return errf(ErrMalformed, "annotations_directory_item", cd.Index, int64(at), format, args...)
	}
	head, ok := span(f.data, off, 16)
	if !ok {
		return out, errf(ErrTruncated, "annotations_directory_item", cd.Index, int64(off), "header past end of file")
	}
	le := func(b []byte) uint32 { return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24 }
	fields, methods, params := uint64(le(head[4:])), uint64(le(head[8:])), uint64(le(head[12:]))
	first := off + 16 + 8*fields
	if _, ok := span(f.data, off+16, 8*(fields+methods+params)); !ok {
		return out, errf(ErrTruncated, "annotations_directory_item", cd.Index, int64(off), "%d field, %d method and %d parameter entries past end of file", fields, methods, params)
	}
	read := 0
	for k := uint64(0); k < methods; k++ {
		at := first + 8*k
		idx, _ := u32At(f.data, at)
		setOff, _ := u32At(f.data, at+4)
		n, ok := u32At(f.data, uint64(setOff))
		if !ok {
			return out, bad(at, "method %d: annotation set at %#x past end of file", idx, setOff)
		}
		if _, ok := span(f.data, uint64(setOff)+4, 4*uint64(n)); !ok {
			return out, bad(uint64(setOff), "annotation set of %d entries past end of file", n)
		}
		for j := uint64(0); j < uint64(n); j++ {
			if read++; read > maxAnnotationsPerClass {
				return out, bad(at, "more than %d method annotations", maxAnnotationsPerClass)
			}
			itemOff, _ := u32At(f.data, uint64(setOff)+4+4*j)
			c := cursor{data: f.data, pos: uint64(itemOff)}
			c.byte1() // visibility
			typeIdx := c.uleb()
			if c.bad {
				return out, bad(uint64(itemOff), "annotation_item past end of file")
			}
			t, err := f.Type(typeIdx)
			if err != nil {
				return out, wrapAt("annotations_directory_item", cd.Index, err)
			}
			out[idx] = append(out[idx], t)
		}
	}
	return out, nil
}
