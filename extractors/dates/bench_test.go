package dates

import (
	"os"
	"sort"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// benchDoc prepares the reference article.
func benchDoc(b *testing.B) *model.Doc {
	b.Helper()
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	return model.Prepare(&model.Document{ID: "seed", Text: string(text)})
}

// BenchmarkExtract runs Extract over every sentence of the reference article.
func BenchmarkExtract(b *testing.B) {
	d := benchDoc(b)
	e := New()
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.Sentences {
			e.Extract(d, s)
		}
	}
}

// BenchmarkResolve resolves the date mentions of the reference article. Each
// round starts from fresh copies of the extracted dates, since Resolve
// updates them in place.
func BenchmarkResolve(b *testing.B) {
	d := benchDoc(b)
	e := New()
	var orig []model.Mention
	for _, s := range d.Sentences {
		orig = append(orig, e.Extract(d, s)...)
	}
	sort.SliceStable(orig, func(i, j int) bool { return orig[i].Start < orig[j].Start })
	ms := make([]model.Mention, len(orig))
	dates := make([]model.Date, len(orig))
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		copy(ms, orig)
		for i := range ms {
			dates[i] = *orig[i].Date
			ms[i].Date = &dates[i]
		}
		Resolve(d, ms)
	}
}
