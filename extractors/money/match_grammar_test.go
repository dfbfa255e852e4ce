package money

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomClause strings together words of the test texts and the cues'
// own words, in random case, with spaces, punctuation and odd runes.
func randomClauses(t *testing.T, e *Extractor, n int) []string {
	var pieces []string
	for _, c := range cases {
		pieces = append(pieces, strings.Fields(c.text)...)
	}
	for w := range e.cueFilter.words {
		pieces = append(pieces, w, strings.ToUpper(w), strings.Title(w))
	}
	pieces = append(pieces, "$", "US$", "€", "£", "-", ",", ".", "(", ")", "é", "\u017f", "K", "\u212a", "1", "25", "3.5", "million", "bn", "to", "and", "of", "the", "for")
	r := rand.New(rand.NewPCG(61, 62))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			switch r.IntN(4) {
			case 0:
			case 1:
				b.WriteString("  ")
			default:
				b.WriteByte(' ')
			}
		}
		out[i] = b.String()
	}
	return out
}

// The backtracking search, with its gates, must agree with regexp for
// every anchored grammar, the cues' included, on random text.
func TestAnchoredRandom(t *testing.T) {
	e := newExtractor(t)
	as := []*anchored{e.scan.prefixAt, e.scan.suffixAt, e.scan.suffixCtx}
	for _, a := range e.cueFilter.at {
		if a != nil {
			as = append(as, a)
		}
	}
	if len(as) < 4 {
		t.Fatalf("only %d anchored grammars", len(as))
	}
	matched := 0
	for _, s := range randomClauses(t, e, 3000) {
		for _, a := range as {
			for p := range s {
				want := a.re.FindStringSubmatchIndex(s[p:])
				if got := a.find(s[p:]); !slices.Equal(got, want) {
					t.Fatalf("%s on %q: got %v, want %v", a.re, s[p:], got, want)
				}
				wantEnd := -1
				if want != nil {
					wantEnd = want[1]
					matched++
				}
				if got := a.end(s[p:]); got != wantEnd {
					t.Fatalf("%s on %q: end %d, want %d", a.re, s[p:], got, wantEnd)
				}
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d matches", matched)
	}
}

// mayBeKey must say yes for every word of ASCII word characters that is
// a key of the cue words once lowered.
func TestCueBloom(t *testing.T) {
	e := newExtractor(t)
	f := &e.cueFilter
	keys := 0
	for w := range f.words {
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return wordIndex[byte(r)] == 0 || r >= 0x80 }) >= 0 {
			continue
		}
		keys++
		for _, v := range []string{w, strings.ToUpper(w), strings.Title(w)} {
			if !f.mayBeKey(v) {
				t.Fatalf("mayBeKey(%q) = false", v)
			}
		}
	}
	if keys < 10 {
		t.Fatalf("only %d keys", keys)
	}
	r := rand.New(rand.NewPCG(63, 64))
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
	no := 0
	for range 200000 {
		b := make([]byte, 1+r.IntN(f.maxWord))
		for i := range b {
			b[i] = chars[r.IntN(len(chars))]
		}
		w := string(b)
		_, ok := f.words[strings.ToLower(w)]
		if ok && !f.mayBeKey(w) {
			t.Fatalf("mayBeKey(%q) = false for a key", w)
		}
		if !f.mayBeKey(w) {
			no++
		}
	}
	if no == 0 {
		t.Fatal("the bloom filter never says no")
	}
}
