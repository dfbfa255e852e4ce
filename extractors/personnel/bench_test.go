package personnel

import (
	"os"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// BenchmarkExtract runs Extract over every sentence of the reference article.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	benchExtract(b, string(text))
}

// BenchmarkThousandNumbers is one sentence of a thousand counts: the time
// per byte must not grow with the number of counts in a sentence.
func BenchmarkThousandNumbers(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(itoa(n), func(b *testing.B) {
			var sb strings.Builder
			sb.WriteString("Ukraine received")
			for i := range n {
				sb.WriteString(" " + itoa(10+i%90) + " Ukrainian soldiers, two instructors and 5,000 volunteers were trained,")
			}
			sb.WriteString(" in total.")
			benchExtract(b, sb.String())
		})
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

func benchExtract(b *testing.B, text string) {
	d := model.Prepare(&model.Document{ID: "bench", Text: text})
	e := newExtractor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.Sentences {
			e.Extract(d, s)
		}
	}
}
