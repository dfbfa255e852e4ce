package money

import (
	"slices"
	"testing"
)

func TestDollars(t *testing.T) {
	e := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []string // currency of every amount, in text order
	}{
		{"a figure named in Canadian dollars, then with $ alone",
			"Canada is providing 34 million Canadian dollars ($25.5 million) to Ukraine. \"Canada will provide about $34 million,\" the minister said.",
			[]string{"CAD", "USD", "CAD"}},
		{"a figure written with C$, then with $ alone; the stated US equivalent stays",
			"Canada has provided over C$5 billion ($3.7 billion). \"We've put on the table over $5 billion,\" Anand said.",
			[]string{"CAD", "USD", "CAD"}},
		{"a figure a country's name made a local dollar, stated before as a US equivalent, is US dollars",
			"Canada has provided over C$5 billion ($3.7 billion). Canada Provided Ukraine Over $3.7Bln, Will Give More.",
			[]string{"CAD", "USD", "USD"}},
		{"a local dollar with no US equivalent of its figure stays",
			"Canada has provided over C$5 billion ($3.7 billion). Canada will give $500 million more.",
			[]string{"CAD", "USD", "CAD"}},
		{"a dollar named by its code is no bare dollar",
			"Canada has provided over C$5 billion ($3.7 billion). Canada gave $3.7 billion Cdn.",
			[]string{"CAD", "USD", "CAD"}},
		{"another figure with $ alone stays US dollars",
			"Australia gave A$50 million. The US gave $400 million.",
			[]string{"AUD", "USD"}},
		{"written US dollars are never moved",
			"Canada gave C$500 million and the US gave US$500 million.",
			[]string{"CAD", "USD"}},
		{"a figure named in two other dollars: no telling",
			"Canada gave C$20 million and Australia A$20 million. Another $20 million followed.",
			[]string{"CAD", "AUD", "USD"}},
		{"not a dollar: euros never move a $ amount",
			"Germany gave €34 million. The US gave $34 million.",
			[]string{"EUR", "USD"}},
	} {
		d, ms := extractAll(e, c.text)
		e.Dollars(d.View.Text, ms)
		var got []string
		for _, m := range ms {
			got = append(got, m.Money.Currency)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: currencies %v, want %v", c.name, got, c.want)
		}
	}
}
