package pipeline

import (
	"math"
	"time"

	"github.com/aidextract/aidextract/extractors/fx"
	"github.com/aidextract/aidextract/pipeline/model"
)

// resolveUSD fills value_usd, fx_rate and fx_date of every money mention
// (SCHEMA.md): a pair stated side by side ("€450 million (US$502
// million)") converts at the stated ratio with no fx_date; otherwise the
// rate is the ECB's on the mention's date: the most precise date mention in
// its sentence, else the most precise one of the last sentence before it
// that has one (not a "since" date), else the document date. It returns the
// number of amounts left without a US dollar value.
func resolveUSD(d *model.Doc, ms []model.Mention, rates *fx.Rates) (unconverted int) {
	// The narrative's date so far: the most precise date of the last
	// sentence that had one.
	var (
		lastDate     time.Time
		lastSentence = -1
		lastRank     int
	)
	for i := range ms {
		m := &ms[i]
		if m.Date != nil {
			first, _, ok := m.Date.Bounds()
			if !ok || m.Date.Modifier == "since" {
				continue
			}
			if m.Sentence != lastSentence {
				lastSentence, lastRank = m.Sentence, 0
			}
			if r := precisionRank[m.Date.Precision]; r >= lastRank {
				lastDate, lastRank = first, r
			}
			continue
		}
		mo := m.Money
		if mo == nil {
			continue
		}
		if mo.Currency == "USD" {
			mo.HasUSD, mo.ValueUSD, mo.FXRate = true, mo.Value, 1
			continue
		}
		if usd := pairedUSD(ms, i); usd != nil {
			mo.HasUSD, mo.ValueUSD = true, usd.Value
			mo.FXRate = usd.Value / mo.Value
			continue
		}
		day := sentenceDate(ms, i)
		if day.IsZero() {
			day = lastDate
		}
		if day.IsZero() || !d.Date.IsZero() && day.After(d.Date) {
			// An amount is stated in the document's present: a date
			// after it ("through 2036") is a plan, not a day with a rate.
			day = d.Date
		}
		if day.IsZero() || rates == nil {
			unconverted++
			continue
		}
		rate, _, ok := rates.USDPer(mo.Currency, day)
		if !ok {
			unconverted++
			continue
		}
		mo.HasUSD, mo.ValueUSD, mo.FXRate, mo.FXDate = true, cents(mo.Value*rate), rate, day
	}
	return unconverted
}

// eventUSD converts again every amount linked to a dated event, at the
// rate of the event's date: SCHEMA.md dates a conversion by the mention's
// event first, and the linker reads an event's date from more of the text
// (the narrative, "to date", a deadline) than resolveUSD sees. The event's
// amount_usd follows its amount's. It returns the change in the number of
// amounts left without a US dollar value.
func eventUSD(d *model.Doc, ms []model.Mention, evs []model.Event, rates *fx.Rates) (unconverted int) {
	if len(evs) == 0 || rates == nil {
		return 0
	}
	var byID map[string]*model.Event
	for i := range ms {
		mo := ms[i].Money
		if mo == nil || mo.EventID == "" || mo.Currency == "USD" || pairedUSD(ms, i) != nil {
			continue
		}
		if byID == nil {
			byID = make(map[string]*model.Event, len(evs))
			for k := range evs {
				e := &evs[k]
				s := d.Sentences[e.Sentence]
				cp, _ := d.View.Span(s.Start, s.End)
				byID[model.EventID(d.ID, cp, e.Seq)] = e
			}
		}
		e := byID[mo.EventID]
		if e == nil || e.Date == nil {
			continue
		}
		day, _, ok := e.Date.Bounds()
		if !ok {
			continue
		}
		if !d.Date.IsZero() && day.After(d.Date) {
			day = d.Date // a plan's date has no rate yet: as resolveUSD
		}
		if mo.HasUSD && day.Equal(mo.FXDate) {
			continue
		}
		rate, _, ok := rates.USDPer(mo.Currency, day)
		if !ok {
			continue // keep what the sentence's date gave
		}
		own := e.HasAmount && e.Currency == mo.Currency && e.Amount == mo.Value && e.HasUSD == mo.HasUSD && e.AmountUSD == mo.ValueUSD
		if !mo.HasUSD {
			unconverted--
		}
		mo.HasUSD, mo.ValueUSD, mo.FXRate, mo.FXDate = true, cents(mo.Value*rate), rate, day
		if own {
			e.HasUSD, e.AmountUSD = true, mo.ValueUSD
		}
	}
	return unconverted
}

// pairedUSD returns the US dollar amount stated right beside ms[i], if any.
func pairedUSD(ms []model.Mention, i int) *model.Money {
	if !ms[i].Money.Paired {
		return nil
	}
	for _, j := range []int{i + 1, i - 1} {
		if j >= 0 && j < len(ms) && ms[j].Money != nil && ms[j].Money.Paired && ms[j].Money.Currency == "USD" && ms[j].Sentence == ms[i].Sentence {
			return ms[j].Money
		}
	}
	return nil
}

// sentenceDate returns the first day of the most precise date mention in
// ms[i]'s sentence, the nearest one to the amount on a tie, preferring one
// before it. A "since" date is a starting point, not the amount's date, and
// is taken only when the sentence has no other.
func sentenceDate(ms []model.Mention, i int) time.Time {
	s := ms[i].Sentence
	best, bestRank, bestDist := time.Time{}, -1, 0
	consider := func(j int) {
		dm := ms[j].Date
		if dm == nil {
			return
		}
		first, _, ok := dm.Bounds()
		if !ok {
			return
		}
		rank := precisionRank[dm.Precision]
		if dm.Modifier != "since" {
			rank += 10
		}
		dist := i - j
		if dist < 0 {
			dist = -dist*2 + 1 // after the amount: farther than the same distance before
		} else {
			dist *= 2
		}
		if rank > bestRank || rank == bestRank && dist < bestDist {
			best, bestRank, bestDist = first, rank, dist
		}
	}
	for j := i - 1; j >= 0 && ms[j].Sentence == s; j-- {
		consider(j)
	}
	for j := i + 1; j < len(ms) && ms[j].Sentence == s; j++ {
		consider(j)
	}
	return best
}

var precisionRank = map[string]int{model.Year: 1, model.Quarter: 2, model.Month: 3, model.Day: 4}

// cents rounds a converted amount to whole cents: the rate's precision
// supports no more, and it keeps float noise out of the outputs.
func cents(v float64) float64 { return math.Round(v*100) / 100 }
