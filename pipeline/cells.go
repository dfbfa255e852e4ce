package pipeline

import (
	"fmt"
	"math"
	"time"
)

// cells is a row under construction or decoded from the spill file,
// normalized as normalize would leave it. The rows of every document pass
// through here on their way to the spill file and back to the sinks;
// unlike Row, cells hold strings and numbers without boxing each of them
// in an interface, which would cost an allocation per value.
type cells []cell

type cellKind uint8

const (
	nullCell cellKind = iota
	stringCell
	intCell
	floatCell
	boolCell
	dateCell
)

// cell is one value: s for a string; n for an int, a bool (0 or 1) and a
// date (days since 1970-01-01); f for a float.
type cell struct {
	kind cellKind
	s    string
	n    int64
	f    float64
}

func (c *cells) null() { *c = append(*c, cell{}) }

func (c *cells) str(s string) { *c = append(*c, cell{kind: stringCell, s: s}) }

// nullStr is s, or null when s is empty.
func (c *cells) nullStr(s string) {
	if s == "" {
		c.null()
	} else {
		c.str(s)
	}
}

func (c *cells) int(n int64) { *c = append(*c, cell{kind: intCell, n: n}) }

// nullInt is n, or null when n is zero.
func (c *cells) nullInt(n int64) {
	if n == 0 {
		c.null()
	} else {
		c.int(n)
	}
}

func (c *cells) quantity(has bool, n int64) {
	if has {
		c.int(n)
	} else {
		c.null()
	}
}

// float is f, or null when f is NaN or infinite.
func (c *cells) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		c.null()
	} else {
		*c = append(*c, cell{kind: floatCell, f: f})
	}
}

// nullFloat is f, or null when f is zero.
func (c *cells) nullFloat(f float64) {
	if f == 0 {
		c.null()
	} else {
		c.float(f)
	}
}

func (c *cells) bool(b bool) {
	var n int64
	if b {
		n = 1
	}
	*c = append(*c, cell{kind: boolCell, n: n})
}

// date is the calendar day of t, or null when t is zero.
func (c *cells) date(t time.Time) {
	if t.IsZero() {
		c.null()
		return
	}
	y, m, d := t.Date()
	*c = append(*c, cell{kind: dateCell, n: time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400})
}

// check reports cells that do not fit the columns of t, as normalize
// does for a Row.
func (c cells) check(t *Table) error {
	if len(c) != len(t.Columns) {
		return fmt.Errorf("%s: row has %d values, want %d", t.Name, len(c), len(t.Columns))
	}
	for i := range c {
		col := &t.Columns[i]
		if k := c[i].kind; k != nullCell && k != cellKinds[col.Type] {
			return fmt.Errorf("%s.%s: value %v is not a %s", t.Name, col.Name, c[i].value(), col.Type)
		}
	}
	return nil
}

// cellKinds is the kind of cell of each column type.
var cellKinds = [...]cellKind{String: stringCell, Int: intCell, Float: floatCell, Date: dateCell, Bool: boolCell}

// value is the cell as a value of Row.
func (x *cell) value() any {
	switch x.kind {
	case stringCell:
		return x.s
	case intCell:
		return x.n
	case floatCell:
		return x.f
	case boolCell:
		return x.n != 0
	case dateCell:
		return x.time()
	}
	return nil
}

// time is the day of a date cell as UTC midnight.
func (x *cell) time() time.Time { return time.Unix(x.n*86400, 0).UTC() }

// row boxes the cells into a new Row.
func (c cells) row() Row { return c.appendTo(make(Row, 0, len(c))) }

// appendTo appends the cells to r, boxed.
func (c cells) appendTo(r Row) Row {
	for i := range c {
		r = append(r, c[i].value())
	}
	return r
}

// writeRow is a sink's Write by way of its writeCells: r normalized and
// converted into *buf, which the sink reuses from row to row.
func writeRow(w cellWriter, buf *cells, t *Table, r Row) error {
	r, err := normalize(t, r)
	if err != nil {
		return err
	}
	if *buf, err = rowCells((*buf)[:0], t, r); err != nil {
		return err
	}
	return w.writeCells(t, *buf)
}

// rowCells appends the values of a normalized row to c.
func rowCells(c cells, t *Table, r Row) (cells, error) {
	for _, v := range r {
		x, ok := valueCell(v)
		if !ok {
			return c, fmt.Errorf("%s: cannot encode %T", t.Name, v)
		}
		c = append(c, x)
	}
	return c, nil
}

// valueCell is the cell of a normalized value of a Row.
func valueCell(v any) (cell, bool) {
	switch x := v.(type) {
	case nil:
		return cell{}, true
	case string:
		return cell{kind: stringCell, s: x}, true
	case int64:
		return cell{kind: intCell, n: x}, true
	case float64:
		return cell{kind: floatCell, f: x}, true
	case bool:
		var n int64
		if x {
			n = 1
		}
		return cell{kind: boolCell, n: n}, true
	case time.Time:
		// UTC midnight, as normalize leaves a date
		return cell{kind: dateCell, n: x.Unix() / 86400}, true
	}
	return cell{}, false
}
