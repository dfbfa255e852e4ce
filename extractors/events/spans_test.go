package events

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// outsideSpansRef is the pair-by-pair check outsideSpans replaced.
func outsideSpansRef(as []actor, toks []token, spans [][2]int) []actor {
	var kept []actor
	for _, a := range as {
		inside := false
		for _, sp := range spans {
			if toks[a.from].start < sp[1] && toks[a.to-1].end > sp[0] {
				inside = true
			}
		}
		if !inside {
			kept = append(kept, a)
		}
	}
	return kept
}

// outsideSpans keeps what the pair-by-pair check keeps: for random
// tokens, actors in text order, and spans in any order, overlapping,
// nested or empty.
func TestOutsideSpansSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var toks []token
		at := 0
		for range 1 + r.IntN(30) {
			at += r.IntN(3)
			n := 1 + r.IntN(4)
			toks = append(toks, token{start: at, end: at + n})
			at += n
		}
		var as []actor
		for i := 0; i < len(toks); {
			i += r.IntN(3)
			if i >= len(toks) {
				break
			}
			n := 1 + r.IntN(min(3, len(toks)-i))
			as = append(as, actor{from: i, to: i + n})
			i += n
		}
		var spans [][2]int
		for range r.IntN(6) {
			s := r.IntN(at + 2)
			spans = append(spans, [2]int{s, s + r.IntN(12)})
		}
		want := outsideSpansRef(as, toks, spans)
		got := outsideSpans(slices.Clone(as), toks, slices.Clone(spans))
		if !slices.Equal(got, want) {
			t.Fatalf("toks %v actors %v spans %v: kept %v, want %v", toks, as, spans, got, want)
		}
	}
}
