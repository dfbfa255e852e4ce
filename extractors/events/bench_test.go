package events

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
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
	names, _ := filepath.Glob("../../testdata/holdout/corpus/*.txt")
	names = append([]string{"../../testdata/corpus/seed.txt"}, names...)
	var texts []string
	for _, n := range names {
		t, err := os.ReadFile(n)
		if err != nil {
			b.Skip(err)
		}
		texts = append(texts, string(t))
	}
	if c := os.Getenv("AIDEXTRACT_BENCH_CORPUS"); c != "" {
		f, err := os.Open(c)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for n := 0; n < 60 && sc.Scan(); n++ {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				texts = append(texts, rec.Text)
			}
		}
	}
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
