package exodus

import (
	"regexp"
	"strings"
	"unicode"
)

// Code is an Exodus code signature turned into apkscan matchers.
type Code struct {
	Packages []string // dotted packages: defined classes under them
	Regexes  []string // RE2 over descriptors, for class names and fragments
	Dropped  []string // alternatives that could not be converted
}

// namePart is what Exodus signatures are made of: Java identifiers, dots
// and, in one entry, a dash.
var namePart = regexp.MustCompile(`^\.?[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*\.?$`)

// ConvertCode splits a code signature on `|` and converts each alternative:
//
//   - `com.foo.bar.` and `com.foo.bar` are the package com.foo.bar, matched
//     on package boundaries (Exodus would also hit com/foo/barbaz and, via
//     the unescaped dot, comXfoo);
//   - `com.foo.Bar` (last segment capitalised) names a class: a descriptor
//     regex `^Lcom/foo/Bar`, which keeps Exodus's prefix reading
//     (Bar$Inner, BarConfig) but anchors it at the package start;
//   - `.Foo` and `.foo.` are fragments that may sit in any package: a
//     regex with a boundary before the fragment.
func ConvertCode(sig string) Code {
	var c Code
	for _, alt := range strings.Split(sig, "|") {
		alt = strings.TrimSpace(alt)
		switch {
		case alt == "":
			continue
		case !namePart.MatchString(alt) || alt == ".":
			c.Dropped = append(c.Dropped, alt)
		case strings.HasPrefix(alt, "."):
			c.Regexes = append(c.Regexes, `(^L|[/$])`+descPart(strings.TrimPrefix(alt, ".")))
		case strings.HasSuffix(alt, ".") || !isClassName(lastSegment(alt)):
			c.Packages = append(c.Packages, strings.TrimSuffix(alt, "."))
		default:
			c.Regexes = append(c.Regexes, `^L`+descPart(alt))
		}
	}
	c.Packages = dedupe(c.Packages)
	c.Regexes = dedupe(c.Regexes)
	return c
}

// descPart writes a dotted name as the quoted descriptor text it matches.
func descPart(dotted string) string {
	return regexp.QuoteMeta(strings.ReplaceAll(dotted, ".", "/"))
}

func lastSegment(s string) string { return s[strings.LastIndex(s, ".")+1:] }

func isClassName(seg string) bool {
	for _, r := range seg {
		return unicode.IsUpper(r)
	}
	return false
}

// genericHosts are platform domains that some Exodus network signatures
// use (`\.google\.com` for Google Ads, `\.facebook\.com` for six Facebook
// SDKs): nearly every app names them, so as evidence they name no tracker.
var genericHosts = map[string]bool{"google.com": true, "facebook.com": true}

// Net is an Exodus network signature turned into apkscan matchers.
type Net struct {
	Hosts   []string // `*.host`: the domain and its subdomains
	Regexes []string // RE2 over strings, where no host expresses it
	Dropped []string
}

var hostRE = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$`)

// ConvertNet converts a network signature. Exodus matches it unanchored
// against host names, so `umeng\.com` means umeng.com and its subdomains
// (`*.umeng.com`, on host boundaries: not notumeng.com). Leading `.*`, `.`
// and `\.` are dropped, escapes of literal characters undone (the list has
// `data.\altbeacon\.org`), and what is not a host name stays a regex.
func ConvertNet(sig string) Net {
	var n Net
	for _, alt := range strings.Split(sig, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			continue
		}
		h := strings.TrimPrefix(alt, ".*")
		h = strings.TrimPrefix(strings.TrimPrefix(h, `\.`), ".")
		h = strings.ToLower(unescape(h))
		switch {
		case hostRE.MatchString(h) && genericHosts[h]:
			n.Dropped = append(n.Dropped, alt)
		case hostRE.MatchString(h):
			n.Hosts = append(n.Hosts, "*."+h)
		case validRegex(alt):
			n.Regexes = append(n.Regexes, alt)
		default:
			n.Dropped = append(n.Dropped, alt)
		}
	}
	n.Hosts = dedupe(n.Hosts)
	n.Regexes = dedupe(n.Regexes)
	return n
}

// unescape removes backslashes before characters that are literal anyway
// (`\.`, `\-`, and the stray `\a`); a class escape such as `\d` or `\w`
// makes the result fail the host check, so the regex is kept as is.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && !strings.ContainsRune(`dDwWsSbB`, rune(s[i+1])) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// validRegex keeps network regexes that RE2 accepts and that have a literal
// of at least three bytes for the matcher's automaton to prefilter on.
func validRegex(s string) bool {
	re, err := regexp.Compile(s)
	if err != nil {
		return false
	}
	lit, _ := re.LiteralPrefix()
	return len(lit) >= 3 || longestRun(s) >= 3
}

// longestRun is the longest run of letters and digits in s.
func longestRun(s string) int {
	best, run := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
