package pipeline

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Rows deflated in many small pieces, on several goroutines, give the same
// workbook as rows deflated in one: each sheet's Deflate stream and CRC-32
// hold together (the zip reader checks the CRC-32 of every part it reads).
// Sheets split too, so pieces of several sheets of a table interleave.
func TestXLSXDeflatePieces(t *testing.T) {
	var rows []tableRow
	for i := range 500 {
		start := int64(10 * i)
		rows = append(rows, tableRow{MaterielTable, Row{"seed", "seed:mt:" + strconv.Itoa(10*i), int64(i), start, start + 5, "5 tanks " + strconv.Itoa(i), int64(5), nil, "exact", nil, "tanks", nil, "tank", nil, nil, "aid", nil}})
	}
	rows = append(rows, sampleRows()...)
	defer func(n int) { xlsxMaxRows = n }(xlsxMaxRows)
	xlsxMaxRows = 200

	write := func(chunk int) map[string][][]string {
		defer func(n int) { xlsxChunkSize = n }(xlsxChunkSize)
		xlsxChunkSize = chunk
		path := filepath.Join(t.TempDir(), "aid.xlsx")
		x, err := NewXLSXSink(path, testMeta)
		if err != nil {
			t.Fatal(err)
		}
		writeAll(t, Sinks{x}, rows)
		z, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		defer z.Close()
		for _, part := range z.File {
			r, err := part.Open()
			if err == nil {
				_, err = io.Copy(io.Discard, r) // checks the CRC-32 at the end
			}
			if err != nil {
				t.Fatalf("pieces of %d bytes: %s: %v", chunk, part.Name, err)
			}
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatalf("pieces of %d bytes: %v", chunk, err)
		}
		defer f.Close()
		sheets := map[string][][]string{}
		for _, name := range f.GetSheetList() {
			if sheets[name], err = f.GetRows(name); err != nil {
				t.Fatalf("pieces of %d bytes: sheet %s: %v", chunk, name, err)
			}
		}
		return sheets
	}
	want := write(1 << 30)
	if n := len(want["materiel (3)"]); n < 2 {
		t.Fatalf("materiel (3) has %d rows, want some data rows (the test's split is off)", n)
	}
	for _, chunk := range []int{1, 100, 4096} {
		if got := write(chunk); !reflect.DeepEqual(got, want) {
			t.Errorf("pieces of %d bytes: the workbook differs from one written in one piece", chunk)
		}
	}
}

// The deflater's pieces, handed in from two sheets in turn and cut at any
// size, inflate to each sheet's bytes in order once the stream is ended.
func FuzzDeflatePieces(f *testing.F) {
	f.Add([]byte("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"), uint8(7))
	f.Add(bytes.Repeat([]byte("abc"), 5000), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		defer func(n int) { xlsxChunkSize = n }(xlsxChunkSize)
		xlsxChunkSize = int(cut) + 1
		d := newDeflater()
		defer d.close()
		var outs [2]bytes.Buffer
		var sheets [2]*xlsxSheet
		for i := range sheets {
			sheets[i] = &xlsxSheet{buf: bufio.NewWriter(&outs[i])}
		}
		var want [2][]byte
		for i := 0; len(data) > 0; i++ {
			n := min(len(data), i%13+1)
			sh := sheets[i%2]
			from := len(sh.pend)
			sh.pend = append(sh.pend, data[:n]...)
			want[i%2] = append(want[i%2], data[:n]...)
			if err := sh.wrote(d, from); err != nil {
				t.Fatal(err)
			}
			data = data[n:]
		}
		for _, sh := range sheets {
			if err := d.add(sh); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.flush(); err != nil {
			t.Fatal(err)
		}
		for i, sh := range sheets {
			if err := sh.buf.Flush(); err != nil {
				t.Fatal(err)
			}
			if err := deflateTo(&outs[i], nil, true); err != nil { // the end of the stream
				t.Fatal(err)
			}
			got, err := io.ReadAll(flate.NewReader(&outs[i]))
			if err != nil {
				t.Fatalf("sheet %d: %v", i, err)
			}
			if !bytes.Equal(got, want[i]) {
				t.Fatalf("sheet %d inflates to %d bytes, want %d", i, len(got), len(want[i]))
			}
			if sh.size != int64(len(want[i])) || sh.crc != crc32.ChecksumIEEE(want[i]) {
				t.Fatalf("sheet %d: size %d crc %08x, want %d %08x", i, sh.size, sh.crc, len(want[i]), crc32.ChecksumIEEE(want[i]))
			}
		}
	})
}
