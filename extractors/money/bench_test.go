package money

import (
	"os"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// BenchmarkExtract runs Extract over every sentence of the reference article.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	d := model.Prepare(&model.Document{ID: "seed", Text: string(text)})
	e := newExtractor(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.Sentences {
			e.Extract(d, s)
		}
	}
}
