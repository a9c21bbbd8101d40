package strs

import (
	"bytes"
	"path"
	"strings"
	"unicode/utf8"
)

// textExts are the extensions read as text without sniffing.
var textExts = map[string]bool{
	".json": true, ".xml": true, ".properties": true, ".js": true, ".mjs": true,
	".html": true, ".htm": true, ".txt": true, ".cfg": true, ".conf": true,
	".ini": true, ".yaml": true, ".yml": true, ".csv": true, ".plist": true,
	".css": true, ".md": true, ".toml": true,
}

// binaryExts are never text, whatever their first bytes look like.
var binaryExts = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true,
	".so": true, ".dex": true, ".arsc": true, ".ttf": true, ".otf": true,
	".mp3": true, ".ogg": true, ".mp4": true, ".zip": true, ".apk": true,
	".jar": true, ".bin": true, ".tflite": true, ".pb": true,
}

// IsTextName reports whether a file name alone marks it as text-like.
func IsTextName(name string) bool {
	return textExts[strings.ToLower(path.Ext(name))]
}

// MaybeText reports whether a file could be text, judged by name first, and
// for names without a known extension by sniffing its first bytes: valid
// UTF-8, no NUL, at most 5% control characters. Binary XML (res/*.xml in an
// APK) starts with 0x03 0x00 and is rejected here.
func MaybeText(name string, head []byte) bool {
	ext := strings.ToLower(path.Ext(name))
	if binaryExts[ext] {
		return false
	}
	if len(head) >= 2 && head[0] == 0x03 && head[1] == 0x00 {
		return false // binary XML chunk header
	}
	if textExts[ext] {
		return true
	}
	if ext != "" && len(ext) <= 5 {
		return false // an unknown extension: only the listed ones are read
	}
	return LooksText(head)
}

// LooksText sniffs bytes for text.
func LooksText(head []byte) bool {
	if len(head) == 0 || bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	// A multi-byte rune cut by the sniff window is not a reason to reject.
	for i := 0; i < 3 && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if !utf8.Valid(head) {
		return false
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*20 <= len(head)
}

// Lines calls fn for each non-blank line of text (trimmed, cut at MaxRun),
// with its 1-based line number.
func Lines(data []byte, fn func(line int, s string)) {
	n := 0
	for len(data) > 0 {
		n++
		i := bytes.IndexByte(data, '\n')
		var l []byte
		if i < 0 {
			l, data = data, nil
		} else {
			l, data = data[:i], data[i+1:]
		}
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		if len(l) > MaxRun {
			l = l[:MaxRun]
		}
		fn(n, string(l))
	}
}
