package axml

// ExportedDefault applies Android's android:exported rules to a component
// of the given kind. explicit is the attribute as written; hasFilters says
// whether the component has at least one effective intent filter (for
// activities, aliases and receivers, filters without actions do not count);
// targetSdk is the effective target SDK (which defaults to minSdk).
//
//   - An explicit value always wins.
//   - activity, activity-alias, receiver, service: exported iff the
//     component has an intent filter (ParsedActivityUtils.parseActivityOrAlias,
//     ParsedServiceUtils.parseService: setExported(hasIntentFilters)).
//     Without an explicit value, a component with filters gets a deferred
//     MISSING_EXPORTED_FLAG error, fatal when targeting API 31 (S) or later:
//     missing reports that case.
//   - provider: exported by default iff targetSdk < 17 (JELLY_BEAN_MR1)
//     (ParsedProviderUtils.parseProvider, PackageParser.parseProvider). The
//     developer docs say "minSdkVersion or targetSdkVersion 16 or lower",
//     but the code only tests targetSdkVersion; we follow the code.
func ExportedDefault(kind string, explicit OptBool, hasFilters bool, targetSdk int) (exported, missing bool) {
	if kind == KindProvider {
		return explicit.Or(targetSdk < 17), false
	}
	if explicit.Set {
		return explicit.Value, false
	}
	return hasFilters, hasFilters && targetSdk >= 31
}
