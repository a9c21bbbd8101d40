package axml

import (
	"encoding/xml"
	"errors"
	"fmt"

	"github.com/avast/apkparser"
)

// Limits for the element tree. A large real manifest (framework-res) has
// a few thousand elements nested less than ten deep.
const (
	maxElements = 200_000
	maxDepth    = 64
)

const (
	androidNS = "http://schemas.android.com/apk/res/android"
	toolsNS   = "http://schemas.android.com/tools"
)

// attr is one attribute as rendered by apkparser or encoding/xml.
type attr struct {
	Space, Name, Value string
}

// element is one XML element of the manifest.
type element struct {
	Name     string
	Attrs    []attr
	Children []*element
}

// get returns the value of the attribute with local name n. Android reads
// manifest attributes by resource ID and ignores the namespace (apkparser
// maps IDs back to names), so the android namespace is preferred, then no
// namespace, then any namespace but tools:.
func (e *element) get(n string) (string, bool) {
	best, rank := "", 0
	for _, a := range e.Attrs {
		if a.Name != n {
			continue
		}
		r := 1
		switch a.Space {
		case androidNS:
			r = 3
		case "":
			r = 2
		case toolsNS:
			continue
		}
		if r > rank {
			best, rank = a.Value, r
		}
	}
	return best, rank > 0
}

// treeBuilder implements apkparser.ManifestEncoder, building an element
// tree from the token stream with element and depth limits.
type treeBuilder struct {
	roots    []*element
	stack    []*element
	count    int
	deep     int // elements dropped because nested deeper than maxDepth
	warnings []string
}

// EncodeToken receives tokens from apkparser. End tags are matched by
// position, not name: Android's pull parser does the same, and apkparser
// substitutes the open tag's name when an end tag's name index is invalid.
func (b *treeBuilder) EncodeToken(t xml.Token) error {
	switch t := t.(type) {
	case xml.StartElement:
		if b.count >= maxElements {
			b.warnings = append(b.warnings, fmt.Sprintf("more than %d elements; rest ignored", maxElements))
			return apkparser.ErrEndParsing
		}
		b.count++
		if len(b.stack) >= maxDepth {
			b.deep++
			b.stack = append(b.stack, nil) // placeholder keeps end tags balanced
			return nil
		}
		e := &element{Name: t.Name.Local}
		for _, a := range t.Attr {
			e.Attrs = append(e.Attrs, attr{Space: a.Name.Space, Name: a.Name.Local, Value: a.Value})
		}
		if parent := b.top(); parent != nil {
			parent.Children = append(parent.Children, e)
		} else if len(b.stack) == 0 {
			b.roots = append(b.roots, e)
		}
		b.stack = append(b.stack, e)
	case xml.EndElement:
		if len(b.stack) == 0 {
			b.warnings = append(b.warnings, "end tag </"+t.Name.Local+"> without start tag")
			return nil
		}
		b.stack = b.stack[:len(b.stack)-1]
	}
	return nil
}

func (b *treeBuilder) top() *element {
	if len(b.stack) == 0 {
		return nil
	}
	return b.stack[len(b.stack)-1]
}

// Flush is required by apkparser.ManifestEncoder.
func (b *treeBuilder) Flush() error { return nil }

// finish reports limits that were hit.
func (b *treeBuilder) finish() {
	if b.deep > 0 {
		b.warnings = append(b.warnings, fmt.Sprintf("%d elements nested deeper than %d ignored", b.deep, maxDepth))
	}
	if len(b.stack) > 0 {
		b.warnings = append(b.warnings, fmt.Sprintf("%d elements not closed at end of document", len(b.stack)))
	}
}

// warnErrs turns a tree builder's warnings into the errors Manifest.Warnings holds.
func warnErrs(ws []string) []error {
	out := make([]error, len(ws))
	for i, w := range ws {
		out[i] = errors.New(w)
	}
	return out
}
