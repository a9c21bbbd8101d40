package axml

import (
	"encoding/binary"
	"fmt"
)

// Trick names a way a document departs from what tools expect while
// Android reads it anyway: malware alters its manifest so that analysers
// fail to parse it and the platform does not notice.
type Trick string

// TrickChunkType: the binary manifest's first chunk is not typed
// RES_XML_TYPE (its first byte altered). Android's ResXMLTree::setTo checks
// only the header's sizes, never its type; apktool and others refuse it.
const TrickChunkType Trick = "manifest-chunk-type"

// Tampering is one trick seen in a document: Detail says what it holds
// and how Android reads it.
type Tampering struct {
	Trick  Trick
	Detail string
}

// resXMLType is RES_XML_TYPE, the chunk type a binary XML document starts with.
const resXMLType = 0x0003

// binaryHeader reports whether data starts like a binary XML document as
// Android accepts one, whatever its chunk type: a ResChunk_header whose
// header size is 8 and whose total size lies between 8 and the data's.
func binaryHeader(data []byte) (chunkType uint16, ok bool) {
	if len(data) < 8 {
		return 0, false
	}
	le := binary.LittleEndian
	headerSize, size := le.Uint16(data[2:]), le.Uint32(data[4:])
	return le.Uint16(data), headerSize == 8 && size >= 8 && uint64(size) <= uint64(len(data))
}

// chunkTampering reports a binary manifest whose chunk type was altered.
func chunkTampering(data []byte) []Tampering {
	typ, ok := binaryHeader(data)
	if !ok || typ == resXMLType {
		return nil
	}
	return []Tampering{{Trick: TrickChunkType,
		Detail: fmt.Sprintf("the first chunk's type is 0x%04x, not RES_XML_TYPE (0x0003); Android does not check it and reads the document", typ)}}
}
