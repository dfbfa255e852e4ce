package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestViewFolds(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"€450\u00a0million", "€450 million"},
		{"18\u201320 January", "18-20 January"},
		{"aid\u2014mostly", "aid-mostly"},
		{"\u201cquoted\u201d and \u2018single\u2019", `"quoted" and 'single'`},
		{"thin\u2009space", "thin space"},
		{"soft\u00adhyphen", "softhyphen"},
		{"HARM air-launched⁴:¹⁷ anti-radiation", "HARM air-launched anti-radiation"},
		{"Ben Hodges.ᵉˣᶜᵉˢˢⁱᵛᵉ ᶜⁱᵗᵃᵗⁱᵒⁿˢTo reach", "Ben Hodges. To reach"},
		{"systems\".¹⁵:¹⁵ᵐⁱⁿᵘᵗᵉ ²⁰:²⁵\n\nOn", "systems\".\n\nOn"},
		{"aid.[12] Next[a] and[citation needed].", "aid. Next and."},
		{"keeps [brackets] and [2022 note]", "keeps [brackets] and [2022 note]"},
		{"line\r\nbreak", "line\nbreak"},
	}
	for _, tt := range tests {
		v := NewView(tt.in)
		if v.Text != tt.want {
			t.Errorf("NewView(%q).Text = %q, want %q", tt.in, v.Text, tt.want)
		}
	}
}

// Every view span must map back to original text whose folded form is the
// view text, with code-point offsets.
func TestViewOriginal(t *testing.T) {
	orig := "On 24\u00a0February 2022, €450\u00a0million⁴:¹⁷ (US$502 million) — “aid”."
	v := NewView(orig)
	runes := []rune(orig)
	for _, word := range []string{"24 February 2022", "€450 million", "US$502 million", "\"aid\""} {
		i := strings.Index(v.Text, word)
		if i < 0 {
			t.Fatalf("%q not in view %q", word, v.Text)
		}
		cs, ce, text := v.Original(i, i+len(word))
		if got := string(runes[cs:ce]); got != text {
			t.Errorf("Original(%q) text %q != runes[%d:%d] %q", word, text, cs, ce, got)
		}
		if NewView(text).Text != word {
			t.Errorf("Original(%q) = %q, which folds to %q", word, text, NewView(text).Text)
		}
	}
	if v.Len() != utf8.RuneCountInString(orig) {
		t.Errorf("Len = %d, want %d", v.Len(), utf8.RuneCountInString(orig))
	}
}
