package rules

import (
	"bytes"
	"embed"
	"flag"
	"io/fs"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite builtin.gob from rules/builtin")

//go:embed builtin
var builtinFS embed.FS

// parseBuiltin loads rules/builtin from its YAML, as Builtin's snapshot
// was made.
func parseBuiltin() (*Set, error) {
	sub, err := fs.Sub(builtinFS, "builtin")
	if err != nil {
		return nil, err
	}
	set, err := loadFS(sub, "builtin")
	if err != nil {
		return nil, err
	}
	return Merge(set)
}

// TestBuiltinSnapshot: builtin.gob is rules/builtin as it is now. After
// changing a built-in rule file, rewrite it: go generate ./rules.
func TestBuiltinSnapshot(t *testing.T) {
	set, err := parseBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeSnapshot(&buf, set); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("builtin.gob", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(buf.Bytes(), builtinSnapshot) {
		t.Fatal("builtin.gob is not rules/builtin: run go generate ./rules")
	}
	// What it decodes to is what parsing gives.
	want, err := parseBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if Digest(got) != Digest(want) {
		t.Errorf("digest %s, parsed %s", Digest(got), Digest(want))
	}
	var a, b bytes.Buffer
	if err := writeSnapshot(&a, got); err != nil {
		t.Fatal(err)
	}
	if err := writeSnapshot(&b, want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the snapshot does not decode to the parsed set")
	}
}
