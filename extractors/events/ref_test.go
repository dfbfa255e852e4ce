package events

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// appendTokensRef is appendTokens as it was: a word scanned a rune at a
// time, and its lower-case forms set in a second pass, sliced from low when
// the whole span is ASCII or the word is.
func appendTokensRef(toks []token, t, low string, base, start, end int) []token {
	first := len(toks)
	var high byte // the bytes of t[start:end] or'ed: ASCII when below 0x80
	i := start
	for i < end {
		if c := t[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else {
			high |= c
			if r, size := utf8.DecodeRuneInString(t[i:end]); !isWordRuneSlow(r) {
				i += size
				continue
			}
		}
		j := i
		for j < end {
			var r rune
			if c := t[j]; c < utf8.RuneSelf {
				if asciiWord[c] {
					j++
					continue
				}
				r = rune(c)
			} else {
				high |= c
				var size int
				if r, size = utf8.DecodeRuneInString(t[j:end]); isWordRuneSlow(r) {
					j += size
					continue
				}
			}
			if (r == '.' || r == ',') && j+1 < end {
				next, _ := utf8.DecodeRuneInString(t[j+1 : end])
				prev, _ := utf8.DecodeLastRuneInString(t[i:j])
				if r == '.' && unicode.IsLetter(next) && unicode.IsLetter(prev) && j-i <= 3 ||
					unicode.IsDigit(next) && unicode.IsDigit(prev) {
					j++
					continue
				}
			}
			if r == '.' && isDottedAbbrev(t[i:j]) {
				j++
			}
			break
		}
		if t[i] != '\'' || !onlyQuotes(t[i:j]) { // a word opens with its first byte
			toks = append(toks, token{start: i, end: j})
		}
		i = j
	}
	// every rune of t[start:end] was looked at, and its first byte is
	// 0x80 or more when the rune is not ASCII
	ascii := high < utf8.RuneSelf
	for k := first; k < len(toks); k++ {
		tk := &toks[k]
		if w := t[tk.start:tk.end]; ascii || isASCII(w) {
			tk.low = low[tk.start-base : tk.end-base]
		} else {
			tk.low = strings.ToLower(w) // a rune may change length
		}
	}
	return toks
}

// isASCII reports whether s is ASCII, for appendTokensRef.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// joinsRef is joins as it was: every gap lowered.
func joinsRef(gap string) bool {
	switch strings.ToLower(gap) {
	case ",", "and", ", and", "&", "as well as", "and the", ", the", ", and the", "or", "and its", "with":
		return true
	}
	return false
}

// bundledTexts returns the bundled corpus texts, skipping the test when
// there are none.
func bundledTexts(t testing.TB) []string {
	names, _ := filepath.Glob("../../testdata/holdout/corpus/*.txt")
	names = append([]string{"../../testdata/corpus/seed.txt"}, names...)
	var texts []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Skip(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// randomText mixes words, separators and odd runes that the tokenizer
// and the joiners treat specially: dotted abbreviations, decimals,
// apostrophes, capitals whose lower case changes length or is ASCII.
func randomText(rng *rand.Rand) string {
	parts := []string{"Germany", "U.S.", "U.S", "e.g.", "2.1", "17,000", "1,5", "a.b.c", "'", "''", "'s", "Ukraine's",
		"café", "ÉTAT", "İts", "\u212a", "\u1e9e", "\u2126", "\xff", "\xe2\x80", "and", "AND", "as well as", "with",
		"the", ",", ".", ";", ":", "-", " ", " ", "  ", "\n", "\u00a0", "\u2019", "x", "A", "9", "Ω", "日本"}
	var b strings.Builder
	for range rng.IntN(40) {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// appendTokens splits and lowers as it did, on random texts, their every
// span, and the bundled texts sentence by sentence.
func TestAppendTokensMatchesRef(t *testing.T) {
	check := func(text string, start, end int) {
		t.Helper()
		low := lowerASCII(text)
		got := appendTokens(nil, text, low, 0, start, end)
		want := appendTokensRef(nil, text, low, 0, start, end)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q [%d:%d]: tokens %v, want %v", text, start, end, got, want)
		}
		// a span's own lower case, offset by its start, as tokenize gives
		sub := lowerASCII(text[start:end])
		got = appendTokens(got[:0], text, sub, start, start, end)
		want = appendTokensRef(want[:0], text, sub, start, start, end)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q [%d:%d] by span: tokens %v, want %v", text, start, end, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		text := randomText(rng)
		check(text, 0, len(text))
		if len(text) > 0 {
			start := rng.IntN(len(text))
			check(text, start, start+rng.IntN(len(text)-start+1))
		}
	}
	for _, text := range bundledTexts(t) {
		d := model.Prepare(&model.Document{ID: "t", Text: text})
		check(d.View.Text, 0, len(d.View.Text))
		for _, s := range d.Sentences {
			check(d.View.Text, s.Start, s.End)
		}
	}
}

// FuzzAppendTokens checks appendTokens against appendTokensRef on any
// text and span.
func FuzzAppendTokens(f *testing.F) {
	for _, s := range []string{"U.S. sent 17,000 rounds.", "Ukraine's ÉTAT İts \u212a", "'' ' x'", "a.b. 2.1,3", "\xff\xfe word"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		start, end = clampSpan(text, start, end)
		low := lowerASCII(text)
		got := appendTokens(nil, text, low, 0, start, end)
		want := appendTokensRef(nil, text, low, 0, start, end)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q [%d:%d]: tokens %v, want %v", text, start, end, got, want)
		}
	})
}

// joins answers as lowering every gap did, on random gaps (short, long,
// with runes that lower to ASCII or change length) and on the text
// between every two tokens of the bundled texts.
func TestJoinsMatchesRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	joiners := []string{",", "and", ", and", "&", "as well as", "and the", ", the", ", and the", "or", "and its", "with"}
	odd := []string{"İ", "\u212a", "I", "A", "  ", "\u1e9e", "x"}
	for range 50000 {
		gap := joiners[rng.IntN(len(joiners))]
		for range rng.IntN(4) {
			k := rng.IntN(len(gap) + 1)
			gap = gap[:k] + odd[rng.IntN(len(odd))] + gap[k:]
		}
		if rng.IntN(3) == 0 {
			gap = strings.ToUpper(gap)
		}
		if rng.IntN(4) == 0 {
			gap = strings.Repeat(gap, 1+rng.IntN(6))
		}
		if got, want := joins(gap), joinsRef(gap); got != want {
			t.Fatalf("joins(%q) = %v, want %v", gap, got, want)
		}
		if text := randomText(rng); joins(text) != joinsRef(text) {
			t.Fatalf("joins(%q) = %v, want %v", text, joins(text), joinsRef(text))
		}
	}
	for _, text := range bundledTexts(t) {
		toks, _ := tokenize(text, 0, len(text))
		for i := 1; i < len(toks); i++ {
			for _, from := range []int{i - 1, max(0, i-4)} {
				gap := strings.TrimSpace(text[toks[from].end:toks[i].start])
				if got, want := joins(gap), joinsRef(gap); got != want {
					t.Fatalf("joins(%q) = %v, want %v", gap, got, want)
				}
			}
		}
	}
}

// FuzzJoins checks joins against joinsRef on any gap.
func FuzzJoins(f *testing.F) {
	for _, s := range []string{"and", ", AND THE", "as well as", "and İts", "w\u0130th", "\u212a", "as  well as"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, gap string) {
		if got, want := joins(gap), joinsRef(gap); got != want {
			t.Fatalf("joins(%q) = %v, want %v", gap, got, want)
		}
	})
}

// bruteFind is what trying every phrase of every table at every token
// finds, table by table.
func bruteFind(s *tableSet, toks []token) [][]hit {
	out := make([][]hit, len(s.tables))
	for ti, x := range s.tables {
		for i := range toks {
			for k := range x.phrases {
				if e, ok := x.phrases[k].match(toks, i); ok {
					out[ti] = append(out[ti], hit{from: i, to: e, idx: k})
				}
			}
		}
	}
	return out
}

// The set of tables finds in the bundled texts' sentences what trying
// every phrase does.
func TestTableSetMatchesBruteForceOnCorpus(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, text := range bundledTexts(t) {
		d := model.Prepare(&model.Document{ID: "t", Text: text})
		low := lowerASCII(d.View.Text)
		for _, s := range d.Sentences {
			toks := appendTokens(nil, d.View.Text, low, 0, s.Start, s.End)
			got := make([][]hit, len(l.set.tables))
			l.set.find(toks, got, new(findScratch))
			want := bruteFind(l.set, toks)
			for ti := range want {
				if len(got[ti])+len(want[ti]) > 0 && !reflect.DeepEqual(got[ti], want[ti]) {
					t.Fatalf("%q, table %d: set found %v, want %v", d.View.Text[s.Start:s.End], ti, got[ti], want[ti])
				}
				found += len(want[ti])
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d matches: the texts no longer exercise the set", found)
	}
}

// FuzzTableSet checks the set of tables against trying every phrase, on
// any text.
func FuzzTableSet(f *testing.F) {
	l, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Germany pledged 16 howitzers and delivered 5,000 rounds", "would not arrive", "the 22nd tranche of military aid"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := tokenize(text, 0, len(text))
		got := make([][]hit, len(l.set.tables))
		l.set.find(toks, got, new(findScratch))
		want := bruteFind(l.set, toks)
		for ti := range want {
			if len(got[ti])+len(want[ti]) > 0 && !reflect.DeepEqual(got[ti], want[ti]) {
				t.Fatalf("%q, table %d: set found %v, want %v", text, ti, got[ti], want[ti])
			}
		}
	})
}
