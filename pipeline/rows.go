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
	sum := sha256.Sum256([]byte(d.Text))
	return Row{
		d.ID,
		d.Source,
		d.Format,
		nullString(d.Title),
		nullDate(d.Date),
		int64(utf8.RuneCountInString(d.Text)),
		hex.EncodeToString(sum[:]),
	}
}

// MentionRow converts a mention of d into a row of the table of its kind.
// Offsets and text come from the original document through
// d.View.Original; mention_id is "<doc_id>:<p>:<char_start>" with p = m
// (money), d (date), mt (materiel) or p (personnel). Empty strings, zero
// bounds and zero dates are written as nulls. It returns nil, nil when the
// mention's kind is unknown or its payload is missing.
func MentionRow(d *model.Doc, m *model.Mention) (*Table, Row) {
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
		return nil, nil
	}
	start, end, text := d.View.Original(m.Start, m.End)
	r := make(Row, 0, len(t.Columns))
	r = append(r,
		d.ID,
		d.ID+":"+prefix+":"+strconv.Itoa(start),
		int64(m.Sentence),
		int64(start),
		int64(end),
		text,
	)
	switch t {
	case MoneyTable:
		x := m.Money
		var usd any
		if x.HasUSD {
			usd = x.ValueUSD
		}
		r = append(r,
			x.Value,
			nullString(x.Currency),
			nullString(x.Qualifier),
			nullFloat(x.ValueMax),
			nullString(x.Role),
			usd,
			nullFloat(x.FXRate),
			nullDate(x.FXDate),
			nullString(x.EventID),
		)
	case DatesTable:
		x := m.Date
		var first, last any
		if f, l, ok := x.Bounds(); ok {
			first, last = f, l
		}
		r = append(r,
			nullString(x.Value()),
			nullString(x.Precision),
			nullString(x.EndValue()),
			nullString(x.Modifier),
			x.Relative,
			first,
			last,
		)
	case MaterielTable:
		x := m.Materiel
		r = append(r,
			quantity(x.HasQuantity, x.Quantity),
			nullInt(x.QuantityMax),
			nullString(x.Qualifier),
			nullString(x.Vague),
			nullString(x.Item),
			nullString(x.System),
			nullString(x.Category),
			nullFloat(x.CaliberMM),
			nullString(x.Unit),
			nullString(x.Role),
			nullString(x.EventID),
		)
	case PersonnelTable:
		x := m.Personnel
		r = append(r,
			quantity(x.HasQuantity, x.Quantity),
			nullInt(x.QuantityMax),
			nullString(x.Qualifier),
			nullString(x.Vague),
			nullString(x.Who),
			nullString(x.Role),
			nullString(x.EventID),
		)
	}
	return t, r
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

func nullInt(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func quantity(has bool, n int64) any {
	if !has {
		return nil
	}
	return n
}

// EventRow converts an event of d into a row of EventsTable. The evidence
// is the original text of the event's sentence.
func EventRow(d *model.Doc, e *model.Event) Row {
	start, end, text := d.View.Original(e.Start, e.End)
	var date, precision any
	if e.Date != nil {
		if first, _, ok := e.Date.Bounds(); ok {
			date, precision = first, e.Date.Precision
		}
	}
	amount, amountUSD := any(nil), any(nil)
	if e.HasAmount {
		amount = e.Amount
	}
	if e.HasUSD {
		amountUSD = e.AmountUSD
	}
	return Row{
		model.EventID(d.ID, start, e.Seq),
		d.ID,
		int64(e.Sentence),
		int64(start),
		int64(end),
		date,
		precision,
		nullString(e.Donor),
		nullString(e.DonorCode),
		nullString(e.DonorGroup),
		nullString(e.Recipient),
		nullString(e.Kind),
		nullString(e.AidType),
		amount,
		nullString(e.Currency),
		nullString(e.Qualifier),
		amountUSD,
		nullString(e.Package),
		int64(e.ItemCount),
		text,
		e.Confidence,
	}
}
