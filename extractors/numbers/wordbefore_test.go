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
