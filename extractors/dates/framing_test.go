package dates

import (
	"math/rand"
	"strings"
	"testing"
)

// framingWordRef is the test framingWord replaces: the lower case of the
// whole text before the year, compared with the words.
func framingWordRef(s string) bool {
	switch strings.ToLower(s) {
	case "in", "during", "throughout", "by", "until", "through", "since", "for", "early in", "later in", "late in":
		return true
	}
	return false
}

func checkFramingWord(t *testing.T, s string) {
	t.Helper()
	if got, want := framingWord(s), framingWordRef(s); got != want {
		t.Fatalf("framingWord(%q) = %v, want %v", s, got, want)
	}
}

// framingTexts are the words in varied case, with runes that lower to
// ASCII or grow when lowered, and random strings of their letters.
func framingTexts() []string {
	words := []string{"in", "during", "throughout", "by", "until", "through", "since", "for", "early in", "later in", "late in"}
	odd := []string{"\u212a", "\u017f", "\u0130", "é", "\xff", " ", "  ", "x", "s", "S"}
	var texts []string
	for _, w := range words {
		texts = append(texts, w, strings.ToUpper(w), strings.Title(w), w+"s", "the "+w, w[:len(w)-1])
		for _, o := range odd {
			texts = append(texts, w+o, o+w, strings.Replace(w, "s", o, 1), strings.Replace(w, "i", o, 1))
		}
	}
	rng := rand.New(rand.NewSource(3))
	const letters = "inINduDUrgRGthTHoOByYlLaAeEsScCfF "
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(13) {
			if rng.Intn(15) == 0 {
				b.WriteString(odd[rng.Intn(len(odd))])
				continue
			}
			b.WriteByte(letters[rng.Intn(len(letters))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestFramingWordSameAsRef(t *testing.T) {
	for _, s := range framingTexts() {
		checkFramingWord(t, s)
	}
}

func FuzzFramingWord(f *testing.F) {
	for _, s := range framingTexts()[:200] {
		f.Add(s)
	}
	f.Fuzz(checkFramingWord)
}
