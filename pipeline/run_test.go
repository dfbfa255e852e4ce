package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Run under failure: documents that fail, writers that fail halfway, and
// what is left in the output folder afterwards.

var allFormats = []string{"csv", "parquet", "xlsx"}

// rtInputs writes files (name -> content) into a new folder and returns it.
func rtInputs(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rtSnapshot returns every file under dir, hidden ones included, by path
// relative to dir.
func rtSnapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	snap := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		snap[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func rtNames(snap map[string][]byte) []string {
	var names []string
	for n := range snap {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// rtNoTemp fails when dir holds a temporary file or folder: a sink's
// ".NAME.tmp-*", the spill file or the --emit-text folder being written.
func rtNoTemp(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if name := d.Name(); p != dir && (strings.HasPrefix(name, ".") || strings.Contains(name, ".tmp") || strings.HasSuffix(name, ".old")) {
			t.Errorf("%s left behind", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// halfwaySink passes rows on to a real sink and fails at its n-th Write
// (after n-1 rows went through, so the sink's temporary files are half
// written), or in Finish or Commit.
type halfwaySink struct {
	Sink
	n, writes    int
	finish, comm bool
}

func (h *halfwaySink) Write(t *Table, r Row) error {
	if h.writes++; h.writes == h.n {
		return fmt.Errorf("disk full after %d rows: %w", h.n-1, errInjected)
	}
	return h.Sink.Write(t, r)
}

func (h *halfwaySink) Finish() error {
	if err := h.Sink.Finish(); err != nil {
		return err
	}
	if h.finish {
		return errInjected
	}
	return nil
}

func (h *halfwaySink) Commit() error {
	if h.comm {
		return errInjected
	}
	return h.Sink.Commit()
}

// A writer that fails at any point (halfway through a table, when
// completing its files, when renaming them) fails the run, leaves no
// temporary file, and leaves under every final name either the earlier
// run's bytes or a complete new file, never a partial one. Outputs are
// replaced only when every writer has completed; a failed rename can leave
// the files renamed before it, complete.
func TestRunWriterFailsHalfway(t *testing.T) {
	in := rtInputs(t, map[string]string{
		"a.txt": "On 3 May 2023, Canada pledged $5 million and 12 Leopard 2 tanks to Ukraine.",
	})
	out := t.TempDir()
	cfg := Config{Paths: []string{in}, OutDir: out, Formats: allFormats, EmitText: true}
	if _, err := Run(cfg); err != nil {
		t.Fatal(err)
	}
	before := rtSnapshot(t, out)

	// What the failing runs would write if they succeeded.
	for name, text := range map[string]string{
		"b.txt": "Germany gave €2 million on 4 May 2023; 300 soldiers were trained.",
		"c.txt": "Nothing to find here.",
	} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ref := t.TempDir()
	if _, err := Run(Config{Paths: []string{in}, OutDir: ref, Formats: allFormats, EmitText: true}); err != nil {
		t.Fatal(err)
	}
	after := rtSnapshot(t, ref)
	if reflect.DeepEqual(before, after) {
		t.Fatal("the new inputs change nothing")
	}
	rows := 0
	for _, n := range mustSummary(t, in).Rows {
		rows += n
	}

	type fault struct {
		name      string
		sink      int // index in the sinks: datapackage, csv, parquet, xlsx
		n         int
		finish    bool
		commit    bool
		committed bool // sinks before this one may have renamed their files
	}
	var faults []fault
	for i, name := range []string{"datapackage", "csv", "parquet", "xlsx"} {
		faults = append(faults,
			fault{name: name + " first row", sink: i, n: 1},
			fault{name: name + " halfway", sink: i, n: rows / 2},
			fault{name: name + " last row", sink: i, n: rows},
			fault{name: name + " finish", sink: i, finish: true},
			fault{name: name + " commit", sink: i, commit: true, committed: i > 0},
		)
	}
	for _, f := range faults {
		t.Run(f.name, func(t *testing.T) {
			prev := rtSnapshot(t, out) // what the runs before this one left
			var hs *halfwaySink
			cfg := cfg
			cfg.wrapSinks = func(s Sinks) Sinks {
				if len(s) != 4 {
					t.Fatalf("%d sinks, want 4", len(s))
				}
				hs = &halfwaySink{Sink: s[f.sink], n: f.n, finish: f.finish, comm: f.commit}
				s[f.sink] = hs
				return s
			}
			sum, err := Run(cfg)
			if !errors.Is(err, errInjected) || sum != nil {
				t.Fatalf("Run = %v, %v; want the injected error", sum, err)
			}
			if f.n > 0 && hs.writes != f.n {
				t.Fatalf("the sink got %d writes, want it to fail at %d", hs.writes, f.n)
			}
			rtNoTemp(t, out)
			now := rtSnapshot(t, out)
			if !reflect.DeepEqual(rtNames(now), rtNames(prev)) {
				t.Fatalf("files %v, want %v", rtNames(now), rtNames(prev))
			}
			for name, b := range prev {
				switch {
				case bytes.Equal(now[name], b):
				case !f.committed:
					t.Errorf("%s changed", name)
				case strings.HasPrefix(name, "text"):
					// --emit-text files are replaced only after every table.
					t.Errorf("%s changed", name)
				case !bytes.Equal(now[name], after[name]):
					t.Errorf("%s is neither the earlier file nor a complete new one", name)
				}
			}
		})
	}

	// A run that succeeds after all that writes what the reference run did.
	if _, err := Run(cfg); err != nil {
		t.Fatal(err)
	}
	rtNoTemp(t, out)
	if now := rtSnapshot(t, out); !reflect.DeepEqual(now, after) {
		t.Errorf("files %v differ from the reference run's %v", rtNames(now), rtNames(after))
	}
}

// mustSummary runs in into a scratch folder and returns the summary.
func mustSummary(t *testing.T, in string) *Summary {
	t.Helper()
	sum, err := Run(Config{Paths: []string{in}, OutDir: t.TempDir(), Formats: []string{"csv"}})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// Documents that fail are reported through OnFailure and the errors table;
// the run writes the rest and returns an error wrapping ErrDocuments.
func TestRunDocumentFailures(t *testing.T) {
	in := rtInputs(t, map[string]string{
		"a.txt":   "On 3 May 2023, Canada pledged $5 million.",
		"b.txt":   "x\x00y",
		"c.jsonl": `{"id":"c1","text":"Germany gave €2 million."}` + "\n{bad\n" + `{"id":"c3","date":"2023-05-04"}` + "\n",
		"d.html":  strings.Repeat("<i>", 20),
		"e.txt":   "ok\n" + strings.Repeat("é", 40),
	})
	var got []string
	out := t.TempDir()
	sum, err := Run(Config{
		Paths: []string{in}, OutDir: out, Formats: []string{"csv"}, Workers: 3,
		Read:      ReadOptions{MaxHTMLDepth: 10, MaxLineBytes: 64},
		OnFailure: func(source, message string) { got = append(got, source+": "+message) },
	})
	if !errors.Is(err, ErrDocuments) || sum == nil {
		t.Fatalf("Run = %v, %v; want a summary and ErrDocuments", sum, err)
	}
	if want := "5 of 7 documents failed (see errors table): some documents failed"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	p := func(name string) string { return filepath.Join(in, name) }
	want := []string{
		p("b.txt") + ": binary file",
		p("c.jsonl") + ":2: invalid JSON: invalid character 'b' looking for beginning of object key string",
		p("c.jsonl") + `:3: record has neither "text" nor "html"`,
		p("d.html") + ": HTML nested deeper than 10 elements (--max-html-depth)",
		p("e.txt") + ": line 2 is longer than the limit of 64 bytes (--max-line-bytes)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("OnFailure got\n%q\nwant\n%q", got, want)
	}
	if sum.Documents != 2 || sum.Failed != 5 || sum.Rows["errors"] != 5 || sum.Rows["documents"] != 2 || sum.Rows["money"] != 2 {
		t.Errorf("summary %+v", sum)
	}
	errs := string(rtSnapshot(t, out)["errors.csv"])
	wantCSV := "doc_id,source,stage,message\n" +
		"b," + p("b.txt") + ",read,binary file\n" +
		"c-2," + p("c.jsonl") + ":2,read,invalid JSON: invalid character 'b' looking for beginning of object key string\n" +
		"c3," + p("c.jsonl") + `:3,read,"record has neither ""text"" nor ""html"""` + "\n" +
		"d," + p("d.html") + ",read,HTML nested deeper than 10 elements (--max-html-depth)\n" +
		"e," + p("e.txt") + ",read,line 2 is longer than the limit of 64 bytes (--max-line-bytes)\n"
	if errs != wantCSV {
		t.Errorf("errors.csv\n%s\nwant\n%s", errs, wantCSV)
	}
	rtNoTemp(t, out)
}

// --fail-fast: Run stops at the first failure, returns no summary and
// writes nothing, leaving no temporary file.
func TestRunFailFast(t *testing.T) {
	in := rtInputs(t, map[string]string{
		"a.txt": "On 3 May 2023, Canada pledged $5 million.",
		"b.txt": "x\x00y",
		"c.txt": "Germany gave €2 million.",
	})
	out := t.TempDir()
	var got []string
	sum, err := Run(Config{
		Paths: []string{in}, OutDir: out, Formats: allFormats, EmitText: true, FailFast: true,
		OnFailure: func(source, message string) { got = append(got, source+": "+message) },
	})
	if !errors.Is(err, ErrDocuments) || sum != nil {
		t.Fatalf("Run = %v, %v; want no summary and ErrDocuments", sum, err)
	}
	if want := []string{filepath.Join(in, "b.txt") + ": binary file"}; !reflect.DeepEqual(got, want) {
		t.Errorf("OnFailure got %q, want %q", got, want)
	}
	if files := rtNames(rtSnapshot(t, out)); len(files) != 0 {
		t.Errorf("--fail-fast wrote %v", files)
	}
	rtNoTemp(t, out)
}

// A panic in a stage fails the document at the extract stage, not the
// run.
func TestProcessOnePanics(t *testing.T) {
	p := *fzNew(t)
	p.extractors = append([]model.Extractor{panicky{}}, p.extractors...)
	d := p.processOne(4, &model.Document{ID: "x", Source: "in/x.txt", Text: "Some text."}, nil)
	if d.result != nil || d.seq != 4 || d.docID != "x" || d.fail == nil {
		t.Fatalf("done %+v", d)
	}
	if want := (Row{"x", "in/x.txt", "extract", "internal error: boom"}); !reflect.DeepEqual(d.row, want) {
		t.Errorf("errors row %q, want %q", d.row, want)
	}
	n := 0
	if err := decodeRows(d.blob, func(tb *Table, r Row) error {
		n++
		if tb != ErrorsTable || !reflect.DeepEqual(r, d.row) {
			t.Errorf("spilled %s %q", tb.Name, r)
		}
		return nil
	}); err != nil || n != 1 {
		t.Errorf("spill blob: %d rows, %v", n, err)
	}
}

type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Extract(*model.Doc, model.Sentence) []model.Mention {
	panic("boom")
}

// A doc_id that cannot name a file fails its document under --emit-text
// instead of writing outside OUT/text, and an --emit-text file that cannot
// be written fails the run, not the document.
func TestRunEmitTextNames(t *testing.T) {
	in := rtInputs(t, map[string]string{
		"c.jsonl": `{"id":"../escaped","text":"x"}` + "\n" + `{"id":"a/b","text":"y"}` + "\n" +
			`{"id":"..","text":"z"}` + "\n" + `{"id":"nul\u0000","text":"w"}` + "\n",
	})
	out := filepath.Join(t.TempDir(), "out")
	var got []string
	sum, err := Run(Config{
		Paths: []string{in}, OutDir: out, Formats: []string{"csv"}, EmitText: true,
		OnFailure: func(source, message string) { got = append(got, source+": "+message) },
	})
	if !errors.Is(err, ErrDocuments) || sum == nil || sum.Failed != 3 || sum.Documents != 1 {
		t.Fatalf("Run = %+v, %v", sum, err)
	}
	sort.Strings(got)
	c := filepath.Join(in, "c.jsonl")
	want := []string{
		c + `:1: doc_id "../escaped" cannot be a file name for --emit-text`,
		c + `:2: doc_id "a/b" cannot be a file name for --emit-text`,
		c + `:4: doc_id "nul\x00" cannot be a file name for --emit-text`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("OnFailure got\n%q\nwant\n%q", got, want)
	}
	files := rtNames(rtSnapshot(t, filepath.Dir(out)))
	if !reflect.DeepEqual(files[len(files)-2:], []string{"out/personnel.csv", "out/text/...txt"}) || len(files) != 9 {
		t.Errorf("files %v", files)
	}
}
