package money

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// letterEndRef is the loop letterEnd replaces.
func letterEndRef(s string, i int) int {
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

func checkLetterEnd(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := letterEnd(s, i), letterEndRef(s, i); got != want {
			t.Fatalf("letterEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

// TestLetterEnd compares letterEnd with the plain loop on every byte
// value around each letter, on random text and on the reference article.
func TestLetterEnd(t *testing.T) {
	for b := 0; b < 256; b++ {
		for n := 0; n < 17; n++ {
			for k := 0; k <= n; k++ {
				word := []byte(strings.Repeat("aZ", 9)[:n])
				if k < n {
					word[k] = byte(b)
				}
				checkLetterEnd(t, string(word))
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"aid", "Million", "USD", "z", "Z", "a", "A", "@", "[", "`", "{", " ", "-", "1", "é", "\u212a", "\xff", "\x80", "\xc1", "\xda", "\xfa"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkLetterEnd(t, b.String())
	}
	raw, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		t.Skip(err)
	}
	checkLetterEnd(t, string(raw))
}

func FuzzLetterEnd(f *testing.F) {
	f.Add("Ukraine received $1.5 billion")
	f.Add("zZ@[`{\xff\x80é")
	f.Fuzz(func(t *testing.T, s string) {
		checkLetterEnd(t, s)
	})
}

// FuzzHasCurrency compares hasCurrency with hasCurrencyRef.
func FuzzHasCurrency(f *testing.F) {
	f.Add("Ukraine received $1.5 billion")
	f.Add("5 million euros and 3 UAH; ſt \u212a kroner")
	e := newExtractor(f)
	s := &e.scan
	f.Fuzz(func(t *testing.T, text string) {
		gf, gh := s.hasCurrency(text, nil)
		wf, wh := s.hasCurrencyRef(text, nil)
		if gh != wh || !gh && gf != wf {
			t.Fatalf("hasCurrency(%q) = %v, %v; want %v, %v", text, gf, gh, wf, wh)
		}
	})
}

// TestHasCurrencyRealText compares hasCurrency with hasCurrencyRef on the
// sentences of the reference article, as written and in capitals.
func TestHasCurrencyRealText(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		t.Skip(err)
	}
	s := &newExtractor(t).scan
	found := 0
	for _, line := range strings.Split(string(raw)+"\n"+strings.ToUpper(string(raw)), ".") {
		gf, gh := s.hasCurrency(line, nil)
		wf, wh := s.hasCurrencyRef(line, nil)
		if gh != wh || !gh && gf != wf {
			t.Fatalf("hasCurrency(%q) = %v, %v; want %v, %v", line, gf, gh, wf, wh)
		}
		if gf {
			found++
		}
	}
	if found == 0 {
		t.Error("no currency found")
	}
}
