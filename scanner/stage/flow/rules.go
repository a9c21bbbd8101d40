package flow

import "github.com/apkscan/apkscan/scanner/finding"

// codePathRule is one code-path rule: the id and severities its findings
// carry. This table is the one place they are set.
type codePathRule struct {
	id, title, description string
	// severity is the finding's; a leak is high (outbound) only when the
	// data leaves the device (network, tracker, SMS).
	severity, outbound finding.Severity
}

// sdkSeverity is the severity of a finding grouping the flows wholly
// inside one bundled SDK: that SDK's own behaviour, which its tracker
// finding already reports.
const sdkSeverity = finding.SeverityLow

var codePathRules = map[string]codePathRule{
	CategoryBrowsingData: {id: "flow-browsing-data", title: "Browsing data sent to a tracker or server",
		severity: finding.SeverityMedium, outbound: finding.SeverityMedium,
		description: "Visited URLs, page titles or search queries reach a tracker SDK, or are embedded in a " +
			"network request, in an app that has no incognito mode."},
	CategoryIncognitoBypass: {id: "flow-incognito-bypass", title: "Browsing data sent while in incognito mode",
		severity: finding.SeverityHigh, outbound: finding.SeverityHigh,
		description: "The app has an incognito mode (it tests incognito state somewhere), yet browsing data " +
			"reaches a tracker or an outgoing request on a path that also runs while incognito is on: " +
			"no guard, or a guard that tracks only in incognito mode."},
	CategoryLeak: {id: "flow-leak", title: "Sensitive data reaches a sink",
		severity: finding.SeverityMedium, outbound: finding.SeverityHigh,
		description: "A device identifier, location or account data reaches a network, tracker, SMS, log, " +
			"file or intent sink."},
	CategoryWeakEncoding: {id: "flow-weak-encoding", title: "Sensitive data only encoded, not encrypted, before sending",
		severity: finding.SeverityMedium, outbound: finding.SeverityMedium,
		description: "Sensitive data is Base64- or XOR-encoded, with no javax.crypto step, before it " +
			"reaches a network or tracker sink: encoding hides nothing."},
}

// severityOf is the severity of a finding of category cat at a sink of
// kind sink.
func severityOf(cat, sink string) finding.Severity {
	r := codePathRules[cat]
	if sink == SinkNetwork || sink == SinkTracker || sink == SinkSMS {
		return r.outbound
	}
	return r.severity
}

// Rules describes the four code-path rules Analyze reports under, sorted by
// id, for reports that list what was checked (SARIF tool.driver.rules);
// the severity is the highest a rule reports.
func Rules() []finding.RuleInfo {
	var out []finding.RuleInfo
	for _, cat := range []string{CategoryBrowsingData, CategoryIncognitoBypass, CategoryLeak, CategoryWeakEncoding} {
		r := codePathRules[cat]
		out = append(out, finding.RuleInfo{ID: r.id, Title: r.title, Category: cat,
			Severity: max(r.severity, r.outbound), Description: r.description})
	}
	return out
}
