package flow

import (
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/read/dalvik"
)

// Configured addresses. Some sinks send where the app told a library to
// once, not where the call says: Retrofit resolves a service's paths
// against the base URL given to its builder (rules.Sink.BaseURL), a
// tracker SDK sends to the server the app gave it when it set it up
// (rules.TrackerServer). Their hosts are those of the app's calls giving
// the address.

// serverRule names the calls giving an address: by "Lcls;->name", the
// address's register position.
type serverRule struct {
	// pkg is the SDK's descriptor prefix: its tracker APIs send to the
	// address ("" for an annotated sink's base address).
	pkg   string
	calls map[string]int
	names map[string]bool // the calls' method names, asked first
}

// baseServer compiles an annotated sink's base-address setters, which
// take the address as their first argument; nil for none.
func baseServer(setters []string) *serverRule {
	if len(setters) == 0 {
		return nil
	}
	s := &serverRule{calls: map[string]int{}, names: map[string]bool{}}
	for _, m := range setters {
		s.add(m, 1)
	}
	return s
}

func trackerServer(t *rules.TrackerServer) *serverRule {
	s := &serverRule{pkg: t.Package, calls: map[string]int{}, names: map[string]bool{}}
	for _, c := range t.Calls {
		s.add(c.Method, c.Arg)
	}
	return s
}

// add names a call ("Lcls;->name") giving the address as register
// position pos.
func (s *serverRule) add(method string, pos int) {
	s.calls[method] = pos
	_, name, _ := strings.Cut(method, "->")
	s.names[name] = true
}

// serverOf returns the tracker servers rule of the SDK a tracker API of
// class cls belongs to, or nil.
func (r *compiled) serverOf(cls string) *serverRule {
	for _, s := range r.servers {
		if strings.HasPrefix(cls, s.pkg) {
			return s
		}
	}
	return nil
}

// serverHosts returns the host the app's calls of s give, or none when
// they give several (which one a request uses is not followed) or one
// the code does not show (a field, a server's answer). A tracker SDK's
// own code is not followed (invoke.go), so its calls are not among them.
func (w *witnesses) serverHosts(s *serverRule) []string {
	if hs, ok := w.servers[s]; ok {
		return hs
	}
	var hosts []string
	unknown := false
	for _, m := range w.reachedMethods() {
		for i := range m.insts {
			x := &m.insts[i]
			if x.Format == dalvik.FormatPayload || x.flags()&dalvik.IsInvoke == 0 {
				continue
			}
			in := m.inst(i)
			if !namesMethod(in) {
				continue
			}
			c := w.e.calleeOf(m.file, in.Index) // resolved once per dex and index
			if !c.ok || !s.names[c.ref.Name] {
				continue
			}
			ref := c.ref
			pos, ok := s.calls[ref.Class+"->"+ref.Name]
			regs := in.ArgRegs()
			if !ok || pos >= len(regs) || !addressType(regType(isStatic(in.Op), ref.Class, ref.Proto.Parameters, pos)) {
				continue
			}
			var aw addrWalk
			w.addrStrings(m, i, regs[pos], 0, &aw)
			hs := aw.hosts()
			if len(hs) != 1 {
				unknown = true
			}
			for _, h := range hs {
				if !slices.Contains(hosts, h) {
					hosts = append(hosts, h)
				}
			}
		}
	}
	if unknown || len(hosts) != 1 {
		hosts = nil
	}
	if w.servers == nil {
		w.servers = map[*serverRule][]string{}
	}
	w.servers[s] = hosts
	return hosts
}

// regType returns the declared type of the value in register position
// pos of a call (0 the receiver of an instance call), or "" for the
// second half of a wide value or a position past the arguments.
func regType(static bool, class string, params []string, pos int) string {
	if !static && pos == 0 {
		return class
	}
	for k, p := range params {
		if paramSlot(static, params, k) == pos {
			return p
		}
	}
	return ""
}
