package flow

import "github.com/apkscan/apkscan/scanner/finding"

// Rules describes the four code-path rules Analyze reports under, sorted by
// id, for reports that list what was checked (SARIF tool.driver.rules).
// Leak findings are high when data leaves the device (network, tracker,
// SMS) and medium otherwise (log, file, intent); the severity here is the
// highest a rule reports.
func Rules() []finding.RuleInfo {
	return []finding.RuleInfo{
		{ID: "flow-browsing-data", Title: titles[CategoryBrowsingData], Category: CategoryBrowsingData,
			Severity: finding.SeverityMedium,
			Description: "Visited URLs, page titles or search queries reach a tracker SDK, or are embedded in a " +
				"network request, in an app that has no incognito mode."},
		{ID: "flow-incognito-bypass", Title: titles[CategoryIncognitoBypass], Category: CategoryIncognitoBypass,
			Severity: finding.SeverityHigh,
			Description: "The app has an incognito mode (it tests incognito state somewhere), yet browsing data " +
				"reaches a tracker or an outgoing request on a path that also runs while incognito is on: " +
				"no guard, or a guard that tracks only in incognito mode."},
		{ID: "flow-leak", Title: titles[CategoryLeak], Category: CategoryLeak,
			Severity: finding.SeverityHigh,
			Description: "A device identifier, location or account data reaches a network, tracker, SMS, log, " +
				"file or intent sink."},
		{ID: "flow-weak-encoding", Title: titles[CategoryWeakEncoding], Category: CategoryWeakEncoding,
			Severity: finding.SeverityMedium,
			Description: "Sensitive data is Base64- or XOR-encoded, with no javax.crypto step, before it " +
				"reaches a network or tracker sink: encoding hides nothing."},
	}
}
