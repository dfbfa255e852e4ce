package events

import (
	"os"
	"testing"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// benchDoc is a document with its mentions, ready for Link.
type benchDoc struct {
	d  *model.Doc
	ms []model.Mention
}

// benchDocs prepares the bundled texts, and the first documents of the
// JSONL corpus named by $AIDEXTRACT_BENCH_CORPUS when it is set.
func benchDocs(b *testing.B) ([]benchDoc, int64) {
	b.Helper()
	s := newStages(b)
	texts := append(modeltest.BundledTexts(b, "../.."), modeltest.BenchCorpus(b, 60)...)
	var docs []benchDoc
	var size int64
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, t := range texts {
		d, ms, _ := s.run(t, day)
		docs = append(docs, benchDoc{d, ms})
		size += int64(len(t))
	}
	return docs, size
}

// BenchmarkLink links the mentions of the bundled texts. MB/s is
// megabytes of text linked per second.
func BenchmarkLink(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	docs, size := benchDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range docs {
			// Link marks the mentions it links; start each run afresh
			for i := range x.ms {
				if m := x.ms[i].Money; m != nil {
					m.EventID = ""
				}
				if m := x.ms[i].Materiel; m != nil {
					m.EventID = ""
				}
			}
			l.Link(x.d, x.ms)
		}
	}
}

// BenchmarkMayStart tries the windows of the seed text the way scan does,
// in lower case.
func BenchmarkMayStart(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	t := string(text)
	toks, low := tokenize(t, 0, len(t))
	b.SetBytes(int64(len(t)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			for n := 0; n < min(l.maxForm, len(toks)-i) && l.gaz.MayStart(low[toks[i].start:toks[i+n].end]); n++ {
			}
		}
	}
}
