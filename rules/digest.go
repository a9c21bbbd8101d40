package rules

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
)

// Digest returns "sha256:<hex>" over the canonical form of a rule set: the
// rules sorted by id and serialised as JSON without source positions, then
// the code-path spec with every list sorted, so the digest changes when
// what the rules match changes, not when files are renamed, reordered or
// reformatted. (Lists may be sorted because the loader lets no call have
// one role twice: the order entries are written in means nothing.)
func Digest(s *Set) string {
	sorted := slices.Clone(s.Rules)
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
	if s.CodePaths != nil {
		h.Write([]byte("code-paths\n"))
		if err := enc.Encode(canonical(s.CodePaths)); err != nil {
			h.Write([]byte(err.Error()))
		}
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// canonical returns v as generic JSON values with every list sorted by its
// items' JSON (objects' keys are sorted when encoded).
func canonical(v any) any {
	data, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	var g any
	if err := json.Unmarshal(data, &g); err != nil {
		return err.Error()
	}
	return sortLists(g)
}

func sortLists(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = sortLists(e)
		}
	case []any:
		keys := make([]string, len(x))
		byKey := map[string]any{}
		for i, e := range x {
			e = sortLists(e)
			b, _ := json.Marshal(e)
			keys[i] = string(b)
			byKey[keys[i]] = e
		}
		slices.Sort(keys)
		for i, k := range keys {
			x[i] = byKey[k]
		}
	}
	return v
}
