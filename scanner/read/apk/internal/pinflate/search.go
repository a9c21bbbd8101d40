package pinflate

// find returns the first bit position in [from, to) where a valid dynamic
// block header begins. It looks at the stop flag every 4096 positions: on
// hostile input many positions can pass the cheap checks and cost a full
// header parse each (~1 µs), and Stop must not wait long for the search.
func (d *decoder) find(from, to int64) (int64, bool) {
	for p := from; p < to; p++ {
		if p&0xfff == 0 && d.stop != nil && d.stop.Load() {
			return 0, false
		}
		w := peek(d.in, p)
		// BTYPE 2, at most 286 literal/length and 30 distance codes.
		if w>>1&3 != 2 || w>>3&31 > 29 || w>>8&31 > 29 {
			continue
		}
		// The code-length code must be complete (Kraft sum 1, in 1/128s).
		nclen := int(w>>13&15) + 4
		c := peek(d.in, p+17)
		left := 128
		for i := range nclen {
			if l := c >> (3 * i) & 7; l != 0 {
				left -= 128 >> l
			}
		}
		if left != 0 {
			continue
		}
		r := bitReader{in: d.in, bit: p + 3}
		if _, _, err := dynamicLengths(&r, &d.lens, &d.cl); err == nil {
			return p, true
		}
	}
	return 0, false
}
