package pipeline

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
)

// The column lists of SCHEMA.md, in contract order. A change here is a
// schema change: bump SchemaVersion unless columns were only appended.
var contract = map[string]string{
	"documents": "doc_id, source, format, title, doc_date, chars, sha256",
	"money":     "doc_id, mention_id, sentence_id, char_start, char_end, text, value, currency, qualifier, value_max, role, value_usd, fx_rate, fx_date, event_id",
	"dates":     "doc_id, mention_id, sentence_id, char_start, char_end, text, value, precision, value_end, modifier, relative, date_start, date_end",
	"materiel":  "doc_id, mention_id, sentence_id, char_start, char_end, text, quantity, quantity_max, qualifier, vague, item, system, category, caliber_mm, unit, role, event_id",
	"personnel": "doc_id, mention_id, sentence_id, char_start, char_end, text, quantity, quantity_max, qualifier, vague, who, role, event_id",
	"events":    "event_id, doc_id, sentence_id, char_start, char_end, date, date_precision, donor, donor_code, donor_group, recipient, kind, aid_type, amount, currency, qualifier, amount_usd, package, item_count, evidence, confidence",
	// errors is an addition of aidextract's, not a SCHEMA.md table.
	"errors": "doc_id, source, stage, message",
}

func TestSchemaMatchesContract(t *testing.T) {
	var names []string
	for _, tb := range Tables {
		names = append(names, tb.Name)
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, c.Name)
			if c.Doc == "" {
				t.Errorf("%s.%s has no description", tb.Name, c.Name)
			}
			if c.Dict && c.Type != String {
				t.Errorf("%s.%s: dictionary encoding on a %s column", tb.Name, c.Name, c.Type)
			}
		}
		if got := strings.Join(cols, ", "); got != contract[tb.Name] {
			t.Errorf("%s columns:\n got %s\nwant %s", tb.Name, got, contract[tb.Name])
		}
	}
	if got := strings.Join(names, ","); got != "documents,money,dates,materiel,personnel,events,errors" {
		t.Errorf("table order %s", got)
	}
	types := map[string]ColType{
		"money.value": Float, "money.value_usd": Float, "money.fx_date": Date, "money.char_start": Int,
		"dates.relative": Bool, "dates.date_start": Date, "materiel.vague": String, "materiel.quantity": Int,
		"materiel.caliber_mm": Float, "events.date": Date, "events.item_count": Int, "events.confidence": Float,
		"documents.chars": Int, "documents.doc_date": Date,
	}
	for _, tb := range Tables {
		for _, c := range tb.Columns {
			if want, ok := types[tb.Name+"."+c.Name]; ok && c.Type != want {
				t.Errorf("%s.%s is %s, want %s", tb.Name, c.Name, c.Type, want)
			}
		}
	}
	if !MoneyTable.Columns[MoneyTable.Index("value_usd")].USD || !EventsTable.Columns[EventsTable.Index("amount_usd")].USD {
		t.Error("USD columns not marked")
	}
}

func TestDocumentRow(t *testing.T) {
	d := &model.Document{ID: "seed", Source: "in/seed.txt", Format: "text", Text: "€1 – ok", Date: day(2022, 3, 1)}
	got := DocumentRow(d)
	// sha256 as computed by sha256sum over the UTF-8 bytes.
	want := Row{"seed", "in/seed.txt", "text", nil, day(2022, 3, 1), int64(7),
		"630834b736791eb993ac72b19695ec159e9f81fb9c01bfae37987f5188e39c93"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("DocumentRow = %#v\nwant %#v", got, want)
	}
	empty := DocumentRow(&model.Document{ID: "e", Format: "html", Title: "T"})
	if empty[3] != "T" || empty[4] != nil || empty[5] != int64(0) ||
		empty[6] != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("empty document row %#v", empty)
	}
}

// span returns the byte span of sub in the view of d.
func span(t *testing.T, d *model.Doc, sub string) (int, int) {
	t.Helper()
	i := strings.Index(d.View.Text, sub)
	if i < 0 {
		t.Fatalf("%q not in view %q", sub, d.View.Text)
	}
	return i, i + len(sub)
}

func TestMentionRow(t *testing.T) {
	// The non-breaking space and the en dash are folded in the view, and
	// "ü" takes two bytes: offsets must count code points of the original.
	d := model.Prepare(&model.Document{ID: "doc", Text: "Grüße: on 26\u00a0February 2022 Germany gave €450\u00a0million and 10–12 Leopard 2 tanks; dozens of soldiers trained."})
	ms, me := span(t, d, "€450 million")
	tb, r := MentionRow(d, &model.Mention{Kind: model.KindMoney, Start: ms, End: me, Sentence: 1, Money: &model.Money{
		Value: 450e6, Currency: "EUR", Qualifier: model.Exact, Role: "new", HasUSD: true, ValueUSD: 502e6, FXRate: 1.1155, FXDate: day(2022, 2, 25)}})
	if tb != MoneyTable {
		t.Fatalf("table %v", tb)
	}
	want := Row{"doc", "doc:m:40", int64(1), int64(40), int64(52), "€450\u00a0million", 450e6, "EUR", "exact", nil, "new", 502e6, 1.1155, day(2022, 2, 25), nil}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("money row\n got %#v\nwant %#v", r, want)
	}
	if []rune(d.Text)[40] != '€' {
		t.Fatalf("test text: code point 40 is %q", []rune(d.Text)[40])
	}

	_, r = MentionRow(d, &model.Mention{Kind: model.KindMoney, Start: ms, End: me, Money: &model.Money{Value: 1, ValueMax: 2, FXRate: 0}})
	if r[MoneyTable.Index("value_max")] != 2.0 || r[MoneyTable.Index("value_usd")] != nil || r[MoneyTable.Index("fx_rate")] != nil || r[MoneyTable.Index("fx_date")] != nil || r[MoneyTable.Index("currency")] != nil {
		t.Errorf("money nulls %#v", r)
	}

	ds, de := span(t, d, "26 February 2022")
	tb, r = MentionRow(d, &model.Mention{Kind: model.KindDate, Start: ds, End: de, Date: &model.Date{Y: 2022, M: 2, D: 26, Precision: model.Day}})
	want = Row{"doc", "doc:d:10", int64(0), int64(10), int64(26), "26\u00a0February 2022", "2022-02-26", "day", nil, nil, false, day(2022, 2, 26), day(2022, 2, 26)}
	if tb != DatesTable || !reflect.DeepEqual(r, want) {
		t.Errorf("date row\n got %#v\nwant %#v", r, want)
	}
	_, r = MentionRow(d, &model.Mention{Kind: model.KindDate, Start: ds, End: de, Date: &model.Date{M: 2, D: 26, Precision: model.Day, Relative: true, Modifier: "by"}})
	if r[6] != nil || r[9] != "by" || r[10] != true || r[11] != nil || r[12] != nil {
		t.Errorf("year-less date row %#v", r)
	}
	_, r = MentionRow(d, &model.Mention{Kind: model.KindDate, Start: ds, End: de, Date: &model.Date{Y: 2024, Q: 2, Precision: model.Quarter, EndY: 2025, EndPrecision: model.Year}})
	if r[6] != "2024-Q2" || r[8] != "2025" || r[11] != day(2024, 4, 1) || r[12] != day(2025, 12, 31) {
		t.Errorf("range date row %#v", r)
	}

	ts, te := span(t, d, "10-12 Leopard 2 tanks")
	tb, r = MentionRow(d, &model.Mention{Kind: model.KindMateriel, Start: ts, End: te, Sentence: 1, Materiel: &model.Materiel{
		Quantity: 10, HasQuantity: true, QuantityMax: 12, Qualifier: model.Exact, Item: "Leopard 2 tanks", System: "Leopard 2", Category: "tank", Role: "aid", EventID: "doc:e:0"}})
	want = Row{"doc", "doc:mt:57", int64(1), int64(57), int64(78), "10–12 Leopard 2 tanks", int64(10), int64(12), "exact", nil, "Leopard 2 tanks", "Leopard 2", "tank", nil, nil, "aid", "doc:e:0"}
	if tb != MaterielTable || !reflect.DeepEqual(r, want) {
		t.Errorf("materiel row\n got %#v\nwant %#v", r, want)
	}

	ps, pe := span(t, d, "dozens of soldiers")
	tb, r = MentionRow(d, &model.Mention{Kind: model.KindPersonnel, Start: ps, End: pe, Personnel: &model.Personnel{Qualifier: model.Vague, Vague: "dozens", Who: "soldiers", Role: "trained"}})
	want = Row{"doc", "doc:p:80", int64(0), int64(80), int64(98), "dozens of soldiers", nil, nil, "vague", "dozens", "soldiers", "trained", nil}
	if tb != PersonnelTable || !reflect.DeepEqual(r, want) {
		t.Errorf("personnel row\n got %#v\nwant %#v", r, want)
	}

	if tb, r := MentionRow(d, &model.Mention{Kind: model.KindMoney}); tb != nil || r != nil {
		t.Errorf("mention without payload: %v %v", tb, r)
	}
	for _, tb := range []*Table{MoneyTable, DatesTable, MaterielTable, PersonnelTable} {
		if _, err := normalize(tb, make(Row, len(tb.Columns))); err != nil {
			t.Error(err)
		}
	}
}

func TestNormalize(t *testing.T) {
	r := make(Row, len(DatesTable.Columns))
	r[2] = 3 // int
	r[11] = time.Date(2022, 2, 26, 23, 30, 0, 0, time.FixedZone("x", -3600))
	got, err := normalize(DatesTable, r)
	if err != nil {
		t.Fatal(err)
	}
	if got[2] != int64(3) || got[11] != day(2022, 2, 26) || r[2] != 3 {
		t.Errorf("normalize: %#v (input %#v)", got, r)
	}
	r[6] = 2022 // value is a string column
	if _, err := normalize(DatesTable, r); err == nil || !strings.Contains(err.Error(), "dates.value") {
		t.Errorf("want a type error, got %v", err)
	}
	if _, err := normalize(DatesTable, Row{"x"}); err == nil {
		t.Error("want a length error")
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
