package events

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// TestScanGateMatchesWalk scans random sentences, most of their words
// taken from the gazetteer's forms and not-donor names and the phrase
// tables, cut, cased and joined in odd ways, with the gate on and off
// (a walk started at every token): the actors and phrases found must be
// the same.
func TestScanGateMatchesWalk(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	slow := *l
	slow.noGate = true
	var words []string
	for i := range l.gaz.Entries {
		for _, f := range l.gaz.Entries[i].Forms() {
			words = append(words, f)
			words = append(words, strings.Fields(f)...)
		}
	}
	for _, nd := range l.gaz.NotDonors {
		words = append(words, nd.Name)
		words = append(words, strings.Fields(nd.Name)...)
	}
	for _, x := range l.set.tables {
		for _, p := range x.phrases {
			for _, pt := range p.toks {
				if !isGap(pt) && pt != numberToken {
					words = append(words, strings.TrimSuffix(pt, "*"))
				}
			}
		}
	}
	words = append(words, "the", "The", "THE", "'s", "s'", "Germany's", "States'", "howitzers", "and", "a", "x",
		"U.S.", "U.S", "Ukraine\u2019s", "Café", "\xff", "un", "unit", "ki", "\u212Aiev", "Kyivʼs", "İstanbul", "12", "1,500")
	seps := []string{" ", " ", " ", " ", ", ", "  ", "-", "\n", "\u00a0", "'", "\u2019", ".", " the ", " The ", "/", "\u2014"}
	rng := rand.New(rand.NewPCG(5, 6))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	word := func() string {
		w := pick(words)
		switch rng.IntN(10) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w += "'s"
		case 2:
			w += "s"
		case 3:
			if len(w) > 1 {
				w = w[:1+rng.IntN(len(w)-1)] // a prefix
			}
		case 4:
			if len(w) > 1 {
				w = w[rng.IntN(len(w)):] // a suffix
			}
		}
		return w
	}
	named := 0
	for range 30000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(12) {
			if k > 0 {
				b.WriteString(pick(seps))
			}
			b.WriteString(word())
		}
		text := b.String()
		d := model.Prepare(&model.Document{ID: "t", Text: text})
		low := lowerASCII(d.View.Text)
		for _, s := range d.Sentences {
			toks := appendTokens(nil, d.View.Text, low, 0, s.Start, s.End)
			var got, want sentence
			var ga, wa []actor
			l.scan(&got, d, s, nil, toks, low, &ga)
			slow.scan(&want, d, s, nil, toks, low, &wa)
			if g, w := fmt.Sprint(got.actors, got.trig, got.marks), fmt.Sprint(want.actors, want.trig, want.marks); g != w {
				t.Fatalf("%q: gated scan found %s, want %s", text, g, w)
			}
			named += len(want.actors)
		}
	}
	if named < 10000 {
		t.Errorf("only %d actors: the sentences no longer exercise the gate", named)
	}
}

// The id table answers as the vocabulary map does, for its words and for
// others: prefixes, longer words, other cases, bytes of any kind.
func TestIDTableMatchesVocab(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	check := func(w string) {
		want, ok := l.set.vocab[w]
		if !ok {
			want = -1
		}
		if got := l.set.ids.get(w); got != want {
			t.Fatalf("get(%q) = %d, want %d", w, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	var words []string
	for w := range l.set.vocab {
		words = append(words, w)
		check(w)
		for k := range len(w) {
			check(w[:k])
			check(w[k:])
		}
		check(w + "s")
		check(strings.ToUpper(w))
	}
	check("")
	for range 200000 {
		b := make([]byte, rng.IntN(12))
		for k := range b {
			b[k] = "abcdefghijklmnopqrstuvwxyz0123456789'.,\xff"[rng.IntN(40)]
		}
		check(string(b))
		check(words[rng.IntN(len(words))] + string(b))
	}
}
