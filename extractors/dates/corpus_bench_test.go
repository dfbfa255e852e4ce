package dates_test

import (
	"testing"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkCorpus runs the date extractor over the documents of the JSONL
// corpus named by AIDEXTRACT_BENCH_CORPUS (skipped without it), one
// goroutine, sentence by sentence as the pipeline does.
func BenchmarkCorpus(b *testing.B) {
	docs, size := modeltest.BenchDocs(b)
	x := dates.New()
	modeltest.BenchExtract(b, docs, size, x)
}
