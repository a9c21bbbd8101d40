package pinflate

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"

	kflate "github.com/klauspost/compress/flate"
)

// sensorsDex is the corpus's largest single dex entry, raw and inflated.
func sensorsDex(b *testing.B) (in, data []byte) {
	zr, err := zip.OpenReader("../../../../../../shared/corpus/apk/sensorsdata_demo-release.apk")
	if err != nil {
		b.Skipf("shared corpus not available: %v", err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "classes.dex" {
			raw, _ := f.OpenRaw()
			in, _ = io.ReadAll(raw)
			rc, _ := f.Open()
			data, _ = io.ReadAll(rc)
			return in, data
		}
	}
	b.Skip("no classes.dex")
	return nil, nil
}

// BenchmarkInflate compares this package's decoder (whole stream, growing
// its buffer) with klauspost/compress, the pure-Go inflater apkscan used
// before, and times a tail from the middle of the stream.
func BenchmarkInflate(b *testing.B) {
	in, data := sensorsDex(b)
	b.Run("pinflate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, _, _, err := inflateAll(in, len(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("klauspost", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		out := make([]byte, len(data))
		for b.Loop() {
			r := kflate.NewReader(bytes.NewReader(in))
			if _, err := io.ReadFull(r, out); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("tail-half", func(b *testing.B) {
		b.SetBytes(int64(len(data) / 2))
		for b.Loop() {
			t := StartTail(in, int64(len(in))*4, len(data)-Window)
			<-t.done
			if _, ok := t.Size(); !ok {
				b.Fatal("no tail")
			}
		}
	})
}

// BenchmarkInflateAPI times Inflate in sequence and split on Sensors.
func BenchmarkInflateAPI(b *testing.B) {
	in, data := sensorsDex(b)
	for _, split := range []bool{false, true} {
		b.Run(map[bool]string{false: "sequential", true: "split"}[split], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			out := make([]byte, len(data), len(data)+Slack)
			for b.Loop() {
				if err := Inflate(in, out, Options{Split: split}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
