package modeltest

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// BundledTexts returns the texts of the bundled corpus and of the held-out
// corpus, the seed first. root is the repository's root as seen from the
// test's package ("../.." from extractors/events). A missing file skips
// the test.
func BundledTexts(tb testing.TB, root string) []string {
	tb.Helper()
	names, _ := filepath.Glob(filepath.Join(root, "testdata/holdout/corpus/*.txt"))
	names = append([]string{filepath.Join(root, "testdata/corpus/seed.txt")}, names...)
	var texts []string
	for _, n := range names {
		t, err := os.ReadFile(n)
		if err != nil {
			tb.Skip(err)
		}
		texts = append(texts, string(t))
	}
	return texts
}

// BenchCorpus returns the texts of the first max records (every record
// when max <= 0) of the JSONL corpus named by $AIDEXTRACT_BENCH_CORPUS
// (make one with `go run ./cmd/benchcorpus gen`), or nil when it is not
// set. Records that do not parse are left out.
func BenchCorpus(tb testing.TB, max int) []string {
	tb.Helper()
	path := os.Getenv("AIDEXTRACT_BENCH_CORPUS")
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() && (max <= 0 || len(texts) < max) {
		var rec struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			texts = append(texts, rec.Text)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchDocs prepares the documents of BenchCorpus(tb, 0), and returns them
// with the bytes of text they hold; it skips tb when no corpus is named.
func BenchDocs(tb testing.TB) ([]*model.Doc, int) {
	tb.Helper()
	texts := BenchCorpus(tb, 0)
	if texts == nil {
		tb.Skip("AIDEXTRACT_BENCH_CORPUS not set")
	}
	docs := make([]*model.Doc, len(texts))
	size := 0
	for i, text := range texts {
		docs[i] = model.Prepare(&model.Document{ID: "bench-" + strconv.Itoa(i), Text: text})
		size += len(text)
	}
	return docs, size
}

// BenchExtract is an extractor's corpus benchmark: it runs x over docs
// (size bytes of text, from BenchDocs) on one goroutine, sentence by
// sentence as the pipeline does.
func BenchExtract(b *testing.B, docs []*model.Doc, size int, x model.Extractor) {
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
