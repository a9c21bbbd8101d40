// Package finding holds the leaf types every other apkscan package shares:
// severities, diagnostics, findings with their evidence, and the scan result.
// It imports nothing of ours so that parsers, rules and reports can all use it.
package finding

import (
	"fmt"
	"strings"
)

// Severity is a closed set because it drives the exit code.
type Severity int

// Severities, lowest first. The zero value is not a valid severity.
const (
	SeverityInfo Severity = iota + 1
	SeverityLow
	SeverityMedium
	SeverityHigh
	SeverityCritical
)

var severityNames = [...]string{"", "info", "low", "medium", "high", "critical"}

// Severities lists every valid severity name, lowest first.
func Severities() []string { return append([]string(nil), severityNames[1:]...) }

// String returns the lower-case name used in rules, reports and flags.
func (s Severity) String() string {
	if s < SeverityInfo || s > SeverityCritical {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity parses a severity name; unknown names are an error, never a default.
func ParseSeverity(name string) (Severity, error) {
	for i, n := range severityNames {
		if i > 0 && strings.EqualFold(n, name) {
			return Severity(i), nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want one of %s)", name, strings.Join(Severities(), ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if s < SeverityInfo || s > SeverityCritical {
		return nil, fmt.Errorf("invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// DiagLevel says how bad a diagnostic is. Diagnostics never stop a scan.
type DiagLevel string

// Diagnostic levels.
const (
	DiagInfo    DiagLevel = "info"
	DiagWarning DiagLevel = "warning"
	DiagError   DiagLevel = "error"
)

// Diagnostic reports something odd or unreadable in one part of the input:
// a budget exceeded, a checksum mismatch, a truncated dex. Entry names the
// part (`classes3.dex`, `base.apk!resources.arsc`); Message says what and where.
type Diagnostic struct {
	Entry    string    `json:"entry"`
	Severity DiagLevel `json:"severity"`
	Message  string    `json:"message"`
}

func (d Diagnostic) String() string {
	if d.Entry == "" {
		return fmt.Sprintf("%s: %s", d.Severity, d.Message)
	}
	return fmt.Sprintf("%s: %s: %s", d.Severity, d.Entry, d.Message)
}

// Count says n of something in words, singular or plural: Count(1,
// "finding", "findings") is "1 finding". Every report says counts this way.
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
