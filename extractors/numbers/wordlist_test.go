package numbers

import (
	"regexp"
	"testing"
)

func TestNumberWords(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := regexp.MustCompile(`^(?:` + l.WordsPattern() + `)$`)
	ws := l.NumberWords()
	if len(ws) == 0 {
		t.Fatal("no words")
	}
	in := map[string]bool{}
	for _, w := range ws {
		in[w] = true
		if !words.MatchString(w) {
			t.Errorf("%q does not match WordsPattern", w)
		}
	}
	for w := range l.words {
		if !in[w] && words.MatchString(w) {
			t.Errorf("%q matches WordsPattern but is not listed", w)
		}
	}
	mag := regexp.MustCompile(`^(?:` + l.MagnitudePattern() + `)$`)
	in = map[string]bool{}
	for _, w := range l.MagnitudeWords() {
		in[w] = true
		if !mag.MatchString(w) || l.Magnitude(w) == 0 {
			t.Errorf("%q is not a magnitude", w)
		}
	}
	for w := range l.words {
		if !in[w] && mag.MatchString(w) {
			t.Errorf("%q matches MagnitudePattern but is not listed", w)
		}
	}
}
