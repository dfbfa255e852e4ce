package materiel_test

import (
	"testing"

	"github.com/aidextract/aidextract/extractors/materiel"
	"github.com/aidextract/aidextract/extractors/money"
	"github.com/aidextract/aidextract/extractors/personnel"
	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkCorpus runs the extractors over the documents of the JSONL
// corpus named by AIDEXTRACT_BENCH_CORPUS (skipped without it), one
// goroutine, sentence by sentence as the pipeline does.
func BenchmarkCorpus(b *testing.B) {
	docs, size := modeltest.BenchDocs(b)
	mat, err := materiel.New()
	if err != nil {
		b.Fatal(err)
	}
	mon, err := money.New()
	if err != nil {
		b.Fatal(err)
	}
	per, err := personnel.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, x := range []model.Extractor{mat, per, mon} {
		b.Run(x.Name(), func(b *testing.B) { modeltest.BenchExtract(b, docs, size, x) })
	}
}
