package numbers

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// findsNothingAt must never rule out a word where countAt finds a count:
// tried on every number word, article and vague phrase, on words that
// share their first and last letters and length with one of them, in
// any case, and on the words of the reference article.
func TestFindsNothingAtSound(t *testing.T) {
	c := newCounts(t)
	ws := []string{"a", "an"}
	for w := range c.numStarts {
		ws = append(ws, w)
	}
	for _, p := range c.vague {
		ws = append(ws, p.first, p.phrase)
	}
	r := rand.New(rand.NewPCG(11, 12))
	for _, w := range ws[:len(ws):len(ws)] {
		for range 20 {
			b := []byte(w)
			for k := 1; k < len(b)-1; k++ {
				if r.IntN(3) == 0 {
					b[k] = byte('a' + r.IntN(26))
				}
			}
			if r.IntN(2) == 0 {
				b[0] -= 'a' - 'A'
			}
			ws = append(ws, string(b))
		}
	}
	if text, err := os.ReadFile("../../testdata/corpus/seed.txt"); err == nil {
		ws = append(ws, strings.Fields(string(text))...)
	}
	after := []string{"", " ", " tanks", " dozen", " of soldiers", "-five", " hundred", ",", " more", "\"", " and a half"}
	for _, w := range ws {
		for _, tail := range after {
			for _, head := range []string{"", " ", "about "} {
				s := head + w + tail
				i := len(head)
				if i >= len(s) || !isASCIILetter(s[i]) {
					continue
				}
				nothing, _ := c.findsNothingAt(s, i)
				var cnt Count
				if _, ok := c.countAt(s, i, &cnt); ok && nothing {
					t.Fatalf("findsNothingAt(%q, %d) = true, countAt finds %+v", s, i, cnt)
				}
			}
		}
	}
}
