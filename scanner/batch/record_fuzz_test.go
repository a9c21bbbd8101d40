package batch

import (
	"bytes"
	"testing"

	"github.com/apkscan/apkscan/scanner/finding"
)

// FuzzReadRecords: JSONL or JSON reports, any bytes give records or an
// error, never a panic, and every record is a result or an error record.
func FuzzReadRecords(f *testing.F) {
	f.Add([]byte(`{"schemaVersion":1,"target":{"path":"a.apk"},"findings":[]}` + "\n"))
	f.Add([]byte("{\n  \"schemaVersion\": 1,\n  \"findings\": []\n}\n"))
	f.Add([]byte(`{"path":"b.apk","sha256":"","error":"x","exit":3}` + "\n" + `{"schemaVersion":1,"tool":{"na`))
	f.Add([]byte("{\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = ReadRecords(bytes.NewReader(b), func(r finding.Record) error {
			if (r.Result == nil) == (r.Error == nil) {
				t.Fatalf("a record that is neither or both: %+v", r)
			}
			return nil
		})
	})
}
