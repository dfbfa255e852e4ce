package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// DocumentRow converts a document into a row of DocumentsTable. chars is
// the length of the text in code points and sha256 the lowercase hex digest
// of its UTF-8 bytes; doc_date and title are null when unknown.
func DocumentRow(d *model.Document) Row {
	var c cells
	c.document(d)
	return c.row()
}

// document appends the values of DocumentRow.
func (c *cells) document(d *model.Document) {
	sum := sha256.Sum256([]byte(d.Text))
	c.str(d.ID)
	c.str(d.Source)
	c.str(d.Format)
	c.nullStr(d.Title)
	c.date(d.Date)
	c.int(int64(utf8.RuneCountInString(d.Text)))
	c.str(hex.EncodeToString(sum[:]))
}

// MentionRow converts a mention of d into a row of the table of its kind.
// Offsets and text come from the original document through
// d.View.Original; mention_id is "<doc_id>:<p>:<char_start>" with p = m
// (money), d (date), mt (materiel) or p (personnel). Empty strings, zero
// bounds and zero dates are written as nulls. It returns nil, nil when the
// mention's kind is unknown or its payload is missing.
func MentionRow(d *model.Doc, m *model.Mention) (*Table, Row) {
	var c cells
	t := c.mention(d, m)
	if t == nil {
		return nil, nil
	}
	return t, c.row()
}

// mention appends the values of MentionRow and returns their table; it
// appends nothing and returns nil for a mention without a row.
func (c *cells) mention(d *model.Doc, m *model.Mention) *Table {
	var (
		t      *Table
		prefix string
	)
	switch {
	case m.Kind == model.KindMoney && m.Money != nil:
		t, prefix = MoneyTable, "m"
	case m.Kind == model.KindDate && m.Date != nil:
		t, prefix = DatesTable, "d"
	case m.Kind == model.KindMateriel && m.Materiel != nil:
		t, prefix = MaterielTable, "mt"
	case m.Kind == model.KindPersonnel && m.Personnel != nil:
		t, prefix = PersonnelTable, "p"
	default:
		return nil
	}
	start, end, text := d.View.Original(m.Start, m.End)
	c.str(d.ID)
	c.str(d.ID + ":" + prefix + ":" + strconv.Itoa(start))
	c.int(int64(m.Sentence))
	c.int(int64(start))
	c.int(int64(end))
	c.str(text)
	switch t {
	case MoneyTable:
		x := m.Money
		c.float(x.Value)
		c.nullStr(x.Currency)
		c.nullStr(x.Qualifier)
		c.nullFloat(x.ValueMax)
		c.nullStr(x.Role)
		if x.HasUSD {
			c.float(x.ValueUSD)
		} else {
			c.null()
		}
		c.nullFloat(x.FXRate)
		c.date(x.FXDate)
		c.nullStr(x.EventID)
	case DatesTable:
		x := m.Date
		c.nullStr(x.Value())
		c.nullStr(x.Precision)
		c.nullStr(x.EndValue())
		c.nullStr(x.Modifier)
		c.bool(x.Relative)
		// zero times when there are no bounds: nulls
		first, last, _ := x.Bounds()
		c.date(first)
		c.date(last)
	case MaterielTable:
		x := m.Materiel
		c.quantity(x.HasQuantity, x.Quantity)
		c.nullInt(x.QuantityMax)
		c.nullStr(x.Qualifier)
		c.nullStr(x.Vague)
		c.nullStr(x.Item)
		c.nullStr(x.System)
		c.nullStr(x.Category)
		c.nullFloat(x.CaliberMM)
		c.nullStr(x.Unit)
		c.nullStr(x.Role)
		c.nullStr(x.EventID)
	case PersonnelTable:
		x := m.Personnel
		c.quantity(x.HasQuantity, x.Quantity)
		c.nullInt(x.QuantityMax)
		c.nullStr(x.Qualifier)
		c.nullStr(x.Vague)
		c.nullStr(x.Who)
		c.nullStr(x.Role)
		c.nullStr(x.EventID)
	}
	return t
}

// EventRow converts an event of d into a row of EventsTable. The evidence
// is the original text of the event's sentence.
func EventRow(d *model.Doc, e *model.Event) Row {
	var c cells
	c.event(d, e)
	return c.row()
}

// event appends the values of EventRow.
func (c *cells) event(d *model.Doc, e *model.Event) {
	start, end, text := d.View.Original(e.Start, e.End)
	c.str(model.EventID(d.ID, start, e.Seq))
	c.str(d.ID)
	c.int(int64(e.Sentence))
	c.int(int64(start))
	c.int(int64(end))
	if first, ok := eventDate(e); ok {
		c.date(first)
		c.str(e.Date.Precision)
	} else {
		c.null()
		c.null()
	}
	c.nullStr(e.Donor)
	c.nullStr(e.DonorCode)
	c.nullStr(e.DonorGroup)
	c.nullStr(e.Recipient)
	c.nullStr(e.Kind)
	c.nullStr(e.AidType)
	if e.HasAmount {
		c.float(e.Amount)
	} else {
		c.null()
	}
	c.nullStr(e.Currency)
	c.nullStr(e.Qualifier)
	if e.HasUSD {
		c.float(e.AmountUSD)
	} else {
		c.null()
	}
	c.nullStr(e.Package)
	c.int(int64(e.ItemCount))
	c.str(text)
	c.float(e.Confidence)
}

// eventDate is the first day of an event's date, if it has one.
func eventDate(e *model.Event) (time.Time, bool) {
	if e.Date == nil {
		return time.Time{}, false
	}
	first, _, ok := e.Date.Bounds()
	return first, ok
}
