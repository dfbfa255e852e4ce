package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline"
	"github.com/aidextract/aidextract/pipeline/model"
)

// TestMerge writes the shards of a small corpus by hand (as aidextract-beam
// does, in two shards) and checks that 'aidextract merge' writes what
// 'aidextract extract' writes, with its flags before or after SHARDS_DIR.
func TestMerge(t *testing.T) {
	const input = "../../testdata/readers"
	shards := t.TempDir()
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	var ws [2]*pipeline.ShardWriter
	for k := range ws {
		if ws[k], err = pipeline.NewShardWriter(shards, k, len(ws), pipeline.ShardFormats); err != nil {
			t.Fatal(err)
		}
	}
	seq := 0
	add := func(id string, rows []byte) error {
		seq++
		return ws[len(id)%2].Add(id, "", seq, rows)
	}
	opt := pipeline.ReadOptions{OnError: func(e *pipeline.ReadError) error { return add(pipeline.EncodeReadError(e)) }}
	err = pipeline.ReadAll([]string{input}, nil, opt, func(d *model.Document) error {
		id, rows, _ := p.ProcessEncoded(d)
		return add(id, rows)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range ws {
		if _, _, err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}

	want := t.TempDir()
	if code, _, stderr := runCLI(t, "", "extract", "--quiet", "--out", want, "--format", "csv,parquet", input); code != 2 {
		t.Fatalf("extract: exit %d (want 2: bad.jsonl has failed lines): %s", code, stderr)
	}
	for _, args := range [][]string{
		{"merge", shards, "--out", "OUT", "--format", "csv,parquet"},
		{"merge", "--format=parquet,csv", "--out", "OUT", shards},
	} {
		out := t.TempDir()
		for i, a := range args {
			if a == "OUT" {
				args[i] = out
			}
		}
		code, _, stderr := runCLI(t, "", args...)
		if code != 0 || !strings.Contains(stderr, "merged 2 parquet shards") {
			t.Fatalf("aidextract %q: exit %d: %s", args, code, stderr)
		}
		entries, err := os.ReadDir(want)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			w, _ := os.ReadFile(filepath.Join(want, e.Name()))
			g, err := os.ReadFile(filepath.Join(out, e.Name()))
			if err != nil || !bytes.Equal(w, g) {
				t.Errorf("aidextract %q: %s differs from extract's (%v)", args, e.Name(), err)
			}
		}
	}

	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"merge"}, 2, "want one SHARDS_DIR"},
		{[]string{"merge", shards, shards}, 2, "want one SHARDS_DIR"},
		{[]string{"merge", shards, "--format", "pdf"}, 2, `unknown format "pdf"`},
		{[]string{"merge", filepath.Join(shards, "nope")}, 1, "no such file"},
		{[]string{"merge", filepath.Join(shards, "money")}, 1, "no shards"},
	} {
		code, _, stderr := runCLI(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.msg) {
			t.Errorf("aidextract %q: exit %d, stderr %q; want exit %d and %q", c.args, code, stderr, c.code, c.msg)
		}
	}
}
