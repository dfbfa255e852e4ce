package pipeline

import (
	"bytes"
	"errors"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// mergeInputs mix every reader: text, HTML, JSONL with duplicate ids and
// bad lines, a tree, the bundled corpus, and a missing file.
var mergeInputs = []string{"../testdata/readers", "../testdata/corpus", "../testdata/no-such-file.txt"}

// writeShards processes the inputs as Run does and writes n shards of
// them by hand, a document in the shard of its doc_id (FNV-1a, as the
// Beam pipeline does).
func writeShards(t *testing.T, dir string, paths []string, n int, formats []string) {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ws := make([]*ShardWriter, n)
	for k := range ws {
		if ws[k], err = NewShardWriter(dir, k, n, formats); err != nil {
			t.Fatal(err)
		}
		defer ws[k].Abort()
	}
	seq := 0
	add := func(id string, rows []byte) error {
		h := fnv.New32a()
		h.Write([]byte(id))
		k := int(h.Sum32() % uint32(n))
		// Documents come from one ReadAll, as in Run: one input, in order.
		err := ws[k].Add(id, "", seq, rows)
		seq++
		return err
	}
	opt := ReadOptions{OnError: func(e *ReadError) error { return add(EncodeReadError(e)) }}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			// Run reports a missing path before reading the others.
			if err := add(EncodeFileError(p, err)); err != nil {
				t.Fatal(err)
			}
		}
	}
	var present []string
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			present = append(present, p)
		}
	}
	err = ReadAll(present, nil, opt, func(d *model.Document) error {
		id, rows, _ := p.ProcessEncoded(d)
		return add(id, rows)
	})
	if err != nil {
		t.Fatal(err)
	}
	for k, w := range ws {
		files, _, err := w.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(files) != len(Tables)*len(formats) {
			t.Errorf("shard %d: %d files, want %d", k, len(files), len(Tables)*len(formats))
		}
	}
}

func runOnce(t *testing.T, dir string, paths []string, formats []string) {
	t.Helper()
	if _, err := Run(Config{Paths: paths, OutDir: dir, Formats: formats, Workers: 2}); err != nil && !errors.Is(err, ErrDocuments) {
		t.Fatal(err)
	}
}

// sameFiles checks that every file Run wrote in want is in got, byte for
// byte, and that got has no other file.
func sameFiles(t *testing.T, want, got string) {
	t.Helper()
	list := func(dir string) []string {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			if !e.IsDir() {
				names = append(names, e.Name())
			}
		}
		return names
	}
	wn, gn := list(want), list(got)
	if strings.Join(wn, " ") != strings.Join(gn, " ") {
		t.Errorf("files %v, want %v", gn, wn)
	}
	for _, name := range wn {
		w, err := os.ReadFile(filepath.Join(want, name))
		if err != nil {
			t.Fatal(err)
		}
		g, err := os.ReadFile(filepath.Join(got, name))
		if err != nil {
			t.Error(err)
			continue
		}
		if !bytes.Equal(w, g) {
			t.Errorf("%s: merged (%d bytes) differs from Run's (%d bytes)", name, len(g), len(w))
		}
	}
}

func TestMergeEqualsRun(t *testing.T) {
	all := []string{"csv", "xlsx", "parquet"}
	want := t.TempDir()
	runOnce(t, want, mergeInputs, all)

	// More shards than some tables have documents: empty shards too.
	for _, n := range []int{1, 5} {
		shards := t.TempDir()
		writeShards(t, shards, mergeInputs, n, ShardFormats)
		got := t.TempDir()
		sum, err := Merge(shards, got, all)
		if err != nil {
			t.Fatalf("%d shards: %v", n, err)
		}
		if sum.Shards != n || sum.Format != "parquet" {
			t.Errorf("merged %d %s shards, want %d parquet", sum.Shards, sum.Format, n)
		}
		sameFiles(t, want, got)
	}
}

func TestMergeCSVShards(t *testing.T) {
	want := t.TempDir()
	runOnce(t, want, mergeInputs, []string{"csv"})
	shards := t.TempDir()
	writeShards(t, shards, mergeInputs, 3, []string{"csv"})
	got := t.TempDir()
	sum, err := Merge(shards, got, []string{"csv"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Format != "csv" {
		t.Errorf("read %s shards, want csv", sum.Format)
	}
	sameFiles(t, want, got)
}

func TestMergeRefusesIncompleteShards(t *testing.T) {
	shards := t.TempDir()
	writeShards(t, shards, []string{"../testdata/readers/tree"}, 3, []string{"parquet"})

	if _, err := Merge(t.TempDir(), t.TempDir(), []string{"csv"}); err == nil || !strings.Contains(err.Error(), "no shards") {
		t.Errorf("empty folder: %v, want no shards", err)
	}

	missing := filepath.Join(shards, filepath.FromSlash(ShardFile(MoneyTable, 1, 3, "parquet")))
	data, err := os.ReadFile(missing)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(missing)
	out := t.TempDir()
	if _, err := Merge(shards, out, []string{"csv"}); err == nil || !strings.Contains(err.Error(), "money/part-00001-of-00003.parquet") {
		t.Errorf("missing shard: %v", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a failed merge wrote %d files", len(entries))
	}
	os.WriteFile(missing, data, 0o644)

	// A stray shard of another run.
	stray := filepath.Join(shards, filepath.FromSlash(ShardFile(MoneyTable, 0, 4, "parquet")))
	os.WriteFile(stray, data, 0o644)
	if _, err := Merge(shards, t.TempDir(), []string{"csv"}); err == nil || !strings.Contains(err.Error(), "more than one run") {
		t.Errorf("shards of two runs: %v", err)
	}
	os.Remove(stray)

	// A shard of another table.
	other := filepath.Join(shards, filepath.FromSlash(ShardFile(DatesTable, 2, 3, "parquet")))
	src := filepath.Join(shards, filepath.FromSlash(ShardFile(DocumentsTable, 2, 3, "parquet")))
	d, _ := os.ReadFile(src)
	os.WriteFile(other, d, 0o644)
	if _, err := Merge(shards, t.TempDir(), []string{"csv"}); err == nil || !strings.Contains(err.Error(), "columns") {
		t.Errorf("a shard of the wrong table: %v", err)
	}
}

func TestShardWriterChecks(t *testing.T) {
	for _, c := range []struct {
		k, n    int
		formats []string
	}{
		{0, 0, ShardFormats}, {3, 3, ShardFormats}, {-1, 2, ShardFormats}, {0, 1, nil}, {0, 1, []string{"xlsx"}},
	} {
		if w, err := NewShardWriter(t.TempDir(), c.k, c.n, c.formats); err == nil {
			w.Abort()
			t.Errorf("NewShardWriter(%d, %d, %v): no error", c.k, c.n, c.formats)
		}
	}
	if got := ShardFile(EventsTable, 3, 16, "parquet"); got != "events/part-00003-of-00016.parquet" {
		t.Errorf("ShardFile = %s", got)
	}
	for name, want := range map[string]bool{"a.txt": true, "b.jsonl.gz": true, "c.HTM": true, "d.pdf": false, "e.gz": false} {
		if IsInput(name) != want {
			t.Errorf("IsInput(%s) = %v", name, !want)
		}
	}
}
