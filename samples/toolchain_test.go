package samples

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// lookTool skips the test when the Debian Android toolchain is not
// installed: the committed APKs are still covered by TestAPKContents.
func lookTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (apt-get install %s); skipping toolchain check", name, name)
	}
	return p
}

// run executes a tool and fails the test, showing its output, if it exits non-zero.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

var classDescriptor = regexp.MustCompile(`(?m)^\s*Class descriptor\s*:\s*'([^']+)'`)

// TestDexdump checks that AOSP's dexdump parses every dex and that the
// defined/referenced split is as documented (MobclickAgent and friends must
// stay references only: rules tell "bundled SDK" from "calls an SDK" by it).
func TestDexdump(t *testing.T) {
	dexdump := lookTool(t, "dexdump")
	for _, c := range Cases {
		t.Run(c.Name, func(t *testing.T) {
			_, data := readAPK(t, c.Name+".apk")
			defined := map[string]bool{}
			for _, name := range c.Dex {
				path := filepath.Join(t.TempDir(), name)
				if err := os.WriteFile(path, data[name], 0o600); err != nil {
					t.Fatal(err)
				}
				out := run(t, dexdump, "-d", path)
				ms := classDescriptor.FindAllStringSubmatch(out, -1)
				if len(ms) == 0 {
					t.Errorf("%s: dexdump shows no classes", name)
				}
				for _, m := range ms {
					defined[m[1]] = true
				}
			}
			for _, d := range c.Defined {
				if !defined[d] {
					t.Errorf("%s not defined in any dex", d)
				}
			}
			for _, d := range c.Referenced {
				if defined[d] {
					t.Errorf("%s defined, want referenced only", d)
				}
			}
		})
	}
}

var (
	badgingPackage    = regexp.MustCompile(`(?m)^package: name='([^']*)'`)
	badgingPermission = regexp.MustCompile(`(?m)^uses-permission: name='([^']*)'`)
)

// TestBadging checks package name and the complete permission list as aapt sees them.
func TestBadging(t *testing.T) {
	aapt := lookTool(t, "aapt")
	for _, c := range Cases {
		t.Run(c.Name, func(t *testing.T) {
			out := run(t, aapt, "dump", "badging", c.Name+".apk")
			m := badgingPackage.FindStringSubmatch(out)
			if m == nil || m[1] != c.Package {
				t.Errorf("package %v, want %q", m, c.Package)
			}
			var perms []string
			for _, p := range badgingPermission.FindAllStringSubmatch(out, -1) {
				perms = append(perms, p[1])
			}
			want := slices.Clone(c.Permissions)
			sort.Strings(perms)
			sort.Strings(want)
			if !slices.Equal(perms, want) {
				t.Errorf("permissions %v, want %v", perms, want)
			}
		})
	}
}

// TestSignedAndAligned checks each APK verifies (v1+v2+v3 from minSdk 21) and is 4-byte aligned.
func TestSignedAndAligned(t *testing.T) {
	apksigner := lookTool(t, "apksigner")
	zipalign := lookTool(t, "zipalign")
	for _, c := range Cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			run(t, zipalign, "-c", "4", c.Name+".apk")
			run(t, apksigner, "verify", "--min-sdk-version", "21", c.Name+".apk")
		})
	}
}
