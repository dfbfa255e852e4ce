package money

import (
	"os"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestAnchoredAgreesWithRegexp checks the backtracking search against
// regexp on every place of the test texts and part of the reference
// article.
func TestAnchoredAgreesWithRegexp(t *testing.T) {
	e := newExtractor(t)
	var texts []string
	for _, c := range cases {
		texts = append(texts, c.text)
	}
	for _, c := range corpus {
		texts = append(texts, "They gave "+c.forms[0]+" and "+c.forms[len(c.forms)-1]+", or between "+c.forms[0]+" and "+c.forms[len(c.forms)-1])
	}
	texts = append(texts, negative...)
	texts = append(texts, "$ 5 - six billion to US$ seven hundred and fifty bn", "a K\u212a \u017fix million dollars", "half a billion-dollar 1 000 000 zł 2,000-pound")
	if b, err := os.ReadFile("../../testdata/corpus/seed.txt"); err == nil {
		n := min(len(b), 8000)
		for n < len(b) && !utf8.RuneStart(b[n]) {
			n++
		}
		texts = append(texts, string(b[:n]))
	}
	var buf []int
	for _, a := range []*anchored{e.scan.prefixAt, e.scan.suffixAt, e.scan.suffixCtx} {
		if !a.ok {
			t.Fatalf("%.40s...: not run by the backtracking search", a.re)
		}
		for _, text := range texts {
			for p := range text {
				got, want := a.find(text[p:]), a.re.FindStringSubmatchIndex(text[p:])
				if !slices.Equal(got, want) {
					t.Fatalf("%q: got %v, want %v", text[p:], got, want)
				}
				// into a buffer that holds the last answer, or too small
				if got := a.findInto(buf[:0], text[p:]); !slices.Equal(got, want) {
					t.Fatalf("%q: findInto got %v, want %v", text[p:], got, want)
				} else if got != nil {
					buf = got
				}
				if got := a.findInto(make([]int, 0, 1), text[p:]); !slices.Equal(got, want) {
					t.Fatalf("%q: findInto (small) got %v, want %v", text[p:], got, want)
				}
			}
		}
	}
}
