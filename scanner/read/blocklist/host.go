package blocklist

import "bytes"

// FNV-1a, 64 bits: hosts are counted by hash, so that a list of a hundred
// thousand names costs a map of integers, not of strings. Two names
// colliding would make the count one short.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// hostHash checks that s is a host name, at least two labels of letters,
// digits, `-` and `_` (a trailing dot allowed) whose last label is letters
// (or an internationalised `xn--` label), and returns the hash of its
// lower-case form. Addresses and version numbers end in digits, so they are
// no hosts.
func hostHash(s []byte) (uint64, bool) {
	s = bytes.TrimSuffix(s, []byte{'.'})
	if len(s) < 3 || len(s) > 253 {
		return 0, false
	}
	h := fnvOffset
	labels, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '.' {
			c := lower(s[i])
			if !hostByte(c) {
				return 0, false
			}
			h = (h ^ uint64(c)) * fnvPrime
			continue
		}
		if n := i - start; n == 0 || n > 63 {
			return 0, false
		}
		labels++
		if i < len(s) {
			h = (h ^ '.') * fnvPrime
			start = i + 1
		}
	}
	if labels < 2 || !topLabel(s[start:]) {
		return 0, false
	}
	return h, true
}

// topLabel: letters only, or an IDN label (`xn--p1ai`).
func topLabel(l []byte) bool {
	if len(l) > 4 && bytes.EqualFold(l[:4], []byte("xn--")) {
		return true
	}
	if len(l) < 2 {
		return false
	}
	for _, b := range l {
		if c := lower(b); c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func hostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// localName: the local machine's names, under localdomain, local or
// localhost.
func localName(s []byte) bool {
	s = bytes.TrimSuffix(s, []byte{'.'})
	top := s[bytes.LastIndexByte(s, '.')+1:]
	return bytes.EqualFold(top, []byte("localdomain")) || bytes.EqualFold(top, []byte("local")) ||
		bytes.EqualFold(top, []byte("localhost"))
}

// packageRoots are the first labels of Java and Android package names.
// Hosts named under them (`com.example.com`) are rare in block lists;
// lists of packages (apps to detect, classes to keep) are common in apps.
var packageRoots = []string{"com", "org", "net", "io", "android", "androidx", "java", "javax", "kotlin", "kotlinx"}

// packageShaped: three labels or more, the first one a package root.
func packageShaped(s []byte) bool {
	first, rest, _ := bytes.Cut(s, []byte{'.'})
	if bytes.Count(rest, []byte{'.'}) < 1 {
		return false
	}
	for _, r := range packageRoots {
		if bytes.EqualFold(first, []byte(r)) {
			return true
		}
	}
	return false
}

// fileExts are last labels that name file types, not top-level domains,
// in an app's assets: a list of `logo.png` lines is no block list.
var fileExts = []string{
	"png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "ico", "json", "xml", "txt", "js", "css", "html", "htm",
	"mp3", "mp4", "ogg", "wav", "webm", "ttf", "otf", "woff", "so", "dex", "jar", "apk", "zip", "gz", "db",
	"dat", "bin", "properties", "yml", "yaml", "md", "csv", "pdf", "ini", "cfg", "conf", "java", "kt", "smali",
	"lua", "py", "sh", "log", "proto", "pb", "tflite",
}

// fileShaped: the last label is a file extension.
func fileShaped(s []byte) bool {
	ext := s[bytes.LastIndexByte(s, '.')+1:]
	for _, e := range fileExts {
		if bytes.EqualFold(ext, []byte(e)) {
			return true
		}
	}
	return false
}
