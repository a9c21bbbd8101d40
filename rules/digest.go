package rules

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
)

// Digest returns "sha256:<hex>" over the canonical form of a rule set: the
// rules sorted by id and serialised as JSON without source positions, so the
// digest changes when what the rules match changes, not when files are
// renamed, reordered or reformatted.
func Digest(rs []*Rule) string {
	sorted := slices.Clone(rs)
	slices.SortFunc(sorted, func(a, b *Rule) int { return cmp.Compare(a.ID, b.ID) })
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, r := range sorted {
		// Rule holds only JSON-safe types; an error here is a programming
		// bug, and folding it into the hash keeps Digest total.
		if err := enc.Encode(r); err != nil {
			h.Write([]byte(err.Error()))
		}
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
