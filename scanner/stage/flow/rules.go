package flow

import (
	"github.com/apkscan/apkscan/rules"
	"github.com/apkscan/apkscan/scanner/finding"
)

// sdkSeverity is the severity of a finding grouping the flows wholly
// inside one bundled SDK: that SDK's own behaviour, which its tracker
// finding already reports.
const sdkSeverity = finding.SeverityLow

// codePathRules returns the code-path rules of rs by the kind of finding
// they name. A kind without a rule (it was disabled) is not reported.
func codePathRules(rs []*rules.Rule) map[string]*rules.Rule {
	out := map[string]*rules.Rule{}
	for _, r := range rs {
		if r.CodePath != nil {
			out[r.CodePath.Finding] = r
		}
	}
	return out
}
