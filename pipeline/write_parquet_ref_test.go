package pipeline

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// refWriteParquet writes the rows of t to path as the sink did by way of
// Arrow, before it handed the columns to the column chunk writers itself:
// the reference for the bytes of its files.
func refWriteParquet(path string, t *Table, rows []cells, meta Meta) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	mem := memory.DefaultAllocator
	schema := ArrowSchema(t)
	w, err := pqarrow.NewFileWriter(schema, f, parquetProps(t, mem), pqarrow.NewArrowWriterProperties(pqarrow.WithAllocator(mem)))
	if err != nil {
		return err
	}
	for _, kv := range [][2]string{
		{MetaSchemaVersion, SchemaVersion},
		{MetaToolVersion, meta.ToolVersion},
		{MetaFXSource, meta.FXSource},
	} {
		if err := w.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
			return err
		}
	}
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	flush := func() error {
		rec := b.NewRecord()
		defer rec.Release()
		return w.Write(rec)
	}
	n := 0
	for _, c := range rows {
		for i := range c {
			refAppendToBuilder(b.Field(i), &c[i])
		}
		if n++; n == parquetBatchRows {
			if err := flush(); err != nil {
				return err
			}
			n = 0
		}
	}
	if n > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	return w.Close()
}

// refAppendToBuilder appends a value to the builder of its column.
func refAppendToBuilder(b array.Builder, x *cell) {
	if x.kind == nullCell {
		b.AppendNull()
		return
	}
	switch b := b.(type) {
	case *array.StringBuilder:
		b.Append(x.s)
	case *array.Int64Builder:
		b.Append(x.n)
	case *array.Float64Builder:
		b.Append(x.f)
	case *array.Date32Builder:
		b.Append(arrow.Date32(x.n))
	case *array.BooleanBuilder:
		b.Append(x.n != 0)
	default:
		panic(fmt.Sprintf("pipeline: unexpected builder %T", b))
	}
}

// checkParquetBytes writes rows with the sink and with refWriteParquet
// and compares the files of every table.
func checkParquetBytes(t testing.TB, rows map[*Table][]cells) {
	t.Helper()
	dir, ref := t.TempDir(), t.TempDir()
	s, err := newParquetSink(dir, testMeta, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range Tables {
		for _, c := range rows[tb] {
			if err := s.(cellWriter).writeCells(tb, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Finish(); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, tb := range Tables {
		name := tb.Name + ".parquet"
		if err := refWriteParquet(filepath.Join(ref, name), tb, rows[tb], testMeta); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(ref, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			for i := range got {
				if got[i] != want[i] {
					t.Logf("first difference at %d: %q vs %q", i, got[max(0, i-20):min(len(got), i+20)], want[max(0, i-20):min(len(want), i+20)])
					break
				}
			}
			t.Errorf("%s: %d bytes differ from the %d of the Arrow writer (%d rows)", name, len(got), len(want), len(rows[tb]))
		}
	}
}

// randomCell is a value for column col, or null one time in nulls (never
// if nulls is 0; always if 1).
// A dictionary column gets one of a few strings, or now and then one of
// many long ones, so that some dictionaries pass a page.
func randomCell(r *rand.Rand, col *Column, nulls int) cell {
	if nulls > 0 && r.IntN(nulls) == 0 {
		return cell{}
	}
	switch col.Type {
	case String:
		if col.Dict {
			if r.IntN(4) == 0 {
				return cell{kind: stringCell, s: fmt.Sprintf("%060d", r.IntN(1<<20))}
			}
			return cell{kind: stringCell, s: strconv.Itoa(r.IntN(30))}
		}
		const letters = "abcdeé xyz,\"\n"
		b := make([]byte, r.IntN(40)*r.IntN(3))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return cell{kind: stringCell, s: string(b)}
	case Int:
		return cell{kind: intCell, n: r.Int64N(1000) - r.Int64N(2)<<40}
	case Float:
		fs := []float64{0, math.Copysign(0, -1), 1e12, 0.1, -3.5, math.MaxFloat64}
		if i := r.IntN(len(fs) + 1); i < len(fs) {
			return cell{kind: floatCell, f: fs[i]}
		}
		return cell{kind: floatCell, f: r.NormFloat64() * 1e6}
	case Date:
		return cell{kind: dateCell, n: r.Int64N(40000) - 10000}
	case Bool:
		return cell{kind: boolCell, n: r.Int64N(2)}
	}
	panic(col.Type)
}

func randomRows(r *rand.Rand, tb *Table, n int) []cells {
	// per column: no nulls, all nulls, or nulls at a random rate
	nulls := make([]int, len(tb.Columns))
	for i := range nulls {
		nulls[i] = []int{0, 1, 2, 3, 10, 1000}[r.IntN(6)]
	}
	rows := make([]cells, n)
	for j := range rows {
		c := make(cells, len(tb.Columns))
		for i := range tb.Columns {
			c[i] = randomCell(r, &tb.Columns[i], nulls[i])
		}
		rows[j] = c
	}
	return rows
}

func TestParquetBytesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 1023, 1024, 1025, 5000, 2*parquetBatchRows + 3000}
	for round := range 3 {
		rows := map[*Table][]cells{}
		for i, tb := range Tables {
			n := sizes[(i+round)%len(sizes)]
			if testing.Short() {
				n = min(n, 3000)
			}
			rows[tb] = randomRows(r, tb, n)
		}
		checkParquetBytes(t, rows)
	}
}

func TestParquetBytesBundled(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var results []*Result
	for i, text := range modeltest.BundledTexts(t, "..") {
		results = append(results, p.Process(&model.Document{ID: "doc" + strconv.Itoa(i), Source: "test", Format: "text", Text: text}))
	}
	rows := map[*Table][]cells{}
	// copies enough for a few row groups of the larger tables
	for range 150 {
		for _, res := range results {
			err := ResultRows(res, func(tb *Table, row Row) error {
				row, err := normalize(tb, row)
				if err != nil {
					return err
				}
				c, err := rowCells(nil, tb, row)
				rows[tb] = append(rows[tb], c)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	checkParquetBytes(t, rows)
}

func FuzzParquetBytes(f *testing.F) {
	f.Add([]byte("seed"), uint16(10), uint8(3))
	f.Add([]byte{}, uint16(1100), uint8(0))
	f.Fuzz(func(t *testing.T, seed []byte, n uint16, table uint8) {
		var s [2]uint64
		for i, b := range seed {
			s[i%2] = s[i%2]<<8 | uint64(b)
		}
		r := rand.New(rand.NewPCG(s[0], s[1]))
		tb := Tables[int(table)%len(Tables)]
		checkParquetBytes(t, map[*Table][]cells{tb: randomRows(r, tb, int(n)%5000)})
	})
}

// A dictionary column whose distinct values pass the library's default
// page limit is still dictionary-encoded to the end of its row group: had
// it fallen back to plain pages, the library would have listed the
// chunk's page encodings in map order, different from run to run.
func TestParquetDictionaryNoFallback(t *testing.T) {
	dir := t.TempDir()
	s, err := newParquetSink(dir, testMeta, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	rows := randomRows(r, MoneyTable, 70000)
	for i, c := range rows {
		c[0] = cell{kind: stringCell, s: fmt.Sprintf("a-rather-long-document-identifier-%08d", i)} // doc_id: 2.9 MB of distinct values
		if err := s.(cellWriter).writeCells(MoneyTable, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Finish(); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	f, err := file.OpenParquetFile(filepath.Join(dir, MoneyTable.Name+".parquet"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	md := f.MetaData()
	for g := range md.RowGroups {
		rg := md.RowGroup(g)
		for i, col := range MoneyTable.Columns {
			if !col.Dict {
				continue
			}
			cc, err := rg.ColumnChunk(i)
			if err != nil {
				t.Fatal(err)
			}
			for _, st := range cc.EncodingStats() {
				if st.PageType.String() == "DATA_PAGE" && st.Encoding == parquet.Encodings.Plain {
					t.Errorf("row group %d, %s: plain data pages after the dictionary (a fallback)", g, col.Name)
				}
			}
		}
	}
}
