package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSampleGoldens scans every sample APK with --format json and compares
// the result with samples/expected/<case>.json. The tool version, the rules
// digest and the path are normalised so that the golden files pin findings
// and evidence, not the build. Every output is also validated against the
// documented JSON Schema (docs/schema/result.schema.json).
func TestSampleGoldens(t *testing.T) {
	schema := compileSchema(t, "../../../../docs/schema/result.schema.json")
	apks, _ := filepath.Glob(filepath.Join(samplesDir, "*.apk"))
	if len(apks) == 0 {
		t.Fatal("no sample APKs")
	}
	for _, apk := range apks {
		name := strings.TrimSuffix(filepath.Base(apk), ".apk")
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := run(t, "scan", "-f", "json", "--fail-on", "none", apk)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var doc any
			if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("output does not match result.schema.json: %v", err)
			}
			golden(t, filepath.Join(samplesDir, "expected", name+".json"), normalise(t, stdout))
		})
	}
}

func normalise(t *testing.T, out string) []byte {
	t.Helper()
	var doc map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	tool := doc["tool"].(map[string]any)
	tool["version"], tool["rulesDigest"] = "(normalised)", "(normalised)"
	target := doc["target"].(map[string]any)
	target["path"] = "samples/" + filepath.Base(target["path"].(string))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(path, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
