package match

import (
	"regexp"
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
	if !standalone(v, urlStart(v, l)) {
		return "", false
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
	raw   string
	host  string // lower-case, without port or userinfo
	path  string // path and ?query, without #fragment
	start int    // where raw starts in the string
}

// maxURLsPerString bounds the work on one pathological string full of "://".
const maxURLsPerString = 64

// findURLs extracts URLs with a scheme from free text. It is deliberately
// simple: URLs in app strings are often templates (`%s`, `{id}`) that a
// strict parser would reject.
func findURLs(v string) []foundURL {
	var out []foundURL
	rest, base := v, 0
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
			u := splitURL(rest[s:e], rest[i+3:e])
			u.start = base + s
			out = append(out, u)
		}
		rest, base = rest[e:], base+e
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

// configPrefix is what may stand before a host or URL that a string holds
// as a value: nothing, a quote, an opening tag, or one key with = or :
// (`host=`, `"endpoint": "`, `<string name="url">`).
var configPrefix = regexp.MustCompile(`^(?:["']|<[^<>]*>|["']?[A-Za-z0-9_.\-]+["']?\s*[:=]\s*["']?)?$`)

// standalone reports whether the host or URL at start of v is what the
// string holds, rather than text around it: documentation links in log
// and exception messages (`…please see https://help.example.com`), JSON
// fragments in code (`","link_url":"https://…`) and "e.g." examples name a
// host, but the app does not talk to it, and it is no evidence of an
// endpoint or a tracker.
func standalone(v string, start int) bool {
	return configPrefix.MatchString(strings.TrimSpace(v[:start]))
}

// urlStart is where the URL a host token at l belongs to starts (its
// scheme, or userinfo), or l for a bare host.
func urlStart(v string, l int) int {
	i := strings.LastIndex(v[:l], "://")
	if i < 0 || strings.IndexFunc(v[i+3:l], func(r rune) bool { return r != '@' && !isURLChar(r) }) >= 0 {
		return l // no URL runs up to the host
	}
	for i > 0 && isSchemeChar(v[i-1]) {
		i--
	}
	return i
}

func isURLChar(r rune) bool { return r < 0x80 && !isURLStop(byte(r)) }
