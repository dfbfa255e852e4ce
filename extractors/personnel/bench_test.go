package personnel

import (
	"os"
	"strconv"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkExtract runs Extract over every sentence of the reference article.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	modeltest.Bench(b, newExtractor(b), string(text))
}

// BenchmarkThousandNumbers is one sentence of a thousand counts: the time
// per byte must not grow with the number of counts in a sentence.
func BenchmarkThousandNumbers(b *testing.B) {
	modeltest.BenchCounts(b, newExtractor(b), func(i int) string {
		return strconv.Itoa(10+i%90) + " Ukrainian soldiers, two instructors and 5,000 volunteers were trained"
	})
}
