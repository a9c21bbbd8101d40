package flow

// Context-sensitive returns. Inside a method, parameter k holds the
// symbolic fact "parameter k" (source id k, below maxSymParams), not the
// union of what every caller passed. A method's return summary may then
// say "returns parameter 0", and each call site substitutes its own
// argument taint: a shared helper (String.valueOf-like wrappers, getters,
// obfuscated one-letter utilities) no longer leaks one caller's data into
// every other caller's result. Where a value leaves the method (sinks,
// fields, stores, callee parameters, branch conditions) the symbolic facts
// are made concrete with the union of the callers' arguments.

// maxSymParams parameter slots get symbolic facts; later slots (rare, only
// in very long signatures) carry concrete caller taint directly.
const maxSymParams = 32

func (e *engine) initSymbolic() {
	for k := 0; k < maxSymParams; k++ {
		e.sources = append(e.sources, sourceSite{kind: kindParam, param: k, pc: -1})
		e.symParams[k] = tset{fact(k, 0)}
	}
	// The reserved top facts (taint.go).
	e.sources = append(e.sources, sourceSite{kind: kindTop, param: -1, pc: -1}, sourceSite{kind: kindIncognito, param: -1, pc: -1})
}

func symbolic(f uint32) (int, bool) {
	id := factSource(f)
	return id, id < maxSymParams
}

// withFlags moves the encode/crypto flags of a symbolic fact onto a
// substituted one and applies its negation.
func withFlags(g, sym uint32) uint32 {
	fl := factFlags(sym)
	if id := factSource(g); id == srcTop || id == srcTopInc {
		return g
	}
	return (g | fl&(flagEncode|flagCrypto|flagEmbed|flagHeap)) ^ (fl & flagNeg)
}

// concrete replaces m's symbolic parameter facts in t by what callers pass.
func (e *engine) concrete(m *method, t tset) tset {
	return e.substitute(t, m.paramTaint)
}

// substitute replaces symbolic facts k in t by vals[k].
func (e *engine) substitute(t tset, vals []tset) tset {
	hasSym := false
	for _, f := range t {
		if _, ok := symbolic(f); ok {
			hasSym = true
			break
		}
	}
	if !hasSym {
		return t
	}
	if len(t) == 1 && factFlags(t[0]) == 0 {
		// One plain parameter fact, the commonest case: its value is
		// already a set, and sets are shared, never modified.
		if k := factSource(t[0]); k < len(vals) && len(vals[k]) > 0 {
			return vals[k]
		}
		return nil
	}
	n := 0
	for _, f := range t {
		if k, ok := symbolic(f); !ok {
			n++
		} else if k < len(vals) {
			n += len(vals[k])
		}
	}
	if n == 0 {
		return nil
	}
	out := make(tset, 0, n)
	for _, f := range t {
		k, ok := symbolic(f)
		if !ok {
			out = append(out, f)
			continue
		}
		if k < len(vals) {
			for _, g := range vals[k] {
				out = append(out, withFlags(g, f))
			}
		}
	}
	return normalize(out)
}

// entryFrame seeds the parameter registers of m in f, a zeroed frame of
// nregs+1 slots.
func (e *engine) entryFrame(m *method, nregs int, f frame) {
	ins := int(m.body().InsSize)
	base := nregs - ins
	for k := 0; k < ins; k++ {
		if base+k < 0 || base+k >= nregs {
			continue
		}
		if k < maxSymParams {
			f[base+k] = e.symParams[k]
		} else if k < len(m.paramTaint) {
			f[base+k] = m.paramTaint[k]
		}
	}
}

// throws adds t to what m throws (its handlers' move-exception reads it,
// and so do its callers'), and has m's callers analysed again when that
// grows: an exception made with the data in a callee reaches the caller's
// catch. What library code throws is left out (its precondition messages
// cost a tenth more steps on a browser).
func (e *engine) throws(m *method, t tset) {
	if u := union(m.thrown, t); len(u) != len(m.thrown) {
		m.thrown = u
		e.callersAgain(m)
	}
}

// callersAgain has m's callers analysed again: what m gives them (its
// return, what it throws, what it adds to their objects) grew.
func (e *engine) callersAgain(m *method) {
	for _, cs := range m.callers {
		e.enqueue(cs.m)
	}
}
