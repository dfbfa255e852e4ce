package aidbeam

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The tests run their pipelines on Prism, in process.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// fixture is the test corpus (see testdata/gen.go): three JSONL files (one
// with a line that is not JSON), a long JSONL.gz, an HTML page and a text
// file. The missing file is reported in the errors table, by both runs.
var fixture = []string{"../testdata/corpus", "../testdata/no-such-file.txt"}

// TestBeamEqualsExtract runs the Beam pipeline on Prism over the fixture,
// merges its shards and checks that every output file is byte-identical to
// what the single-process run (pipeline.Run, as 'aidextract extract')
// writes, and that the shards hold the same rows, each in its shard.
func TestBeamEqualsExtract(t *testing.T) {
	const shards = 4
	tmp := t.TempDir()
	shardDir := filepath.Join(tmp, "shards")
	mergedDir := filepath.Join(tmp, "merged")
	singleDir := filepath.Join(tmp, "single")
	formats := []string{"csv", "xlsx", "parquet"}

	p, s := beam.NewPipelineWithRoot()
	err := Build(s, Options{Inputs: fixture, Output: shardDir, Shards: shards, Formats: []string{"csv", "parquet"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("beam pipeline: %v", err)
	}
	sum, err := pipeline.Merge(shardDir, mergedDir, formats)
	if err != nil {
		t.Fatalf("merge: %v", err)
	}
	if sum.Shards != shards || sum.Format != "parquet" {
		t.Errorf("merged %d %s shards, want %d parquet", sum.Shards, sum.Format, shards)
	}

	single, err := pipeline.Run(pipeline.Config{Paths: fixture, OutDir: singleDir, Formats: formats, Workers: 2})
	if err != nil && !errors.Is(err, pipeline.ErrDocuments) {
		t.Fatalf("single-process run: %v", err)
	}
	if single.Failed != 2 {
		t.Errorf("single-process run: %d failed documents, want 2 (the bad JSONL line, the missing file)", single.Failed)
	}

	// Row for row: the shards hold the rows of the single-file tables,
	// each document in the shard of its doc_id, sorted within the shard.
	for _, tb := range pipeline.Tables {
		want := readCSV(t, filepath.Join(singleDir, tb.Name+".csv"))
		if sum.Rows[tb.Name] != len(want)-1 {
			t.Errorf("%s: merged %d rows, single run has %d", tb.Name, sum.Rows[tb.Name], len(want)-1)
		}
		col := tb.Index("doc_id")
		var got [][]string
		for k := range shards {
			part := readCSV(t, filepath.Join(shardDir, filepath.FromSlash(pipeline.ShardFile(tb, k, shards, "csv"))))
			if !slices.Equal(part[0], want[0]) {
				t.Fatalf("%s part %d: header %q, want %q", tb.Name, k, part[0], want[0])
			}
			for i, r := range part[1:] {
				if got := Shard(r[col], shards); got != k {
					t.Errorf("%s part %d: doc_id %q belongs to shard %d", tb.Name, k, r[col], got)
				}
				if i > 0 && part[i][col] > r[col] {
					t.Errorf("%s part %d: doc_id %q after %q", tb.Name, k, r[col], part[i][col])
				}
			}
			got = append(got, part[1:]...)
		}
		rowKey := func(a, b []string) int { return slices.Compare(a, b) }
		slices.SortFunc(got, rowKey)
		rest := slices.Clone(want[1:])
		slices.SortFunc(rest, rowKey)
		if !slices.EqualFunc(got, rest, slices.Equal) {
			t.Errorf("%s: the shards hold %d rows that differ from the single run's %d", tb.Name, len(got), len(rest))
		}
	}

	// Byte for byte after the merge: every file of the single run.
	entries, err := os.ReadDir(singleDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	if len(names) != 2*len(pipeline.Tables)+2 {
		t.Errorf("single run wrote %d files: %v", len(names), names)
	}
	for _, name := range names {
		want, err := os.ReadFile(filepath.Join(singleDir, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(mergedDir, name))
		if err != nil {
			t.Errorf("merged output: %v", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: merged output (%d bytes) differs from the single run's (%d bytes)", name, len(got), len(want))
		}
	}

	// The .gz file is read to its end: a reader that stops after as many
	// bytes as the file has compressed (Beam's textio) would lose most of
	// its records.
	gzPath := "../testdata/corpus/big.jsonl.gz"
	lines, raw, packed := gzLines(t, gzPath)
	if raw < 5*packed || lines < 2000 {
		t.Fatalf("%s: %d lines, %d bytes from %d compressed: too short to catch a reader that stops early", gzPath, lines, raw, packed)
	}
	docs := readCSV(t, filepath.Join(mergedDir, "documents.csv"))
	n := 0
	for _, r := range docs[1:] {
		if strings.HasPrefix(r[1], gzPath+":") {
			n++
		}
	}
	if n != lines {
		t.Errorf("%s: %d documents from %d lines", gzPath, n, lines)
	}
}

// TestExpand checks the input files the pipeline reads: a directory as
// extract walks it, a glob keeping input file names, a plain path as is.
func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.jsonl.gz", "c.html", "notes.pdf", ".hidden.txt", "sub/d.md", ".git/e.txt"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	expand := func(pattern string) ([]string, error) {
		var out []string
		err := (&expandFn{}).ProcessElement(context.Background(), pattern, func(s string) { out = append(out, s) })
		return out, err
	}
	j := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, filepath.FromSlash(n)))
		}
		return out
	}
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{dir, j("a.txt", "b.jsonl.gz", "c.html", "sub/d.md")},
		{filepath.Join(dir, "*"), j("a.txt", "b.jsonl.gz", "c.html")},
		{filepath.Join(dir, "*.txt"), j("a.txt")},
		{filepath.Join(dir, "notes.pdf"), j("notes.pdf")},
		{filepath.Join(dir, "missing.txt"), j("missing.txt")},
	} {
		got, err := expand(c.pattern)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("expand(%s) = %v, %v; want %v", c.pattern, got, err, c.want)
		}
	}
	if got, err := expand(filepath.Join(dir, "*.xml")); err == nil {
		t.Errorf("a glob that matches nothing: %v, want an error", got)
	}
}

// TestShard pins the shard function: shards written by one version must
// be merged by another.
func TestShard(t *testing.T) {
	for _, c := range []struct {
		id   string
		n    int
		want int
	}{
		{"", 16, int(2166136261 % 16)},
		{"a", 1000, int(0xe40c292c % 1000)},
		{"kiel-1", 1, 0},
	} {
		if got := Shard(c.id, c.n); got != c.want {
			t.Errorf("Shard(%q, %d) = %d, want %d", c.id, c.n, got, c.want)
		}
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// gzLines returns the number of non-blank lines of a gzip file, its size
// decompressed and compressed.
func gzLines(t *testing.T, path string) (lines, raw, packed int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		raw += len(sc.Bytes()) + 1
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			lines++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(fmt.Errorf("%s: %w", path, err))
	}
	return lines, raw, len(data)
}
