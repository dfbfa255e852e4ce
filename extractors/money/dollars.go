package money

import (
	"strings"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Dollars gives a bare "$" amount the dollar its document names for the
// same figure. A bare "$" means US dollars, but a text that writes "34
// million Canadian dollars" and then quotes a minister's "about $34
// million" means Canadian dollars both times: the context says otherwise,
// and this is the context that can be read without guessing. A figure the
// document names in two other dollars is left alone. ms are the document's
// mentions, text the text their offsets point into; Dollars changes the
// currency in place.
func (e *Extractor) Dollars(text string, ms []model.Mention) {
	type named struct {
		value float64
		iso   string
	}
	var seen []named // few: a document names another dollar a handful of times
	for i := range ms {
		m := ms[i].Money
		if ms[i].Kind != model.KindMoney || m == nil || !e.dollars[m.Currency] || m.Currency == "USD" {
			continue
		}
		seen = append(seen, named{m.Value, m.Currency})
	}
	if len(seen) == 0 {
		return
	}
	for i := range ms {
		m := ms[i].Money
		if ms[i].Kind != model.KindMoney || m == nil || m.Currency != "USD" || !bareDollar(text[ms[i].Start:ms[i].End]) {
			continue
		}
		iso := ""
		for _, n := range seen {
			if n.value != m.Value {
				continue
			}
			if iso != "" && iso != n.iso {
				iso = "" // two dollars name this figure: no telling
				break
			}
			iso = n.iso
		}
		if iso != "" {
			m.Currency = iso
		}
	}
}

// bareDollar reports whether an amount is written with "$" alone: "$34
// million", "$ 75 million", not "US$5 million" or "C$5 million".
func bareDollar(s string) bool {
	return strings.HasPrefix(s, "$")
}
