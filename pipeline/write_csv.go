package pipeline

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// csvSink writes dir/<table>.csv for every table: RFC 4180, UTF-8 without
// BOM, "\n" line ends, a header row. Numbers have no exponent and no
// thousands separators, dates are 2006-01-02, bools true/false, and a null
// is an empty cell.
type csvSink struct {
	state  sinkState
	tables map[*Table]*csvTable
	row    cells // the row being written, reused
}

type csvTable struct {
	file *tempFile
	buf  *bufio.Writer
	line []byte // the record being formatted, reused
}

// NewCSVSink returns a sink that writes dir/<table>.csv for every table in
// Tables. The directory must exist.
func NewCSVSink(dir string) (Sink, error) {
	s := &csvSink{tables: make(map[*Table]*csvTable, len(Tables))}
	for _, t := range Tables {
		tf, err := createTemp(filepath.Join(dir, t.Name+".csv"))
		if err != nil {
			s.Abort()
			return nil, err
		}
		ct := &csvTable{file: tf, buf: bufio.NewWriterSize(tf.f, 64<<10)}
		s.tables[t] = ct
		for i, c := range t.Columns {
			if i > 0 {
				ct.line = append(ct.line, ',')
			}
			ct.line = appendCSVField(ct.line, c.Name)
		}
		ct.line = append(ct.line, '\n')
		if _, err := ct.buf.Write(ct.line); err != nil {
			s.Abort()
			return nil, err
		}
	}
	return s, nil
}

func (s *csvSink) Write(t *Table, r Row) error { return writeRow(s, &s.row, t, r) }

func (s *csvSink) writeCells(t *Table, c cells) error {
	if err := s.state.check(writing, "Write"); err != nil {
		return err
	}
	ct := s.tables[t]
	if ct == nil {
		return fmt.Errorf("csv: unknown table %q", t.Name)
	}
	b := ct.line[:0]
	for i := range c {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendCSVCell(b, &c[i])
	}
	b = append(b, '\n')
	ct.line = b
	if _, err := ct.buf.Write(b); err != nil {
		return fmt.Errorf("%s: %w", ct.file.final, err)
	}
	return nil
}

// appendCSVCell appends a value, formatted and quoted as a field of
// encoding/csv. Numbers, booleans and dates never need quotes.
func appendCSVCell(b []byte, x *cell) []byte {
	switch x.kind {
	case stringCell:
		return appendCSVField(b, x.s)
	case intCell:
		return strconv.AppendInt(b, x.n, 10)
	case floatCell:
		return strconv.AppendFloat(b, x.f, 'f', -1, 64)
	case boolCell:
		return strconv.AppendBool(b, x.n != 0)
	case dateCell:
		return appendDay(b, x.n)
	}
	return b
}

// Unix days of 0000-01-01 and 9999-12-31: the days appendDay writes
// itself.
const (
	firstFourDigitDay = -719528
	lastFourDigitDay  = 2932896
)

// appendDay appends the day that is day days after 1970-01-01 as
// time.DateOnly formats it, without building a time.Time: a run writes
// one or two dates a row. (The civil date of a day count is Howard
// Hinnant's civil_from_days, from "chrono-Compatible Low-Level Date
// Algorithms", shifted by one 400-year era so that it divides only
// numbers that are not negative.)
func appendDay(b []byte, day int64) []byte {
	if day < firstFourDigitDay || day > lastFourDigitDay {
		return time.Unix(day*86400, 0).UTC().AppendFormat(b, time.DateOnly)
	}
	z := day + 719468 + 146097 // days since -0400-03-01: never negative here
	era := z / 146097
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400 - 400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365], from March 1
	mp := (5*doy + 2) / 153                  // [0, 11], March first
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
		y++
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// appendCSVField appends one field exactly as encoding/csv's Writer
// writes it with its defaults (a comma, "\n" line ends). The sink formats
// each record in one reused buffer rather than through a []string.
func appendCSVField(b []byte, field string) []byte {
	if !csvNeedsQuotes(field) {
		return append(b, field...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(field, '"')
		if i < 0 {
			break
		}
		b = append(b, field[:i+1]...)
		b = append(b, '"')
		field = field[i+1:]
	}
	b = append(b, field...)
	return append(b, '"')
}

// csvNeedsQuotes is encoding/csv's fieldNeedsQuotes for a comma: a field
// is quoted if it holds a comma, a quote, \r or \n, begins with a Unicode
// space, or is \. (a line that ends data in PostgreSQL's COPY).
func csvNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	for i := 0; i < len(field); i++ {
		switch field[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r)
}

func (s *csvSink) Finish() error {
	if err := s.state.check(writing, "Finish"); err != nil {
		return err
	}
	for _, t := range Tables {
		ct := s.tables[t]
		if err := ct.buf.Flush(); err != nil {
			return fmt.Errorf("%s: %w", ct.file.final, err)
		}
		if err := ct.file.close(); err != nil {
			return err
		}
	}
	s.state = finished
	return nil
}

func (s *csvSink) Commit() error {
	if err := s.state.check(finished, "Commit"); err != nil {
		return err
	}
	for _, t := range Tables {
		if err := s.tables[t].file.commit(); err != nil {
			return err
		}
	}
	s.state = committed
	return nil
}

func (s *csvSink) Abort() {
	for _, ct := range s.tables {
		ct.file.remove()
	}
	s.state = aborted
}
