package blocklist

import (
	"bytes"
	"net/netip"
)

// kind is what one trimmed line is.
type kind int

const (
	kindBlank       kind = iota
	kindComment          // `# …` (hosts files), `! …` (filter lists)
	kindHeader           // `[Adblock Plus 2.0]`, `[uBlock Origin]`, `[AdGuard]`
	kindHosts            // `0.0.0.0 ads.example.com [more names] [# comment]`
	kindDomain           // `ads.example.com`
	kindFilter           // only filter syntax writes this: `||x^`, `@@…`, `x##.ad`, `…$script`
	kindMaybeFilter      // filter syntax allows this (`/ads/`, `-banner.`), and so do other texts
	kindOther
)

// classify says what line is; for a domain, or a filter blocking a whole
// host, it also returns the host's hash (0 otherwise).
func classify(line []byte) (kind, uint64) {
	if len(line) == 0 {
		return kindBlank, 0
	}
	switch line[0] {
	case '!':
		return kindComment, 0
	case '#':
		if cosmetic(line) {
			return kindFilter, 0
		}
		return kindComment, 0
	case '[':
		if header(line) {
			return kindHeader, 0
		}
		return kindOther, 0
	}
	if hostsEntry(line) {
		return kindHosts, 0
	}
	if h, ok := bareDomain(line); ok {
		return kindDomain, h
	}
	return filter(line)
}

// header recognises a filter list's first line, `[Adblock Plus 2.0]` and
// the like, and not an INI section.
func header(line []byte) bool {
	if line[len(line)-1] != ']' {
		return false
	}
	l := bytes.ToLower(line)
	return bytes.Contains(l, []byte("adblock")) || bytes.Contains(l, []byte("ublock")) || bytes.Contains(l, []byte("adguard"))
}

// hostsEntry recognises `ADDRESS NAME…`, where the address is one a block
// list sends names to (0.0.0.0, ::, loopback) and the names are made of
// host-name characters. Mappings to real addresses are not block entries:
// the lines of a hosts file's header (`255.255.255.255 broadcasthost`), or
// an app pinning a host to its server.
func hostsEntry(line []byte) bool {
	i := bytes.IndexAny(line, " \t")
	if i < 0 {
		return false
	}
	if !nullAddr(line[:i]) {
		return false
	}
	names := 0
	ok := eachName(line, func(n []byte) bool {
		names++
		for _, b := range n {
			if !hostByte(lower(b)) && b != '.' {
				return false
			}
		}
		return true
	})
	return ok && names > 0
}

// nullAddr reports whether a is an address block lists send names to:
// 0.0.0.0 (or another of 0.0.0.0/8), loopback, or IPv6's :: and ::1.
func nullAddr(a []byte) bool {
	if len(a) == 0 || !(a[0] >= '0' && a[0] <= '9' || a[0] == ':') {
		return false
	}
	if bytes.IndexByte(a, ':') >= 0 {
		// Rare in lists (`::1 ads.example.com`): netip's parse is worth
		// its allocation here.
		addr, err := netip.ParseAddr(string(a))
		return err == nil && (addr.IsUnspecified() || addr.IsLoopback())
	}
	var oct [4]int
	n, digits := 0, 0
	for _, b := range a {
		switch {
		case b == '.' && digits > 0 && n < 3:
			n, digits = n+1, 0
		case b >= '0' && b <= '9' && digits < 3:
			oct[n] = oct[n]*10 + int(b-'0')
			digits++
		default:
			return false
		}
	}
	if n != 3 || digits == 0 || max(oct[0], oct[1], oct[2], oct[3]) > 255 {
		return false
	}
	return oct[0] == 0 || oct[0] == 127
}

// eachName calls fn for each name after a hosts-file line's address, up
// to a `#` comment, until fn returns false; it returns false then.
func eachName(line []byte, fn func(name []byte) bool) bool {
	if i := bytes.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	first := true
	for len(line) > 0 {
		line = bytes.TrimLeft(line, " \t")
		end := bytes.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		field := line[:end]
		line = line[end:]
		if len(field) == 0 {
			break
		}
		if !first && !fn(field) {
			return false
		}
		first = false
	}
	return true
}

// bareDomain recognises a line that is one host name, optionally followed
// by a `#` comment. Names shaped like Java packages (`com.foo.bar`) or
// file names (`logo.png`) are not taken for hosts: lists of those are not
// block lists.
func bareDomain(line []byte) (uint64, bool) {
	if i := bytes.Index(line, []byte(" #")); i >= 0 {
		line = bytes.TrimSpace(line[:i])
	} else if i := bytes.Index(line, []byte("\t#")); i >= 0 {
		line = bytes.TrimSpace(line[:i])
	}
	line = bytes.TrimPrefix(line, []byte("*."))
	h, ok := hostHash(line)
	if !ok || packageShaped(line) || fileShaped(line) {
		return 0, false
	}
	return h, true
}

// filter classifies what is left: filter syntax or another text.
func filter(line []byte) (kind, uint64) {
	if cosmetic(line) {
		return kindFilter, 0 // element hiding: selectors may hold spaces
	}
	if bytes.ContainsAny(line, " \t") {
		return kindOther, 0
	}
	switch {
	case bytes.HasPrefix(line, []byte("||")):
		if h, ok := anchoredHost(line[2:]); ok {
			return kindFilter, h
		}
		if len(line) > 2 && (hostByte(lower(line[2])) || line[2] == '*') {
			return kindFilter, 0 // `||ad.`, `||t*.example.com/x`
		}
		return kindOther, 0
	case bytes.HasPrefix(line, []byte("@@")) && len(line) > 2:
		return kindFilter, 0 // exceptions unblock: no blocked host
	case line[0] == '|' && schemeAnchor(line[1:]) >= 0:
		h, _ := anchoredHost(line[1+schemeAnchor(line[1:]):])
		return kindFilter, h
	case hasOptions(line) || bytes.HasSuffix(line, []byte("^")) || bytes.HasSuffix(line, []byte("^|")):
		return kindFilter, 0
	case maybeFilter(line):
		return kindMaybeFilter, 0
	}
	return kindOther, 0
}

// maybeFilter: a URL pattern without spaces. Quotes, braces, semicolons,
// angle brackets, a trailing comma or colon and a leading `key=` are code,
// markup, JSON, YAML or properties, which filter lines do not write.
func maybeFilter(line []byte) bool {
	if bytes.ContainsAny(line, "\"'{};<>") {
		return false
	}
	if last := line[len(line)-1]; last == ',' || last == ':' {
		return false
	}
	if i := bytes.IndexByte(line, '='); i > 0 && identifier(line[:i]) {
		return false
	}
	return true
}

// identifier: letters, digits, `_` and `.`, starting with a letter or `_`,
// as properties keys are written.
func identifier(s []byte) bool {
	for i, b := range s {
		letter := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
		if !letter && (i == 0 || !(b >= '0' && b <= '9' || b == '.')) {
			return false
		}
	}
	return true
}
