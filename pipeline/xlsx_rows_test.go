package pipeline

import (
	"archive/zip"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// appendXLSXRow must write the XML excelize's StreamWriter.SetRow writes
// for the same values: random rows of every type, through both.
func TestXLSXRowsMatchExcelize(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	strs := []string{
		"", " ", "a", "seed:m:120", "€450 million", "A \"quoted\", title\nwith a line break", " lead", "trail ", "\ttab", "cr\r",
		"<&>'\"", "_x0041_", "_x005F_x0041_", "a_xD800_b", "_x005F_", "_x12G4_", "x\x01y", "\ufffe", "ok\u2028", strings.Repeat("é", 20000),
		strings.Repeat("ab", 20000), "日本語", "\U0001F600 emoji",
	}
	floats := []float64{0, 1, -1, 0.1, 1.5, 123456789.123456789, 1e15, 1e16, 1e20, 1e-7, 2.0 / 3, 502e6, 1.2464024795218065, -0.000123, math.MaxFloat64, 1234567890123456789}
	dates := []time.Time{
		time.Date(2022, 2, 25, 0, 0, 0, 0, time.UTC), time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC), time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
	}
	const ncol = 30
	cols := make([]string, ncol)
	styles := make([]int, ncol)
	for i := range cols {
		cols[i], _ = excelize.ColumnNumberToName(i + 1)
		styles[i] = []int{0, 0, 1, 2, 3}[r.IntN(5)]
	}
	f := excelize.NewFile()
	defer f.Close()
	for range 3 {
		if _, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
			t.Fatal(err)
		}
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	var want []byte
	for row := 1; row <= 400; row++ {
		values := make([]any, ncol)
		for i := range values {
			switch r.IntN(6) {
			case 0:
			case 1:
				values[i] = strs[r.IntN(len(strs))]
			case 2:
				values[i] = r.Int64N(1<<40) - 1<<39
			case 3:
				values[i] = floats[r.IntN(len(floats))] * []float64{1, -1, 3.7, 1e-3}[r.IntN(4)]
			case 4:
				values[i] = r.IntN(2) == 0
			case 5:
				// a date always has a style in the workbook (else
				// excelize would add one)
				if styles[i] != 0 {
					values[i] = dates[r.IntN(len(dates))]
				}
			}
		}
		cells := make([]any, ncol)
		for i, v := range values {
			if v != nil && styles[i] != 0 {
				v = excelize.Cell{StyleID: styles[i], Value: v}
			}
			cells[i] = v
		}
		ref, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(ref, cells); err != nil {
			t.Fatal(err)
		}
		want = appendXLSXRow(want, row, cols, styles, values)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(strings.NewReader(buf.String()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var sheet string
	for _, e := range z.File {
		if e.Name == "xl/worksheets/sheet1.xml" {
			rc, _ := e.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			sheet = string(b)
		}
	}
	start := strings.Index(sheet, "<sheetData>") + len("<sheetData>")
	end := strings.Index(sheet, "</sheetData>")
	if start < len("<sheetData>") || end < 0 {
		t.Fatalf("no sheetData in %.300q", sheet)
	}
	got := sheet[start:end]
	if got != string(want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("rows differ at byte %d:\nexcelize: %.200q\nours:     %.200q", i, got[max(i-80, 0):], string(want[max(i-80, 0):]))
	}
}

// appendXLSXCells must write what appendXLSXRow writes for the same
// values, boxed: random rows of every kind of cell.
func TestXLSXCellsMatchRows(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	strs := []string{
		"", " ", "a", "plain text", "seed:m:120", "€450 million", " lead", "trail ", "\ttab", "cr\r", "a\nb",
		"<&>'\"", "_x0041_", "a_x", "_x", "x_", "_", "a\x7fb", "x\x01y", "\ufffe", "日本語", strings.Repeat("ab", 20000),
		"it\u2019s \u201cquoted\u201d \u20ac5", "\xff\xfe", "a\ufffdb", "\U0001F600", "\ud7ff\ue000\uffff", "line\n", "\r\n",
		"Germany's \"Leopard\" & <tanks>", strings.Repeat("é", xlsxTotalCellChars/2), strings.Repeat("'", xlsxTotalCellChars),
		strings.Repeat("a", xlsxTotalCellChars/2), strings.Repeat("a", xlsxTotalCellChars/2+1),
	}
	floats := []float64{0, 1, -1, 0.1, 1.5, 1e16, 1e-7, 2.0 / 3, math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
		123456789012345, 1234567890123456, 0.1234567890123456, 1e21, 502e6, math.NaN(), math.Inf(1)}
	dates := []time.Time{
		time.Date(2022, 2, 25, 0, 0, 0, 0, time.UTC), time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC),
		time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(1900, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	const ncol = 12
	cols := make([]string, ncol)
	styles := make([]int, ncol)
	for i := range cols {
		cols[i], _ = excelize.ColumnNumberToName(i + 1)
		styles[i] = []int{0, 0, 1, 2}[r.IntN(4)]
	}
	for row := 1; row <= 2000; row++ {
		values := make([]any, ncol)
		for i := range values {
			switch r.IntN(6) {
			case 1:
				values[i] = strs[r.IntN(len(strs))]
			case 2:
				values[i] = r.Int64N(1<<40) - 1<<39
			case 3:
				values[i] = floats[r.IntN(len(floats))]
			case 4:
				values[i] = r.IntN(2) == 0
			case 5:
				values[i] = dates[r.IntN(len(dates))]
			}
		}
		c, err := rowCells(nil, Tables[0], values)
		if err != nil {
			t.Fatal(err)
		}
		want := string(appendXLSXRow(nil, row, cols, styles, values))
		if got := string(appendXLSXCells(nil, row, cols, styles, c)); got != want {
			t.Fatalf("row %d:\n got %.300q\nwant %.300q", row, got, want)
		}
	}
}

func FuzzXLSXCells(f *testing.F) {
	for _, s := range []string{"", "a", " a", "a_x0041_", "<&>", "é", "a\x7f", "\xff"} {
		f.Add(s, int64(3), 2.5)
	}
	cols := []string{"A", "B", "C", "D", "E"}
	styles := []int{0, 1, 2, 2, 0}
	f.Fuzz(func(t *testing.T, s string, n int64, x float64) {
		// n is also a day (within 10,000 years of 1970) and a boolean
		day := time.Unix(n%3650000*86400, 0).UTC()
		values := []any{s, n, x, day, n%2 == 0}
		values, err := normalize(&Table{Name: "fuzz", Columns: []Column{{Name: "s", Type: String}, {Name: "n", Type: Int},
			{Name: "x", Type: Float}, {Name: "d", Type: Date}, {Name: "b", Type: Bool}}}, values)
		if err != nil {
			return // not a value a run writes
		}
		c, err := rowCells(nil, Tables[0], values)
		if err != nil {
			t.Fatal(err)
		}
		want := string(appendXLSXRow(nil, 7, cols, styles, values))
		if got := string(appendXLSXCells(nil, 7, cols, styles, c)); got != want {
			t.Fatalf("got %q\nwant %q", got, want)
		}
	})
}

// appendXLSXRow appends row r (1-based) as a <row> element, from boxed
// values: the reference appendXLSXCells is checked against. cols are the
// column letters, styles the style of each column's non-null cells (0 for
// none).
func appendXLSXRow(b []byte, r int, cols []string, styles []int, values []any) []byte {
	rs := strconv.Itoa(r)
	b = append(b, `<row r="`...)
	b = append(b, rs...)
	b = append(b, `">`...)
	for i, v := range values {
		if v == nil {
			continue
		}
		b = appendXLSXCell(b, cols[i], r, styles[i], v)
	}
	return append(b, `</row>`...)
}
