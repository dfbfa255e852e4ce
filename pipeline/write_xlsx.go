package pipeline

import (
	"archive/zip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// The workbook's fixed document properties and zip entry time, so that two
// runs on the same input produce byte-identical files.
const (
	xlsxCreator = "aidextract"
	xlsxTime    = "2000-01-01T00:00:00Z"
	// xlsxDOSDate is 2000-01-01 in MS-DOS date format; the time is 00:00:00.
	xlsxDOSDate = (2000-1980)<<9 | 1<<5 | 1
)

// readmeSheet is the name of the sheet describing the workbook. It is the
// FIRST sheet, so that a reader opening the workbook sees what it holds;
// one sheet per table follows, in the order of Tables.
const readmeSheet = "README"

// Excel's limit of rows per sheet.
const xlsxMaxRows = excelize.TotalRows

type xlsxSink struct {
	state  sinkState
	path   string
	meta   Meta
	f      *excelize.File
	tables map[*Table]*xlsxTable
	styles xlsxStyles
	out    *tempFile // the finished workbook, set by Finish
}

type xlsxTable struct {
	sw     *excelize.StreamWriter
	rows   int // data rows written
	styles []int
	values []any
}

type xlsxStyles struct {
	header, date, usd, amount, bold int
}

// NewXLSXSink returns a sink that writes one workbook at path: a README
// sheet (schema version, tool version, FX source, row counts and the column
// dictionary) and one sheet per table, named as the table. Cells are typed
// (numbers, dates formatted yyyy-mm-dd, booleans); the header row is bold
// and frozen and carries an autofilter; USD columns have a currency format.
func NewXLSXSink(path string, meta Meta) (Sink, error) {
	s := &xlsxSink{path: path, meta: meta, f: excelize.NewFile(), tables: make(map[*Table]*xlsxTable, len(Tables))}
	if err := s.init(); err != nil {
		s.Abort()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func (s *xlsxSink) init() error {
	f := s.f
	// The default sheet becomes the README, so no "Sheet1" is left.
	if err := f.SetSheetName(f.GetSheetName(0), readmeSheet); err != nil {
		return err
	}
	var err error
	style := func(st *excelize.Style) int {
		id, e := f.NewStyle(st)
		if err == nil {
			err = e
		}
		return id
	}
	numFmt := func(s string) *string { return &s }
	s.styles = xlsxStyles{
		header: style(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}),
		date:   style(&excelize.Style{CustomNumFmt: numFmt("yyyy-mm-dd")}),
		usd:    style(&excelize.Style{CustomNumFmt: numFmt("$#,##0")}),
		amount: style(&excelize.Style{CustomNumFmt: numFmt("#,##0.00")}),
		bold:   style(&excelize.Style{Font: &excelize.Font{Bold: true}}),
	}
	if err != nil {
		return err
	}
	for _, t := range Tables {
		if _, err := f.NewSheet(t.Name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(t.Name)
		if err != nil {
			return err
		}
		xt := &xlsxTable{sw: sw, styles: make([]int, len(t.Columns)), values: make([]any, len(t.Columns))}
		s.tables[t] = xt
		header := make([]any, len(t.Columns))
		for i, c := range t.Columns {
			xt.styles[i] = s.styles.cell(c)
			header[i] = excelize.Cell{StyleID: s.styles.header, Value: c.Name}
			if err := sw.SetColWidth(i+1, i+1, columnWidth(c)); err != nil {
				return err
			}
		}
		if err := sw.SetPanes(frozenHeader()); err != nil {
			return err
		}
		if err := sw.SetRow("A1", header); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return nil
}

// cell returns the style of the data cells of c, or 0.
func (st xlsxStyles) cell(c Column) int {
	switch {
	case c.Type == Date:
		return st.date
	case c.USD:
		return st.usd
	case c.Type == Float && amountColumns[c.Name]:
		return st.amount
	}
	return 0
}

// amountColumns are amounts of money in their own currency: shown with
// thousands separators and cents (the cell holds the exact number).
var amountColumns = map[string]bool{"value": true, "value_max": true, "amount": true}

// columnWidth is the width of c's column in characters: enough for the
// header and its filter button, and for typical values.
func columnWidth(c Column) float64 {
	w := 14.0
	switch c.Type {
	case Int:
		w = 10
	case Float:
		w = 14
		if c.USD || amountColumns[c.Name] {
			w = 18
		}
	case Date:
		w = 12
	case Bool:
		w = 9
	case String:
		switch c.Name {
		case "text", "evidence":
			w = 60
		case "title", "source", "item", "who", "donor_group":
			w = 30
		case "mention_id", "event_id", "system":
			w = 22
		case "doc_id", "sha256":
			w = 18
		}
	}
	if n := float64(len(c.Name)) + 4; n > w {
		w = n
	}
	return w
}

func frozenHeader() *excelize.Panes {
	return &excelize.Panes{
		Freeze:      true,
		YSplit:      1,
		TopLeftCell: "A2",
		ActivePane:  "bottomLeft",
		Selection:   []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}
}

func (s *xlsxSink) Write(t *Table, r Row) error {
	if err := s.state.check(writing, "Write"); err != nil {
		return err
	}
	xt := s.tables[t]
	if xt == nil {
		return fmt.Errorf("xlsx: unknown table %q", t.Name)
	}
	r, err := normalize(t, r)
	if err != nil {
		return err
	}
	row := xt.rows + 2
	if row > xlsxMaxRows {
		return fmt.Errorf("%s: sheet %s: more than %d rows, Excel's limit", s.path, t.Name, xlsxMaxRows-1)
	}
	for i, v := range r {
		if v != nil && xt.styles[i] != 0 {
			v = excelize.Cell{StyleID: xt.styles[i], Value: v}
		}
		xt.values[i] = v
	}
	if err := xt.sw.SetRow("A"+strconv.Itoa(row), xt.values); err != nil {
		return fmt.Errorf("%s: sheet %s: %w", s.path, t.Name, err)
	}
	xt.rows++
	return nil
}

func (s *xlsxSink) Finish() error {
	if err := s.state.check(writing, "Finish"); err != nil {
		return err
	}
	if err := s.finish(); err != nil {
		return fmt.Errorf("%s: %w", s.path, err)
	}
	s.state = finished
	return nil
}

func (s *xlsxSink) finish() error {
	f := s.f
	if err := s.writeReadme(); err != nil {
		return err
	}
	for _, t := range Tables {
		xt := s.tables[t]
		last, err := excelize.CoordinatesToCellName(len(t.Columns), xt.rows+1)
		if err != nil {
			return err
		}
		// The stream writer writes the sheet's autoFilter element at Flush.
		if err := f.AutoFilter(t.Name, "A1:"+last, nil); err != nil {
			return err
		}
		if err := xt.sw.Flush(); err != nil {
			return err
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:        xlsxCreator,
		LastModifiedBy: xlsxCreator,
		Created:        xlsxTime,
		Modified:       xlsxTime,
		Title:          "Foreign aid to Ukraine: extracted amounts, dates, materiel and events",
		Description:    "Schema version " + SchemaVersion,
	}); err != nil {
		return err
	}

	// excelize builds the zip through the ZipWriter it is given; pointing
	// that writer at a file keeps the workbook out of memory (the buffer
	// WriteToBuffer returns stays empty). Its entry order follows a map, so
	// the file is then repacked in a fixed order.
	raw, err := createTemp(s.path + ".raw")
	if err != nil {
		return err
	}
	defer raw.remove()
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(raw.f) })
	if _, err := f.WriteToBuffer(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	s.f = nil
	if err := raw.close(); err != nil {
		return err
	}
	out, err := createTemp(s.path)
	if err != nil {
		return err
	}
	s.out = out
	if err := repackZip(raw.name, out.f); err != nil {
		return err
	}
	return out.close()
}

// writeReadme writes the README sheet: run metadata, the tables with their
// row counts, and the column dictionary.
func (s *xlsxSink) writeReadme() error {
	sw, err := s.f.NewStreamWriter(readmeSheet)
	if err != nil {
		return err
	}
	for i, w := range []float64{16, 22, 12, 90, 60} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	row := 0
	put := func(style int, values ...any) error {
		row++
		cells := make([]any, len(values))
		for i, v := range values {
			if style != 0 {
				v = excelize.Cell{StyleID: style, Value: v}
			}
			cells[i] = v
		}
		return sw.SetRow("A"+strconv.Itoa(row), cells)
	}
	lines := [][]any{
		{"aidextract output"},
		{"schema_version", SchemaVersion},
		{"tool_version", s.meta.ToolVersion},
		{"fx_source", s.meta.FXSource},
		{"generated_by", xlsxCreator},
	}
	if err := put(s.styles.bold, lines[0]...); err != nil {
		return err
	}
	for _, l := range lines[1:] {
		if err := put(0, l...); err != nil {
			return err
		}
	}
	row++
	if err := put(s.styles.header, "table", "rows", "", "description"); err != nil {
		return err
	}
	for _, t := range Tables {
		if err := put(0, t.Name, int64(s.tables[t].rows), nil, t.Doc); err != nil {
			return err
		}
	}
	row++
	if err := put(s.styles.header, "table", "column", "type", "description", "allowed values"); err != nil {
		return err
	}
	for _, t := range Tables {
		for _, c := range t.Columns {
			var enum any
			if len(c.Enum) > 0 {
				enum = strings.Join(c.Enum, ", ")
			}
			if err := put(0, t.Name, c.Name, c.Type.String(), c.Doc, enum); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}

// repackZip copies the entries of the zip file at src into w, sorted by name
// with [Content_Types].xml first, each stamped with the fixed time. The
// compressed bytes are copied as they are.
func repackZip(src string, w io.Writer) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	files := append([]*zip.File(nil), r.File...)
	rank := func(name string) int {
		if name == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	sort.SliceStable(files, func(i, j int) bool {
		a, b := files[i].Name, files[j].Name
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		return a < b
	})
	zw := zip.NewWriter(w)
	for _, f := range files {
		f.Modified = time.Time{}
		f.ModifiedDate, f.ModifiedTime = xlsxDOSDate, 0
		f.Extra = nil
		f.Comment = ""
		if err := zw.Copy(f); err != nil {
			return err
		}
	}
	return zw.Close()
}

func (s *xlsxSink) Commit() error {
	if err := s.state.check(finished, "Commit"); err != nil {
		return err
	}
	if err := s.out.commit(); err != nil {
		return err
	}
	s.state = committed
	return nil
}

func (s *xlsxSink) Abort() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
	if s.out != nil {
		s.out.remove()
	}
	s.state = aborted
}
