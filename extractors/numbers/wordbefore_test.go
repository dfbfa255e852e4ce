package numbers

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// rawWordBeforeRef is rawWordBefore rune by rune, as it was.
func rawWordBeforeRef(s string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' && r != '\n' && r != '(' && r != '"' {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' {
			break
		}
		k -= n
	}
	return strings.TrimRight(s[k:j], ",")
}

func TestRawWordBeforeSameAsRef(t *testing.T) {
	pieces := []string{" ", "  ", "\n", "\t", "\v", "\f", "\r", "(", "\"", ",", "model", "No.", "Mk", "é", "\u00a0", "\u0085", "\u2003", "\xff", "\xc3", "12", "x", "-", ")"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			if got, want := rawWordBefore(s, i), rawWordBeforeRef(s, i); got != want {
				t.Fatalf("rawWordBefore(%q, %d) = %q, want %q", s, i, got, want)
			}
		}
	}
}

// markedBeforeRef is markedBefore as numberAt had it: the prefix test,
// then the date words before a year, each lowering the word.
func markedBeforeRef(c *CountScanner, text string, i int, year bool) bool {
	if c.prefixes[strings.ToLower(rawWordBefore(text, i))] {
		return true
	}
	if year {
		wb := strings.ToLower(rawWordBefore(text, i))
		return c.dateWords[wb] || c.dateWords[strings.TrimSuffix(wb, ".")] || isDigits(wb)
	}
	return false
}

func TestMarkedBeforeSameAsRef(t *testing.T) {
	c := newCounts(t)
	pieces := []string{" ", "  ", "\n", "(", "\"", ",", ".", "model", "Model", "MODEL", "No.", "no", "NO.", "Mk", "é", "\u212a", "\xff", "12", "2022", "x", "-",
		"abcdefghijklmnopqrstuvwxyz", "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉ", "İ"}
	for w := range c.prefixes {
		pieces = append(pieces, w, strings.ToUpper(w), w+".")
	}
	for w := range c.dateWords {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:]+".")
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			for _, year := range []bool{false, true} {
				if got, want := c.markedBefore(s, i, year), markedBeforeRef(c, s, i, year); got != want {
					t.Fatalf("markedBefore(%q, %d, %v) = %v, want %v", s, i, year, got, want)
				}
			}
		}
	}
}
