// Package samples holds small, real, signed APKs built from smali we wrote
// ourselves (src/<case>/, rebuilt by build.sh) and, in Cases, the facts each
// one was built to exhibit. The APKs are committed so that scanner tests and
// `make demo` need no Android toolchain; README.md describes every case.
package samples
