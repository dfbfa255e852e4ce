package money

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/aidextract/aidextract/pipeline/model"
)

//go:embed parts.txt
var partsTXT string

// partOpenings are parts.txt's openings, lower case.
var partOpenings = func() []string {
	var out []string
	for i, line := range strings.Split(partsTXT, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if line != strings.ToLower(line) {
			panic(fmt.Sprintf("parts.txt:%d: %q is not lower case", i+1, line))
		}
		out = append(out, line)
	}
	return out
}()

// Parts gives the amounts of a sentence that breaks down a total told just
// before it the role total: "The US has provided $113 billion in aid. This
// includes $4 billion in military assistance." A part of a tally is counted
// in it, no new package. ms are the document's mentions in text order;
// Parts changes roles in place.
func (e *Extractor) Parts(d *model.Doc, ms []model.Mention) {
	text := d.View.Text
	k := 0 // first mention not before the sentence
	prevTotal := false
	for _, s := range d.Sentences {
		for k < len(ms) && ms[k].Start < s.Start {
			k++
		}
		j := k
		last := -1
		for ; j < len(ms) && ms[j].Start < s.End; j++ {
			if ms[j].Kind == model.KindMoney && ms[j].Money != nil {
				last = j
			}
		}
		if last >= 0 && prevTotal && opensPart(text[s.Start:s.End]) {
			for i := k; i < j; i++ {
				if m := ms[i].Money; ms[i].Kind == model.KindMoney && m != nil && m.Role == "new" {
					m.Role = "total"
				}
			}
		}
		// a sentence with no amount breaks the chain
		prevTotal = last >= 0 && ms[last].Money.Role == "total"
		k = j
	}
}

// opensPart reports whether a sentence opens with one of parts.txt's
// openings.
func opensPart(s string) bool {
	s = strings.TrimLeft(s, " \t\n\"'“‘(")
	for _, o := range partOpenings {
		if len(s) >= len(o) && strings.EqualFold(s[:len(o)], o) && (len(s) == len(o) || !isASCIIWord(s[len(o)])) {
			return true
		}
	}
	return false
}
