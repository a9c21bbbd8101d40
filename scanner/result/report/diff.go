package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/apkscan/apkscan/scanner/finding"
)

// writeDiffText writes a diff for a person: one line per item, added first.
func writeDiffText(w io.Writer, d *finding.Diff, _ Options) error {
	var b strings.Builder
	fmt.Fprintf(&b, "old: %s\nnew: %s\n", targetLine(d.Old), targetLine(d.New))
	section := func(title, sign string, its []finding.DiffItem) {
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

// writeDiffJSON writes the diff as JSON (schemaVersion, old, new, added, removed).
func writeDiffJSON(w io.Writer, d *finding.Diff, _ Options) error {
	return writeJSON(w, struct {
		SchemaVersion int `json:"schemaVersion"`
		*finding.Diff
	}{finding.DiffSchemaVersion, d})
}
