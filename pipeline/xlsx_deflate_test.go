package pipeline

import (
	"archive/zip"
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
