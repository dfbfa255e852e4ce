package events

import (
	"cmp"
	"slices"
	"testing"
	"time"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/extractors/materiel"
	"github.com/aidextract/aidextract/extractors/money"
	"github.com/aidextract/aidextract/extractors/personnel"
	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// FuzzLinkOffsets runs every extractor and the linker on arbitrary text,
// dated or not, and checks what FuzzLink does not: every event's span lies
// within its sentence, on rune boundaries, and its evidence maps back to
// the document (text == doc[char_start:char_end] in code points); events
// come in text order, numbered 0, 1, ... within a sentence; the event id
// a money or materiel mention is linked to names one of the events; and
// linking leaves the mentions' spans alone.
func FuzzLinkOffsets(f *testing.F) {
	for _, s := range []string{
		"On 3 May 2023, the US announced $300 million in aid for Ukraine.",
		"Norway and Denmark will jointly fund €1 million; Iran sent drones to Russia.",
		"Germany\u2019s package included:\n- 12 HIMARS\n- 3 tanks\n\nThe package also included 500 soldiers.",
		"the UK pledged £2.3\u00a0billion\u2014its fifty-sixth tranche\u2014in 2024.[12] The EU\u2019s \u20ac50bn facility.",
		"\xff Canada gave $5 million \xfe to Ukraine.",
		"",
	} {
		f.Add(s, int64(0))
	}
	f.Add("Yesterday Poland delivered 14 Leopard 2 tanks worth $1bn.", int64(480))
	l, err := New()
	if err != nil {
		f.Fatal(err)
	}
	m, err := money.New()
	if err != nil {
		f.Fatal(err)
	}
	mt, err := materiel.New()
	if err != nil {
		f.Fatal(err)
	}
	ps, err := personnel.New()
	if err != nil {
		f.Fatal(err)
	}
	xs := []model.Extractor{m, dates.New(), mt, ps}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		var day time.Time
		if days != 0 {
			day = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%5000))
		}
		d := model.Prepare(&model.Document{ID: "f", Text: text, Date: day})
		var ms []model.Mention
		for _, s := range d.Sentences {
			for _, x := range xs {
				ms = append(ms, x.Extract(d, s)...)
			}
		}
		slices.SortStableFunc(ms, func(a, b model.Mention) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Kind, b.Kind))
		})
		ms = dates.Resolve(d, ms)
		type span struct{ start, end int }
		before := make([]span, len(ms))
		for i, m := range ms {
			before[i] = span{m.Start, m.End}
		}
		evs := l.Link(d, ms)

		c := modeltest.New(d)
		ids := map[string]bool{}
		for i := range evs {
			e := &evs[i]
			if err := c.Event(e); err != nil {
				t.Fatalf("event %d: %v", i, err)
			}
			if i > 0 {
				p := &evs[i-1]
				if e.Sentence < p.Sentence || e.Sentence == p.Sentence && e.Seq != p.Seq+1 || e.Sentence != p.Sentence && e.Seq != 0 {
					t.Fatalf("event %d (sentence %d, seq %d) after sentence %d, seq %d", i, e.Sentence, e.Seq, p.Sentence, p.Seq)
				}
			} else if e.Seq != 0 {
				t.Fatalf("first event has seq %d", e.Seq)
			}
			cs, _, _ := d.View.Original(e.Start, e.End)
			ids[model.EventID(d.ID, cs, e.Seq)] = true
		}
		for i := range ms {
			m := &ms[i]
			if (span{m.Start, m.End}) != before[i] {
				t.Fatalf("Link moved mention %d from %v to [%d,%d)", i, before[i], m.Start, m.End)
			}
			if err := c.Mention(m); err != nil {
				t.Fatalf("mention %d: %v", i, err)
			}
			var id string
			switch {
			case m.Money != nil:
				id = m.Money.EventID
			case m.Materiel != nil:
				id = m.Materiel.EventID
			case m.Personnel != nil:
				id = m.Personnel.EventID
			}
			if id != "" && !ids[id] {
				t.Fatalf("mention %q links to event %q, not among %v", d.View.Text[m.Start:m.End], id, ids)
			}
		}
	})
}
