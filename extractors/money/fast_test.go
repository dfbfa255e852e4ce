package money

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// The gates before pairGap and including must never say no where the
// regular expressions match.
func TestGapGates(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\v", "(", "[", ",", "/", "~", "or", "Or", "i.e.", "equivalent to", "equal to",
		"about", "approximately", "some", "approx.", "including", "INCLUDED", "includes", "of which", "Of Which", "among them",
		"comprising", "with", "With", "up to", "more than", "x", "the", "é", "\u017f", "compri\u017fing", "e", "o", "i", ".", "-", ")"}
	r := rand.New(rand.NewPCG(11, 12))
	var pairs, incl int
	for range 200000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if m := pairGap.MatchString(s); m {
			pairs++
			if !mayPair(s) {
				t.Fatalf("mayPair(%q) = false, pairGap matches", s)
			}
		}
		if m := including.MatchString(s); m {
			incl++
			if !mayInclude(s) {
				t.Fatalf("mayInclude(%q) = false, including matches", s)
			}
		}
	}
	if pairs == 0 || incl == 0 {
		t.Fatalf("too few matches: %d pairs, %d including", pairs, incl)
	}
}

func TestIsASCIILetter(t *testing.T) {
	for b := 0; b < 256; b++ {
		want := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		if isASCIILetter(byte(b)) != want {
			t.Fatalf("isASCIILetter(%#x) = %v", b, !want)
		}
	}
}

// Extract with the scanner's fast paths (find, the cue filter, the kept
// tail clause) must give what the full search gives.
func TestFastSameAsFull(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	slow := *e
	slow.scan.fast = false
	pieces := []string{"$", "US$", "€", "£", "EUR", "eur", "USD", "dollars", "dollar", "euros", "rand", "won", "aid", "and", "had", "its",
		"rounds", "5", "12", "1,500", "2.5", "million", "bn", "billion", "m", "five", "twenty-one", "hundred", "a", "an", "to", "-",
		"between", "from", "(", ")", "or", ",", ";", "about", "up to", "more than", "including", "of which", "with", "total", "in total",
		"so far", "announced", "package", "worth", "cost", "Ukraine", "the", ".", "é", "zł", "1 000", "2024", "some", "i.e.", "/",
		"€5 million ($5.4 million)", "5 million euros (about 5.5 million dollars)", "$3 billion, or €2.7 billion", "EUR 10m / USD 11m",
		"£2bn (i.e. $2.5bn)", "$1-2 billion", "from $5 to $6 million"}
	r := rand.New(rand.NewPCG(13, 14))
	mentions, paired := 0, 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(4) != 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		d := model.Prepare(&model.Document{ID: "x", Text: text})
		s := model.Sentence{Start: 0, End: len(d.View.Text), Index: 0}
		got, want := e.Extract(d, s), slow.Extract(d, s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\nfast %+v\nfull %+v", d.View.Text, got, want)
		}
		mentions += len(got)
		for _, m := range got {
			if m.Money.Paired {
				paired++
			}
		}
	}
	if mentions < 5000 || paired < 500 {
		t.Fatalf("too few mentions: %d, %d paired", mentions, paired)
	}
	t.Logf("%d mentions, %d paired", mentions, paired)
}
