package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/extractors/dates"
	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// BenchmarkEndToEnd runs a whole extract on the JSONL corpus named by
// $AIDEXTRACT_BENCH_CORPUS (make one with `go run ./cmd/benchcorpus gen`),
// writing the formats of $AIDEXTRACT_BENCH_FORMATS (default csv,parquet).
// It is skipped when the variable is not set. Profile it with
//
//	AIDEXTRACT_BENCH_CORPUS=$PWD/bench/corpus-2MB.jsonl go test ./pipeline -run '^$' -bench EndToEnd -cpuprofile cpu.prof
func BenchmarkEndToEnd(b *testing.B) {
	corpus := os.Getenv("AIDEXTRACT_BENCH_CORPUS")
	if corpus == "" {
		b.Skip("AIDEXTRACT_BENCH_CORPUS not set")
	}
	fi, err := os.Stat(corpus)
	if err != nil {
		b.Fatal(err)
	}
	formats := []string{"csv", "parquet"}
	if f := os.Getenv("AIDEXTRACT_BENCH_FORMATS"); f != "" {
		formats = strings.Split(f, ",")
	}
	out := b.TempDir()
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(Config{Paths: []string{corpus}, OutDir: out, Formats: formats}); err != nil {
			b.Fatal(err)
		}
	}
}

// benchTexts are the bundled texts: the corpus and the holdout.
func benchTexts(b *testing.B) []string {
	b.Helper()
	return modeltest.BundledTexts(b, "..")
}

// benchResults processes the bundled texts and returns their results, and
// the bytes of text they came from.
func benchResults(b *testing.B) ([]*Result, int64) {
	b.Helper()
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var results []*Result
	var size int64
	for i, text := range benchTexts(b) {
		results = append(results, p.Process(&model.Document{ID: "doc" + strconv.Itoa(i), Source: "bench", Format: "text", Text: text}))
		size += int64(len(text))
	}
	return results, size
}

// benchRows processes the bundled texts and returns their rows, and the
// bytes of text they came from.
func benchRows(b *testing.B) ([]tableRow, int64) {
	b.Helper()
	results, size := benchResults(b)
	var rows []tableRow
	for _, r := range results {
		err := ResultRows(r, func(t *Table, row Row) error {
			rows = append(rows, tableRow{t, append(Row(nil), row...)})
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return rows, size
}

// BenchmarkWriters writes the rows of the bundled texts, copies times
// over, through one sink of each format. MB/s is megabytes of input text
// whose rows are written per second.
func BenchmarkWriters(b *testing.B) {
	rows, size := benchRows(b)
	const copies = 100
	open := map[string]func(dir string) (Sink, error){
		"csv":     NewCSVSink,
		"parquet": func(dir string) (Sink, error) { return NewParquetSink(dir, testMeta) },
		"xlsx":    func(dir string) (Sink, error) { return NewXLSXSink(filepath.Join(dir, "aid.xlsx"), testMeta) },
		"datapackage": func(dir string) (Sink, error) {
			return NewDataPackageSink(dir, testMeta)
		},
	}
	for _, name := range []string{"csv", "parquet", "xlsx", "datapackage"} {
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			b.SetBytes(size * copies)
			b.ReportAllocs()
			for b.Loop() {
				s, err := open[name](dir)
				if err != nil {
					b.Fatal(err)
				}
				for range copies {
					for _, tr := range rows {
						if err := s.Write(tr.t, tr.r); err != nil {
							b.Fatal(err)
						}
					}
				}
				if err := (Sinks{s}).Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(rows)*copies)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// BenchmarkSpill encodes the results of the bundled texts for the spill
// file as the workers of a run do, and decodes them as the run does for
// the sinks.
func BenchmarkSpill(b *testing.B) {
	results, size := benchResults(b)
	b.Run("encode", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf = buf[:0]
			for _, r := range results {
				var err error
				if buf, err = encodeResult(buf, r); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	var blob []byte
	for _, r := range results {
		blob, _ = encodeResult(blob, r)
	}
	b.Run("decode", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			if err := decodeCells(blob, func(*Table, cells) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchSize is the size in MB of the largest inputs of BenchmarkLinear:
// $AIDEXTRACT_BENCH_MB, 8 by default (the 100 MB document runs
// with AIDEXTRACT_BENCH_MB=100, given the memory).
func benchSize() int {
	if n, err := strconv.Atoi(os.Getenv("AIDEXTRACT_BENCH_MB")); err == nil && n > 0 {
		return n
	}
	return 8
}

// BenchmarkLinear processes inputs that would take quadratic time if any
// stage rescanned the text before a mention: one document of many
// megabytes, a line of many megabytes (one sentence), and a sentence with
// a thousand numbers. Each runs at two sizes, a tenth and all of it: MB/s
// must stay about the same.
func BenchmarkLinear(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	texts := benchTexts(b)
	all := strings.Join(texts, "\n\n")
	mb := benchSize()
	repeat := func(s string, n int) string {
		var sb strings.Builder
		for sb.Len() < n {
			sb.WriteString(s)
		}
		return sb.String()
	}
	// a line: the corpus with its line breaks and sentence ends made
	// into commas, so that the whole is one sentence
	line := strings.NewReplacer("\n", " ", ". ", ", ", "? ", ", ", "! ", ", ").Replace(all)
	numbers := func(n int) string {
		var sb strings.Builder
		sb.WriteString("The package includes")
		for i := range n {
			fmt.Fprintf(&sb, " %d M777 howitzers, %d soldiers, $%d million", 10+i%90, 100+i, 1+i%50)
			if i%3 == 0 {
				sb.WriteString(" and 75,000 rounds of 155 mm ammunition delivered on 3 March 2023 to Ukraine,")
			}
		}
		return sb.String() + " in all."
	}
	cases := []struct {
		name string
		text string
	}{
		{fmt.Sprintf("document-%.1fMB", float64(mb)/10), repeat(all+"\n\n", mb<<20/10)},
		{fmt.Sprintf("document-%dMB", mb), repeat(all+"\n\n", mb<<20)},
		{fmt.Sprintf("line-%.1fMB", float64(max(mb/8, 1))/10), repeat(line+", ", max(mb/8, 1)<<20/10)},
		{fmt.Sprintf("line-%dMB", max(mb/8, 1)), repeat(line+", ", max(mb/8, 1)<<20)},
		{"sentence-100-numbers", numbers(100)},
		{"sentence-1000-numbers", numbers(1000)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				p.Process(&model.Document{ID: "big", Text: c.text})
			}
		})
	}
}

// BenchmarkEventsLink links the mentions of the bundled texts into events
// (extractors/events), given the mentions: the stage after extraction.
func BenchmarkEventsLink(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	type prepared struct {
		d  *model.Doc
		ms []model.Mention
	}
	var docs []prepared
	var size int64
	for i, text := range benchTexts(b) {
		d := model.Prepare(&model.Document{ID: "doc" + strconv.Itoa(i), Text: text})
		var ms []model.Mention
		for _, s := range d.Sentences {
			for _, x := range p.extractors {
				ms = append(ms, x.Extract(d, s)...)
			}
		}
		sortMentions(ms)
		ms = dates.Resolve(d, ms)
		resolveUSD(d, ms, p.rates)
		docs = append(docs, prepared{d, ms})
		size += int64(len(text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range docs {
			p.linker.Link(x.d, x.ms)
		}
	}
}
