package pipeline

import (
	"os"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

func BenchmarkStages(b *testing.B) {
	text, _ := os.ReadFile("../testdata/corpus/seed.txt")
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	doc := &model.Document{ID: "seed", Text: string(text)}
	d := model.Prepare(doc)
	b.Run("prepare", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			model.Prepare(doc)
		}
	})
	for _, x := range p.extractors {
		b.Run(x.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for range b.N {
				for _, s := range d.Sentences {
					x.Extract(d, s)
				}
			}
		})
	}
	b.Run("process", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for range b.N {
			p.Process(doc)
		}
	})
}
