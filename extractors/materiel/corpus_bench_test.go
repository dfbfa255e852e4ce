package materiel_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/aidextract/aidextract/extractors/materiel"
	"github.com/aidextract/aidextract/extractors/money"
	"github.com/aidextract/aidextract/extractors/personnel"
	"github.com/aidextract/aidextract/pipeline/model"
)

// BenchmarkCorpus runs the extractors over the documents of the JSONL
// corpus named by AIDEXTRACT_BENCH_CORPUS (skipped without it), one
// goroutine, sentence by sentence as the pipeline does.
func BenchmarkCorpus(b *testing.B) {
	path := os.Getenv("AIDEXTRACT_BENCH_CORPUS")
	if path == "" {
		b.Skip("AIDEXTRACT_BENCH_CORPUS not set")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var docs []*model.Doc
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var rec struct{ ID, Text string }
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		docs = append(docs, model.Prepare(&model.Document{ID: rec.ID, Text: rec.Text}))
		size += len(rec.Text)
	}
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
		b.Run(x.Name(), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					for _, s := range d.Sentences {
						x.Extract(d, s)
					}
				}
			}
		})
	}
}
