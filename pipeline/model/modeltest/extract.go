package modeltest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Extract prepares text as one document and runs x over its sentences.
func Extract(x model.Extractor, text string) (*model.Doc, []model.Mention) {
	d := model.Prepare(&model.Document{Text: text})
	var out []model.Mention
	for _, s := range d.Sentences {
		out = append(out, x.Extract(d, s)...)
	}
	return d, out
}

// Bench measures x over every sentence of text, in bytes per second and
// allocations.
func Bench(b *testing.B, x model.Extractor, text string) {
	d := model.Prepare(&model.Document{ID: "bench", Text: text})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.Sentences {
			x.Extract(d, s)
		}
	}
}

// BenchCounts measures x over one sentence of 100, then 1,000 clauses
// made by clause(i): the time per byte must not grow with the number of
// counts in a sentence.
func BenchCounts(b *testing.B, x model.Extractor, clause func(i int) string) {
	for _, n := range []int{100, 1000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var sb strings.Builder
			sb.WriteString("Ukraine received")
			for i := range n {
				sb.WriteString(" " + clause(i) + ",")
			}
			sb.WriteString(" in total.")
			Bench(b, x, sb.String())
		})
	}
}

// Must returns what newX builds, failing the test when it cannot.
func Must[T any](t testing.TB, newX func() (T, error)) T {
	t.Helper()
	x, err := newX()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// Extract runs x over every sentence of the checker's document and fails t
// at the first mention that breaks a rule of Mention or does not belong to
// the sentence it was found in. It returns each sentence's mentions, in
// the order x gave them, for checks of their own.
func (c *Checker) Extract(t testing.TB, x model.Extractor) [][]model.Mention {
	t.Helper()
	out := make([][]model.Mention, len(c.d.Sentences))
	for i, s := range c.d.Sentences {
		out[i] = x.Extract(c.d, s)
		for k := range out[i] {
			m := &out[i][k]
			if m.Sentence != s.Index {
				t.Fatalf("%v mention [%d,%d) found in sentence %d says sentence %d", m.Kind, m.Start, m.End, s.Index, m.Sentence)
			}
			if err := c.Mention(m); err != nil {
				t.Fatal(err)
			}
		}
	}
	return out
}
