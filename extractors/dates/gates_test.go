package dates

import (
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
)

// refAtomAt is atomAt as it was before the gates of relativeAt, numericAt,
// dayFirstAt and bareYearAt and the narrower quarterGate: each reader
// tried whenever the kind of token i allows it.
func (sc *scanner) refAtomAt(i int) (atom, bool) {
	t := &sc.toks[i]
	wi := t.info
	if t.kind != 'n' && (wi == nil || !wi.starter) {
		return atom{}, false
	}
	if wi != nil && wi.fwd[tableAnchors] != nil {
		if at, ok := sc.anchorAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' || wi != nil && (wi.fwd[tableRelative] != nil || wi.isNumber) || t.low == "the" {
		if at, ok := sc.relativeAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' {
		if at, ok := sc.numericAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'w' && wi != nil && wi.fiscal {
		if at, ok := sc.fiscalAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' && i+1 < len(sc.toks) && sc.toks[i+1].kind == 'w' || t.kind == 'w' && wi != nil && wi.quarter {
		if at, ok := sc.quarterAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' {
		if at, ok := sc.dayFirstAt(i); ok {
			return at, true
		}
	}
	if wi != nil && wi.isMonth {
		if at, ok := sc.monthFirstAt(i); ok {
			return at, true
		}
	}
	if wi != nil && wi.isWeekday {
		if at, ok := sc.weekdayAt(i); ok {
			return at, true
		}
	}
	if wi != nil && wi.isSeason {
		if at, ok := sc.seasonAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' {
		return sc.bareYearAt(i)
	}
	return atom{}, false
}

// compareAtomAt checks atomAt against refAtomAt at every token of text.
func compareAtomAt(t *testing.T, lx *lexicon, text string) (found int) {
	t.Helper()
	sc := &scanner{lx: lx, text: text}
	sc.toks = tokenizeInto(nil, text, lx)
	for i := range sc.toks {
		got, gok := sc.atomAt(i)
		want, wok := sc.refAtomAt(i)
		if gok != wok || !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: atomAt(%d) = %+v, %v; want %+v, %v", text, i, got, gok, want, wok)
		}
		if gok {
			found++
		}
	}
	return found
}

// TestAtomAtSameAsRef: the gates change no atom, on random text and on the
// reference article.
func TestAtomAtSameAsRef(t *testing.T) {
	lx := sharedLexicon
	rng := rand.New(rand.NewSource(3))
	vocab := append(testVocabulary(), "Q3", "Q", "FY24", "fiscal year 2023", "the second quarter of 2024", "3rd quarter",
		"2023 Q3", "Q3/2023", "first quarter", "the last quarter", "2022-02-24", "24.02.2022", "24/02/2022", "3 days later",
		"two days ago", "one day after", "the eve of the summit", "18-20 January", "2014-2021", "2014-15", "the day before",
		"the next day", "a day later", "31st", "1st of March", "3 and 5 May")
	seps := []string{" ", " ", "", "/", "-", ".", ", ", "\n"}
	found := 0
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for w := rng.Intn(20); w >= 0; w-- {
			b.WriteString(randomCase(rng, vocab[rng.Intn(len(vocab))]))
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		found += compareAtomAt(t, lx, b.String())
	}
	if found < 10000 {
		t.Errorf("only %d atoms found", found)
	}
	raw, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		compareAtomAt(t, lx, line)
	}
}

func FuzzAtomAt(f *testing.F) {
	for _, s := range []string{
		"On 24 February 2022, Russia invaded Ukraine. The next day, the EU acted.",
		"By mid-2023 2,000 soldiers; FY24; Q3 2023; the second quarter of 2024; 3rd quarter",
		"2014-2021 2022-23 1999/2000 31/12/2022 2022-02-30 24.02.2022 two days earlier",
		"the eve of the 13th meeting; 3 and 5 May; 18-20 January 2023",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		compareAtomAt(t, sharedLexicon, text)
	})
}

// FuzzTokenizer compares the tokenizer with the plain one.
func FuzzTokenizer(f *testing.F) {
	for _, s := range []string{"The Next day, MARCH 3rd", "straße Ünder ſt \u212a FY2024 q3", "HOWITZERS-Kilometres fourth"} {
		f.Add(s)
	}
	e := New()
	f.Fuzz(func(t *testing.T, text string) {
		compareTokenizers(t, e, text)
	})
}

// TestMayBeKey: no key of ASCII letters is ruled out, in any case.
func TestMayBeKey(t *testing.T) {
	lx := sharedLexicon
	n := 0
	for _, e := range lx.table {
		if len(e.key) < 2 || strings.Trim(e.key, lowerLetters) != "" {
			continue
		}
		for _, w := range []string{e.key, strings.ToUpper(e.key), strings.ToUpper(e.key[:1]) + e.key[1:]} {
			if !lx.mayBeKey(w) {
				t.Errorf("mayBeKey(%q) = false", w)
			}
		}
		n++
	}
	if n < 100 {
		t.Errorf("only %d keys checked", n)
	}
}
