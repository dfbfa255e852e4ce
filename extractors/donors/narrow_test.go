package donors

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// narrowRef is narrow as it was: two binary searches per byte, down to
// the last start.
func (g *Gazetteer) narrowRef(sp span, s string) span {
	n := int(sp.n)
	if n == 0 && len(s) >= 2 { // the first two bytes by table
		p := int(s[0])<<8 | int(s[1])
		sp = span{g.byPair[p], g.byPair[p+1], 2}
		n = 2
	}
	for ; n < len(s) && sp.lo < sp.hi; n++ {
		c := s[n]
		// in the span, the starts of n bytes come first (none can begin
		// with s), then the longer ones in order of their byte n
		lo, hi := sp.lo, sp.hi
		for lo < hi {
			m := int32(uint32(lo+hi) >> 1)
			if t := g.starts[m]; len(t) > n && t[n] >= c {
				hi = m
			} else {
				lo = m + 1
			}
		}
		first := lo
		hi = sp.hi
		for lo < hi {
			m := int32(uint32(lo+hi) >> 1)
			if g.starts[m][n] > c {
				hi = m
			} else {
				lo = m + 1
			}
		}
		sp.lo, sp.hi = first, lo
	}
	sp.n = int32(len(s))
	return sp
}

// sameSpan reports whether two spans hold the same starts: any two empty
// spans do.
func sameSpan(a, b span) bool {
	if a.lo >= a.hi || b.lo >= b.hi {
		return a.lo >= a.hi && b.lo >= b.hi && a.n == b.n
	}
	return a == b
}

// checkNarrow narrows by every prefix of s that ends a word, each from
// the last, with narrow and narrowRef.
func checkNarrow(t *testing.T, g *Gazetteer, s string) {
	t.Helper()
	got := span{0, int32(len(g.starts)), 0}
	want := got
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != ' ' && i%3 != 0 {
			continue
		}
		got, want = g.narrow(got, s[:i]), g.narrowRef(want, s[:i])
		if !sameSpan(got, want) {
			t.Fatalf("narrow(%q) = %v, want %v", s[:i], got, want)
		}
	}
}

// narrow finds the starts narrowRef does, on the starts themselves, their
// prefixes and random strings of their bytes.
func TestNarrowMatchesRef(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for _, s := range g.starts {
		checkNarrow(t, g, s)
		checkNarrow(t, g, s+"s")
		checkNarrow(t, g, "the "+s)
		checkNarrow(t, g, s[:len(s)-1]+"x")
	}
	for range 100000 {
		var b strings.Builder
		for range 1 + rng.IntN(3) {
			s := g.starts[rng.IntN(len(g.starts))]
			b.WriteString(s[:1+rng.IntN(len(s))])
		}
		checkNarrow(t, g, b.String())
	}
}

// FuzzNarrow checks narrow against narrowRef on any string.
func FuzzNarrow(f *testing.F) {
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"united states", "the netherlands", "nato", "u.s.", "e", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNarrow(t, g, s) })
}
