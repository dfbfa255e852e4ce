package numbers

import (
	"testing"

	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkScanCorpus scans every sentence of the JSONL corpus named by
// AIDEXTRACT_BENCH_CORPUS (skipped without it), past the cache of recent
// results, as the first extractor to ask about each sentence does.
func BenchmarkScanCorpus(b *testing.B) {
	docs, size := modeltest.BenchDocs(b)
	c, err := NewCountScanner()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf [8]Count
	for b.Loop() {
		for _, d := range docs {
			for _, s := range d.Sentences {
				c.scanInto(d.View.Text[s.Start:s.End], &buf)
			}
		}
	}
}
