package axml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"github.com/avast/apkparser"
)

const manifestSection = "AndroidManifest.xml"

// ParseManifest parses a binary (or plain-text) AndroidManifest.xml. res
// resolves references such as the application label and may be nil.
//
// Oddities Android tolerates become Manifest.Warnings. When the document is
// damaged after the <manifest> element started, the partial Manifest is
// returned together with the error.
func ParseManifest(data []byte, res *Resources) (m *Manifest, err error) {
	defer recoverTo(manifestSection, &err)
	if len(data) == 0 {
		return nil, formatErr(manifestSection, -1, 0, ErrTruncated, "empty document")
	}
	root, warns, perr := parseTree(data)
	if root == nil {
		if perr == nil {
			perr = formatErr(manifestSection, -1, -1, ErrNoManifest, "document has no elements")
		}
		return nil, perr
	}
	m = build(root, res)
	m.Warnings = append(warnErrs(warns), m.Warnings...)
	m.Tampering = chunkTampering(data)
	return m, perr
}

// parseTree decodes data into an element tree and returns the <manifest>
// element, or the first root element when none is called manifest.
func parseTree(data []byte) (*element, []string, error) {
	b := &treeBuilder{}
	var err error
	if isPlainText(data) {
		b.warnings = append(b.warnings, "plain-text manifest: Android requires binary XML and would refuse to install this APK")
		err = decodePlain(data, b)
	} else {
		err = apkparser.ParseXmlWithConfig(bytes.NewReader(data), b, nil,
			&apkparser.ParseConfig{MaxStringTableBytes: DefaultMaxStringBytes})
		if errors.Is(err, apkparser.ErrPlainTextManifest) {
			b = &treeBuilder{warnings: []string{"plain-text manifest: Android requires binary XML and would refuse to install this APK"}}
			err = decodePlain(data, b)
		} else if err != nil {
			err = wrapParserErr(manifestSection, err)
		}
	}
	b.finish()
	var root *element
	for _, r := range b.roots {
		if r.Name == "manifest" {
			root = r
			break
		}
	}
	if root == nil && len(b.roots) > 0 {
		root = b.roots[0]
		b.warnings = append(b.warnings, "root element is <"+root.Name+">, not <manifest>; Android would refuse to install")
	}
	if len(b.roots) > 1 {
		b.warnings = append(b.warnings, "more than one root element")
	}
	return root, b.warnings, err
}

// isPlainText reports whether data looks like textual XML: the binary
// format starts with a chunk header (whatever its type, which Android does
// not check: see TrickChunkType), text with '<' after an optional BOM and
// whitespace.
func isPlainText(data []byte) bool {
	if _, ok := binaryHeader(data); ok {
		return false
	}
	if len(data) >= 2 && data[0] == 0x03 && data[1] == 0x00 {
		return false
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(t) > 0 && t[0] == '<'
}

// decodePlain feeds encoding/xml tokens to b. Some test APKs ship a
// plain-text manifest; reading it lets rules see what the author meant.
func decodePlain(data []byte, b *treeBuilder) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &FormatError{Section: manifestSection + " (text)", Index: -1, Offset: d.InputOffset(), Msg: "xml", Err: err}
		}
		if err := b.EncodeToken(tok); errors.Is(err, apkparser.ErrEndParsing) {
			return nil
		}
	}
}
