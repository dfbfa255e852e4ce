package model_test

import (
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkNewView builds the views of the bundled texts.
func BenchmarkNewView(b *testing.B) {
	texts := modeltest.BundledTexts(b, "../..")
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			model.NewView(t)
		}
	}
}

// BenchmarkViewOriginal maps every sentence of the bundled texts back to
// the original, as the extractors and the writers do.
func BenchmarkViewOriginal(b *testing.B) {
	var docs []*model.Doc
	for _, t := range modeltest.BundledTexts(b, "../..") {
		docs = append(docs, model.Prepare(&model.Document{Text: t}))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for _, s := range d.Sentences {
				d.View.Span(s.Start, s.End)
				d.View.Original(s.Start, s.End)
			}
		}
	}
}
