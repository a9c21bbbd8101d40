package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
)

// Inflate returns an entry's content as the central directory describes it.
func Inflate(e *Entry) ([]byte, error) {
	switch e.Method {
	case zip.Store:
		return append([]byte(nil), e.Data...), nil
	case zip.Deflate:
		b, err := io.ReadAll(flate.NewReader(bytes.NewReader(e.Data)))
		if err != nil {
			return nil, fmt.Errorf("hostile: %s: %w", e.Name, err)
		}
		return b, nil
	}
	return nil, fmt.Errorf("hostile: %s: method %d", e.Name, e.Method)
}

// DeflateAfter compresses head followed by pad zero bytes, returning the
// stream and the CRC-32 of the whole.
func DeflateAfter(head []byte, pad int64) ([]byte, uint32) {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(head)
	zeros := make([]byte, 1<<20)
	crc := crc32.ChecksumIEEE(head)
	for left := pad; left > 0; {
		k := min(left, int64(len(zeros)))
		w.Write(zeros[:k])
		crc = crc32.Update(crc, crc32.IEEETable, zeros[:k])
		left -= k
	}
	w.Close()
	return buf.Bytes(), crc
}

// manifestStored reads the base app and stores its manifest uncompressed,
// as the tricks that play with its method need.
func manifestStored(base []byte) (*Archive, *Entry, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, nil, err
	}
	e := a.Find("AndroidManifest.xml")
	if e == nil {
		return nil, nil, fmt.Errorf("hostile: base app has no manifest")
	}
	m, err := Inflate(e)
	if err != nil {
		return nil, nil, err
	}
	e.SetContent(m, false)
	return a, e, nil
}

// BogusMethod is the compression method the tampering cases write: no zip
// tool knows it; Android reads an entry with it as stored.
const BogusMethod = 0x5a5a

// bogusMethod stores the manifest and declares a bogus method in the
// central directory (central) or the local header.
func bogusMethod(central bool) func([]byte, Scale) ([]byte, error) {
	return func(base []byte, _ Scale) ([]byte, error) {
		a, e, err := manifestStored(base)
		if err != nil {
			return nil, err
		}
		if central {
			e.Method = BogusMethod
		} else {
			e.LocalMethod = BogusMethod
		}
		return a.Bytes(), nil
	}
}

// encryptedFlag sets general purpose bit 0 on the manifest and classes.dex.
func encryptedFlag(base []byte, _ Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	for _, name := range []string{"AndroidManifest.xml", "classes.dex"} {
		if e := a.Find(name); e != nil {
			e.Flags |= 1
			e.LocalFlags |= 1
		}
	}
	return a.Bytes(), nil
}

// sizeMismatch gives the manifest's local header garbage sizes and CRC with
// the data-descriptor bit set (Android then takes the central directory's
// and checks them against the descriptor that follows the data).
func sizeMismatch(base []byte, _ Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	e := a.Find("AndroidManifest.xml")
	if e == nil {
		return nil, fmt.Errorf("hostile: base app has no manifest")
	}
	e.LocalFlags |= 8
	e.Flags |= 8
	e.LocalCompressedSize, e.LocalUncompressedSize, e.LocalCRC32 = 0x7fff0000, 0x7fff0001, 0xdeadbeef
	dd := []byte{0x50, 0x4b, 0x07, 0x08}
	dd = le.AppendUint32(dd, e.CRC32)
	dd = le.AppendUint32(dd, e.CompressedSize)
	dd = le.AppendUint32(dd, e.UncompressedSize)
	// The descriptor follows the data; the sizes do not count it.
	e.Data = append(append([]byte(nil), e.Data...), dd...)
	return a.Bytes(), nil
}

// bigExtra puts a 64 KiB extra field of garbage records on the manifest's
// local header.
func bigExtra(base []byte, _ Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	e := a.Find("AndroidManifest.xml")
	if e == nil {
		return nil, fmt.Errorf("hostile: base app has no manifest")
	}
	x := make([]byte, 0xfff0)
	for i := range x {
		x[i] = byte(i*7 + 1)
	}
	e.LocalExtra = x
	return a.Bytes(), nil
}

// manifestMagic changes the first byte of the binary manifest (the low
// byte of the chunk type RES_XML_TYPE).
func manifestMagic(base []byte, _ Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	e := a.Find("AndroidManifest.xml")
	if e == nil {
		return nil, fmt.Errorf("hostile: base app has no manifest")
	}
	m, err := Inflate(e)
	if err != nil {
		return nil, err
	}
	m[0] ^= 0x40
	e.SetContent(m, e.Method == zip.Deflate)
	return a.Bytes(), nil
}

// duplicateName adds a second classes.dex entry holding a copy of the
// first (a decoy for tools that read the last one).
func duplicateName(base []byte, _ Scale) ([]byte, error) {
	a, err := ReadArchive(base)
	if err != nil {
		return nil, err
	}
	e := a.Find("classes.dex")
	if e == nil {
		return nil, fmt.Errorf("hostile: base app has no classes.dex")
	}
	d := *e
	a.Entries = append(a.Entries, &d)
	return a.Bytes(), nil
}
