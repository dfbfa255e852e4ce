package eval

import (
	"strings"
	"testing"
)

const doc = "On 24 février 2022, the EU gave €450 million; on 1 March it gave €50 million."

const gold = `{"type":"date","context":"On 24 février 2022, the EU","text":"24 février 2022","value":"2022-02-24","precision":"day"}
{"type":"money","context":"the EU gave €450 million;","text":"€450 million","value":450000000,"currency":"EUR"}
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
		{Type: "date", Start: 3, End: 18, Value: "2022-02-24"},                         // tp
		{Type: "money", Start: 31, End: 43, Num: 450e6, HasNum: true, Currency: "EUR"}, // tp
		{Type: "money", Start: 64, End: 75, Num: 50e6, HasNum: true, Currency: "USD"},  // wrong currency
		{Type: "money", Start: 31, End: 43, Num: 450e6, HasNum: true, Currency: "EUR"}, // duplicate: gold already taken
	}
	scores := map[string]*Score{}
	Add(scores, g, pred)
	m := scores["money"]
	if m.Gold != 2 || m.Pred != 3 || m.TP != 1 || len(m.Misses) != 1 || len(m.False) != 2 {
		t.Errorf("money score = %+v", *m)
	}
	if got := m.F1(); got < 0.399 || got > 0.401 {
		t.Errorf("money F1 = %.3f, want 0.400", got)
	}
	if d := scores["date"]; d.TP != 1 || d.F1() != 1 {
		t.Errorf("date score = %+v", *d)
	}
}
