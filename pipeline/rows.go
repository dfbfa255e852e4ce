package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
	"unicode/utf8"
	"unsafe"

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
	// The text's bytes are hashed where they are: a copy would allocate
	// the whole corpus again, a document at a time. Sum256 only reads them.
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(d.Text), len(d.Text)))
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
	t := c.mention(d, m, nil)
	if t == nil {
		return nil, nil
	}
	return t, c.row()
}

// mention appends the values of MentionRow and returns their table; it
// appends nothing and returns nil for a mention without a row. The
// strings it builds live in sb when it is not nil (see rowStrings).
func (c *cells) mention(d *model.Doc, m *model.Mention, sb *rowStrings) *Table {
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
	c.str(sb.mentionID(d.ID, prefix, start))
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
		c.nullStr(sb.dateValue(x))
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
	c.event(d, e, nil)
	return c.row()
}

// event appends the values of EventRow. The strings it builds live in sb
// when it is not nil (see rowStrings).
func (c *cells) event(d *model.Doc, e *model.Event, sb *rowStrings) {
	start, end, text := d.View.Original(e.Start, e.End)
	c.str(sb.eventID(d.ID, start, e.Seq))
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

// rowStrings holds the strings a row builds (its id, a date's value) one
// after the other in one buffer, for rows that are read only until they
// are encoded: a document's rows then build them without an allocation
// each. The strings of a row stay valid until reset. A nil *rowStrings
// allocates every string, for rows handed to callers who may keep them.
type rowStrings struct{ b []byte }

// reset lets the next row reuse the buffer: the strings built so far are
// overwritten.
func (sb *rowStrings) reset() {
	if sb != nil {
		sb.b = sb.b[:0]
	}
}

// since returns the bytes appended to the buffer from n on as a string.
// They are not written again before reset, and a buffer that grows moves
// to a new array, leaving the old one to the strings that point into it.
func (sb *rowStrings) since(n int) string {
	if len(sb.b) == n {
		return ""
	}
	return unsafe.String(&sb.b[n], len(sb.b)-n)
}

// mentionID is "<doc_id>:<prefix>:<char_start>", a mention's id.
func (sb *rowStrings) mentionID(docID, prefix string, start int) string {
	if sb == nil {
		return docID + ":" + prefix + ":" + strconv.Itoa(start)
	}
	n := len(sb.b)
	sb.b = append(sb.b, docID...)
	sb.b = append(sb.b, ':')
	sb.b = append(sb.b, prefix...)
	sb.b = append(sb.b, ':')
	sb.b = strconv.AppendInt(sb.b, int64(start), 10)
	return sb.since(n)
}

// eventID is model.EventID.
func (sb *rowStrings) eventID(docID string, start, seq int) string {
	if sb == nil {
		return model.EventID(docID, start, seq)
	}
	n := len(sb.b)
	sb.b = model.AppendEventID(sb.b, docID, start, seq)
	return sb.since(n)
}

// dateValue is x.Value().
func (sb *rowStrings) dateValue(x *model.Date) string {
	if sb == nil {
		return x.Value()
	}
	n := len(sb.b)
	sb.b = x.AppendValue(sb.b)
	return sb.since(n)
}
