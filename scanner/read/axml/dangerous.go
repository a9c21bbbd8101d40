package axml

import "strings"

// dangerousPermissions are the platform permissions declared with
// protectionLevel="dangerous" (runtime permissions) in AOSP's
// frameworks/base/core/res/AndroidManifest.xml, up to Android 15/16.
// The Android 10 subset is checked against the Debian framework-res.apk
// in dangerous_test.go; later additions are from the same file's history
// (API level in the comment).
var dangerousPermissions = map[string]bool{
	// CALENDAR
	"android.permission.READ_CALENDAR":  true,
	"android.permission.WRITE_CALENDAR": true,
	// CAMERA
	"android.permission.CAMERA": true,
	// CONTACTS
	"android.permission.READ_CONTACTS":  true,
	"android.permission.WRITE_CONTACTS": true,
	"android.permission.GET_ACCOUNTS":   true,
	// LOCATION
	"android.permission.ACCESS_FINE_LOCATION":       true,
	"android.permission.ACCESS_COARSE_LOCATION":     true,
	"android.permission.ACCESS_BACKGROUND_LOCATION": true, // 29
	"android.permission.ACCESS_MEDIA_LOCATION":      true, // 29
	// MICROPHONE
	"android.permission.RECORD_AUDIO": true,
	// PHONE
	"android.permission.READ_PHONE_STATE":            true,
	"android.permission.READ_PHONE_NUMBERS":          true, // 26
	"android.permission.CALL_PHONE":                  true,
	"android.permission.ANSWER_PHONE_CALLS":          true, // 26
	"android.permission.ACCEPT_HANDOVER":             true, // 28
	"android.permission.USE_SIP":                     true,
	"android.permission.PROCESS_OUTGOING_CALLS":      true,
	"com.android.voicemail.permission.ADD_VOICEMAIL": true,
	"android.permission.READ_CALL_LOG":               true,
	"android.permission.WRITE_CALL_LOG":              true,
	// SENSORS / ACTIVITY
	"android.permission.BODY_SENSORS":            true,
	"android.permission.BODY_SENSORS_BACKGROUND": true, // 33
	"android.permission.ACTIVITY_RECOGNITION":    true, // 29
	// SMS
	"android.permission.SEND_SMS":             true,
	"android.permission.RECEIVE_SMS":          true,
	"android.permission.READ_SMS":             true,
	"android.permission.RECEIVE_WAP_PUSH":     true,
	"android.permission.RECEIVE_MMS":          true,
	"android.permission.READ_CELL_BROADCASTS": true,
	// STORAGE / MEDIA
	"android.permission.READ_EXTERNAL_STORAGE":           true,
	"android.permission.WRITE_EXTERNAL_STORAGE":          true,
	"android.permission.READ_MEDIA_AUDIO":                true, // 33
	"android.permission.READ_MEDIA_VIDEO":                true, // 33
	"android.permission.READ_MEDIA_IMAGES":               true, // 33
	"android.permission.READ_MEDIA_VISUAL_USER_SELECTED": true, // 34
	// NEARBY DEVICES
	"android.permission.BLUETOOTH_SCAN":      true, // 31
	"android.permission.BLUETOOTH_CONNECT":   true, // 31
	"android.permission.BLUETOOTH_ADVERTISE": true, // 31
	"android.permission.UWB_RANGING":         true, // 31
	"android.permission.NEARBY_WIFI_DEVICES": true, // 33
	"android.permission.RANGING":             true, // 36
	// NOTIFICATIONS
	"android.permission.POST_NOTIFICATIONS": true, // 33
}

// healthPermissionPrefix covers the Health Connect permissions
// (android.permission.health.READ_HEART_RATE, ...), all dangerous since
// API 34.
const healthPermissionPrefix = "android.permission.health."

// IsDangerous reports whether name is a platform runtime ("dangerous")
// permission.
func IsDangerous(name string) bool {
	return dangerousPermissions[name] || strings.HasPrefix(name, healthPermissionPrefix)
}
