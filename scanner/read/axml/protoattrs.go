package axml

// androidAttrNames maps the resource IDs of the android: attributes the
// manifest builder reads to their names. IDs are fixed forever by the
// framework's public.xml (an app built for API 21 must keep working), so
// this table never goes stale; an ID missing from it keeps the name aapt2
// wrote. The values were taken from `aapt dump resources framework-res.apk`
// (spec resource 0x0101xxxx android:attr/<name>).
//
// Android resolves attributes by ID only, so an attribute whose name was
// renamed by an obfuscator (or forged to hide android:exported) is read
// under its real name here, as in the binary path through apkparser.
var androidAttrNames = map[uint32]string{
	0x01010000: "theme",
	0x01010001: "label",
	0x01010002: "icon",
	0x01010003: "name",
	0x01010006: "permission",
	0x01010007: "readPermission",
	0x01010008: "writePermission",
	0x01010009: "protectionLevel",
	0x0101000a: "permissionGroup",
	0x0101000b: "sharedUserId",
	0x0101000e: "enabled",
	0x0101000f: "debuggable",
	0x01010010: "exported",
	0x01010011: "process",
	0x01010018: "authorities",
	0x0101001b: "grantUriPermissions",
	0x0101001c: "priority",
	0x01010024: "value",
	0x01010025: "resource",
	0x01010026: "mimeType",
	0x01010027: "scheme",
	0x01010028: "host",
	0x01010029: "port",
	0x0101002a: "path",
	0x0101002b: "pathPrefix",
	0x0101002c: "pathPattern",
	0x01010202: "targetActivity",
	0x0101020c: "minSdkVersion",
	0x0101021b: "versionCode",
	0x0101021c: "versionName",
	0x01010270: "targetSdkVersion",
	0x01010271: "maxSdkVersion",
	0x01010272: "testOnly",
	0x01010280: "allowBackup",
	0x01010281: "glEsVersion",
	0x0101028e: "required",
	0x010102b7: "installLocation",
	0x010104ea: "extractNativeLibs",
	0x010104ec: "usesCleartextTraffic",
	0x010104ee: "autoVerify",
	0x01010527: "networkSecurityConfig",
	0x0101052c: "roundIcon",
	0x01010572: "compileSdkVersion",
	0x01010576: "versionCodeMajor",
}
