package pipeline

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strconv"
	"time"
)

// csvSink writes dir/<table>.csv for every table: RFC 4180, UTF-8 without
// BOM, "\n" line ends, a header row. Numbers have no exponent and no
// thousands separators, dates are 2006-01-02, bools true/false, and a null
// is an empty cell.
type csvSink struct {
	state  sinkState
	tables map[*Table]*csvTable
}

type csvTable struct {
	file   *tempFile
	buf    *bufio.Writer
	w      *csv.Writer
	record []string
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
		ct := &csvTable{file: tf, buf: bufio.NewWriterSize(tf.f, 64<<10), record: make([]string, len(t.Columns))}
		ct.w = csv.NewWriter(ct.buf)
		s.tables[t] = ct
		for i, c := range t.Columns {
			ct.record[i] = c.Name
		}
		if err := ct.w.Write(ct.record); err != nil {
			s.Abort()
			return nil, err
		}
	}
	return s, nil
}

func (s *csvSink) Write(t *Table, r Row) error {
	if err := s.state.check(writing, "Write"); err != nil {
		return err
	}
	ct := s.tables[t]
	if ct == nil {
		return fmt.Errorf("csv: unknown table %q", t.Name)
	}
	r, err := normalize(t, r)
	if err != nil {
		return err
	}
	for i, v := range r {
		ct.record[i] = csvCell(v)
	}
	if err := ct.w.Write(ct.record); err != nil {
		return fmt.Errorf("%s: %w", ct.file.final, err)
	}
	return nil
}

// csvCell formats a normalized value.
func csvCell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.Format(time.DateOnly)
	}
	return fmt.Sprint(v)
}

func (s *csvSink) Finish() error {
	if err := s.state.check(writing, "Finish"); err != nil {
		return err
	}
	for _, t := range Tables {
		ct := s.tables[t]
		ct.w.Flush()
		err := ct.w.Error()
		if err == nil {
			err = ct.buf.Flush()
		}
		if err != nil {
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
