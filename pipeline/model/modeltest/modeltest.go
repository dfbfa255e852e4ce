// Package modeltest checks the offset promises of package model, for the
// tests and fuzz targets of the extractors and the pipeline: every span an
// extractor returns lies within the document, on rune boundaries, and maps
// back to original text such that text == doc[char_start:char_end] in code
// points.
package modeltest

import (
	"fmt"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Checker checks spans of one prepared document.
type Checker struct {
	d     *model.Doc
	runes []rune // the original text's code points
	valid bool   // the original text is valid UTF-8
}

// New returns a checker for d.
func New(d *model.Doc) *Checker {
	return &Checker{d: d, runes: []rune(d.Text), valid: utf8.ValidString(d.Text)}
}

// Span checks a byte span [start, end) of the view: within the view text,
// start <= end, both ends on rune boundaries, and its original text (as
// View.Original gives it) is exactly the code points [char_start,
// char_end) of the document, which lie within the document. An empty span
// maps to an empty text.
func (c *Checker) Span(start, end int) error {
	vt := c.d.View.Text
	if start < 0 || end > len(vt) || start > end {
		return fmt.Errorf("span [%d,%d) outside the view (%d bytes)", start, end, len(vt))
	}
	if start < len(vt) && !utf8.RuneStart(vt[start]) || end < len(vt) && !utf8.RuneStart(vt[end]) {
		return fmt.Errorf("span [%d,%d) not on rune boundaries of %q", start, end, vt)
	}
	cs, ce, text := c.d.View.Original(start, end)
	if cs < 0 || ce > len(c.runes) || cs > ce {
		return fmt.Errorf("span [%d,%d) maps to code points [%d,%d) outside the document (%d code points)", start, end, cs, ce, len(c.runes))
	}
	if start == end {
		if cs != ce || text != "" {
			return fmt.Errorf("empty span [%d,%d) maps to [%d,%d) %q", start, end, cs, ce, text)
		}
		return nil
	}
	if cs == ce {
		return fmt.Errorf("span [%d,%d) %q maps to no original text", start, end, vt[start:end])
	}
	want := string(c.runes[cs:ce])
	got := text
	if !c.valid {
		// Invalid bytes read as U+FFFD in both.
		got = string([]rune(text))
	}
	if got != want {
		return fmt.Errorf("span [%d,%d): text %q != doc[%d:%d] %q", start, end, text, cs, ce, want)
	}
	return nil
}

// Mention checks a mention: a non-empty span (see Span) within its
// sentence, and the payload that matches its kind.
func (c *Checker) Mention(m *model.Mention) error {
	if m.Start >= m.End {
		return fmt.Errorf("%v mention has an empty span [%d,%d)", m.Kind, m.Start, m.End)
	}
	if err := c.Span(m.Start, m.End); err != nil {
		return fmt.Errorf("%v mention (%s): %w", m.Kind, m.Rule, err)
	}
	if m.Sentence < 0 || m.Sentence >= len(c.d.Sentences) {
		return fmt.Errorf("%v mention [%d,%d) in sentence %d of %d", m.Kind, m.Start, m.End, m.Sentence, len(c.d.Sentences))
	}
	if s := c.d.Sentences[m.Sentence]; m.Start < s.Start || m.End > s.End {
		return fmt.Errorf("%v mention [%d,%d) outside its sentence %d [%d,%d)", m.Kind, m.Start, m.End, m.Sentence, s.Start, s.End)
	}
	ok := false
	switch m.Kind {
	case model.KindMoney:
		ok = m.Money != nil && m.Date == nil && m.Materiel == nil && m.Personnel == nil
	case model.KindDate:
		ok = m.Date != nil && m.Money == nil && m.Materiel == nil && m.Personnel == nil
	case model.KindMateriel:
		ok = m.Materiel != nil && m.Money == nil && m.Date == nil && m.Personnel == nil
	case model.KindPersonnel:
		ok = m.Personnel != nil && m.Money == nil && m.Date == nil && m.Materiel == nil
	}
	if !ok {
		return fmt.Errorf("mention of kind %v with the wrong payload: %+v", m.Kind, *m)
	}
	return nil
}

// Event checks an event: a non-empty span (see Span) within its sentence.
func (c *Checker) Event(e *model.Event) error {
	if e.Start >= e.End {
		return fmt.Errorf("event has an empty span [%d,%d)", e.Start, e.End)
	}
	if err := c.Span(e.Start, e.End); err != nil {
		return fmt.Errorf("event (%s): %w", e.Rule, err)
	}
	if e.Sentence < 0 || e.Sentence >= len(c.d.Sentences) {
		return fmt.Errorf("event [%d,%d) in sentence %d of %d", e.Start, e.End, e.Sentence, len(c.d.Sentences))
	}
	if s := c.d.Sentences[e.Sentence]; e.Start < s.Start || e.End > s.End {
		return fmt.Errorf("event [%d,%d) outside its sentence %d [%d,%d)", e.Start, e.End, e.Sentence, s.Start, s.End)
	}
	if e.Seq < 0 || e.Confidence < 0 || e.Confidence > 1 {
		return fmt.Errorf("event [%d,%d): seq %d, confidence %v", e.Start, e.End, e.Seq, e.Confidence)
	}
	return nil
}

// Sentences checks the sentences of the document: in order, numbered from
// 0, non-empty, trimmed, on rune boundaries, each a valid span (see Span),
// and nothing but white space between them.
func (c *Checker) Sentences() error {
	vt := c.d.View.Text
	prev := 0
	for i, s := range c.d.Sentences {
		if s.Index != i {
			return fmt.Errorf("sentence %d has index %d", i, s.Index)
		}
		if s.Start < prev || s.Start >= s.End || s.End > len(vt) {
			return fmt.Errorf("sentence %d [%d,%d) out of order or empty (previous ends at %d, view %d bytes)", i, s.Start, s.End, prev, len(vt))
		}
		if gap := vt[prev:s.Start]; !isSpace(gap) {
			return fmt.Errorf("text %q before sentence %d is in no sentence", gap, i)
		}
		if isSpace(vt[s.Start:s.Start+1]) || isSpace(vt[s.End-1:s.End]) {
			return fmt.Errorf("sentence %d %q is not trimmed", i, vt[s.Start:s.End])
		}
		if err := c.Span(s.Start, s.End); err != nil {
			return fmt.Errorf("sentence %d: %w", i, err)
		}
		prev = s.End
	}
	if gap := vt[prev:]; !isSpace(gap) {
		return fmt.Errorf("text %q after the last sentence is in no sentence", gap)
	}
	return nil
}

// isSpace reports whether s is only the white space the sentence splitter
// trims.
func isSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\t', '\r':
		default:
			return false
		}
	}
	return true
}
