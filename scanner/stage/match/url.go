package match

import (
	"strings"

	"github.com/apkscan/apkscan/rules"
)

// hostAt checks an automaton hit [start,end) of a host pattern's domain
// against the whole host-name token around it. Expanding to the token is
// what keeps `sensorsdata.cn` from matching `xsensorsdata.cn` or
// `sensorsdata.cn.example.org`, with or without a URL scheme around it.
func hostAt(v string, start, end int, pattern string) (string, bool) {
	l, r := start, end
	for l > 0 && isHostChar(v[l-1]) {
		l--
	}
	for r < len(v) && isHostChar(v[r]) {
		r++
	}
	tok := strings.ToLower(strings.Trim(v[l:r], ".-"))
	base, wild := strings.CutPrefix(pattern, "*.")
	if tok == base || wild && strings.HasSuffix(tok, "."+base) {
		return tok, true
	}
	return "", false
}

func isHostChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
}

// foundURL is a scheme://host[:port]/path?query run found inside a string.
type foundURL struct {
	raw  string
	host string // lower-case, without port or userinfo
	path string // path and ?query, without #fragment
}

// maxURLsPerString bounds the work on one pathological string full of "://".
const maxURLsPerString = 64

// findURLs extracts URLs with a scheme from free text. It is deliberately
// simple: URLs in app strings are often templates (`%s`, `{id}`) that a
// strict parser would reject.
func findURLs(v string) []foundURL {
	var out []foundURL
	rest := v
	for len(out) < maxURLsPerString {
		i := strings.Index(rest, "://")
		if i < 0 {
			break
		}
		s := i
		for s > 0 && isSchemeChar(rest[s-1]) {
			s--
		}
		e := i + 3
		for e < len(rest) && !isURLStop(rest[e]) {
			e++
		}
		if s < i {
			out = append(out, splitURL(rest[s:e], rest[i+3:e]))
		}
		rest = rest[e:]
	}
	return out
}

func splitURL(raw, afterScheme string) foundURL {
	hp, path := afterScheme, ""
	if j := strings.IndexAny(afterScheme, "/?#"); j >= 0 {
		hp, path = afterScheme[:j], afterScheme[j:]
	}
	if j := strings.IndexByte(path, '#'); j >= 0 {
		path = path[:j]
	}
	if j := strings.LastIndexByte(hp, '@'); j >= 0 {
		hp = hp[j+1:]
	}
	if j := strings.LastIndexByte(hp, ':'); j >= 0 && !strings.Contains(hp[j:], "]") {
		hp = hp[:j]
	}
	return foundURL{raw: raw, host: strings.ToLower(hp), path: path}
}

func isSchemeChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// isURLStop ends a URL at whitespace, quotes and brackets that delimit URLs
// in JSON, HTML and log text.
func isURLStop(c byte) bool {
	return c <= ' ' || strings.IndexByte("\"'<>`{}|\\^", c) >= 0
}

// urlMatches reports whether u satisfies p: any host and any path, each
// list empty meaning "any".
func urlMatches(u foundURL, p *rules.URLPattern) bool {
	if len(p.Hosts) > 0 && !anyHost(u.host, p.Hosts) {
		return false
	}
	if len(p.Paths) == 0 {
		return true
	}
	for _, pat := range p.Paths {
		// A path pattern is a prefix: `/sa?project=` matches `/sa?project=x`.
		if glob(pat+"*", u.path) {
			return true
		}
	}
	return false
}

func anyHost(host string, pats []string) bool {
	for _, p := range pats {
		base, wild := strings.CutPrefix(p, "*.")
		if host == base || wild && strings.HasSuffix(host, "."+base) {
			return true
		}
	}
	return false
}

// glob matches s against pattern where `*` matches any run of bytes
// (including `/`). It runs in O(len(pattern)·len(s)) at worst, never
// exponentially, because it backtracks only to the last star.
func glob(pattern, s string) bool {
	px, sx := 0, 0
	nextPx, nextSx := -1, -1
	for px < len(pattern) || sx < len(s) {
		if px < len(pattern) {
			if c := pattern[px]; c == '*' {
				nextPx, nextSx = px, sx+1
				px++
				continue
			} else if sx < len(s) && s[sx] == c {
				px++
				sx++
				continue
			}
		}
		if nextPx >= 0 && nextSx <= len(s) {
			px, sx = nextPx, nextSx
			continue
		}
		return false
	}
	return true
}
