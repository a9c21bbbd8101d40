package dex

import (
	"encoding/binary"
	"slices"
)

// Code is a decoded code_item.
type Code struct {
	Off           uint32 // offset of the code_item in the file
	RegistersSize uint16
	InsSize       uint16
	OutsSize      uint16
	DebugInfoOff  uint32
	Insns         []uint16 // the bytecode, in 16-bit code units
	Tries         []Try
}

// Try is a try_item with its catch handler decoded.
type Try struct {
	StartAddr uint32 // first covered code unit
	InsnCount uint16 // number of covered code units
	Handler   CatchHandler
}

// CatchHandler is an encoded_catch_handler.
type CatchHandler struct {
	Off          uint16 // handler_off: byte offset within the encoded_catch_handler_list
	Handlers     []TypeAddr
	HasCatchAll  bool
	CatchAllAddr uint32
}

// TypeAddr is an encoded_type_addr_pair: an exception type and its handler.
type TypeAddr struct {
	TypeIdx uint32
	Addr    uint32
}

// codeHeaderSize is the fixed part of a code_item before insns.
const codeHeaderSize = 16

// Code decodes the code_item at off, including its tries and handlers.
func (f *File) Code(off uint32) (*Code, error) {
	c := new(Code)
	if err := f.CodeInto(off, c); err != nil {
		return nil, err
	}
	return c, nil
}

// CodeInto is Code into c, reusing the capacity of c.Insns: a caller that
// reads the code of every method one at a time (an indexer) allocates one
// instruction buffer, not one per method. On error c is left zeroed but for
// its buffer.
func (f *File) CodeInto(off uint32, c *Code) error {
	return f.codeInto(off, f.codeEnd(off), c)
}

// MethodCodeInto is CodeInto for a method given by a walk (Methods,
// MethodRefsRange, MethodsLazyRange), which knows where its code_item must
// end without a search.
func (f *File) MethodCodeInto(m *Method, c *Code) error {
	end := uint64(m.codeEnd)
	if end == 0 {
		end = f.codeEnd(m.CodeOff)
	}
	return f.codeInto(m.CodeOff, end, c)
}

// codeInto is CodeInto with the code_item's window end known.
func (f *File) codeInto(off uint32, end uint64, c *Code) error {
	insns := c.Insns[:0]
	*c = Code{}
	insnsEnd, triesSize, err := f.codeHeader(off, end, c)
	if err != nil {
		c.Insns = insns
		return err
	}
	raw := f.data[uint64(off)+codeHeaderSize : insnsEnd]
	c.Insns = slices.Grow(insns, len(raw)/2)[:len(raw)/2] // bounded: the bytes exist
	for k := range c.Insns {
		c.Insns[k] = binary.LittleEndian.Uint16(raw[2*k:])
	}
	if triesSize > 0 {
		if c.Tries, err = f.readTries(off, end, insnsEnd, len(c.Insns), triesSize); err != nil {
			*c = Code{Insns: c.Insns[:0]}
			return err
		}
	}
	return nil
}

// codeEnd is where the code_item at off must end: the next distinct
// code_off of the file's methods, or the end of the file (see shared).
func (f *File) codeEnd(off uint32) uint64 {
	return windowEndHint(f.classIndex().codeSorted, off, uint64(len(f.data)), &f.codeHint)
}

// codeHeader reads the fixed fields into c and checks that insns fit in the
// file and before end, where the next code_item begins.
func (f *File) codeHeader(off uint32, end uint64, c *Code) (insnsEnd uint64, triesSize uint16, err error) {
	b, ok := span(f.data, uint64(off), codeHeaderSize)
	if !ok {
		return 0, 0, truncated("code_item", -1, int64(off))
	}
	le := binary.LittleEndian
	c.Off, c.RegistersSize, c.InsSize, c.OutsSize = off, le.Uint16(b), le.Uint16(b[2:]), le.Uint16(b[4:])
	c.DebugInfoOff = le.Uint32(b[8:])
	triesSize = le.Uint16(b[6:])
	n := uint64(le.Uint32(b[12:]))
	if _, ok := span(f.data, uint64(off)+codeHeaderSize, 2*n); !ok {
		return 0, 0, errf(ErrTruncated, "code_item", -1, int64(off), "insns_size %d past end of file", n)
	}
	if uint64(off)+codeHeaderSize+2*n > end {
		return 0, 0, errf(ErrMalformed, "code_item", -1, int64(off), "insns_size %d runs into the next code_item at %#x", n, end)
	}
	return uint64(off) + codeHeaderSize + 2*n, triesSize, nil
}

// readTries decodes tries_size try_items (after 2 bytes of padding when
// insns_size is odd) and the encoded_catch_handler_list that follows.
func (f *File) readTries(off uint32, end, insnsEnd uint64, nInsns int, triesSize uint16) ([]Try, error) {
	triesOff := insnsEnd
	if nInsns%2 == 1 {
		triesOff += 2
	}
	tb, ok := span(f.data[:end], triesOff, 8*uint64(triesSize))
	if !ok {
		return nil, errf(ErrTruncated, "code_item", -1, int64(off), "%d try_items past end of file", triesSize)
	}
	handlers, err := f.readHandlerList(off, triesOff+8*uint64(triesSize), end)
	if err != nil {
		return nil, err
	}
	tries := make([]Try, triesSize)
	le := binary.LittleEndian
	for k := range tries {
		t := &tries[k]
		t.StartAddr, t.InsnCount = le.Uint32(tb[8*k:]), le.Uint16(tb[8*k+4:])
		hoff := le.Uint16(tb[8*k+6:])
		h, ok := handlers[hoff]
		if !ok {
			return nil, errf(ErrMalformed, "code_item", -1, int64(off), "try_item %d: handler_off %#x is not the start of a handler", k, hoff)
		}
		t.Handler = h
	}
	return tries, nil
}

// readHandlerList decodes the whole encoded_catch_handler_list once, keyed
// by each handler's byte offset in the list. Decoding per try_item instead
// would let 65535 tries re-read one huge handler; like ART, a handler_off
// that does not start a listed handler is rejected. The list must end by
// end, where the next code_item begins.
func (f *File) readHandlerList(off uint32, listOff, end uint64) (map[uint16]CatchHandler, error) {
	c := cursor{data: f.data[:end], pos: listOff}
	n := c.uleb()
	out := make(map[uint16]CatchHandler, capHint(n, c.remaining(), 2))
	for k := uint32(0); k < n && !c.bad; k++ {
		rel := c.pos - listOff
		size := c.sleb()
		abs := size
		if abs < 0 {
			abs = -abs
		}
		h := CatchHandler{Off: uint16(rel)}
		if abs > 0 {
			h.Handlers = make([]TypeAddr, 0, capHint(uint32(abs), c.remaining(), 2))
		}
		for j := int32(0); j < abs && !c.bad; j++ {
			h.Handlers = append(h.Handlers, TypeAddr{TypeIdx: c.uleb(), Addr: c.uleb()})
		}
		if size <= 0 {
			h.HasCatchAll, h.CatchAllAddr = true, c.uleb()
		}
		if rel <= 0xffff {
			out[uint16(rel)] = h
		}
	}
	if c.bad {
		return nil, errf(ErrTruncated, "code_item", -1, int64(off), "encoded_catch_handler_list at %#x past end of file", listOff)
	}
	return out, nil
}
