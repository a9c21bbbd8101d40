// Package flow embeds the built-in code-path specification: the taint
// sources, sinks, library models, sanitisers, incognito guard names and
// entry-point callbacks that scanner/stage/flow loads with its strict loader.
// Everything here is YAML data so users can extend it without Go code.
package flow

import "embed"

// FS holds the built-in spec files (*.yaml), loaded in name order.
//
//go:embed *.yaml
var FS embed.FS
