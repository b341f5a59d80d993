// coregroup patch: see PATCH.md. These tests fail if fpdf behaves in a
// way the patch does not allow for.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"testing"
)

// TestReusedWriterCompressesAsANewOne: a zlib writer Reset onto a buffer
// writes what a new one would, so reusing them changes no PDF's bytes.
func TestReusedWriterCompressesAsANewOne(t *testing.T) {
	for _, data := range [][]byte{[]byte("BT /F1 12 Tf (Hello) Tj ET"), bytes.Repeat([]byte("0 0 m 10 10 l S\n"), 5000), nil} {
		var want bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&want, zlib.BestSpeed)
		zw.Write(data)
		zw.Close()
		for range 3 { // the first from the pool is new, the next reused
			got := xmem.compress(data)
			if !bytes.Equal(got.bytes(), want.Bytes()) {
				t.Fatalf("compress of %d bytes differs from a new zlib writer's", len(data))
			}
			got.release()
		}
	}
}
