package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/scanner/read/dalvik"
	"github.com/apkscan/apkscan/scanner/read/dex"
)

// Where data goes. A network finding names the hosts its request is sent
// to when the code shows them: an http(s) URL written as a constant (or
// the constant start of one a StringBuilder, concat or format builds, or
// a static final String, or a host given apart from its scheme to a
// Uri.Builder or a URL) where the sink's URL, request or connection was
// made, in the straight-line code before the sink, or passed by the
// callers of the method that made it. What the code does not show (a URL
// read from a field or a server's answer) names no host.

const (
	maxAddrHops  = 16  // definitions followed back from one register
	maxAddrDepth = 3   // methods climbed (callers' arguments) or entered (a getter's return)
	maxAddrWork  = 512 // definitions followed for one sink statement
	maxHosts     = 3
	// maxAddrTargets bounds the implementations of a called method whose
	// returns are followed (a base class's default and its override).
	maxAddrTargets = 4
)

// addrWalk is one sink statement's walk back to its address: the strings
// found and the definitions followed. When the data came into the sink's
// method (in) by one call (by), its callers' addresses are that call's:
// a helper post(url, body) the app calls with many addresses sends the
// data to the one its caller gave.
type addrWalk struct {
	strs []string
	work int
	in   *method
	by   callSite
}

// hostsKey is a sink statement and the call its data came in by (the
// zero callSite: any).
type hostsKey struct{ at, by callSite }

// sinkHosts returns the hosts a network sink statement sends the data
// that came in by call by to, sorted; the answers are kept (a statement
// is asked for each source reaching it, and whether it is a tracker's).
func (w *witnesses) sinkHosts(cs, by callSite) []string {
	k := hostsKey{cs, by}
	if hs, ok := w.hostsAt[k]; ok {
		return hs
	}
	hs := w.findHosts(cs, by)
	if w.hostsAt == nil {
		w.hostsAt = map[hostsKey][]string{}
	}
	w.hostsAt[k] = hs
	return hs
}

func (w *witnesses) findHosts(cs, by callSite) []string {
	i := cs.m.instAt(cs.pc)
	if i < 0 {
		return nil
	}
	in := cs.m.inst(i)
	if in.Op >= dalvik.OpReturn && in.Op <= dalvik.OpReturnObject && w.e.returnSink(cs.m) != nil {
		return w.madeWithHosts(cs.m.cls)
	}
	if !namesMethod(in) {
		return nil
	}
	m, regs := cs.m, in.ArgRegs()
	c := w.e.calleeOf(m.file, in.Index)
	if c.ok && c.server != nil {
		return w.serverHosts(c.server)
	}
	if c.ok && c.sinkKind == SinkTracker {
		return nil // a tracker's API is given data, not an address
	}
	if c.ok && len(c.originSink) > 0 {
		// A stream write: the connection its stream came from.
		_, o := w.streamSink(cs, c)
		if o == nil {
			return nil
		}
		if i = o.m.instAt(o.pc); i < 0 {
			return nil
		}
		m, in = o.m, o.m.inst(i)
		regs = in.ArgRegs()
	}
	aw := addrWalk{in: cs.m, by: by}
	for k, r := range regs {
		if k == 0 && !isStatic(in.Op) && !addressHolder(m, in) {
			continue // a WebView's earlier loads say nothing of this one
		}
		w.addrStrings(m, i, r, 0, &aw)
	}
	return aw.hosts()
}

// hosts returns the hosts of the URLs a walk found, sorted, at most
// maxHosts. A scheme found alone is joined to the piece found after it.
func (aw *addrWalk) hosts() []string {
	var hosts []string
	for k, s := range aw.strs {
		if strings.HasSuffix(s, "://") && k+1 < len(aw.strs) {
			s += aw.strs[k+1] // "https://" + host, appended in turn
		}
		if h := urlHost(s); h != "" && !slices.Contains(hosts, h) {
			hosts = append(hosts, h)
		}
	}
	slices.Sort(hosts)
	return hosts[:min(len(hosts), maxHosts)]
}

// addrStrings collects the constant strings the object in register r
// before instruction i of m was made from, as far as addresses go: the
// string itself, a URL's or request's address, the pieces a string was
// built from.
func (w *witnesses) addrStrings(m *method, i int, r uint32, depth int, aw *addrWalk) {
	for hop := 0; hop < maxAddrHops && aw.work < maxAddrWork; hop++ {
		aw.work++
		in, j, ok := m.lastWrite(i, r)
		if !ok {
			w.callerStrings(m, i, r, depth, aw)
			return
		}
		switch {
		case in.Op >= dalvik.OpMoveObject && in.Op <= dalvik.OpMoveObject16:
			r, i = in.B, j
		case in.Op == dalvik.OpCheckCast:
			i = j
		case in.Op == dalvik.OpConstString || in.Op == dalvik.OpConstStringJumbo:
			if s, err := m.file.String(in.Index); err == nil {
				aw.strs = append(aw.strs, s)
			}
			return
		case in.Op == dalvik.OpSgetObject:
			if s, ok := w.e.staticString(m, in); ok {
				aw.strs = append(aw.strs, s)
			} else {
				w.fieldStrings(m, in, depth, aw)
			}
			return
		case in.Op == dalvik.OpIgetObject:
			w.fieldStrings(m, in, depth, aw)
			return
		case in.Op == dalvik.OpNewInstance:
			w.madeFrom(m, j, i, r, depth, aw)
			return
		case in.Op == dalvik.OpMoveResultObject && j > 0:
			call := m.inst(j - 1)
			next, ok := w.resultFrom(m, j-1, call, depth, aw)
			if !ok {
				return
			}
			r, i = next, j-1
		default:
			return
		}
	}
}

// resultFrom handles a call whose result the address is: it collects
// what the call was given and reports the register (its receiver) to
// follow further back, if any.
func (w *witnesses) resultFrom(m *method, j int, call dalvik.Inst, depth int, aw *addrWalk) (uint32, bool) {
	if call.Flags()&dalvik.IsInvoke == 0 {
		return 0, false
	}
	if !namesMethod(call) {
		return 0, false
	}
	c := w.e.calleeOf(m.file, call.Index)
	if !c.ok {
		return 0, false
	}
	regs := call.ArgRegs()
	static := isStatic(call.Op)
	if targets := m.calls[call.PC]; len(targets) > 0 && len(targets) <= maxAddrTargets && !c.framework && depth < maxAddrDepth {
		for _, t := range targets {
			w.returnedStrings(t, depth+1, aw) // an app method returning the address
		}
		return 0, false
	}
	w.argStrings(m, j, c.ref, regs, static, depth, aw)
	if static || len(regs) == 0 || !addressType(c.ref.Class) && !builderType(c.ref.Class) {
		return 0, false
	}
	return regs[0], true // a builder's or a URL's own address
}

// madeFrom collects what the constructor of the object new-instance at
// from made in register r was given, and what calls before instruction to
// gave it afterwards (a request builder's url(), a StringBuilder's
// appends).
func (w *witnesses) madeFrom(m *method, from, to int, r uint32, depth int, aw *addrWalk) {
	for k, call := range m.callsOn(from, to, r) {
		if !namesMethod(call) {
			continue
		}
		regs := call.ArgRegs()
		c := w.e.calleeOf(m.file, call.Index)
		if !c.ok {
			continue
		}
		w.argStrings(m, k, c.ref, regs, false, depth, aw)
	}
}

// argStrings collects what the arguments of the call at instruction i
// of m that are addresses or the pieces of one (by declared type) were
// made from.
func (w *witnesses) argStrings(m *method, i int, ref dex.MethodRef, regs []uint32, static bool, depth int, aw *addrWalk) {
	host := hostArg(ref)
	for k, p := range ref.Proto.Parameters {
		if q := declaredArg(static, ref, k); q < len(regs) && addressType(p) {
			n := len(aw.strs)
			w.addrStrings(m, i, regs[q], depth, aw)
			for x := n; k == host && x < len(aw.strs); x++ {
				aw.strs[x] = "https://" + aw.strs[x] // a host given apart from its scheme
			}
		}
	}
}

// hostArg returns the declared argument of a call that names a host on
// its own (Uri.Builder's authority("api.example.com"), new URL("https",
// host, "/track")), or -1.
func hostArg(ref dex.MethodRef) int {
	switch {
	case ref.Class == "Landroid/net/Uri$Builder;" && (ref.Name == "authority" || ref.Name == "encodedAuthority"),
		ref.Class == "Lokhttp3/HttpUrl$Builder;" && ref.Name == "host":
		return 0
	case ref.Class == "Ljava/net/URL;" && ref.Name == "<init>" && len(ref.Proto.Parameters) >= 3 && ref.Proto.Parameters[0] == typeString:
		return 1
	}
	return -1
}

// returnedStrings collects what an app method returns, when its return
// statements return constants.
func (w *witnesses) returnedStrings(t *method, depth int, aw *addrWalk) {
	if !t.hasCode() || t.oversized {
		return
	}
	t.decode(&w.e.cfg)
	for i := range t.insts {
		if t.insts[i].Op == dalvik.OpReturnObject {
			w.addrStrings(t, i, t.inst(i).A, depth, aw)
		}
	}
}

// callerStrings collects what the direct callers of m pass as the
// parameter register r holds before instruction i.
func (w *witnesses) callerStrings(m *method, i int, r uint32, depth int, aw *addrWalk) {
	slot := m.paramBefore(i, int32(r))
	if slot < 0 || depth >= maxAddrDepth {
		return
	}
	for _, cs := range w.directCallers(m) {
		if m == aw.in && aw.by.m != nil && cs != aw.by {
			continue
		}
		ci := cs.m.instAt(cs.pc)
		if ci < 0 {
			continue
		}
		if regs := cs.m.inst(ci).ArgRegs(); slot < len(regs) {
			w.addrStrings(cs.m, ci, regs[slot], depth+1, aw)
		}
	}
}

// addressHolder reports whether the receiver of a call may hold the
// address the call sends to: a URL, a connection, a request builder.
func addressHolder(m *method, in dalvik.Inst) bool {
	ref, err := m.file.MethodRef(in.Index)
	return err == nil && (addressType(ref.Class) || builderType(ref.Class))
}

// addressType reports whether a value of declared type t may be an
// address or a piece of one: a string, a URL, URI or Uri, OkHttp's
// HttpUrl or Request.
func addressType(t string) bool {
	switch t {
	case typeString, "Ljava/lang/CharSequence;", "Ljava/lang/Object;", "Ljava/net/URL;", "Ljava/net/URI;",
		"Landroid/net/Uri;", "Lokhttp3/HttpUrl;", "Lokhttp3/Request;":
		return true
	}
	return false
}

// builderType reports whether calls on an object of class t return an
// object made from it (a builder's build(), a StringBuilder's toString()).
func builderType(t string) bool {
	return strings.HasSuffix(t, "$Builder;") || t == "Ljava/lang/StringBuilder;" || t == "Ljava/lang/StringBuffer;" ||
		t == "Landroid/net/Uri$Builder;" || t == "Ljava/net/HttpURLConnection;" || t == "Ljava/net/URLConnection;" ||
		t == "Ljavax/net/ssl/HttpsURLConnection;"
}
