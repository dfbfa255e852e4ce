package pipeline

import (
	"archive/zip"
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/klauspost/compress/flate"
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

// xlsxMaxRows is Excel's limit of rows per sheet, the header included. A
// table with more data rows than fit goes on in further sheets, named
// "materiel (2)", "materiel (3)" ... (a variable so that tests can lower
// it).
var xlsxMaxRows = excelize.TotalRows

type xlsxSink struct {
	state  sinkState
	path   string
	meta   Meta
	f      *excelize.File
	tables map[*Table]*xlsxTable
	styles xlsxStyles
	out    *tempFile // the finished workbook, set by Finish
	row    cells     // the row being written, reused
	rows   *deflater // deflates the sheets' rows
}

type xlsxTable struct {
	table  *Table
	sheets []*xlsxSheet // in order; rows go to the last
	rows   int          // data rows written, on every sheet
	styles []int
	cols   []string // column letters
}

// xlsxSheet is one sheet of a table. Its header row is written by the
// stream writer; its data rows, rendered by appendXLSXCells, are deflated
// into a temporary file as they come (in pieces, by a deflater) and
// spliced into the sheet's XML when the workbook is zipped (see xlsxZip),
// so that no sheet is held in memory and the compression is spread over
// the run rather than left to its end.
type xlsxSheet struct {
	name string
	sw   *excelize.StreamWriter
	rows int // data rows
	data *os.File
	buf  *bufio.Writer // into data
	pend []byte        // rows' XML not yet handed to the deflater
	crc  uint32        // CRC-32 of the rows' XML
	size int64         // bytes of the rows' XML
}

// xlsxDeflateLevel is klauspost/compress/flate's fastest level: a Deflate
// stream any unzip reads, made several times faster than compress/flate's
// level 5 (the workbook is about 15% larger).
const xlsxDeflateLevel = flate.BestSpeed

// wrote accounts for the rows' XML appended to sh.pend from offset from,
// and hands a full piece to d.
func (sh *xlsxSheet) wrote(d *deflater, from int) error {
	sh.crc = crc32.Update(sh.crc, crc32.IEEETable, sh.pend[from:])
	sh.size += int64(len(sh.pend) - from)
	if len(sh.pend) >= xlsxChunkSize {
		return d.add(sh)
	}
	return nil
}

type xlsxStyles struct {
	header, date, usd, amount, bold int
}

// NewXLSXSink returns a sink that writes one workbook at path: a README
// sheet (schema version, tool version, FX source, row counts and the column
// dictionary) and one sheet per table, named as the table. Cells are typed
// (numbers, dates formatted yyyy-mm-dd, booleans); the header row is bold
// and frozen and carries an autofilter; USD columns have a currency format.
//
// The workbook is written on a goroutine of its own (see asyncSink).
func NewXLSXSink(path string, meta Meta) (Sink, error) {
	s := &xlsxSink{path: path, meta: meta, f: excelize.NewFile(), tables: make(map[*Table]*xlsxTable, len(Tables)), rows: newDeflater()}
	if err := s.init(); err != nil {
		s.Abort()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return newAsyncSink("xlsx", s), nil
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
		xt := &xlsxTable{table: t, styles: make([]int, len(t.Columns)), cols: make([]string, len(t.Columns))}
		for i, c := range t.Columns {
			xt.styles[i] = s.styles.cell(c)
			name, err := excelize.ColumnNumberToName(i + 1)
			if err != nil {
				return err
			}
			xt.cols[i] = name
		}
		s.tables[t] = xt
		if err := s.addSheet(xt); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return nil
}

// addSheet starts the next sheet of a table: the table's name for the
// first, "name (2)", "name (3)" ... for the ones after, each placed after
// the sheets of its table, with the header row, column widths and frozen
// header of the first.
func (s *xlsxSink) addSheet(xt *xlsxTable) error {
	f, t := s.f, xt.table
	name := t.Name
	if n := len(xt.sheets); n > 0 {
		name = fmt.Sprintf("%s (%d)", t.Name, n+1)
	}
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if len(xt.sheets) > 0 {
		// NewSheet appends; the next table's first sheet follows this one
		for i, u := range Tables {
			if u == t && i+1 < len(Tables) {
				if err := f.MoveSheet(name, Tables[i+1].Name); err != nil {
					return err
				}
			}
		}
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	header := make([]any, len(t.Columns))
	for i, c := range t.Columns {
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
	data, err := os.CreateTemp(filepath.Dir(s.path), "."+filepath.Base(s.path)+".rows-*")
	if err != nil {
		return err
	}
	xt.sheets = append(xt.sheets, &xlsxSheet{name: name, sw: sw, data: data, buf: bufio.NewWriterSize(data, 64<<10)})
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

func (s *xlsxSink) Write(t *Table, r Row) error { return writeRow(s, &s.row, t, r) }

func (s *xlsxSink) writeCells(t *Table, c cells) error {
	if err := s.state.check(writing, "Write"); err != nil {
		return err
	}
	xt := s.tables[t]
	if xt == nil {
		return fmt.Errorf("xlsx: unknown table %q", t.Name)
	}
	sh := xt.sheets[len(xt.sheets)-1]
	if sh.rows+2 > xlsxMaxRows {
		// Excel's limit: the table goes on in a new sheet
		if err := s.addSheet(xt); err != nil {
			return fmt.Errorf("%s: sheet %s: %w", s.path, t.Name, err)
		}
		sh = xt.sheets[len(xt.sheets)-1]
	}
	from := len(sh.pend)
	sh.pend = appendXLSXCells(sh.pend, sh.rows+2, xt.cols, xt.styles, c)
	if err := sh.wrote(s.rows, from); err != nil {
		return fmt.Errorf("%s: sheet %s: %w", s.path, sh.name, err)
	}
	sh.rows++
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
	// The rows' last pieces, each ending on a byte boundary without
	// ending the stream: the end of the sheet's XML follows them (see
	// writeSheet).
	for _, t := range Tables {
		for _, sh := range s.tables[t].sheets {
			if err := s.rows.add(sh); err != nil {
				return err
			}
		}
	}
	if err := s.rows.flush(); err != nil {
		return err
	}
	s.rows.close()
	splice := map[string]*xlsxSheet{} // zip entry -> sheet
	paths := map[string]string{}      // sheet name -> zip entry
	for id, name := range f.GetSheetMap() {
		paths[name] = "xl/worksheets/sheet" + strconv.Itoa(id) + ".xml"
	}
	for _, t := range Tables {
		for _, sh := range s.tables[t].sheets {
			if err := sh.buf.Flush(); err != nil {
				return err
			}
			path, ok := paths[sh.name]
			if !ok {
				return fmt.Errorf("sheet %s: no worksheet part", sh.name)
			}
			splice[path] = sh
			last, err := excelize.CoordinatesToCellName(len(t.Columns), sh.rows+1)
			if err != nil {
				return err
			}
			// The stream writer writes the sheet's autoFilter element at Flush.
			if err := f.AutoFilter(sh.name, "A1:"+last, nil); err != nil {
				return err
			}
			if err := sh.sw.Flush(); err != nil {
				return err
			}
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

	// excelize builds the zip through the ZipWriter it is given: xlsxZip,
	// which writes the parts straight to the output file, in a fixed order
	// (excelize's follows a map), and keeps the workbook out of memory
	// (the buffer WriteToBuffer returns stays empty).
	out, err := createTemp(s.path)
	if err != nil {
		return err
	}
	s.out = out
	zw := newXLSXZip(out.f, splice)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	if _, err := f.WriteToBuffer(); err != nil {
		return err
	}
	if len(zw.splice) > 0 {
		return fmt.Errorf("%d sheets not written", len(zw.splice))
	}
	if err := f.Close(); err != nil {
		return err
	}
	s.f = nil
	s.removeData()
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
	// A table too long for one sheet goes on in further sheets: the
	// sheets column lists them (it is empty, and unnamed, while every
	// table fits its own sheet).
	split := false
	for _, t := range Tables {
		split = split || len(s.tables[t].sheets) > 1
	}
	sheetsHeader := ""
	if split {
		note := fmt.Sprintf("a table of more than %d rows goes on in further sheets, named like %q; the sheets column below lists them", xlsxMaxRows-1, Tables[0].Name+" (2)")
		if err := put(0, "sheets", note); err != nil {
			return err
		}
		sheetsHeader = "sheets"
	}
	row++
	if err := put(s.styles.header, "table", "rows", sheetsHeader, "description"); err != nil {
		return err
	}
	for _, t := range Tables {
		var sheets any
		if xt := s.tables[t]; len(xt.sheets) > 1 {
			names := make([]string, len(xt.sheets))
			for i, sh := range xt.sheets {
				names[i] = sh.name
			}
			sheets = strings.Join(names, ", ")
		}
		if err := put(0, t.Name, int64(s.tables[t].rows), sheets, t.Doc); err != nil {
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

// removeData removes the sheets' temporary row files.
func (s *xlsxSink) removeData() {
	for _, xt := range s.tables {
		for _, sh := range xt.sheets {
			if sh.data != nil {
				sh.data.Close()
				os.Remove(sh.data.Name())
				sh.data = nil
			}
		}
	}
}

// xlsxZip is the zip writer excelize writes the workbook through. It
// takes every part excelize writes and, at Close, writes them all to zw
// sorted by name with [Content_Types].xml first, each stamped with the
// fixed time, so that the same rows make the same bytes. The worksheets
// of splice come from excelize with their header row only: xlsxZip puts
// the sheet's data rows, deflated as they were written (see xlsxSheet),
// before </sheetData>.
type xlsxZip struct {
	zw      *zip.Writer
	splice  map[string]*xlsxSheet // done ones are deleted
	entries []*xlsxEntry
}

// xlsxEntry is one part of the workbook, as excelize wrote it.
type xlsxEntry struct {
	name  string
	data  bytes.Buffer
	sheet *xlsxSheet // for a worksheet whose rows are spliced in
}

func newXLSXZip(w io.Writer, splice map[string]*xlsxSheet) *xlsxZip {
	return &xlsxZip{zw: zip.NewWriter(w), splice: splice}
}

func (z *xlsxZip) Create(name string) (io.Writer, error) {
	e := &xlsxEntry{name: name}
	if sh, ok := z.splice[name]; ok {
		delete(z.splice, name)
		e.sheet = sh
	}
	z.entries = append(z.entries, e)
	return &e.data, nil
}

func (z *xlsxZip) AddFS(fs.FS) error { return errors.New("xlsx: AddFS not supported") }

// Close writes every part, in order, and the zip's directory.
func (z *xlsxZip) Close() error {
	rank := func(name string) int {
		if name == "[Content_Types].xml" {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(z.entries, func(a, b *xlsxEntry) int {
		return cmp.Or(cmp.Compare(rank(a.name), rank(b.name)), strings.Compare(a.name, b.name))
	})
	for _, e := range z.entries {
		var err error
		if e.sheet == nil {
			err = z.write(e)
		} else {
			err = z.writeSheet(e)
		}
		if err != nil {
			return err
		}
	}
	return z.zw.Close()
}

func (z *xlsxZip) write(e *xlsxEntry) error {
	w, err := z.zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, ModifiedDate: xlsxDOSDate})
	if err != nil {
		return err
	}
	_, err = w.Write(e.data.Bytes())
	return err
}

// writeSheet writes a worksheet with its rows spliced in: the XML before
// </sheetData> deflated and flushed, then the rows' Deflate blocks as they
// are, then the rest of the XML deflated and closed. Each piece ends on a
// byte and refers to nothing before it, so the three make one Deflate
// stream, and the sheet's CRC-32 is joined from theirs.
func (z *xlsxZip) writeSheet(e *xlsxEntry) error {
	sh := e.sheet
	xml := e.data.Bytes()
	cut := bytes.Index(xml, []byte("</sheetData>"))
	if cut < 0 {
		return fmt.Errorf("sheet %s: no </sheetData>", sh.name)
	}
	head, tail := xml[:cut], xml[cut:]
	var before, after bytes.Buffer
	if err := deflateTo(&before, head, false); err != nil {
		return err
	}
	if err := deflateTo(&after, tail, true); err != nil {
		return err
	}
	crc := crc32Combine(crc32.ChecksumIEEE(head), sh.crc, sh.size)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(tail), int64(len(tail)))
	rows, err := sh.data.Seek(0, io.SeekEnd)
	if err != nil {
		return err
	}
	if _, err := sh.data.Seek(0, io.SeekStart); err != nil {
		return err
	}
	w, err := z.zw.CreateRaw(&zip.FileHeader{
		Name:               e.name,
		Method:             zip.Deflate,
		ModifiedDate:       xlsxDOSDate,
		Flags:              0x8, // a data descriptor follows the data
		CreatorVersion:     20,
		ReaderVersion:      20,
		CRC32:              crc,
		CompressedSize64:   uint64(before.Len()) + uint64(rows) + uint64(after.Len()),
		UncompressedSize64: uint64(len(head)) + uint64(sh.size) + uint64(len(tail)),
	})
	if err != nil {
		return err
	}
	_, err = io.Copy(w, io.MultiReader(&before, sh.data, &after))
	return err
}

// deflateTo writes p to w deflated as a sheet's rows are, ending the
// stream when last, else flushing it to a byte boundary.
func deflateTo(w io.Writer, p []byte, last bool) error {
	fw, err := flate.NewWriter(w, xlsxDeflateLevel)
	if err != nil {
		return err
	}
	if _, err := fw.Write(p); err != nil {
		return err
	}
	if last {
		return fw.Close()
	}
	return fw.Flush()
}

func (s *xlsxSink) Abort() {
	s.rows.close()
	s.removeData()
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
	if s.out != nil {
		s.out.remove()
	}
	s.state = aborted
}
