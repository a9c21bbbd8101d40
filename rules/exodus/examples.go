package exodus

import (
	"regexp"
	"strings"
)

// codeExamples derives example classes from a code signature: for each
// alternative a class it must match and a look-alike it must not (the
// look-alikes are what Exodus's unanchored, unescaped regexes also hit).
func codeExamples(c Code, sig string) (match, noMatch []string) {
	for _, p := range c.Packages {
		d := strings.ReplaceAll(p, ".", "/")
		match = append(match, "L"+d+"/Sdk;")
		noMatch = append(noMatch, "L"+d+"in/Sdk;") // com.tune vs com/tunein
	}
	for _, alt := range strings.Split(sig, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" || !namePart.MatchString(alt) || alt == "." {
			continue
		}
		d := strings.ReplaceAll(strings.Trim(alt, "."), ".", "/")
		switch {
		case strings.HasPrefix(alt, ".") && strings.HasSuffix(alt, "."):
			match = append(match, "Lcom/example/"+d+"/A;")
			noMatch = append(noMatch, "Lcom/example/"+d+"x/A;")
		case strings.HasPrefix(alt, "."):
			match = append(match, "Lcom/example/"+d+";")
			noMatch = append(noMatch, "Lcom/example/X"+d+";")
		case !strings.HasSuffix(alt, ".") && isClassName(lastSegment(alt)):
			match = append(match, "L"+d+";")
			i := strings.LastIndex(d, "/")
			noMatch = append(noMatch, "L"+d[:i]+"_"+d[i+1:]+";") // the unescaped dot
		}
	}
	return dedupe(match), dedupe(noMatch)
}

// netExamples gives a URL per host and per regex it can sample, and a
// look-alike host (`notumeng.com`) for hosts not under another host.
func netExamples(n Net) (match, noMatch []string) {
	for _, h := range n.Hosts {
		d := strings.TrimPrefix(h, "*.")
		match = append(match, "https://"+d+"/")
		noMatch = append(noMatch, "https://not"+d+"/")
	}
	for _, r := range n.Regexes {
		if s, ok := sample(r); ok {
			match = append(match, "https://"+s+"/")
		}
	}
	return match, noMatch
}

// sample makes a string a simple network regex matches: drop wildcards and
// digit runs, undo escapes, then check.
func sample(r string) (string, bool) {
	s := strings.TrimPrefix(r, ".*")
	s = strings.ReplaceAll(s, "[0-9]*", "")
	s = strings.ReplaceAll(s, ".*", "x")
	s = strings.TrimPrefix(unescape(s), ".")
	s = strings.TrimSuffix(s, ".") + ".example"
	s = "x." + strings.TrimPrefix(s, ".")
	re, err := regexp.Compile(r)
	if err != nil || !re.MatchString(s) {
		return "", false
	}
	return s, true
}

// minimalPackages drops packages under another listed package.
func minimalPackages(ps []string) []string {
	var out []string
	for _, p := range ps {
		covered := false
		for _, q := range ps {
			if q != p && strings.HasPrefix(p, q+".") {
				covered = true
			}
		}
		if !covered {
			out = append(out, p)
		}
	}
	return out
}

// minimalHosts drops `*.a.b.com` when `*.b.com` is listed.
func minimalHosts(hs []string) []string {
	var out []string
	for _, h := range hs {
		covered := false
		for _, g := range hs {
			if g != h && strings.HasSuffix(h, strings.TrimPrefix(g, "*")) {
				covered = true
			}
		}
		if !covered {
			out = append(out, h)
		}
	}
	return out
}
