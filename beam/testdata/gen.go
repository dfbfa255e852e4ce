//go:build ignore

// gen writes the fixture corpus of the Beam tests into testdata/corpus:
// several JSONL files, one long .jsonl.gz, one HTML and one text file, all
// made of sentences of the bundled corpus (../testdata/corpus/seed.txt).
// The output is deterministic; run it from beam/ when the fixture needs to
// change:
//
//	go run testdata/gen.go
//
// big.jsonl.gz repeats a few dozen sentences with other ids and dates, so
// that it compresses about tenfold: a reader that stops after as many
// decompressed bytes as the file has compressed ones (as Beam's textio
// does) loses most of its lines.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

const out = "testdata/corpus"

func main() {
	seed, err := os.ReadFile("../testdata/corpus/seed.txt")
	if err != nil {
		log.Fatal(err)
	}
	sents := sentences(string(seed))
	if len(sents) < 100 {
		log.Fatalf("only %d sentences in the seed", len(sents))
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		log.Fatal(err)
	}
	rec := func(m map[string]any) string {
		b, err := json.Marshal(m)
		if err != nil {
			log.Fatal(err)
		}
		return string(b) + "\n"
	}
	date := func(i int) string { return fmt.Sprintf("20%02d-%02d-%02d", 22+i%3, 1+i%12, 1+i%28) }

	// Three small JSONL files: text and HTML records, with and without
	// ids, dates and titles, and one line that is not JSON.
	for f, name := range []string{"alpha.jsonl", "bravo.jsonl", "charlie.jsonl"} {
		var b strings.Builder
		for i := range 40 {
			k := f*40 + i
			s := sents[(k*7)%len(sents)] + " " + sents[(k*7+1)%len(sents)]
			m := map[string]any{"id": fmt.Sprintf("%s-%03d", name[:1], i), "text": s}
			switch i % 5 {
			case 1:
				m["date"] = date(k)
			case 2:
				m["title"] = fmt.Sprintf("Update %d", k)
				m["date"] = date(k) + "T10:00:00Z"
			case 3:
				delete(m, "text")
				m["html"] = "<html><head><title>Note " + fmt.Sprint(k) + "</title></head><body><p>" + s + "</p></body></html>"
			case 4:
				delete(m, "id") // id from the file name and line
			}
			b.WriteString(rec(m))
			if f == 1 && i == 17 {
				b.WriteString("{\"id\": \"broken\", \"text\": \n") // not JSON: an errors row
			}
		}
		write(name, []byte(b.String()))
	}

	// big.jsonl.gz: thousands of short records over a small set of
	// sentences.
	var big bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&big, gzip.BestCompression)
	const bigLines = 3000
	for i := range bigLines {
		m := map[string]any{"id": fmt.Sprintf("gz-%05d", i), "text": sents[(i*5)%37], "date": date(i)}
		if i%10 == 0 {
			m["text"] = sents[(i*5)%37] + " " + sents[(i*3+11)%37]
		}
		zw.Write([]byte(rec(m)))
	}
	zw.Close()
	write("big.jsonl.gz", big.Bytes())

	// An HTML page and a text file.
	var h strings.Builder
	h.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Aid to Ukraine: press digest</title>\n<script>var x = \"$1 billion\";</script></head>\n<body>\n<h1>Press digest</h1>\n<p>Posted 14 March 2023</p>\n")
	for i := range 12 {
		h.WriteString("<p>" + sents[(i*13+5)%len(sents)] + "</p>\n")
	}
	h.WriteString("<table><tr><th>Donor</th><th>Amount</th></tr><tr><td>Germany</td><td>€2.7 billion</td></tr></table>\n</body>\n</html>\n")
	write("digest.html", []byte(h.String()))

	var t strings.Builder
	t.WriteString("Weekly aid summary\n\nKYIV, 9 June 2023 —\n")
	for i := range 20 {
		t.WriteString(sents[(i*11+3)%len(sents)] + "\n")
	}
	write("weekly.txt", []byte(t.String()))
}

// sentences splits the seed's paragraphs into sentences of 40 to 400
// bytes, skipping headings.
func sentences(text string) []string {
	split := regexp.MustCompile(`([.!?])\s+([A-Z])`)
	var out []string
	for _, p := range strings.Split(text, "\n") {
		p = strings.TrimSpace(p)
		if p == "" || strings.HasPrefix(p, "#") {
			continue
		}
		p = split.ReplaceAllString(p, "$1\n$2")
		for _, s := range strings.Split(p, "\n") {
			if len(s) >= 40 && len(s) <= 400 {
				out = append(out, s)
			}
		}
	}
	return out
}

func write(name string, data []byte) {
	if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
		log.Fatal(err)
	}
}
