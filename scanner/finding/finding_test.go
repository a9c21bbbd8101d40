package finding

import (
	"encoding/json"
	"testing"
)

func TestSeverityRoundTrip(t *testing.T) {
	for _, name := range Severities() {
		s, err := ParseSeverity(name)
		if err != nil || s.String() != name {
			t.Errorf("ParseSeverity(%q) = %v, %v", name, s, err)
		}
		b, err := json.Marshal(s)
		if err != nil || string(b) != `"`+name+`"` {
			t.Errorf("Marshal(%v) = %s, %v", s, b, err)
		}
		var back Severity
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	// A closed set: unknown names and the zero value are errors, never a default.
	if _, err := ParseSeverity("severe"); err == nil {
		t.Error("ParseSeverity accepted an unknown name")
	}
	if _, err := json.Marshal(Severity(0)); err == nil {
		t.Error("the zero severity marshalled")
	}
	if SeverityInfo >= SeverityLow || SeverityHigh >= SeverityCritical {
		t.Error("severities are not ordered lowest first")
	}
}

func TestResultMax(t *testing.T) {
	r := &Result{Findings: []Finding{{Severity: SeverityLow}, {Severity: SeverityHigh}, {Severity: SeverityMedium}}}
	if r.Max() != SeverityHigh {
		t.Errorf("Max = %v, want high", r.Max())
	}
	if (&Result{}).Max() != 0 {
		t.Error("Max of no findings is not 0")
	}
}
