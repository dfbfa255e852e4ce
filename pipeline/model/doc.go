// Package model holds the records every stage of the pipeline shares: the
// document, its matching view, its sentences and the typed mentions that
// extractors return. It has no logic beyond offset bookkeeping, so that
// extractors can depend on it without depending on the pipeline.
package model

import "time"

// Document is one input text. Text is the original text; every offset the
// pipeline writes is a code-point offset into it.
type Document struct {
	ID     string
	Source string // path, "-" for stdin, or path:line for JSONL records
	Format string // text, html or jsonl
	Title  string
	Date   time.Time // zero when unknown; UTC midnight otherwise
	Text   string

	Repaired int // invalid UTF-8 sequences replaced with U+FFFD while reading
}

// Doc is a document prepared for extraction: its matching view and sentences.
type Doc struct {
	*Document
	View      *View
	Sentences []Sentence
}

// Sentence is a span of the view. Start and End are byte offsets into
// View.Text, end exclusive.
type Sentence struct {
	Index      int
	Start, End int
}

// Text returns the sentence's text in the matching view.
func (s Sentence) Text(v *View) string { return v.Text[s.Start:s.End] }

// Extractor finds mentions of one kind in one sentence. Extract must be
// safe for concurrent use and must not keep d or s.
type Extractor interface {
	Name() string
	Extract(d *Doc, s Sentence) []Mention
}
