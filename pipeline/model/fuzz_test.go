package model_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// folded are characters the matching view never holds: it folds them to
// ASCII, or drops them.
const folded = "\u00a0\u2007\u202f\u2009\u3000\u200b\u200d\u2060\ufeff\u00ad\u2010\u2013\u2014\u2212\u2018\u2019\u02bc\u201c\u201d\u201e\u00ab\u00bb\r\t\v\f"

// FuzzView fuzzes the text normaliser: NewView never panics, whatever the
// input; the view holds none of the folded characters; and every span of
// whole runes of the view maps back to the original text, within it, with
// text == doc[char_start:char_end] in code points, in order.
func FuzzView(f *testing.F) {
	for _, s := range []string{
		"On 24\u00a0February 2022, €450\u00a0million⁴:¹⁷ (US$502 million).",
		"ᵉˣᶜᵉˢˢⁱᵛᵉ ᶜⁱᵗᵃᵗⁱᵒⁿˢ[1][a]\r\n",
		"aid.[12] Next[a] and[citation needed]. [[1]1] [note 3]",
		"\u201cquoted\u201d \u2018s\u2019 18\u201320 soft\u00adhyphen zero\u200bwidth \ufeff\r\r\n\t\v\f",
		"caf\xe9 \xff\xfe ¹\xff² [\xff]",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := model.NewView(s)
		if n := utf8.RuneCountInString(s); v.Len() != n {
			t.Fatalf("Len %d, want %d code points", v.Len(), n)
		}
		valid := utf8.ValidString(s)
		if valid && !utf8.ValidString(v.Text) {
			t.Fatalf("view %q of valid text is not valid UTF-8", v.Text)
		}
		if valid && strings.ContainsAny(v.Text, folded) {
			t.Fatalf("view %q holds a character it folds", v.Text)
		}
		d := &model.Doc{Document: &model.Document{Text: s}, View: v}
		c := modeltest.New(d)
		if err := c.Span(0, len(v.Text)); err != nil {
			t.Fatalf("whole view: %v", err)
		}
		if err := c.Span(len(v.Text), len(v.Text)); err != nil {
			t.Fatalf("end of the view: %v", err)
		}
		prevEnd := 0
		for i := 0; i < len(v.Text); {
			_, size := utf8.DecodeRuneInString(v.Text[i:])
			if err := c.Span(i, i+size); err != nil {
				t.Fatal(err)
			}
			cs, ce, _ := v.Original(i, i+size)
			if cs < prevEnd {
				t.Fatalf("view rune at %d maps to [%d,%d), before the previous rune's end %d", i, cs, ce, prevEnd)
			}
			prevEnd = ce
			i += size
		}
	})
}

// FuzzSplitSentences fuzzes the sentence splitter, on prepared documents
// and on raw text: sentences never panic, come in order, are non-empty,
// trimmed, on rune boundaries, hold no line break, leave out nothing but
// white space, and map back to the original text (see modeltest).
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith met Gen. J. Doe. The U.S. sent aid. It was 3.5 bn.\nNext line!",
		"\"Quoted.\" (Bracketed.) [Ref.] e.g. this. U.K. The end... Really?! Yes.",
		"  \n\n . . .\r\n\t.\u00a0A",
		"Dec. 2022. Inc. Ltd. a.m. 10 p.m. Then",
		"é. É. \xff. \xfe",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := model.Prepare(&model.Document{Text: s})
		if err := modeltest.New(d).Sentences(); err != nil {
			t.Fatalf("prepared: %v", err)
		}
		for _, sn := range d.Sentences {
			if strings.Contains(sn.Text(d.View), "\n") {
				t.Fatalf("sentence %q holds a line break", sn.Text(d.View))
			}
		}
		// On raw text too, though the pipeline only splits views.
		valid := utf8.ValidString(s)
		prev := 0
		for i, sn := range model.SplitSentences(s) {
			if sn.Index != i || sn.Start < prev || sn.Start >= sn.End || sn.End > len(s) {
				t.Fatalf("raw sentence %d %+v after %d in %d bytes", i, sn, prev, len(s))
			}
			if strings.Trim(s[prev:sn.Start], " \n\t\r") != "" {
				t.Fatalf("raw text %q is in no sentence", s[prev:sn.Start])
			}
			if valid && (!utf8.RuneStart(s[sn.Start]) || sn.End < len(s) && !utf8.RuneStart(s[sn.End])) {
				t.Fatalf("raw sentence %+v not on rune boundaries", sn)
			}
			if strings.Contains(s[sn.Start:sn.End], "\n") {
				t.Fatalf("raw sentence %q holds a line break", s[sn.Start:sn.End])
			}
			prev = sn.End
		}
		if strings.Trim(s[prev:], " \n\t\r") != "" {
			t.Fatalf("raw text %q after the last sentence is in no sentence", s[prev:])
		}
	})
}
