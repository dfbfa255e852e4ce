package pipeline

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"slices"
)

// spill holds the rows of every processed document on disk until the run
// knows the order to write them in: tables are sorted by doc_id, but
// documents are read in input order and finish in any order. Each
// document's rows are appended to one temporary file as they come; only a
// small index entry per document stays in memory, so memory stays flat
// however large the corpus.
type spill struct {
	f     *os.File
	w     *bufio.Writer
	off   int64
	index []spillEntry
}

type spillEntry struct {
	docID string
	seq   int // input order, to keep duplicates of a doc_id stable
	off   int64
	n     int
}

func newSpill(dir string) (*spill, error) {
	f, err := os.CreateTemp(dir, ".aidextract-spill-*")
	if err != nil {
		return nil, err
	}
	return &spill{f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

// add appends one document's encoded rows.
func (s *spill) add(docID string, seq int, blob []byte) error {
	if _, err := s.w.Write(blob); err != nil {
		return err
	}
	s.index = append(s.index, spillEntry{docID: docID, seq: seq, off: s.off, n: len(blob)})
	s.off += int64(len(blob))
	return nil
}

// each calls fn with every document's rows, in (doc_id, input order).
func (s *spill) each(fn func(blob []byte) error) error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("spill file: %w", err)
	}
	slices.SortFunc(s.index, func(a, b spillEntry) int {
		return cmp.Or(cmp.Compare(a.docID, b.docID), cmp.Compare(a.seq, b.seq))
	})
	var buf []byte
	for _, e := range s.index {
		if cap(buf) < e.n {
			buf = make([]byte, e.n)
		}
		buf = buf[:e.n]
		if _, err := s.f.ReadAt(buf, e.off); err != nil {
			return fmt.Errorf("reading back the spill file: %w", err)
		}
		if err := fn(buf); err != nil {
			return err
		}
	}
	return nil
}

func (s *spill) close() {
	s.f.Close()
	os.Remove(s.f.Name())
}

// Rows are encoded as: table index (1 byte), then per value a tag byte and
// its payload. The encoding is private to one run.
const (
	tagNull byte = iota
	tagString
	tagInt
	tagFloat
	tagFalse
	tagTrue
	tagDate
)

var tableIndex = func() map[*Table]byte {
	m := map[*Table]byte{}
	for i, t := range Tables {
		m[t] = byte(i)
	}
	return m
}()

// appendRow encodes one row of t.
func appendRow(b []byte, t *Table, r Row) ([]byte, error) {
	r, err := normalize(t, r)
	if err != nil {
		return b, err
	}
	b = append(b, tableIndex[t])
	for _, v := range r {
		x, ok := valueCell(v)
		if !ok {
			return b, fmt.Errorf("%s: cannot encode %T", t.Name, v)
		}
		b = appendCell(b, &x)
	}
	return b, nil
}

// appendCells encodes one row of t.
func appendCells(b []byte, t *Table, c cells) []byte {
	b = append(b, tableIndex[t])
	for i := range c {
		b = appendCell(b, &c[i])
	}
	return b
}

// appendCell encodes one value: its tag and its payload.
func appendCell(b []byte, x *cell) []byte {
	switch x.kind {
	case stringCell:
		b = append(b, tagString)
		b = binary.AppendUvarint(b, uint64(len(x.s)))
		return append(b, x.s...)
	case intCell:
		b = append(b, tagInt)
		return binary.AppendVarint(b, x.n)
	case floatCell:
		b = append(b, tagFloat)
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(x.f))
	case boolCell:
		if x.n != 0 {
			return append(b, tagTrue)
		}
		return append(b, tagFalse)
	case dateCell:
		b = append(b, tagDate)
		return binary.AppendVarint(b, x.n)
	}
	return append(b, tagNull)
}

// decodeRows calls fn with every row encoded in b. The row passed to fn is
// reused by the next call.
func decodeRows(blob []byte, fn func(*Table, Row) error) error {
	var row Row
	return decodeCells(blob, func(t *Table, c cells) error {
		row = c.appendTo(row[:0])
		return fn(t, row)
	})
}

// decodeCells calls fn with every row encoded in b. The cells passed to fn
// are reused by the next call. The strings of all rows share one copy of
// b: one allocation per document rather than one per value.
func decodeCells(blob []byte, fn func(*Table, cells) error) error {
	b := string(blob)
	var c cells
	for len(b) > 0 {
		ti := int(b[0])
		if ti >= len(Tables) {
			return fmt.Errorf("spill: bad table index %d", ti)
		}
		t := Tables[ti]
		b = b[1:]
		c = c[:0]
		for range t.Columns {
			if len(b) == 0 {
				return fmt.Errorf("spill: truncated row of %s", t.Name)
			}
			tag := b[0]
			b = b[1:]
			switch tag {
			case tagNull:
				c = append(c, cell{})
			case tagString:
				n, k := uvarint(b)
				if k <= 0 || uint64(len(b)-k) < n {
					return fmt.Errorf("spill: bad string in %s", t.Name)
				}
				c = append(c, cell{kind: stringCell, s: b[k : k+int(n)]})
				b = b[k+int(n):]
			case tagInt:
				v, k := varint(b)
				if k <= 0 {
					return fmt.Errorf("spill: bad int in %s", t.Name)
				}
				c = append(c, cell{kind: intCell, n: v})
				b = b[k:]
			case tagFloat:
				if len(b) < 8 {
					return fmt.Errorf("spill: bad float in %s", t.Name)
				}
				var bits uint64
				for i := 7; i >= 0; i-- {
					bits = bits<<8 | uint64(b[i])
				}
				c = append(c, cell{kind: floatCell, f: math.Float64frombits(bits)})
				b = b[8:]
			case tagFalse:
				c = append(c, cell{kind: boolCell})
			case tagTrue:
				c = append(c, cell{kind: boolCell, n: 1})
			case tagDate:
				v, k := varint(b)
				if k <= 0 {
					return fmt.Errorf("spill: bad date in %s", t.Name)
				}
				c = append(c, cell{kind: dateCell, n: v})
				b = b[k:]
			default:
				return fmt.Errorf("spill: bad tag %d in %s", tag, t.Name)
			}
		}
		// The sinks take the cells as they are: they must fit the columns.
		if err := c.check(t); err != nil {
			return fmt.Errorf("spill: %w", err)
		}
		if err := fn(t, c); err != nil {
			return err
		}
	}
	return nil
}

// uvarint is binary.Uvarint reading a string.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// varint is binary.Varint reading a string.
func varint(s string) (int64, int) {
	ux, n := uvarint(s)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}
