package axml

// implyPermissions adds the permissions Android grants implicitly, the
// subset that aapt's badging also reports as uses-implied-permission:
//
//   - targetSdk < 4 (DONUT): WRITE_EXTERNAL_STORAGE and READ_PHONE_STATE
//     (PackageParser.NEW_PERMISSIONS);
//   - WRITE_EXTERNAL_STORAGE implies READ_EXTERNAL_STORAGE;
//   - targetSdk < 16: READ_CONTACTS implies READ_CALL_LOG and
//     WRITE_CONTACTS implies WRITE_CALL_LOG
//     (frameworks/base/data/etc/platform.xml <split-permission>).
//
// The newer platform.xml splits (location -> background location, storage
// -> media, Bluetooth -> nearby devices) are not modelled yet.
func (b *builder) implyPermissions() {
	m := b.m
	has := func(n string) bool {
		for _, p := range m.UsesPermissions {
			if p.Name == n {
				return true
			}
		}
		for _, p := range m.ImpliedPermissions {
			if p.Name == n {
				return true
			}
		}
		return false
	}
	add := func(n string) {
		if !has(n) {
			m.ImpliedPermissions = append(m.ImpliedPermissions, Permission{Name: n, Dangerous: IsDangerous(n)})
		}
	}
	const ap = "android.permission."
	if m.TargetSdk < 4 {
		add(ap + "WRITE_EXTERNAL_STORAGE")
		add(ap + "READ_PHONE_STATE")
	}
	if has(ap + "WRITE_EXTERNAL_STORAGE") {
		add(ap + "READ_EXTERNAL_STORAGE")
	}
	if m.TargetSdk < 16 {
		if has(ap + "READ_CONTACTS") {
			add(ap + "READ_CALL_LOG")
		}
		if has(ap + "WRITE_CONTACTS") {
			add(ap + "WRITE_CALL_LOG")
		}
	}
}
