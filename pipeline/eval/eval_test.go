package eval

import (
	"strings"
	"testing"
)

const doc = "On 24 février 2022, the EU gave €450 million; on 1 March it gave €50 million."

const gold = `{"type":"date","context":"On 24 février 2022, the EU","text":"24 février 2022","value":"2022-02-24","precision":"day"}
{"type":"money","context":"the EU gave €450 million;","text":"€450 million","value":450000000,"currency":"EUR","role":"new"}
{"type":"money","context":"it gave €50 million.","text":"€50 million","value":50000000,"currency":"EUR"}
{"type":"event","context":"the EU gave €450 million","donor":"European Union"}
`

func TestLoadGoldOffsets(t *testing.T) {
	items, err := LoadGold(strings.NewReader(gold), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3 (events are not mentions)", len(items))
	}
	runes := []rune(doc)
	for _, it := range items {
		if got := string(runes[it.Start:it.End]); got != it.Text {
			t.Errorf("item %q placed at [%d,%d) = %q", it.Text, it.Start, it.End, got)
		}
	}
	if items[1].Num != 450e6 || items[1].Currency != "EUR" {
		t.Errorf("money item = %+v", items[1])
	}
}

func TestLoadGoldBadContext(t *testing.T) {
	_, err := LoadGold(strings.NewReader(`{"type":"money","context":"not there","text":"x"}`), doc)
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("err = %v, want a line-numbered error", err)
	}
}

func TestAdd(t *testing.T) {
	g, err := LoadGold(strings.NewReader(gold), doc)
	if err != nil {
		t.Fatal(err)
	}
	pred := []Item{
		{Type: "date", Start: 3, End: 18, Value: "2022-02-24"},                                        // tp
		{Type: "money", Start: 31, End: 43, Num: 450e6, HasNum: true, Currency: "EUR", Role: "total"}, // tp, another role
		{Type: "money", Start: 64, End: 75, Num: 50e6, HasNum: true, Currency: "USD"},                 // wrong currency
		{Type: "money", Start: 31, End: 43, Num: 450e6, HasNum: true, Currency: "EUR"},                // duplicate: gold already taken
	}
	scores := map[string]*Score{}
	Add(scores, g, pred)
	m := scores["money"]
	if m.Gold != 2 || m.Pred != 3 || m.TP != 1 || len(m.Misses) != 1 || len(m.False) != 2 {
		t.Errorf("money score = %+v", *m)
	}
	if m.RoleOK != 0 || len(m.WrongRole) != 1 {
		t.Errorf("money role ok %d, wrong %d; want 0 and 1", m.RoleOK, len(m.WrongRole))
	}
	if got := m.F1(); got < 0.399 || got > 0.401 {
		t.Errorf("money F1 = %.3f, want 0.400", got)
	}
	if d := scores["date"]; d.TP != 1 || d.F1() != 1 {
		t.Errorf("date score = %+v", *d)
	}
}

const eventDoc = "On 1 March 2022, Belgium and Canada pledged €10 million. Allies sent tanks. The US approved $5 billion."

const eventGold = `{"type":"event","context":"Belgium and Canada pledged €10 million","donors":["Belgium","Canada"],"date":"2022-03-01","kind":"pledge","aid_type":"financial","amount":10000000,"currency":"EUR"}
{"type":"event","context":"Allies sent tanks","donor":null,"donor_group":"allies","date":"2022-03-01","kind":"delivery","amount":null,"currency":null}
{"type":"event","context":"The US approved $5 billion","donor":"United States","date":"2022-03","kind":"approval","amount":5000000000,"currency":"USD"}
`

func TestLoadEvents(t *testing.T) {
	items, events, err := Load(strings.NewReader(eventGold), eventDoc)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 0 || len(events) != 4 {
		t.Fatalf("got %d mentions and %d events, want 0 and 4 (one per donor)", len(items), len(events))
	}
	if events[0].Donor != "Belgium" || events[1].Donor != "Canada" || events[0].Start != events[1].Start {
		t.Errorf("donors = %+v, %+v", events[0], events[1])
	}
	if events[2].Donor != "" || events[2].HasNum || events[2].Text != "(allies)" {
		t.Errorf("group event = %+v", events[2])
	}
	runes := []rune(eventDoc)
	if got := string(runes[events[3].Start:events[3].End]); got != "The US approved $5 billion" {
		t.Errorf("context placed at %q", got)
	}
	if _, _, err := Load(strings.NewReader(`{"type":"event","context":"nowhere"}`), eventDoc); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("err = %v, want a line-numbered error", err)
	}
}

func TestAddEvents(t *testing.T) {
	_, gold, err := Load(strings.NewReader(eventGold), eventDoc)
	if err != nil {
		t.Fatal(err)
	}
	sent1 := Item{Type: "event", Start: 0, End: 57}
	sent2 := Item{Type: "event", Start: 58, End: 76}
	sent3 := Item{Type: "event", Start: 77, End: 104}
	with := func(it Item, donor, kind, date string, amount float64, cur string) Item {
		it.Donor, it.Kind, it.Date = donor, kind, date
		if cur != "" {
			it.Num, it.HasNum, it.Currency = amount, true, cur
		}
		return it
	}
	aid := func(it Item, aidType string) Item {
		it.Aid = aidType
		return it
	}
	pred := []Item{
		aid(with(sent1, "Belgium", "pledge", "2022-03-01", 10e6, "EUR"), "financial"), // tp
		with(sent1, "Canada", "pledge", "2022-03", 10.005e6, "EUR"),                   // tp within 0.1%, wrong date
		with(sent1, "Denmark", "pledge", "2022-03-01", 10e6, "EUR"),                   // no such donor
		with(sent2, "", "total", "2022-03-01", 0, ""),                                 // tp (both unnamed), wrong kind
		with(sent3, "United States", "approval", "2022-03", 5e9, "EUR"),               // wrong currency
	}
	scores := map[string]*Score{}
	Add(scores, gold, pred)
	s := scores["event"]
	if s.Gold != 4 || s.Pred != 5 || s.TP != 3 || len(s.Misses) != 1 || len(s.False) != 2 {
		t.Fatalf("event score = %+v", *s)
	}
	if s.DateOK != 2 || s.KindOK != 2 {
		t.Errorf("date ok %d, kind ok %d; want 2 and 2", s.DateOK, s.KindOK)
	}
	// Belgium's aid type is the gold's; Canada's (none) is not; the
	// unnamed donor's agrees, both empty
	if s.AidOK != 2 || len(s.WrongAid) != 1 || s.WrongAid[0].Donor != "Canada" {
		t.Errorf("aid ok %d, wrong %+v; want 2 and Canada", s.AidOK, s.WrongAid)
	}
	var b strings.Builder
	WriteTable(&b, scores)
	for _, want := range []string{"\nevent ", "event date accuracy 0.667", "event kind accuracy 0.667", "event aid type accuracy 0.667"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	// no overlap: the same donor and amount in another sentence is no match
	scores = map[string]*Score{}
	Add(scores, gold, []Item{with(sent3, "Belgium", "pledge", "", 10e6, "EUR")})
	if scores["event"].TP != 0 {
		t.Errorf("matched across sentences: %+v", *scores["event"])
	}
}

func TestAddMaterielRoles(t *testing.T) {
	const text = "The US sent 16 howitzers and 20 tanks; Russia lost 50 tanks."
	const g = `{"type":"materiel","context":"sent 16 howitzers","text":"16 howitzers","quantity":16,"category":"artillery","role":"aid"}
{"type":"materiel","context":"20 tanks;","text":"20 tanks","quantity":20,"category":"tank","role":"aid"}
{"type":"materiel","context":"lost 50 tanks","text":"50 tanks","quantity":50,"category":"tank","role":"other"}
`
	gold, err := LoadGold(strings.NewReader(g), text)
	if err != nil {
		t.Fatal(err)
	}
	pred := []Item{
		{Type: "materiel", Start: 12, End: 24, Num: 16, HasNum: true, Category: "artillery", Role: "aid"}, // tp, role right
		{Type: "materiel", Start: 29, End: 37, Num: 20, HasNum: true, Category: "tank", Role: "other"},    // tp, role wrong
		{Type: "materiel", Start: 51, End: 59, Num: 50, HasNum: true, Category: "tank", Role: "other"},    // tp, role right
	}
	scores := map[string]*Score{}
	Add(scores, gold, pred)
	s := scores["materiel"]
	if s.TP != 3 || s.RoleOK != 2 || len(s.WrongRole) != 1 || s.WrongRole[0].Start != 29 {
		t.Fatalf("materiel score = %+v", *s)
	}
	if c := scores["materiel+category"]; c.RoleOK != 0 || len(c.WrongRole) != 0 {
		t.Errorf("materiel+category counts roles too: %+v", *c)
	}
	var b strings.Builder
	WriteTable(&b, scores)
	if want := "materiel role accuracy 0.667 (2 of 3 matched counts)"; !strings.Contains(b.String(), want) {
		t.Errorf("table lacks %q:\n%s", want, b.String())
	}
}
