package cuewin

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// fieldStartAfter, asked about one end many times with any n, and then
// about another end, must answer as fieldStart.
func TestFieldStartAfter(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var tx Text
	for range 5000 {
		s := randText(r)
		tx.Reset(s, nil)
		for range 6 {
			end := r.IntN(len(s) + 1)
			tail := s[end:tx.clauseEnd(end)]
			for range 8 {
				n := r.IntN(12) - 2
				if got, want := tx.fieldStartAfter(end, tail, n), fieldStart(tail, n); got != want {
					t.Fatalf("fieldStartAfter(%d, %q, %d) = %d, want %d", end, tail, n, got, want)
				}
			}
		}
	}
}

// After about one end for every cue and several reaches in a row, as the
// extractors ask, must answer as the plain search.
func TestAfterOneEndManyCues(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var cues []*Cue
	for _, p := range testCues {
		c, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		cues = append(cues, c)
	}
	set := NewSet(cues...)
	var reused Text
	for range 3000 {
		s := randText(r)
		reused.Reset(s, set)
		for range 4 {
			j := r.IntN(len(s) + 1)
			for _, c := range cues {
				for range 3 {
					reach := r.IntN(10) - 1
					n, ok := reused.After(c, j, reach)
					wn, wok := naiveAfter(c.re, s, j, reach)
					if ok != wok || ok && n != wn {
						t.Fatalf("After(%q, %q, %d, %d) = %d, %v; want %d, %v", c.re, s, j, reach, n, ok, wn, wok)
					}
				}
			}
		}
	}
}

// Reset must find the semicolons and candidates that the byte-by-byte
// loop it had found.
func TestResetSameAsRef(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var cues []*Cue
	for _, p := range testCues {
		c, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		cues = append(cues, c)
	}
	set := NewSet(cues...)
	var tx Text
	cands := 0
	for range 20000 {
		s := randText(r)
		tx.Reset(s, set)
		var semis []int
		var want []cand
		var present uint64
		all := strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")
		for i := 0; i < len(s); i++ {
			b := s[i]
			if b == ';' {
				semis = append(semis, i)
			}
			if all || !set.first[lowerASCII(b)] || i > 0 && isWordByte(s[i-1]) == isWordByte(b) {
				continue
			}
			if m := set.startsAt(s, i); m != 0 {
				want = append(want, cand{i, m})
				present |= m
			}
		}
		if tx.all != all || !slices.Equal(tx.semis, semis) || !slices.Equal(tx.cands, want) || tx.present != present {
			t.Fatalf("Reset(%q): all %v semis %v cands %v present %x; want %v %v %v %x", s, tx.all, tx.semis, tx.cands, tx.present, all, semis, want, present)
		}
		cands += len(want)
	}
	if cands < 10000 {
		t.Fatalf("only %d candidates", cands)
	}
}
