package pipeline

import (
	"testing"
	"time"

	"github.com/aidextract/aidextract/extractors/fx"
	"github.com/aidextract/aidextract/pipeline/model"
)

func dayDate(y, m, d int) *model.Date {
	return &model.Date{Y: y, M: m, D: d, Precision: model.Day}
}

func amount(sentence int, value float64, cur string) model.Mention {
	return model.Mention{Kind: model.KindMoney, Sentence: sentence, Money: &model.Money{Value: value, Currency: cur}}
}

func date(sentence int, d *model.Date) model.Mention {
	return model.Mention{Kind: model.KindDate, Sentence: sentence, Date: d}
}

func TestResolveUSD(t *testing.T) {
	rates, err := fx.Default()
	if err != nil {
		t.Fatal(err)
	}
	since := &model.Date{Y: 2014, Precision: model.Year, Modifier: "since"}
	month := &model.Date{Y: 2024, M: 4, Precision: model.Month}
	paired := func(v float64, cur string) model.Mention {
		m := amount(3, v, cur)
		m.Money.Paired = true
		return m
	}
	ms := []model.Mention{
		date(0, dayDate(2022, 2, 26)), // a Saturday: Friday's rate
		amount(0, 450e6, "EUR"),
		amount(1, 100e6, "GBP"), // no date in its sentence: the narrative's
		date(2, &model.Date{Y: 2024, Precision: model.Year}),
		date(2, month),
		amount(2, 10e6, "EUR"), // the sentence's most precise date, April 2024
		paired(500e6, "EUR"),   // stated pair wins
		paired(486e6, "USD"),
		date(4, since),
		amount(4, 1e9, "UAH"), // not quoted by the ECB
		amount(5, 75e6, "USD"),
	}
	doc := &model.Doc{Document: &model.Document{}}
	unconverted := resolveUSD(doc, ms, rates)
	if unconverted != 1 {
		t.Errorf("unconverted = %d, want 1", unconverted)
	}
	check := func(i int, usd, rate float64, fxDate string) {
		t.Helper()
		m := ms[i].Money
		got := ""
		if !m.FXDate.IsZero() {
			got = m.FXDate.Format("2006-01-02")
		}
		if !m.HasUSD || m.ValueUSD != usd || m.FXRate != rate || got != fxDate {
			t.Errorf("mention %d (%v %s): value_usd %v rate %v fx_date %q; want %v, %v, %q", i, m.Value, m.Currency, m.ValueUSD, m.FXRate, got, usd, rate, fxDate)
		}
	}
	check(1, 504720000, 1.1216, "2022-02-26")                         // 450e6 x 1.1216 (ECB, 25 Feb 2022)
	check(2, cents(100e6*1.1216/0.8374), 1.1216/0.8374, "2022-02-26") // GBP cross rate through the euro
	check(5, 10811000, 1.0811, "2024-04-01")                          // Easter Monday: 28 March's rate
	check(6, 486e6, 0.972, "")
	check(10, 75e6, 1, "")
	if ms[9].Money.HasUSD {
		t.Errorf("UAH got a US dollar value: %+v", ms[9].Money)
	}
}

// In a dated document, a date after the document's ("through 2036") is a
// plan: the amount is converted at the rate of the document's date.
func TestResolveUSDFutureDate(t *testing.T) {
	rates, err := fx.Default()
	if err != nil {
		t.Fatal(err)
	}
	ms := []model.Mention{
		amount(0, 5e9, "EUR"),
		date(0, &model.Date{Y: 2036, Precision: model.Year}),
		date(1, dayDate(2024, 3, 28)),
		amount(1, 1e9, "EUR"),
	}
	doc := &model.Doc{Document: &model.Document{Date: time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC)}}
	if n := resolveUSD(doc, ms, rates); n != 0 {
		t.Fatalf("unconverted = %d", n)
	}
	if got := ms[0].Money.FXDate.Format("2006-01-02"); got != "2024-04-02" {
		t.Errorf("future-dated amount converted at %s, want the document's date 2024-04-02", got)
	}
	if got := ms[3].Money.FXDate.Format("2006-01-02"); got != "2024-03-28" {
		t.Errorf("past-dated amount converted at %s, want its own date 2024-03-28", got)
	}
}

// TestEventUSD checks that an amount linked to an event is converted on the
// event's date (SCHEMA.md), and that the event's amount_usd follows it: in
// a dated document, "has already been disbursed" counts up to the document's
// day, not to the day the sentence before told of.
func TestEventUSD(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	doc := &model.Document{ID: "d", Text: "On 23 June 2022, the European Council endorsed the plan. " +
		"The EU reported that €1 billion has already been disbursed to Ukraine.",
		Date: time.Date(2022, 10, 4, 0, 0, 0, 0, time.UTC)}
	r := p.Process(doc)
	var mo *model.Money
	for _, m := range r.Mentions {
		if m.Money != nil {
			mo = m.Money
		}
	}
	if mo == nil || len(r.Events) != 1 {
		t.Fatalf("want one amount and one event, got %+v and %d events", mo, len(r.Events))
	}
	e := r.Events[0]
	if e.Date == nil || e.Date.Value() != "2022-10-04" {
		t.Fatalf("event date %v, want 2022-10-04", e.Date)
	}
	want := time.Date(2022, 10, 4, 0, 0, 0, 0, time.UTC)
	if !mo.HasUSD || !mo.FXDate.Equal(want) {
		t.Errorf("fx_date %v, want the event's date %v", mo.FXDate, want)
	}
	if !e.HasUSD || e.AmountUSD != mo.ValueUSD {
		t.Errorf("event amount_usd %v, want the amount's %v", e.AmountUSD, mo.ValueUSD)
	}
}
