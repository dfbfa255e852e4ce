package model

import (
	"reflect"
	"strings"
	"testing"
)

// wrapped is a release hard-wrapped at about 70 columns, with a heading,
// a date line and a list.
const wrapped = `MEDIA STATEMENT
31 Mar 2022
The Government will provide further military support to Ukraine in
response to the invasion, at the request of the Ukrainian Government.
To meet that request, we will provide an additional $25 million of
defensive military assistance for the Ukrainian Armed Forces.
This will bring our total military assistance so far to
$116 million.
The package includes:
- tactical decoys and unmanned aerial and unmanned ground systems
- rations and medical supplies
Canada will provide $3.02
billion in critical financial and military support to Ukraine in 2024.
In addition, the Prime
Minister announced new support for resilience and recovery efforts.
Overview of Programs Since 2014
Prime Minister, Minister for Defence
The United States has used a variety of security assistance programs.`

func TestViewUnwrapsHardWrappedLines(t *testing.T) {
	v := NewView(wrapped)
	var got []string
	for _, s := range SplitSentences(v.Text) {
		got = append(got, v.Text[s.Start:s.End])
	}
	want := []string{
		"MEDIA STATEMENT",
		"31 Mar 2022",
		"The Government will provide further military support to Ukraine in response to the invasion, at the request of the Ukrainian Government.",
		"To meet that request, we will provide an additional $25 million of defensive military assistance for the Ukrainian Armed Forces.",
		"This will bring our total military assistance so far to $116 million.",
		"The package includes:",
		"- tactical decoys and unmanned aerial and unmanned ground systems",
		"- rations and medical supplies",
		"Canada will provide $3.02 billion in critical financial and military support to Ukraine in 2024.",
		"In addition, the Prime Minister announced new support for resilience and recovery efforts.",
		"Overview of Programs Since 2014",
		"Prime Minister, Minister for Defence",
		"The United States has used a variety of security assistance programs.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences of the wrapped text:\n got  %q\n want %q", got, want)
	}
	// a joined break is a space in the view, and the view keeps offsets
	if len(v.Text) != len(wrapped) {
		t.Errorf("view is %d bytes, want the original's %d", len(v.Text), len(wrapped))
	}
	if cp, _ := v.Span(strings.Index(v.Text, "$116"), strings.Index(v.Text, "$116")+4); cp != strings.Index(wrapped, "$116") {
		t.Errorf("$116 maps to code point %d, want %d", cp, strings.Index(wrapped, "$116"))
	}
}

func TestJoinsLines(t *testing.T) {
	tests := []struct {
		in   string // one "\n" is the break asked about
		want bool
	}{
		// a line going on in lower case, in any text
		{"Canada will provide $3.02\nbillion in support.", true},
		{"It was announced by the Prime Minister\nand the Minister for Defence.", true},
		// a short line going on in lower case is an item of a list
		{"tactical decoys\nrations", false},
		// a sentence, a heading's colon, a closing quote end a line
		{"The package was announced today.\nthe next one follows.", false},
		{"The package includes:\nammunition for artillery", false},
		{"“Prime Minister announces support for Ukraine”\nand more", false},
		// a blank line, a list item, an upper-case line in a text of long lines
		{"Canada will provide support to Ukraine\n\nbillion", false},
		{"Canada will provide support to Ukraine and\n- more", false},
		{"Canada will provide support to Ukraine and\n2. more", false},
		{"Background\nIn 2014, Russia annexed Crimea.", false},
	}
	for _, tt := range tests {
		i := strings.IndexByte(tt.in, '\n')
		if got := joinsLines(tt.in, i, wrapWidth(tt.in)); got != tt.want {
			t.Errorf("joinsLines(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestWrapWidth(t *testing.T) {
	if w := wrapWidth(wrapped); w < 60 || w > 75 {
		t.Errorf("wrapWidth(wrapped) = %d, want about 70", w)
	}
	paragraphs := strings.Repeat("In 2023, the United States announced a further package of military aid to Ukraine worth $300 million, including ammunition and vehicles.\n\n", 8)
	if w := wrapWidth(paragraphs); w != 0 {
		t.Errorf("wrapWidth(paragraphs on lines of their own) = %d, want 0", w)
	}
	list := strings.Repeat("- 10 armoured vehicles\n", 10)
	if w := wrapWidth(list); w != 0 {
		t.Errorf("wrapWidth(a list) = %d, want 0", w)
	}
}
