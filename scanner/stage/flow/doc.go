// Package flow finds code paths in an app's Dalvik bytecode: a class
// hierarchy and call graph over every dex file, per-method control-flow
// graphs, a flow-sensitive taint analysis (registers within a method;
// instance fields, static fields, arrays, parameters and return values
// across methods, iterated to a whole-program fixpoint) and an incognito
// guard analysis. Sources, sinks, library models, sanitisers, guard names
// and entry-point callbacks come from the `code-paths:` sections of rule
// files (rules.CodePaths: the built-in rules/builtin/codepaths and a user's
// --rules), never from Go code.
//
// Analyze turns the paths into findings: incognito-bypass (browsing data
// reaching a tracker or the network on a path that runs in incognito mode),
// leak (identifiers, location, accounts to network, tracker, SMS, log, file
// or intent sinks), weak-encoding (tainted data Base64- or XOR-encoded on
// its way to a network or tracker sink with no javax.crypto step) and
// browsing-data (page tracking in apps without an incognito mode).
//
// The analysis is context-insensitive (one taint summary per parameter,
// return value and field) and path-insensitive apart from incognito guards;
// it is meant to be fast and explainable, not sound.
package flow
