// Package axml reads an APK's binary AndroidManifest.xml and resources.arsc
// into a typed manifest model (package, SDK levels, permissions, components
// with Android's exported rules, intent filters, meta-data) and a bounded
// view of the resource table's string pools.
//
// The binary XML and the resource table are decoded by
// github.com/avast/apkparser, which survives hostile input (bounded string
// tables, chunk sizes checked against their parent) and names attributes by
// their resource IDs the way Android does. We never use
// github.com/shogo82148/androidbinary: it can allocate gigabytes from a
// 44-byte manifest, reads a zip-bomb resources.arsc without limit, loops on
// fuzzed input, and reports empty names when attribute names are renamed in
// the string pool. apkparser only yields XML tokens, so this package builds
// a small element tree from them (with element and depth limits) and maps it
// onto Manifest following AOSP's ParsingPackageUtils and Parsed*Utils.
//
// Input is bytes already inflated by the container layer, which enforces
// size budgets. Every entry point recovers from panics and reports them as
// errors, so a parser bug never takes the process down.
package axml
