package rules

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

// MinLiteral is the shortest substring a string-contains matcher accepts:
// shorter ones hit nearly every string in an app and only add noise.
const MinLiteral = 3

// packagePrefix turns `com.foo.bar` or `Lcom/foo/bar/` into the descriptor
// prefix `Lcom/foo/bar/`, which ends at a package boundary by construction.
func packagePrefix(s string) (string, error) {
	p := s
	if strings.HasPrefix(p, "L") && strings.Contains(p, "/") {
		p = strings.TrimSuffix(strings.TrimPrefix(p, "L"), "/")
	} else {
		if strings.Contains(p, "/") {
			return "", fmt.Errorf("package %q: write it dotted (com.foo) or as a descriptor prefix (Lcom/foo/)", s)
		}
		p = strings.ReplaceAll(p, ".", "/")
	}
	if err := checkSegments(p, "/"); err != nil {
		return "", fmt.Errorf("package %q: %v", s, err)
	}
	return "L" + p + "/", nil
}

// classDescriptor turns `com.foo.Bar` or `Lcom/foo/Bar;` into `Lcom/foo/Bar;`.
func classDescriptor(s string) (string, error) {
	var p string
	switch {
	case strings.HasPrefix(s, "L") && strings.HasSuffix(s, ";"):
		p = s[1 : len(s)-1]
	case strings.ContainsAny(s, "/;"):
		return "", fmt.Errorf("class %q: write it dotted (com.foo.Bar) or as a descriptor (Lcom/foo/Bar;)", s)
	default:
		p = strings.ReplaceAll(s, ".", "/")
	}
	if err := checkSegments(p, "/"); err != nil {
		return "", fmt.Errorf("class %q: %v", s, err)
	}
	return "L" + p + ";", nil
}

// checkSegments rejects empty segments and characters that never occur in a
// Java binary name, so that typos fail at load instead of never matching.
func checkSegments(p, sep string) error {
	if p == "" {
		return errors.New("empty name")
	}
	for _, seg := range strings.Split(p, sep) {
		if seg == "" {
			return errors.New("empty segment")
		}
		if strings.ContainsAny(seg, " \t;[]*()<>:.,/\\\"'") {
			return fmt.Errorf("invalid character in %q", seg)
		}
	}
	return nil
}

// dottedName validates a dotted name such as a permission or package.
func dottedName(s string) (string, error) {
	if !strings.Contains(s, ".") {
		return "", fmt.Errorf("%q is not a dotted name (write android.permission.CAMERA, com.foo)", s)
	}
	if err := checkSegments(s, "."); err != nil {
		return "", fmt.Errorf("%q: %v", s, err)
	}
	return s, nil
}

func literal(s string) (string, error) {
	if len(s) < MinLiteral {
		return "", fmt.Errorf("substring %q is shorter than %d bytes", s, MinLiteral)
	}
	return s, nil
}

// hostPattern accepts `example.com` and `*.example.com` (lower-cased).
func hostPattern(s string) (string, error) {
	h := strings.ToLower(s)
	base := strings.TrimPrefix(h, "*.")
	if strings.Contains(base, "*") {
		return "", fmt.Errorf("host %q: only a leading \"*.\" wildcard is supported", s)
	}
	for _, r := range base {
		if !isHostByte(byte(r)) || r > 0x7f {
			return "", fmt.Errorf("host %q: invalid character %q", s, r)
		}
	}
	if err := checkHostLabels(base); err != nil {
		return "", fmt.Errorf("host %q: %v", s, err)
	}
	return h, nil
}

func checkHostLabels(base string) error {
	if !strings.Contains(base, ".") {
		return errors.New("want a dotted domain name")
	}
	for _, l := range strings.Split(base, ".") {
		if l == "" {
			return errors.New("empty label")
		}
	}
	return nil
}

func isHostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
}

// pathPattern accepts `/path?query` prefixes with `*` wildcards.
func pathPattern(s string) (string, error) {
	if !strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "?") && !strings.HasPrefix(s, "*") {
		return "", fmt.Errorf("url path %q must start with /, ? or *", s)
	}
	if LongestLiteral(s) == "" {
		return "", fmt.Errorf("url path %q has no literal part", s)
	}
	return s, nil
}

// LongestLiteral returns the longest `*`-free run of a glob, which the
// matcher uses as its Aho-Corasick prefilter key.
func LongestLiteral(glob string) string {
	best := ""
	for _, part := range strings.Split(glob, "*") {
		if len(part) > len(best) {
			best = part
		}
	}
	return best
}

// fileGlob validates a path.Match pattern; `*` does not cross `/`.
func fileGlob(s string) (string, error) {
	if _, err := path.Match(s, ""); err != nil {
		return "", fmt.Errorf("file glob %q: %v", s, err)
	}
	if strings.HasPrefix(s, "/") {
		return "", fmt.Errorf("file glob %q: archive paths are relative (no leading /)", s)
	}
	return s, nil
}

// parseMember splits `Lcls;->name(desc)ret` or `Lcls;->name:Type`.
func parseMember(s string, method bool) (*MemberPattern, error) {
	cls, rest, ok := strings.Cut(s, "->")
	if !ok {
		return nil, fmt.Errorf("%q: want Lcom/foo/Bar;->name(...)", s)
	}
	c, err := memberClass(cls)
	if err != nil {
		return nil, err
	}
	m := &MemberPattern{Class: c, Name: rest}
	if method {
		if i := strings.IndexByte(rest, '('); i >= 0 {
			m.Name, m.Type = rest[:i], rest[i:]
		}
	} else if i := strings.IndexByte(rest, ':'); i >= 0 {
		m.Name, m.Type = rest[:i], rest[i+1:]
	}
	if m.Name == "" {
		return nil, fmt.Errorf("%q: empty member name (use * for any)", s)
	}
	return m, nil
}

// memberClass accepts a descriptor (globs allowed) or a dotted class name.
func memberClass(s string) (string, error) {
	if strings.HasPrefix(s, "L") && strings.HasSuffix(s, ";") || strings.Contains(s, "*") {
		return s, nil
	}
	return classDescriptor(s)
}
