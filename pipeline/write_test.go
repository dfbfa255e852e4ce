package pipeline

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/metadata"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/xuri/excelize/v2"
)

var testMeta = Meta{ToolVersion: "v0.0.0-test", FXSource: "European Central Bank euro foreign exchange reference rates (eurofxref-hist.csv)"}

type tableRow struct {
	t *Table
	r Row
}

// sampleRows has rows for every table except personnel, which stays empty.
func sampleRows() []tableRow {
	return []tableRow{
		{DocumentsTable, Row{"seed", "in/seed.txt", "text", nil, day(2022, 3, 1), int64(1234), "ab12"}},
		{DocumentsTable, Row{"other", "in/other.html", "html", "A \"quoted\", title\nwith a line break", nil, int64(0), "cd34"}},
		{MoneyTable, Row{"seed", "seed:m:10", int64(0), int64(10), int64(22), "€450 million", 450e6, "EUR", "exact", nil, "new", 502e6, 1.1155, day(2022, 2, 25), "seed:e:0"}},
		{MoneyTable, Row{"seed", "seed:m:40", int64(1), int64(40), int64(52), "$1 trillion", 1e12, "USD", "up_to", 2e12, "total", 1e12, nil, nil, nil}},
		{MoneyTable, Row{"seed", "seed:m:60", int64(2), int64(60), int64(64), "0.1", 0.1, "USD", "approx", nil, "other", nil, nil, nil, nil}},
		{DatesTable, Row{"seed", "seed:d:0", int64(0), int64(0), int64(16), "26 February 2022", "2022-02-26", "day", nil, nil, false, day(2022, 2, 26), day(2022, 2, 26)}},
		{DatesTable, Row{"seed", "seed:d:30", int64(1), int64(30), int64(37), "in 2024", "2024", "year", "2025", "by", true, day(2024, 1, 1), day(2025, 12, 31)}},
		{MaterielTable, Row{"seed", "seed:mt:70", int64(2), int64(70), int64(88), "dozens of Leopards", nil, nil, "vague", "dozens", "Leopards", "Leopard 2", "tank", 120.0, nil, "aid", nil}},
		{EventsTable, Row{"seed:e:0", "seed", int64(0), int64(0), int64(40), day(2022, 2, 26), "day", "Germany", "DEU", nil, "Ukraine", "pledge", "military", 450e6, "EUR", "exact", 502e6, nil, int64(3), "Germany, Belgium, and Canada pledged €450 million.", 0.9}},
	}
}

// writeAll writes rows through sinks and closes them.
func writeAll(t *testing.T, s Sinks, rows []tableRow) {
	t.Helper()
	for _, tr := range rows {
		if err := s.Write(tr.t, tr.r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func allSinks(t *testing.T, dir string) Sinks {
	t.Helper()
	c, err := NewCSVSink(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewParquetSink(dir, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewXLSXSink(filepath.Join(dir, "aid.xlsx"), testMeta)
	if err != nil {
		t.Fatal(err)
	}
	return Sinks{c, p, x}
}

func outputNames() []string {
	var names []string
	for _, tb := range Tables {
		names = append(names, tb.Name+".csv", tb.Name+".parquet")
	}
	names = append(names, "aid.xlsx")
	sort.Strings(names)
	return names
}

// listDir returns the names in dir, temporary files included.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCSVFormat(t *testing.T) {
	dir := t.TempDir()
	s, err := NewCSVSink(dir)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, Sinks{s}, sampleRows())

	money := string(readFile(t, filepath.Join(dir, "money.csv")))
	want := "doc_id,mention_id,sentence_id,char_start,char_end,text,value,currency,qualifier,value_max,role,value_usd,fx_rate,fx_date,event_id\n" +
		"seed,seed:m:10,0,10,22,€450 million,450000000,EUR,exact,,new,502000000,1.1155,2022-02-25,seed:e:0\n" +
		"seed,seed:m:40,1,40,52,$1 trillion,1000000000000,USD,up_to,2000000000000,total,1000000000000,,,\n" +
		"seed,seed:m:60,2,60,64,0.1,0.1,USD,approx,,other,,,,\n"
	if money != want {
		t.Errorf("money.csv\n got %q\nwant %q", money, want)
	}

	docs := readFile(t, filepath.Join(dir, "documents.csv"))
	if bytes.HasPrefix(docs, []byte("\xef\xbb\xbf")) || bytes.Contains(docs, []byte("\r")) {
		t.Error("documents.csv has a BOM or CR")
	}
	wantDocs := "doc_id,source,format,title,doc_date,chars,sha256\n" +
		"seed,in/seed.txt,text,,2022-03-01,1234,ab12\n" +
		"other,in/other.html,html,\"A \"\"quoted\"\", title\nwith a line break\",,0,cd34\n"
	if string(docs) != wantDocs {
		t.Errorf("documents.csv\n got %q\nwant %q", docs, wantDocs)
	}
	recs, err := csv.NewReader(bytes.NewReader(docs)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if recs[2][3] != "A \"quoted\", title\nwith a line break" {
		t.Errorf("title read back as %q", recs[2][3])
	}

	dates := string(readFile(t, filepath.Join(dir, "dates.csv")))
	if !strings.Contains(dates, "\nseed,seed:d:30,1,30,37,in 2024,2024,year,2025,by,true,2024-01-01,2025-12-31\n") {
		t.Errorf("dates.csv: %q", dates)
	}
	mat := string(readFile(t, filepath.Join(dir, "materiel.csv")))
	if !strings.HasSuffix(mat, "\nseed,seed:mt:70,2,70,88,dozens of Leopards,,,vague,dozens,Leopards,Leopard 2,tank,120,,aid,\n") {
		t.Errorf("materiel.csv: %q", mat)
	}
	if got := string(readFile(t, filepath.Join(dir, "personnel.csv"))); got != contractHeader("personnel") {
		t.Errorf("personnel.csv = %q", got)
	}
}

func contractHeader(table string) string {
	return strings.ReplaceAll(contract[table], ", ", ",") + "\n"
}

func TestParquetRoundTrip(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	dir := t.TempDir()
	s, err := newParquetSink(dir, testMeta, mem)
	if err != nil {
		t.Fatal(err)
	}
	rows := sampleRows()
	// Enough rows for two row groups.
	for i := 0; i < parquetBatchRows+5; i++ {
		rows = append(rows, tableRow{DatesTable, Row{"zz", nil, int64(i), int64(i), int64(i + 1), "x", nil, nil, nil, nil, i%2 == 0, nil, nil}})
	}
	writeAll(t, Sinks{s}, rows)

	rmem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer rmem.AssertSize(t, 0)
	counts := map[*Table]int{}
	for _, tr := range rows {
		counts[tr.t]++
	}
	for _, tb := range Tables {
		tbl, meta := readParquet(t, filepath.Join(dir, tb.Name+".parquet"), rmem)
		if int(tbl.NumRows()) != counts[tb] {
			t.Errorf("%s: %d rows, want %d", tb.Name, tbl.NumRows(), counts[tb])
		}
		sch := tbl.Schema()
		if sch.NumFields() != len(tb.Columns) {
			t.Fatalf("%s: %d fields", tb.Name, sch.NumFields())
		}
		for i, c := range tb.Columns {
			f := sch.Field(i)
			if f.Name != c.Name || !arrow.TypeEqual(f.Type, arrowType(c.Type)) || !f.Nullable {
				t.Errorf("%s field %d = %v, want %s %v", tb.Name, i, f, c.Name, arrowType(c.Type))
			}
		}
		for k, v := range map[string]string{MetaSchemaVersion: SchemaVersion, MetaToolVersion: testMeta.ToolVersion, MetaFXSource: testMeta.FXSource} {
			if got := meta.KeyValueMetadata().FindValue(k); got == nil || *got != v {
				t.Errorf("%s: metadata %s = %v", tb.Name, k, got)
			}
		}
		if meta.GetCreatedBy() != parquetCreatedBy {
			t.Errorf("created_by %q", meta.GetCreatedBy())
		}
		switch tb {
		case MoneyTable:
			value := column[*array.Float64](t, tbl, "value")
			if value.Value(1) != 1e12 || value.Value(2) != 0.1 {
				t.Errorf("money.value %v", value)
			}
			usd := column[*array.Float64](t, tbl, "value_usd")
			if !usd.IsNull(2) || usd.Value(0) != 502e6 {
				t.Errorf("money.value_usd %v", usd)
			}
			fx := column[*array.Date32](t, tbl, "fx_date")
			if fx.Value(0).ToTime() != day(2022, 2, 25) || !fx.IsNull(1) {
				t.Errorf("money.fx_date %v", fx)
			}
			text := column[*array.String](t, tbl, "text")
			if text.Value(0) != "€450 million" {
				t.Errorf("money.text %v", text)
			}
			ev := column[*array.String](t, tbl, "event_id")
			if ev.Value(0) != "seed:e:0" || !ev.IsNull(1) {
				t.Errorf("money.event_id %v", ev)
			}
		case DatesTable:
			rel := tbl.Column(DatesTable.Index("relative")).Data()
			if rel.Len() != counts[tb] {
				t.Errorf("dates.relative: %d values", rel.Len())
			}
			if got := rel.Chunk(0).(*array.Boolean).Value(1); got != true {
				t.Errorf("dates.relative[1] = %v", got)
			}
		case MaterielTable:
			q := column[*array.Int64](t, tbl, "quantity")
			c := column[*array.Float64](t, tbl, "caliber_mm")
			if !q.IsNull(0) || c.Value(0) != 120 {
				t.Errorf("materiel %v %v", q, c)
			}
		case EventsTable:
			n := column[*array.Int64](t, tbl, "item_count")
			if n.Value(0) != 3 || column[*array.Float64](t, tbl, "confidence").Value(0) != 0.9 {
				t.Errorf("events.item_count %v", n)
			}
		}
		tbl.Release()
	}
	// Row groups: one per batch.
	r, err := file.OpenParquetFile(filepath.Join(dir, "dates.parquet"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.NumRowGroups() != 2 {
		t.Errorf("dates.parquet: %d row groups, want 2", r.NumRowGroups())
	}
}

func readParquet(t *testing.T, path string, mem memory.Allocator) (arrow.Table, *metadata.FileMetaData) {
	t.Helper()
	r, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fr, err := pqarrow.NewFileReader(r, pqarrow.ArrowReadProperties{}, mem)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tbl, r.MetaData()
}

// column returns the single chunk of the named column.
func column[A arrow.Array](t *testing.T, tbl arrow.Table, name string) A {
	t.Helper()
	for i := 0; i < int(tbl.NumCols()); i++ {
		if tbl.Schema().Field(i).Name == name {
			ch := tbl.Column(i).Data().Chunks()
			if len(ch) != 1 {
				t.Fatalf("%s: %d chunks", name, len(ch))
			}
			return ch[0].(A)
		}
	}
	t.Fatalf("no column %s", name)
	var zero A
	return zero
}

func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	writeAll(t, allSinks(t, a), sampleRows())
	writeAll(t, allSinks(t, b), sampleRows())
	if got := listDir(t, a); !reflect.DeepEqual(got, outputNames()) {
		t.Fatalf("outputs %v", got)
	}
	for _, name := range outputNames() {
		if !bytes.Equal(readFile(t, filepath.Join(a, name)), readFile(t, filepath.Join(b, name))) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestXLSX(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "aid.xlsx")
	x, err := NewXLSXSink(path, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, Sinks{x}, sampleRows())

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"README"}
	for _, tb := range Tables {
		want = append(want, tb.Name)
	}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Errorf("sheets %v, want %v", got, want)
	}

	cell := func(sheet, ref string) (string, excelize.CellType) {
		t.Helper()
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		ty, err := f.GetCellType(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v, ty
	}
	// header
	for i, c := range MoneyTable.Columns {
		ref, _ := excelize.CoordinatesToCellName(i+1, 1)
		if v, _ := cell("money", ref); v != c.Name {
			t.Errorf("money header %s = %q, want %q", ref, v, c.Name)
		}
	}
	style, err := f.GetCellStyle("money", "A1")
	if err != nil {
		t.Fatal(err)
	}
	if st, err := f.GetStyle(style); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header style %+v %v", st, err)
	}
	// A number cell has no type attribute (OOXML's default, a number):
	// excelize reports it as unset.
	// value (G) is a number, text (F) an inline string.
	if v, ty := cell("money", "G3"); v != "1,000,000,000,000.00" || ty != excelize.CellTypeUnset {
		t.Errorf("money G3 = %q type %v", v, ty)
	}
	if raw, _ := f.GetCellValue("money", "G3", excelize.Options{RawCellValue: true}); raw != "1000000000000" {
		t.Errorf("money G3 raw %q", raw)
	}
	if v, ty := cell("money", "F2"); v != "€450 million" || ty != excelize.CellTypeInlineString {
		t.Errorf("money F2 = %q type %v", v, ty)
	}
	// value_usd (L) has the currency format.
	if v, _ := cell("money", "L2"); v != "$502,000,000" {
		t.Errorf("money L2 = %q", v)
	}
	// fx_date (N) is a real date shown as yyyy-mm-dd; null cells are empty.
	if v, ty := cell("money", "N2"); v != "2022-02-25" || ty != excelize.CellTypeUnset {
		t.Errorf("money N2 = %q type %v", v, ty)
	}
	if raw, _ := f.GetCellValue("money", "N2", excelize.Options{RawCellValue: true}); raw != "44617" {
		t.Errorf("money N2 raw %q (want the Excel serial of 2022-02-25)", raw)
	}
	if v, ty := cell("money", "N3"); v != "" || ty != excelize.CellTypeUnset {
		t.Errorf("null money N3 = %q type %v", v, ty)
	}
	// relative (K of dates) is a boolean.
	if v, ty := cell("dates", "K3"); v != "TRUE" || ty != excelize.CellTypeBool {
		t.Errorf("dates K3 = %q type %v", v, ty)
	}
	// sentence_id (C) is a number
	if v, ty := cell("dates", "C3"); v != "1" || ty != excelize.CellTypeUnset {
		t.Errorf("dates C3 = %q type %v", v, ty)
	}
	// Empty sheets keep their header.
	rows, err := f.GetRows("personnel")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || strings.Join(rows[0], ", ") != contract["personnel"] {
		t.Errorf("personnel sheet %v", rows)
	}
	// Frozen header and autofilter.
	panes, err := f.GetPanes("money")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("money panes %+v %v", panes, err)
	}
	dn := f.GetDefinedName()
	var filters []string
	for _, d := range dn {
		if d.Name == "_xlnm._FilterDatabase" {
			filters = append(filters, d.Scope+"="+d.RefersTo)
		}
	}
	sort.Strings(filters)
	if len(filters) != len(Tables) || !strings.Contains(strings.Join(filters, " "), "money='money'!$A$1:$O$4") {
		t.Errorf("autofilters %v", filters)
	}
	if w, err := f.GetColWidth("money", "F"); err != nil || w < 30 {
		t.Errorf("money text column width %v %v", w, err)
	}
	// README
	readme, err := f.GetRows("README")
	if err != nil {
		t.Fatal(err)
	}
	joined := make([]string, len(readme))
	for i, r := range readme {
		joined[i] = strings.Join(r, "|")
	}
	all := strings.Join(joined, "\n")
	for _, s := range []string{"schema_version|1", "tool_version|v0.0.0-test", "fx_source|" + testMeta.FXSource, "money|3||One row per amount", "money|qualifier|string|How the text bounds the amount|exact, up_to,", "dates|relative|boolean|"} {
		if !strings.Contains(all, s) {
			t.Errorf("README lacks %q:\n%s", s, all)
		}
	}
	props, err := f.GetDocProps()
	if err != nil || props.Creator != "aidextract" || props.Created != xlsxTime || props.Modified != xlsxTime {
		t.Errorf("doc props %+v %v", props, err)
	}

	// Zip entries: fixed order and time.
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	if z.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first entry %s", z.File[0].Name)
	}
	for _, e := range z.File {
		if !e.Modified.Equal(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) && e.Modified.Format(time.DateTime) != "2000-01-01 00:00:00" {
			t.Errorf("%s modified %v", e.Name, e.Modified)
		}
	}
}

func TestEmptyTables(t *testing.T) {
	dir := t.TempDir()
	writeAll(t, allSinks(t, dir), nil)
	if got := listDir(t, dir); !reflect.DeepEqual(got, outputNames()) {
		t.Fatalf("outputs %v", got)
	}
	for _, tb := range Tables {
		if got := string(readFile(t, filepath.Join(dir, tb.Name+".csv"))); got != contractHeader(tb.Name) {
			t.Errorf("%s.csv = %q", tb.Name, got)
		}
		tbl, _ := readParquet(t, filepath.Join(dir, tb.Name+".parquet"), memory.DefaultAllocator)
		if tbl.NumRows() != 0 || tbl.NumCols() != int64(len(tb.Columns)) {
			t.Errorf("%s.parquet: %d rows, %d columns", tb.Name, tbl.NumRows(), tbl.NumCols())
		}
		tbl.Release()
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "aid.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tb := range Tables {
		rows, err := f.GetRows(tb.Name)
		if err != nil || len(rows) != 1 || len(rows[0]) != len(tb.Columns) {
			t.Errorf("%s sheet %v %v", tb.Name, rows, err)
		}
	}
}

// failingSink fails its n-th Write, or Finish when n is 0.
type failingSink struct {
	n, writes int
	aborted   bool
}

var errInjected = errors.New("injected failure")

func (f *failingSink) Write(*Table, Row) error {
	f.writes++
	if f.writes == f.n {
		return errInjected
	}
	return nil
}

func (f *failingSink) Finish() error {
	if f.n == 0 {
		return errInjected
	}
	return nil
}
func (f *failingSink) Commit() error { return nil }
func (f *failingSink) Abort()        { f.aborted = true }

func TestAtomicity(t *testing.T) {
	// A first, successful run whose outputs must survive failed runs.
	dir := t.TempDir()
	writeAll(t, allSinks(t, dir), sampleRows())
	before := map[string][]byte{}
	for _, name := range outputNames() {
		before[name] = readFile(t, filepath.Join(dir, name))
	}
	other := sampleRows()[:2]

	check := func(t *testing.T) {
		t.Helper()
		if got := listDir(t, dir); !reflect.DeepEqual(got, outputNames()) {
			t.Errorf("files left: %v", got)
		}
		for name, b := range before {
			if !bytes.Equal(readFile(t, filepath.Join(dir, name)), b) {
				t.Errorf("%s changed", name)
			}
		}
	}

	t.Run("abort", func(t *testing.T) {
		s := allSinks(t, dir)
		for _, tr := range other {
			if err := s.Write(tr.t, tr.r); err != nil {
				t.Fatal(err)
			}
		}
		s.Abort()
		check(t)
	})
	t.Run("abort after finish", func(t *testing.T) {
		s := allSinks(t, dir)
		for _, k := range s {
			if err := k.Finish(); err != nil {
				t.Fatal(err)
			}
		}
		s.Abort()
		check(t)
	})
	t.Run("write fails halfway", func(t *testing.T) {
		fail := &failingSink{n: 3}
		s := append(allSinks(t, dir), fail)
		var err error
		for _, tr := range sampleRows() {
			if err = s.Write(tr.t, tr.r); err != nil {
				break
			}
		}
		if !errors.Is(err, errInjected) || !fail.aborted {
			t.Fatalf("Write error %v, aborted %v", err, fail.aborted)
		}
		if err := s.Close(); err == nil {
			t.Error("Close after a failed Write succeeded")
		}
		check(t)
	})
	t.Run("finish fails", func(t *testing.T) {
		s := allSinks(t, dir)
		s = append(s[:1], append(Sinks{&failingSink{}}, s[1:]...)...)
		for _, tr := range other {
			if err := s.Write(tr.t, tr.r); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Close(); !errors.Is(err, errInjected) {
			t.Fatalf("Close = %v", err)
		}
		check(t)
	})
	t.Run("bad row", func(t *testing.T) {
		s := allSinks(t, dir)
		if err := s.Write(MoneyTable, Row{"too short"}); err == nil {
			t.Fatal("short row accepted")
		}
		if err := s.Write(&Table{Name: "money"}, Row{}); err == nil {
			t.Fatal("unknown table accepted")
		}
		if err := s.Close(); err == nil {
			t.Fatal("Close after a failed Write succeeded")
		}
		check(t)
	})
}
