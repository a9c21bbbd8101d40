package blocklist

import "bytes"

// cosmeticSeps separate a filter's domains from an element-hiding selector
// or a snippet: Adblock Plus (`##`, `#@#`, `#?#`, `#$#`), uBlock Origin and
// AdGuard (`#@?#`, `#@$#`, `#%#`, `#@%#`).
var cosmeticSeps = [][]byte{
	[]byte("#@?#"), []byte("#@$#"), []byte("#@%#"), []byte("#@#"), []byte("#?#"), []byte("#$#"), []byte("#%#"), []byte("##"),
}

// cosmetic recognises an element-hiding or snippet filter: an optional
// comma-separated domain list, a separator, and a selector that does not
// start with a space (`## Title` is a Markdown heading, `a ## b` code).
func cosmetic(line []byte) bool {
	i := bytes.IndexByte(line, '#')
	if i < 0 {
		return false
	}
	for _, b := range line[:i] {
		if !hostByte(lower(b)) && b != '.' && b != ',' && b != '~' && b != '*' {
			return false
		}
	}
	for _, sep := range cosmeticSeps {
		if rest, ok := bytes.CutPrefix(line[i:], sep); ok {
			return len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t'
		}
	}
	return false
}

// filterOptions are the first options a `$` may introduce in Adblock Plus,
// uBlock Origin and AdGuard filters (`/ad/$script,third-party`).
var filterOptions = []string{
	"script", "image", "stylesheet", "object", "object-subrequest", "xmlhttprequest", "xhr", "subdocument",
	"frame", "ping", "websocket", "webrtc", "document", "doc", "elemhide", "generichide", "genericblock",
	"popup", "popunder", "font", "media", "other", "third-party", "3p", "first-party", "1p", "match-case",
	"collapse", "domain", "sitekey", "rewrite", "csp", "redirect", "redirect-rule", "removeparam", "important",
	"badfilter", "all", "css", "denyallow", "header", "to", "from", "inline-script", "inline-font", "cname",
}

// hasOptions: a `$` followed by a known option, possibly negated (`~`) or
// with a value (`domain=example.com`).
func hasOptions(line []byte) bool {
	i := bytes.LastIndexByte(line, '$')
	if i < 0 {
		return false
	}
	opt := bytes.TrimPrefix(line[i+1:], []byte{'~'})
	if j := bytes.IndexAny(opt, ",="); j >= 0 {
		opt = opt[:j]
	}
	for _, o := range filterOptions {
		if bytes.EqualFold(opt, []byte(o)) {
			return true
		}
	}
	return false
}

// anchoredHost reads the host a `||` filter starts with: it blocks that
// whole host when the name ends the filter or a separator (`^`), path,
// option, port or query follows. A wildcard or a cut name (`||ad.`) blocks
// no one host.
func anchoredHost(s []byte) (uint64, bool) {
	end := 0
	for end < len(s) && (hostByte(lower(s[end])) || s[end] == '.') {
		end++
	}
	if end < len(s) && bytes.IndexByte([]byte("^/$|:?"), s[end]) < 0 {
		return 0, false
	}
	return hostHash(s[:end])
}

// schemeAnchor returns the length of the scheme a `|` filter starts with
// (`http://`, `https://`, `ws://`, `wss://`), or -1.
func schemeAnchor(s []byte) int {
	for _, p := range []string{"http://", "https://", "ws://", "wss://"} {
		if len(s) >= len(p) && bytes.EqualFold(s[:len(p)], []byte(p)) {
			return len(p)
		}
	}
	return -1
}
