package dates_test

import (
	"strconv"
	"testing"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkCorpus runs the date extractor over the documents of the JSONL
// corpus named by AIDEXTRACT_BENCH_CORPUS (skipped without it), one
// goroutine, sentence by sentence as the pipeline does.
func BenchmarkCorpus(b *testing.B) {
	texts := modeltest.BenchCorpus(b, 0)
	if texts == nil {
		b.Skip("AIDEXTRACT_BENCH_CORPUS not set")
	}
	var docs []*model.Doc
	size := 0
	for i, text := range texts {
		docs = append(docs, model.Prepare(&model.Document{ID: "bench-" + strconv.Itoa(i), Text: text}))
		size += len(text)
	}
	x := dates.New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for _, s := range d.Sentences {
				x.Extract(d, s)
			}
		}
	}
}
