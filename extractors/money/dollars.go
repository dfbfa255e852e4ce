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
// document names in two other dollars is left alone. The other way round,
// a bare "$" that a country named beside it made a local dollar (local.tsv)
// is the US dollar again when the document states that figure as the US
// equivalent of another amount: "over C$5 billion ($3.7 billion)", then
// "Canada Provided Ukraine Over $3.7Bln". ms are the document's mentions,
// text the text their offsets point into; Dollars changes the currency in
// place.
func (e *Extractor) Dollars(text string, ms []model.Mention) {
	type named struct {
		value float64
		iso   string
	}
	var seen []named // few: a document names another dollar a handful of times
	var local bool   // some bare "$" is not USD
	for i := range ms {
		m := ms[i].Money
		if ms[i].Kind != model.KindMoney || m == nil || !e.dollars[m.Currency] {
			continue
		}
		bare := e.bareDollar(text[ms[i].Start:ms[i].End])
		switch {
		case m.Currency == "USD" && m.Paired:
			seen = append(seen, named{m.Value, "USD"})
		case m.Currency == "USD":
		case bare:
			local = true
		default:
			seen = append(seen, named{m.Value, m.Currency})
		}
	}
	if len(seen) == 0 {
		return
	}
	for i := range ms {
		m := ms[i].Money
		if ms[i].Kind != model.KindMoney || m == nil || m.Paired || !e.dollars[m.Currency] || !e.bareDollar(text[ms[i].Start:ms[i].End]) {
			continue
		}
		if m.Currency != "USD" && !local {
			continue
		}
		iso := ""
		for _, n := range seen {
			if n.value != m.Value || n.iso == m.Currency {
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
// million", "$ 75 million", not "US$5 million", "C$5 million" or "$5
// million Cdn".
func (e *Extractor) bareDollar(s string) bool {
	if !strings.HasPrefix(s, "$") {
		return false
	}
	if cu := e.currencies["$"]; cu != nil && isASCIILetter(s[len(s)-1]) {
		// a code ends with a letter; most amounts end with a digit or a
		// magnitude ("million"), read only then
		for _, sf := range cu.suffixes {
			if strings.HasSuffix(s, sf.code) && len(s) > len(sf.code) && s[len(s)-len(sf.code)-1] == ' ' {
				return false
			}
		}
	}
	return true
}
