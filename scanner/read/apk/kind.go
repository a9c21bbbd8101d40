package apk

import (
	"path"
	"strconv"
	"strings"
)

// Kind classifies an entry by what apkscan reads from it.
type Kind int

// Entry kinds.
const (
	KindOther     Kind = iota
	KindManifest       // AndroidManifest.xml at the root
	KindResources      // resources.arsc at the root
	KindDex            // classes.dex, classes2.dex, ... at the root
	KindNativeLib      // lib/<abi>/*.so
	KindAsset          // assets/**
	KindResource       // res/**
	KindNested         // *.apk, *.jar, *.zip, *.dex anywhere else: a container or dex inside the app
	KindDir            // a directory entry
)

var kindNames = [...]string{"other", "manifest", "resources", "dex", "native-lib", "asset", "resource", "nested", "dir"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// classify names an entry's kind from its cleaned path.
func classify(name string, isDir bool) Kind {
	if isDir || strings.HasSuffix(name, "/") {
		return KindDir
	}
	switch {
	case name == "AndroidManifest.xml":
		return KindManifest
	case name == "resources.arsc":
		return KindResources
	case DexIndex(name) > 0:
		return KindDex
	case strings.HasPrefix(name, "lib/") && strings.HasSuffix(name, ".so") && strings.Count(name, "/") >= 2:
		return KindNativeLib
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".apk", ".jar", ".zip", ".dex", ".xapk", ".apks", ".aar":
		return KindNested
	}
	switch {
	case strings.HasPrefix(name, "assets/"):
		return KindAsset
	case strings.HasPrefix(name, "res/"):
		return KindResource
	}
	return KindOther
}

// DexIndex returns the load order of a root dex entry as Android's class
// loader sees it: classes.dex is 1, classesN.dex is N (N ≥ 2), anything else 0.
// "classes1.dex" and "classes02.dex" are not loaded by Android, so they are 0.
func DexIndex(name string) int {
	if name == "classes.dex" {
		return 1
	}
	if !strings.HasPrefix(name, "classes") || !strings.HasSuffix(name, ".dex") {
		return 0
	}
	num := name[len("classes") : len(name)-len(".dex")]
	if num == "" || num[0] == '0' {
		return 0
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 2 {
		return 0
	}
	return n
}

// ABI returns the ABI directory of a native library entry (lib/<abi>/x.so).
func ABI(name string) string {
	rest, ok := strings.CutPrefix(name, "lib/")
	if !ok {
		return ""
	}
	abi, _, ok := strings.Cut(rest, "/")
	if !ok {
		return ""
	}
	return abi
}
