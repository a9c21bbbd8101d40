package dex

// Names (type descriptors, member names, shorties) end up concatenated
// into prototypes and references ("Lcls;->name(args)ret"), once per
// reference that uses them. A file whose type_ids all point at one long
// string, or whose protos repeat long descriptors, would multiply those
// bytes by the number of references; these checks, made from the string's
// header without decoding it, refuse such names and such prototypes.

// nameErr reports why string_ids[idx] cannot serve as a name (nil if it
// can): it must be located, no longer than Budgets.MaxNameLength UTF-16
// units and, for a type descriptor, start as one does ('L', '[' or a
// primitive).
func (f *File) nameErr(idx uint32, descriptor bool) error {
	if idx >= f.Header.StringIDsSize {
		return errf(ErrBadIndex, "string_ids", int(idx), -1, "string index %d out of range (%d strings)", idx, f.Header.StringIDsSize)
	}
	if !descriptor {
		// Member names are checked once per string (types once per type).
		if f.nameOK == nil {
			f.nameOK = make([]int8, f.Header.StringIDsSize) // bounded by checkSections
		}
		if f.nameOK[idx] > 0 {
			return nil
		}
		err := f.checkName(idx, false)
		if err == nil {
			f.nameOK[idx] = 1
		}
		return err
	}
	return f.checkName(idx, true)
}

// checkName is nameErr without the cache.
func (f *File) checkName(idx uint32, descriptor bool) error {
	c, units, ok := f.stringBody(idx)
	if !ok {
		_, err := f.String(idx) // says why
		return err
	}
	if max := f.sh.budgets.MaxNameLength; units > uint32(max) {
		return errf(ErrTooLarge, "string_data_item", int(idx), int64(f.stringOff(idx)),
			"a name of %d UTF-16 units, over %d (budget MaxNameLength)", units, max)
	}
	if descriptor && (c.pos >= uint64(len(c.data)) || !isDescriptorStart(c.data[c.pos])) {
		return errf(ErrMalformed, "string_data_item", int(idx), int64(f.stringOff(idx)), "not a type descriptor")
	}
	return nil
}

func isDescriptorStart(b byte) bool {
	switch b {
	case 'L', '[', 'V', 'Z', 'B', 'S', 'C', 'I', 'J', 'F', 'D':
		return true
	}
	return false
}

// typeErr reports why Type(i) fails (nil if it does not), caching the
// answer per type index.
func (f *File) typeErr(i uint32) error {
	if i >= f.Header.TypeIDsSize {
		return errf(ErrBadIndex, "type_ids", int(i), -1, "type index %d out of range (%d types)", i, f.Header.TypeIDsSize)
	}
	if f.typeOK == nil {
		f.typeOK = make([]int8, f.Header.TypeIDsSize) // bounded by checkSections
	}
	if f.typeOK[i] > 0 {
		return nil
	}
	idx, _ := u32At(f.data, uint64(f.Header.TypeIDsOff)+4*uint64(i))
	if err := f.nameErr(idx, true); err != nil {
		f.typeOK[i] = -1
		return errf(ErrBadIndex, "type_ids", int(i), int64(f.Header.TypeIDsOff)+4*int64(i), "descriptor_idx: %v", err)
	}
	f.typeOK[i] = 1
	return nil
}

// maxParameters is the most parameters a prototype may have: a method's
// arguments take at most 255 registers, each at least one.
const maxParameters = 255

// protoBudget marks, once, the prototypes past the budget: summed in
// proto_ids order, the UTF-16 units of their return and parameter
// descriptors may reach Budgets.ProtoFactor times the file's size. The
// sum is read from the strings' headers, so it costs no decoding.
func (f *File) protoBudget() []bool {
	l := f.sh
	l.protoOnce.Do(func() {
		n := f.Header.ProtoIDsSize
		units := make([]uint32, f.Header.TypeIDsSize) // 1 + each type's units, once; bounded by type_ids
		desc := func(t uint32) uint64 {
			if t >= uint32(len(units)) {
				return 0
			}
			if units[t] == 0 {
				units[t] = 1 + f.descUnits(t)
			}
			return uint64(units[t] - 1)
		}
		total, budget := uint64(0), uint64(l.budgets.ProtoFactor)*uint64(len(f.data))
		for i := uint32(0); i < n; i++ {
			id, _ := f.ProtoID(i) // in range
			total += desc(id.ReturnTypeIdx)
			if id.ParametersOff != 0 {
				if cnt, err := f.typeListSpan("proto_ids", int(i), id.ParametersOff); err == nil {
					for k := uint64(0); k < uint64(min(cnt, maxParameters+1)); k++ {
						t, _ := u16At(f.data, uint64(id.ParametersOff)+4+2*k)
						total += desc(uint32(t))
					}
				}
			}
			if total > budget {
				l.protoOver = make([]bool, n)
				for j := i; j < n; j++ {
					l.protoOver[j] = true
				}
				return
			}
		}
	})
	return l.protoOver
}

// descUnits is the utf16_size of type i's descriptor, 0 when unreadable
// (i is in range).
func (f *File) descUnits(i uint32) uint32 {
	idx, _ := u32At(f.data, uint64(f.Header.TypeIDsOff)+4*uint64(i))
	if idx >= f.Header.StringIDsSize {
		return 0
	}
	_, units, ok := f.stringBody(idx)
	if !ok {
		return 0
	}
	return min(units, 1<<31)
}

// protoShapeErr reports a prototype refused whatever its strings hold:
// too many parameters, or past the budget of protoBudget.
func (f *File) protoShapeErr(i uint32, id ProtoID) error {
	if over := f.protoBudget(); over != nil && over[i] {
		return errf(ErrTooLarge, "proto_ids", int(i), -1, "prototype descriptors past %d times the file's size (budget ProtoFactor)", f.sh.budgets.ProtoFactor)
	}
	if id.ParametersOff == 0 {
		return nil
	}
	n, err := f.typeListSpan("proto_ids", int(i), id.ParametersOff)
	if err != nil {
		return err
	}
	if n > maxParameters {
		return errf(ErrMalformed, "proto_ids", int(i), int64(id.ParametersOff), "%d parameters; a method takes at most %d", n, maxParameters)
	}
	return nil
}
