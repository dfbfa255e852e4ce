package donors

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// lowerASCII lowers the ASCII letters of s only, as the events linker
// hands surfaces to Walk.Grow.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestWalkMatchesMayStart grows random windows of words, most of them
// taken from the gazetteer's own forms and not-donor names, and checks at
// every step that Grow agrees with MayStart and that MayName is false only
// where Lookup and IsNotDonor both fail.
func TestWalkMatchesMayStart(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i := range g.Entries {
		names = append(names, g.Entries[i].Forms()...)
	}
	for _, nd := range g.NotDonors {
		names = append(names, nd.Name)
	}
	var words []string
	for _, n := range names {
		words = append(words, strings.Fields(n)...)
	}
	words = append(words, "the", "The", "THE", "'s", "s'", "Germany's", "States'", "howitzers", "and", "a", "x",
		"U.S.", "Ukraine\u2019s", "Café", "\xff", "un", "unit", "ki")
	seps := []string{" ", " ", " ", " ", ", ", "  ", "-", "\n", "\u00a0", "'", " the "}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	word := func() string {
		w := pick(words)
		switch rng.IntN(8) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			w += "'s"
		case 2:
			if len(w) > 1 {
				w = w[:1+rng.IntN(len(w)-1)] // a prefix
			}
		}
		return w
	}
	check := func(surfaces []string) {
		w := g.Walk()
		for _, s := range surfaces {
			low := lowerASCII(s)
			e, nd := g.Classify(s)
			we, wok := g.Lookup(s)
			if wnd := g.IsNotDonor(s); nd != wnd || !wnd && (e != we || (e != nil) != wok) {
				t.Fatalf("Classify(%q) = %v, %v; IsNotDonor %v, Lookup %v, %v", s, e, nd, wnd, we, wok)
			}
			got, want := w.Grow(low), g.MayStart(low)
			if got != want {
				t.Fatalf("Grow(%q) = %v, MayStart = %v (walk %q)", low, got, want, surfaces)
			}
			if me, mnd := g.ClassifyMark(s, w.Mark()); me != e || mnd != nd {
				t.Fatalf("ClassifyMark(%q) = %v, %v; Classify %v, %v (walk %q)", s, me, mnd, e, nd, surfaces)
			}
			if !want {
				return // the linker stops growing here
			}
			if !w.MayName() {
				if _, ok := g.Lookup(s); ok {
					t.Fatalf("MayName false for %q, which Lookup finds", s)
				}
				if g.IsNotDonor(s) {
					t.Fatalf("MayName false for %q, a not-donor", s)
				}
			}
		}
	}
	// every name, grown word by word as written
	for _, n := range names {
		var surfaces []string
		for i := 0; i <= len(n); i++ {
			if i == len(n) || n[i] == ' ' {
				surfaces = append(surfaces, n[:i])
			}
		}
		check(surfaces)
		check(append([]string(nil), "the", "the "+n))
	}
	for range 200000 {
		s := word()
		if rng.IntN(3) == 0 {
			s = pick(names)
		}
		surfaces := []string{s}
		for range rng.IntN(6) {
			s += pick(seps) + word()
			surfaces = append(surfaces, s)
		}
		check(surfaces)
	}
}

// A mark classifies its surface as Classify does after the walk has grown
// on, and on any surface a walk grows.
func TestClassifyMark(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i := range g.Entries {
		names = append(names, g.Entries[i].Forms()...)
	}
	for _, nd := range g.NotDonors {
		names = append(names, nd.Name)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		n := names[rng.IntN(len(names))]
		switch rng.IntN(4) {
		case 0:
			n = "The " + n
		case 1:
			n = strings.ToUpper(n)
		case 2:
			n = n + "'s " + names[rng.IntN(len(names))]
		}
		checkMarks(t, g, n)
	}
	for i := range g.Entries {
		for _, f := range g.Entries[i].Forms() {
			checkMarks(t, g, f)
			checkMarks(t, g, "the "+f)
		}
	}
}

// checkMarks grows a walk over the words of text, as the events linker
// does, and checks each step's mark once the walk is done.
func checkMarks(t *testing.T, g *Gazetteer, text string) {
	t.Helper()
	var surfaces []string
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			surfaces = append(surfaces, text[:i])
		}
	}
	w := g.Walk()
	var marks []Mark
	for _, s := range surfaces {
		w.Grow(lowerASCII(s))
		marks = append(marks, w.Mark())
	}
	for k, s := range surfaces {
		e, nd := g.Classify(s)
		if me, mnd := g.ClassifyMark(s, marks[k]); me != e || mnd != nd {
			t.Fatalf("ClassifyMark(%q) = %v, %v; Classify %v, %v", s, me, mnd, e, nd)
		}
	}
}
