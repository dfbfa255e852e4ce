package numbers

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// The cheap tests and hand-written matchers of CountScanner must agree
// with the regular expressions they stand in for.
func TestFastPathsMatchRegexps(t *testing.T) {
	c := newCounts(t)
	pieces := []string{
		"1", "12", "123", "1234", "12,345", "1,234,567", "1,23", "12,3456", ".", ".5", "3.25", ",", "-", " - ", " ", "  ", "\t", "\n",
		"million", "Million", "MILLION", "billion", "bn", "thousand", "thousands", "lakh", "la\u212ah", "crore", "trillion", "millionaire",
		"a", "A", "an", "An", "and", "one", "two", "twenty", "hundred", "dozen", "half", "five", "fivefold", "five5", "\u017fix", "six",
		"dozens", "of", "\"", "\"hundreds\"", "several", "tens", "few", "scores", "x", "_", "é", "\u00a0", "apples",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 6000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			want := c.num.FindStringIndex(s[i:])
			if got, want := fmtCount(c.vagueAt(s, i)), fmtCount(naiveVagueAt(c, s, i)); got != want {
				t.Fatalf("vagueAt(%q, %d) = %s, want %s", s, i, got, want)
			}
			if !c.mayStartNumber(s, i) {
				if want != nil {
					t.Fatalf("mayStartNumber(%q, %d) = false, num matches %q", s, i, s[i:i+want[1]])
				}
				continue
			}
			if n, ok := c.numAt(s, i); ok != (want != nil) || ok && !reflect.DeepEqual([]int{0, n}, want) {
				t.Fatalf("numAt(%q, %d) = %v %v, want %v", s, i, n, ok, want)
			}
			for _, p := range c.vague {
				want := -1
				if loc := p.re.FindStringIndex(s[i:]); loc != nil {
					want = loc[1]
				}
				if got, sure := vagueMatch(s[i:], p.words); sure && got != want {
					t.Fatalf("vagueMatch(%q, %q) = %d, want %d", s[i:], p.phrase, got, want)
				}
			}
		}
	}
}

func fmtCount(c Count, ok bool) string {
	if !ok {
		return "none"
	}
	return fmt.Sprintf("%+v", c)
}

// naiveVagueAt is vagueAt as it was before its cheap tests: every phrase's
// regular expression at i.
func naiveVagueAt(c *CountScanner, text string, i int) (Count, bool) {
	for _, p := range c.vague {
		loc := p.re.FindStringIndex(text[i:])
		if loc == nil {
			continue
		}
		end := i + loc[1]
		if end < len(text) && text[end] == '"' {
			end++
		}
		if isAlnumRune(runeAt(text, end)) {
			continue
		}
		cnt := Count{Start: i, End: end, QualStart: i, Qualifier: "vague", Vague: p.value,
			Rule: fmt.Sprintf("counts/vague@%s:%d", CountsFile, p.line)}
		c.fill(text, &cnt)
		return cnt, true
	}
	return Count{}, false
}
