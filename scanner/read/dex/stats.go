package dex

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Stats summarises a dex file. The id counts are the header's; CodeItems
// and Instructions come from walking every class_data_item.
type Stats struct {
	Strings, Types, Protos, Fields, Methods, Classes int

	// CodeItems counts distinct code_item offsets reached through class data.
	CodeItems int
	// MethodsWithCode counts encoded methods with a non-zero code_off;
	// it exceeds CodeItems only when methods share a code_item.
	MethodsWithCode int
	// Instructions is the number of dalvik.Walk steps over the code of
	// every method with code, counted per method as `dexdump -d` prints
	// them (a shared code_item is printed, and counted, once per method).
	// It equals the number of `|ADDR:` lines of `dexdump -d`.
	Instructions int
}

// Stats walks every class, method and instruction of the file. Broken
// classes and methods are reported in the returned errors and skipped; the
// counts cover everything that could be read.
func (f *File) Stats() (st Stats, errs []error) {
	h := &f.Header
	st = Stats{Strings: int(h.StringIDsSize), Types: int(h.TypeIDsSize), Protos: int(h.ProtoIDsSize),
		Fields: int(h.FieldIDsSize), Methods: int(h.MethodIDsSize), Classes: int(h.ClassDefsSize)}
	counts := make(map[uint32]int) // code_off -> instructions, so shared code is walked once
	var buf []uint16
	var cerrs errList
	diags, err := f.Classes(func(cd ClassDef, data *ClassData) error {
		if data == nil {
			return nil
		}
		for _, list := range [2][]EncodedMethod{data.DirectMethods, data.VirtualMethods} {
			for _, em := range list {
				if em.CodeOff == 0 {
					continue
				}
				st.MethodsWithCode++
				n, seen := counts[em.CodeOff]
				if !seen {
					var err error
					n, buf, err = f.countInsns(em, buf)
					if err != nil {
						cerrs.add(err)
					}
					counts[em.CodeOff] = n
				}
				st.Instructions += n
			}
		}
		return nil
	})
	st.CodeItems = len(counts)
	errs = append(diags, cerrs.list()...)
	if err != nil {
		errs = append(errs, err)
	}
	return st, errs
}

// countInsns walks the insns of one code_item, reusing buf for the code
// units so a full pass allocates nothing per method.
func (f *File) countInsns(em EncodedMethod, buf []uint16) (n int, _ []uint16, err error) {
	defer catch(&err)
	var c Code
	window := uint64(em.end)
	if window == 0 {
		window = f.codeEnd(em.CodeOff)
	}
	end, _, err := f.codeHeader(em.CodeOff, window, &c)
	if err != nil {
		return 0, buf, f.methodErr(em, err)
	}
	raw := f.data[uint64(em.CodeOff)+codeHeaderSize : end]
	buf = buf[:0]
	for k := 0; k+1 < len(raw); k += 2 {
		buf = append(buf, binary.LittleEndian.Uint16(raw[k:]))
	}
	n, werr := dalvik.CountErr(buf) // Walk's count and errors, without decoding operands
	if werr != nil {
		// Keep both sentinels reachable: ours and dalvik's (e.g. dalvik.ErrTruncated).
		fe := &FormatError{Section: "code_item", Index: -1, Off: int64(em.CodeOff), Msg: werr.Error(),
			Err: errors.Join(ErrMalformed, werr)}
		err = f.methodErr(em, fe)
	}
	return n, buf, err
}

// methodErr names the method a code error belongs to.
func (f *File) methodErr(em EncodedMethod, err error) error {
	name, rerr := f.ResolveMethod(em.MethodIdx)
	if rerr != nil {
		name = fmt.Sprintf("method@%d", em.MethodIdx)
	}
	return fmt.Errorf("%w (method %s)", err, name)
}
