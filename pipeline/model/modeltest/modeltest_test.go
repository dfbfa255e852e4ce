package modeltest

import (
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// The checks accept what holds and reject each kind of bad span.
func TestChecker(t *testing.T) {
	d := model.Prepare(&model.Document{Text: "Gave €450\u00a0million. Then 3\u2013\u200b5 tanks."})
	c := New(d)
	vt := d.View.Text
	at := func(s string) (int, int) {
		i := strings.Index(vt, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, vt)
		}
		return i, i + len(s)
	}
	if err := c.Sentences(); err != nil || len(d.Sentences) != 2 {
		t.Fatalf("sentences %+v: %v", d.Sentences, err)
	}
	s, e := at("€450 million")
	good := model.Mention{Kind: model.KindMoney, Start: s, End: e, Money: &model.Money{}}
	if err := c.Mention(&good); err != nil {
		t.Errorf("good mention: %v", err)
	}
	s2, e2 := at("3-5")
	if err := c.Span(s2, e2); err != nil {
		t.Errorf("span over a dropped character: %v", err)
	}
	ev := model.Event{Sentence: 1, Start: d.Sentences[1].Start, End: d.Sentences[1].End, Confidence: 0.5}
	if err := c.Event(&ev); err != nil {
		t.Errorf("good event: %v", err)
	}

	bad := map[string]error{
		"mid-rune start":  c.Span(s+1, e),
		"mid-rune end":    c.Span(s, s+2),
		"past the end":    c.Span(0, len(vt)+1),
		"negative":        c.Span(-1, 2),
		"reversed":        c.Span(e, s),
		"wrong payload":   c.Mention(&model.Mention{Kind: model.KindDate, Start: s, End: e, Money: &model.Money{}}),
		"two payloads":    c.Mention(&model.Mention{Kind: model.KindMoney, Start: s, End: e, Money: &model.Money{}, Date: &model.Date{}}),
		"empty mention":   c.Mention(&model.Mention{Kind: model.KindMoney, Start: s, End: s, Money: &model.Money{}}),
		"wrong sentence":  c.Mention(&model.Mention{Kind: model.KindMoney, Start: s, End: e, Sentence: 1, Money: &model.Money{}}),
		"no sentence":     c.Mention(&model.Mention{Kind: model.KindMoney, Start: s, End: e, Sentence: 2, Money: &model.Money{}}),
		"event elsewhere": c.Event(&model.Event{Sentence: 0, Start: s2, End: e2}),
		"confidence":      c.Event(&model.Event{Sentence: 1, Start: s2, End: e2, Confidence: 2}),
	}
	for name, err := range bad {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}

	// Sentences that leave text out or overlap.
	d.Sentences = []model.Sentence{{Index: 0, Start: 0, End: 4}, {Index: 1, Start: d.Sentences[1].Start, End: d.Sentences[1].End}}
	if err := c.Sentences(); err == nil {
		t.Error("a sentence leaving text out accepted")
	}
	d.Sentences = []model.Sentence{{Index: 0, Start: 0, End: 10}, {Index: 1, Start: 5, End: 12}}
	if err := c.Sentences(); err == nil {
		t.Error("overlapping sentences accepted")
	}
}
