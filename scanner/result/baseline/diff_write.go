package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// DiffFormats lists the formats `apkscan diff` writes.
var DiffFormats = []string{"text", "json", "sarif"}

// WriteText writes the diff for a person: one line per item, added first.
func (d *Diff) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "old: %s\nnew: %s\n", targetLine(d.Old), targetLine(d.New))
	section := func(title, sign string, its []Item) {
		fmt.Fprintf(&b, "\n%s (%d)\n", title, len(its))
		for _, it := range its {
			fmt.Fprintf(&b, "  %s %-8s %-18s %s  [%s]\n", sign, strings.ToUpper(it.Severity.String()), it.Kind, it.Key, strings.Join(it.Rules, ", "))
		}
	}
	section("ADDED", "+", d.Added)
	section("REMOVED", "-", d.Removed)
	fmt.Fprintf(&b, "\n%d added, %d removed\n", len(d.Added), len(d.Removed))
	_, err := io.WriteString(w, b.String())
	return err
}

func targetLine(t finding.Target) string {
	return fmt.Sprintf("%s  %s %s (%d)", t.Path, t.Package, t.VersionName, t.VersionCode)
}

// WriteJSON writes the diff as JSON (schemaVersion, old, new, added, removed).
func (d *Diff) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		SchemaVersion int `json:"schemaVersion"`
		*Diff
	}{DiffSchemaVersion, d})
}

// DiffSchemaVersion versions the JSON diff document.
const DiffSchemaVersion = 1
