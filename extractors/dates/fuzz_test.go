package dates

import (
	"sort"
	"testing"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"On 24 February 2022, Russia invaded Ukraine. The next day, the EU acted.",
		"from 24 January to 3 August 2022; 18\u201320 January 2023; Sept. 2",
		"By mid-2023 2,000 soldiers; FY24; Q3 2023; the second quarter of 2024",
		"That Thursday, 21 September 2023, \u201ctoday\u201d we said. two days earlier",
		"2014-2021 2022-23 1999/2000 31/12/2022 2022-02-30 May 5:30",
		"the eve of the 13th meeting; in February, March and April 2022",
		"\u00a0\u2013\u2014 31 31 31 February",
	} {
		f.Add(s, int64(0))
	}
	e := New()
	f.Fuzz(func(t *testing.T, text string, days int64) {
		var date time.Time
		if days != 0 {
			date = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%5000))
		}
		d := model.Prepare(&model.Document{Text: text, Date: date})
		c := modeltest.New(d)
		var ms []model.Mention
		for _, found := range c.Extract(t, e) {
			for _, m := range found {
				if m.Kind != model.KindDate || m.Date == nil {
					t.Fatalf("bad mention %+v", m)
				}
				ms = append(ms, m)
			}
		}
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		for _, m := range Resolve(d, ms) {
			if err := c.Mention(&m); err != nil {
				t.Fatalf("after Resolve: %v", err)
			}
			if m.Date.Y == 0 || m.Date.Value() == "" {
				t.Fatalf("unresolved mention kept: %+v", *m.Date)
			}
			if _, _, ok := m.Date.Bounds(); !ok {
				t.Fatalf("no bounds: %+v", *m.Date)
			}
		}
	})
}
