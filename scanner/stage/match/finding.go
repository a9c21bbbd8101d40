package match

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
)

// maxTrackerExamples is how many matched class names a tracker lists.
const maxTrackerExamples = 5

func buildFinding(r *rules.Rule, hs []hit) finding.Finding {
	slices.SortFunc(hs, cmpHit)
	keys := uniqueKeys(hs)
	hs = dedupeEvidence(hs)
	limit := MaxEvidence
	if r.Category == rules.CategoryIdentifier {
		limit = MaxReadPlaces
	}
	f := finding.Finding{
		ID:       Fingerprint(r.ID, keys),
		Rule:     r.ID,
		Category: string(r.Category),
		Severity: r.Severity,
		Title:    r.Title,
		Evidence: make([]finding.Evidence, 0, min(len(hs), limit)),
	}
	for _, h := range hs[:min(len(hs), limit)] {
		f.Evidence = append(f.Evidence, h.ev)
	}
	if r.Category == rules.CategoryTracker {
		f.Tracker = trackerOf(r, hs)
		f.Severity = TrackerSeverity(r.Severity, f.Tracker.Evidence)
	}
	f.Message = Message(r.Title, f.Tracker, keys, len(hs))
	if f.Tracker == nil {
		if m := blocklistMessage(hs); m != "" {
			f.Message = m
		}
	}
	return f
}

// evKey identifies one place at one level.
type evKey struct {
	level, entry, class, method, value string
	offset                             int
}

// dedupeEvidence keeps the first hit for each place: two matchers of one
// rule (a host and a URL path, say) often match the same string, and the
// reader should see that place once.
func dedupeEvidence(hs []hit) []hit {
	seen := make(map[evKey]bool, len(hs))
	out := hs[:0]
	for _, h := range hs {
		k := evKey{h.level, h.ev.Entry, h.ev.Class, h.ev.Method, h.ev.Value, offsetOf(h.ev)}
		if !seen[k] {
			seen[k] = true
			out = append(out, h)
		}
	}
	return out
}

func uniqueKeys(hs []hit) []string {
	keys := make([]string, 0, len(hs))
	for _, h := range hs {
		keys = append(keys, h.key)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// Fingerprint is a finding's stable ID: the first 16 hex digits of the
// SHA-256 of the rule id and the sorted distinct matched values. Offsets,
// dex entry names and fact order never enter it, so rebuilding or
// re-splitting the same app keeps the ID.
func Fingerprint(ruleID string, keys []string) string {
	sorted := slices.Clone(keys)
	slices.Sort(sorted)
	h := sha256.New()
	h.Write([]byte(ruleID))
	for _, k := range slices.Compact(sorted) {
		h.Write([]byte{0})
		h.Write([]byte(k))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func trackerOf(r *rules.Rule, hs []hit) *finding.Tracker {
	t := &finding.Tracker{}
	if r.Tracker != nil {
		t.Name, t.ExodusID = r.Tracker.Name, r.Tracker.ExodusID
	}
	seen := map[string]bool{}
	var defined []string
	for _, h := range hs { // hs is sorted strongest level first
		if !seen[h.level] {
			seen[h.level] = true
			t.Levels = append(t.Levels, h.level)
		}
		if h.level == finding.EvidenceDefinedClasses {
			defined = append(defined, h.key)
		}
	}
	defined = slices.Compact(defined)
	if len(t.Levels) > 0 { // a rule matched only through `not` has no evidence
		t.Evidence = t.Levels[0]
	}
	t.DefinedClasses = len(defined)
	t.Examples = defined[:min(len(defined), maxTrackerExamples)]
	return t
}

// TrackerSeverity applies the evidence policy: only defined classes (the
// SDK's code ships in the app) or a proven call keep the rule's severity.
// References, manifest entries and native libraries cap it at low; strings
// alone (a host or URL) cap it at info.
func TrackerSeverity(rule finding.Severity, level string) finding.Severity {
	switch level {
	case finding.EvidenceCalled, finding.EvidenceDefinedClasses:
		return rule
	case finding.EvidenceReferencedTypes, finding.EvidenceManifest, finding.EvidenceNativeLib:
		return min(rule, finding.SeverityLow)
	}
	return min(rule, finding.SeverityInfo)
}

// MarkCalled raises a tracker finding's evidence to EvidenceCalled: the
// code-path stage saw app code reach the SDK. Its message says so.
func MarkCalled(f *finding.Finding) {
	t := f.Tracker
	if t == nil || t.Evidence == finding.EvidenceCalled {
		return
	}
	rest := strings.TrimPrefix(f.Message, trackerHead(t))
	t.Evidence = finding.EvidenceCalled
	t.Levels = append([]string{finding.EvidenceCalled}, t.Levels...)
	f.Message = trackerHead(t) + rest
}

// trackerHead is how a tracker finding's message starts: the tracker and
// how it matched.
func trackerHead(t *finding.Tracker) string {
	var b strings.Builder
	if !finding.Present(t) {
		// Referenced types, a manifest entry, a native library or strings
		// name the SDK; none of them is the SDK's code in the app.
		fmt.Fprintf(&b, "%s mentioned, no SDK code in the app (evidence: %s): ", t.Name, t.Evidence)
		return b.String()
	}
	fmt.Fprintf(&b, "%s (evidence: ", t.Name)
	if t.Evidence == finding.EvidenceCalled {
		// Called is only ever set on top of defined classes (MarkCalled).
		b.WriteString("called from app code, " + finding.EvidenceDefinedClasses)
	} else {
		b.WriteString(t.Evidence)
	}
	if t.DefinedClasses > 0 {
		fmt.Fprintf(&b, ", %d classes defined", t.DefinedClasses)
	}
	b.WriteString("): ")
	return b.String()
}

// Message summarises what a finding matched: its title (or a tracker's head),
// up to three values, then counts; places beyond MaxEvidence are counted.
func Message(title string, t *finding.Tracker, keys []string, places int) string {
	var b strings.Builder
	if t != nil {
		b.WriteString(trackerHead(t))
	} else {
		b.WriteString(title + ": ")
	}
	if len(keys) == 0 {
		b.WriteString("matched without positive evidence")
		return b.String()
	}
	shown := keys[:min(len(keys), 3)]
	b.WriteString(strings.Join(shown, ", "))
	if len(keys) > len(shown) {
		b.WriteString(" and " + finding.Count(len(keys)-len(shown), "more value", "more values"))
	}
	if places > MaxEvidence {
		fmt.Fprintf(&b, "; %d places, first %d listed (%d more)", places, MaxEvidence, places-MaxEvidence)
	}
	return b.String()
}
