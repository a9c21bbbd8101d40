package app

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// zipOf builds a zip of name -> content in archive order.
func zipOf(t *testing.T, files ...[2][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := w.Create(string(f[0]))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write(f[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func file(name string, data []byte) [2][]byte { return [2][]byte{[]byte(name), data} }

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readZipEntry returns one entry of a corpus APK.
func readZipEntry(t *testing.T, apkPath, name string) []byte {
	t.Helper()
	r, err := zip.OpenReader(apkPath)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	f, err := r.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(f); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLoadSplitSetFlavours builds an xapk, an apkm and an unmarked set from
// a corpus APK (the base) and a split carrying a dex file and a native
// library, and checks that each is read as one app with split-named evidence.
func TestLoadSplitSetFlavours(t *testing.T) {
	apkDir := "../../../../shared/corpus/apk"
	base, err := os.ReadFile(corpusFile(t, apkDir, "androguard_TestActivity.apk"))
	if err != nil {
		t.Fatal(err)
	}
	otherDex := readZipEntry(t, corpusFile(t, apkDir, "androguard_hello-world.apk"), "classes.dex")
	split := zipOf(t, file("lib/arm64-v8a/libx.so", []byte("\x7fELF https://tracker.example/collect\x00")), file("classes.dex", otherDex))

	tests := []struct {
		name, file, kind string
		zip              []byte
		baseName         string
		splitName        string
	}{
		{name: "xapk by manifest.json", file: "app.zip", kind: KindXAPK, baseName: "com.example.apk", splitName: "config.arm64_v8a.apk",
			zip: zipOf(t, file("manifest.json", []byte(`{"package_name":"x","split_apks":[]}`)), file("com.example.apk", base),
				file("config.arm64_v8a.apk", split), file("Android/obb/x/main.1.x.obb", []byte("obb")))},
		{name: "apkm by info.json", file: "app.apkm", kind: KindAPKM, baseName: "base.apk", splitName: "split_config.arm64_v8a.apk",
			zip: zipOf(t, file("info.json", []byte(`{"pname":"x"}`)), file("split_config.arm64_v8a.apk", split), file("base.apk", base))},
		{name: "apk holding only splits", file: "app.apk", kind: KindAPKS, baseName: "base.apk", splitName: "split_x.apk",
			zip: zipOf(t, file("base.apk", base), file("split_x.apk", split))},
		{name: "apkm without info.json, by extension", file: "app.apkm", kind: KindAPKM, baseName: "base.apk", splitName: "split_x.apk",
			zip: zipOf(t, file("split_x.apk", split), file("base.apk", base))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Load(writeTemp(t, tc.file, tc.zip), Options{})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			defer a.Close()
			if a.Kind != tc.kind {
				t.Errorf("Kind = %q, want %q", a.Kind, tc.kind)
			}
			if a.Manifest == nil || a.Manifest.Package == "" {
				t.Fatal("no manifest from the base")
			}
			var dex []string
			for _, d := range a.Dex {
				dex = append(dex, d.Entry)
			}
			want := []string{tc.baseName + "!classes.dex", tc.splitName + "!classes.dex"}
			if !slices.Equal(dex, want) {
				t.Errorf("dex = %v, want %v (base first)", dex, want)
			}
			if a.Target().DexFiles != 2 {
				t.Errorf("Target().DexFiles = %d, want 2", a.Target().DexFiles)
			}
			in := a.Info()
			lib := tc.splitName + "!lib/arm64-v8a/libx.so"
			if len(in.NativeLibs) != 1 || in.NativeLibs[0].Entry != lib || in.NativeLibs[0].ABI != "arm64-v8a" {
				t.Errorf("native libs = %+v, want %s", in.NativeLibs, lib)
			}
		})
	}
}
