package numbers

import "sort"

// NumberWords returns, in lower case and sorted, the words that
// WordsPattern is built from: every unit, tens, hundred, scale, fraction
// and dozen word, but not the abbreviations ("m", "bn"). Callers use it to
// tell cheaply whether a token can start a match of WordsPattern.
func (l *Lexicon) NumberWords() []string {
	var ws []string
	for w, e := range l.words {
		switch e.kind {
		case Unit, Tens, Hundred, Scale, Fraction, Dozen:
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	return ws
}

// MagnitudeWords returns, in lower case and sorted, the words that
// MagnitudePattern is built from: every scale word and abbreviation.
func (l *Lexicon) MagnitudeWords() []string {
	var ws []string
	for w, e := range l.words {
		if e.kind == Scale || e.kind == Abbrev {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	return ws
}
