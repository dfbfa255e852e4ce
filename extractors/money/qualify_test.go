package money

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// qualifyRef is qualify as it was: the windows folded as strings.
func (e *Extractor) qualifyRef(text string, c candidate) string {
	n := e.maxPhrase + 8
	lead := foldSuffix(strings.TrimRight(text[:c.start], " "), n)
	tail := foldPrefix(strings.TrimLeft(text[c.end:], " "), n)
	for _, q := range e.qualifiers {
		if q.after {
			if strings.HasPrefix(tail, q.phrase) && !isWordByte(tail, len(q.phrase)) {
				return q.value
			}
			continue
		}
		if strings.HasSuffix(lead, q.phrase) && !isWordByte(lead, len(lead)-len(q.phrase)-1) {
			return q.value
		}
	}
	return model.Exact
}

func TestQualifySameAsRef(t *testing.T) {
	e := newExtractor(t)
	var pieces []string
	for _, q := range e.qualifiers {
		pieces = append(pieces, q.phrase, strings.ToUpper(q.phrase), strings.ReplaceAll(q.phrase, " ", "  \t"), strings.ReplaceAll(q.phrase, " ", "\n"))
	}
	pieces = append(pieces, " ", "  ", "\t", "\n", "\v", "\r\n", "x", "Xy", "the", "aid", "é", "É", "\u212a", "\u0130", "\xff", "1", "_", ",", ".", "(", "$5", "-", strings.Repeat("long words ", 12), strings.Repeat(" ", 40), strings.Repeat("\t \n", 30))
	r := rand.New(rand.NewPCG(65, 66))
	quals := 0
	for range 100000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		start := b.Len()
		b.WriteString("$5 million")
		end := b.Len()
		for range r.IntN(10) {
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		c := candidate{start: start, end: end}
		got, want := e.qualify(s, c), e.qualifyRef(s, c)
		if got != want {
			t.Fatalf("qualify(%q) = %q, want %q", s, got, want)
		}
		if got != model.Exact {
			quals++
		}
	}
	if quals < 10000 {
		t.Fatalf("only %d qualified", quals)
	}
}

// FuzzQualify compares qualify with qualifyRef around an amount placed
// between any two texts.
func FuzzQualify(f *testing.F) {
	f.Add("up to ", " or more")
	f.Add("MORE  THAN\t", ", roughly")
	f.Add("é about", "")
	e := newExtractor(f)
	f.Fuzz(func(t *testing.T, before, after string) {
		s := before + "$5 million" + after
		c := candidate{start: len(before), end: len(before) + len("$5 million")}
		if got, want := e.qualify(s, c), e.qualifyRef(s, c); got != want {
			t.Fatalf("qualify(%q) = %q, want %q", s, got, want)
		}
	})
}
