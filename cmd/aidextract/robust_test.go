package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/xuri/excelize/v2"

	"github.com/aidextract/aidextract/pipeline"
)

// Robustness under bad input: per-document failures, whole-run failures,
// limits and empty inputs, through the command as users run it.

const goodText = "On 3 May 2023, Canada pledged $5 million in aid to Ukraine."

// rbWrite writes files (name -> content) under dir, making folders.
func rbWrite(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// rbSnapshot returns every file under dir, hidden ones included, with its
// bytes, by path relative to dir.
func rbSnapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	snap := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		snap[rel] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// rbSame fails unless dir holds exactly the files of snap, byte for byte.
func rbSame(t *testing.T, dir string, snap map[string][]byte) {
	t.Helper()
	now := rbSnapshot(t, dir)
	for name, b := range snap {
		if got, ok := now[name]; !ok {
			t.Errorf("%s is gone", name)
		} else if !bytes.Equal(got, b) {
			t.Errorf("%s changed", name)
		}
	}
	for name := range now {
		if _, ok := snap[name]; !ok {
			t.Errorf("%s was left behind", name)
		}
	}
}

// rbCSV reads one output table as CSV records, header first.
func rbCSV(t *testing.T, out, table string) [][]string {
	t.Helper()
	f, err := os.Open(filepath.Join(out, table+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s.csv: %v", table, err)
	}
	return recs
}

func rbHeader(tb *pipeline.Table) []string {
	var h []string
	for _, c := range tb.Columns {
		h = append(h, c.Name)
	}
	return h
}

// rbRows returns a table's CSV rows after checking its header.
func rbRows(t *testing.T, out string, tb *pipeline.Table) [][]string {
	t.Helper()
	recs := rbCSV(t, out, tb.Name)
	if len(recs) == 0 || !reflect.DeepEqual(recs[0], rbHeader(tb)) {
		t.Fatalf("%s.csv header %v, want %v", tb.Name, recs[:min(1, len(recs))], rbHeader(tb))
	}
	return recs[1:]
}

// rbAgree checks that the Parquet files and aid.xlsx open and hold, for
// every table, as many rows as its CSV file; and that the errors table
// has the same values in all three formats.
func rbAgree(t *testing.T, out string) {
	t.Helper()
	x, err := excelize.OpenFile(filepath.Join(out, "aid.xlsx"))
	if err != nil {
		t.Fatalf("aid.xlsx: %v", err)
	}
	defer x.Close()
	for _, tb := range pipeline.Tables {
		rows := rbRows(t, out, tb)

		pf, err := file.OpenParquetFile(filepath.Join(out, tb.Name+".parquet"), false)
		if err != nil {
			t.Fatalf("%s.parquet: %v", tb.Name, err)
		}
		fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
		if err != nil {
			t.Fatalf("%s.parquet: %v", tb.Name, err)
		}
		tbl, err := fr.ReadTable(context.Background())
		if err != nil {
			t.Fatalf("%s.parquet: %v", tb.Name, err)
		}
		if tbl.NumRows() != int64(len(rows)) || tbl.NumCols() != int64(len(tb.Columns)) {
			t.Errorf("%s.parquet: %d rows, %d columns; the CSV has %d rows, %d columns", tb.Name, tbl.NumRows(), tbl.NumCols(), len(rows), len(tb.Columns))
		}
		if tb == pipeline.ErrorsTable && tbl.NumRows() == int64(len(rows)) {
			for c := 0; c < int(tbl.NumCols()); c++ {
				i := 0
				for _, ch := range tbl.Column(c).Data().Chunks() {
					for k := 0; k < ch.Len(); k++ {
						if got := ch.ValueStr(k); got != rows[i][c] {
							t.Errorf("errors.parquet row %d %s = %q, CSV %q", i, tb.Columns[c].Name, got, rows[i][c])
						}
						i++
					}
				}
			}
		}
		tbl.Release()
		pf.Close()

		sheet, err := x.GetRows(tb.Name)
		if err != nil {
			t.Fatalf("aid.xlsx sheet %s: %v", tb.Name, err)
		}
		if len(sheet) != len(rows)+1 || !reflect.DeepEqual(sheet[0], rbHeader(tb)) {
			t.Errorf("aid.xlsx sheet %s: %d rows (header %v), want %d and the CSV header", tb.Name, len(sheet), sheet[:min(1, len(sheet))], len(rows)+1)
		}
		if tb == pipeline.ErrorsTable && len(sheet) == len(rows)+1 && !reflect.DeepEqual(sheet[1:], rows) {
			t.Errorf("aid.xlsx errors sheet %q, CSV %q", sheet[1:], rows)
		}
	}
}

// rbColumn returns one column of rows of tb.
func rbColumn(rows [][]string, tb *pipeline.Table, col string) []string {
	i := tb.Index(col)
	var out []string
	for _, r := range rows {
		out = append(out, r[i])
	}
	return out
}

// Each kind of document that cannot be read is reported on stderr as
// "aidextract: PATH[:LINE]: reason" and as a row of the errors table; the
// run goes on, writes the other documents' rows and exits with status 2.
func TestDocumentFailures(t *testing.T) {
	type tc struct {
		name  string
		files map[string]string // besides good.txt
		setup func(t *testing.T, in string)
		args  []string
		// source (relative to the input folder, with :LINE) and reason
		source, reason, docID string
		root                  bool // can run as root
		all                   bool // write every format, not only CSV
	}
	tests := []tc{
		{name: "binary content", files: map[string]string{"bin.txt": "Canada\x00gave"},
			source: "bin.txt", docID: "bin", reason: "binary file", root: true, all: true},
		{name: "UTF-16", files: map[string]string{"wide.txt": "\xff\xfeC\x00a\x00"},
			source: "wide.txt", docID: "wide", reason: "UTF-16 text is not supported; convert the file to UTF-8", root: true},
		{name: "invalid UTF-8 beyond repair", files: map[string]string{"bad.txt": "Canada \xffgave \xfe$5 million."},
			source: "bad.txt", docID: "bad", reason: "invalid UTF-8 beyond repair at byte 7", root: true},
		{name: "HTML too deep", files: map[string]string{"deep.html": strings.Repeat("<div>", 20) + "Canada gave $5 million."},
			args:   []string{"--max-html-depth", "10"},
			source: "deep.html", docID: "deep", reason: "HTML nested deeper than 10 elements (--max-html-depth)", root: true},
		{name: "HTML the parser refuses", files: map[string]string{"nest.html": strings.Repeat("<div>", 600)},
			args:   []string{"--max-html-depth", "1000"},
			source: "nest.html", docID: "nest", reason: "HTML nested deeper than 512 elements (--max-html-depth)", root: true},
		{name: "JSONL line not JSON", files: map[string]string{"c.jsonl": `{"id":"j1","text":"Canada gave $5 million."}` + "\n{\"id\": \"j2\", text}\n"},
			source: "c.jsonl:2", docID: "c-2", reason: "invalid JSON: invalid character 't' looking for beginning of object key string", root: true, all: true},
		{name: "JSONL line lacking text", files: map[string]string{"c.jsonl": "\n" + `{"id":"j2","title":"no text"}` + "\n"},
			source: "c.jsonl:2", docID: "j2", reason: `record has neither "text" nor "html"`, root: true},
		{name: "JSONL text not a string", files: map[string]string{"c.jsonl": `{"id":7,"text":["x"]}`},
			source: "c.jsonl:1", docID: "7", reason: `"text": want a string, got ["x"]`, root: true},
		{name: "JSONL not an object", files: map[string]string{"c.jsonl": `["text"]`},
			source: "c.jsonl:1", docID: "c-1", reason: "want a JSON object", root: true},
		{name: "document too large", files: map[string]string{"big.txt": strings.Repeat("aid ", 30)},
			args:   []string{"--max-doc-bytes", "100"},
			source: "big.txt", docID: "big", reason: "document is larger than the limit of 100 bytes (--max-doc-bytes)", root: true},
		{name: "JSONL record too large", files: map[string]string{"c.jsonl": `{"id":"j1","text":"` + strings.Repeat("x", 101) + `"}`},
			args:   []string{"--max-doc-bytes", "100"},
			source: "c.jsonl:1", docID: "j1", reason: "document is larger than the limit of 100 bytes (--max-doc-bytes)", root: true},
		{name: "line too long", files: map[string]string{"long.txt": "short\n" + strings.Repeat("x", 1025) + "\n"},
			args:   []string{"--max-line-bytes", "1024"},
			source: "long.txt", docID: "long", reason: "line 2 is longer than the limit of 1 KiB (--max-line-bytes)", root: true},
		{name: "JSONL line too long", files: map[string]string{"c.jsonl": `{"id":"j1","text":"` + strings.Repeat("x", 100) + `"}`},
			args:   []string{"--max-line-bytes", "100"},
			source: "c.jsonl:1", docID: "c-1", reason: "line 1 is longer than the limit of 100 bytes (--max-line-bytes)", root: true},
		{name: "dangling link", setup: func(t *testing.T, in string) {
			if err := os.Symlink(filepath.Join(in, "nowhere.txt"), filepath.Join(in, "gone.txt")); err != nil {
				t.Skip(err)
			}
		}, source: "gone.txt", docID: "gone", reason: "no such file or directory", root: true},
		{name: "link loop", setup: func(t *testing.T, in string) {
			if err := os.Symlink("loop.txt", filepath.Join(in, "loop.txt")); err != nil {
				t.Skip(err)
			}
		}, source: "loop.txt", docID: "loop", reason: "too many levels of symbolic links", root: true},
		{name: "truncated gzip", setup: func(t *testing.T, in string) {
			gz := gzipBytes(t, strings.Repeat(goodText+" ", 500))
			rbWrite(t, in, map[string]string{"trunc.txt.gz": string(gz[:len(gz)/2])})
		}, source: "trunc.txt.gz", docID: "trunc", reason: "gzip: truncated file: unexpected EOF", root: true},
		{name: "corrupt gzip", setup: func(t *testing.T, in string) {
			gz := gzipBytes(t, goodText)
			gz[len(gz)-8] ^= 0xff // the CRC-32
			rbWrite(t, in, map[string]string{"crc.txt.gz": string(gz)})
		}, source: "crc.txt.gz", docID: "crc", reason: "gzip: invalid checksum", root: true},
		{name: "not gzip", files: map[string]string{"plain.jsonl.gz": `{"id":"x","text":"y"}`},
			source: "plain.jsonl.gz", reason: "gzip: invalid header", root: true},
		{name: "empty gzip", files: map[string]string{"empty.txt.gz": ""},
			source: "empty.txt.gz", docID: "empty", reason: "gzip: empty file", root: true},
		{name: "unreadable file", files: map[string]string{"secret.txt": goodText}, setup: func(t *testing.T, in string) {
			if err := os.Chmod(filepath.Join(in, "secret.txt"), 0); err != nil {
				t.Fatal(err)
			}
		}, source: "secret.txt", docID: "secret", reason: "permission denied"},
		{name: "unreadable folder", files: map[string]string{"sub/x.txt": goodText}, setup: func(t *testing.T, in string) {
			sub := filepath.Join(in, "sub")
			if err := os.Chmod(sub, 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(sub, 0o755) })
		}, source: "sub", reason: "permission denied"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.root && os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			in, out := t.TempDir(), t.TempDir()
			rbWrite(t, in, map[string]string{"good.txt": goodText})
			rbWrite(t, in, tt.files)
			if tt.setup != nil {
				tt.setup(t, in)
			}
			args := append([]string{"extract", "--quiet", "--out", out}, tt.args...)
			if !tt.all {
				args = append(args, "--format", "csv")
			}
			code, stdout, stderr := runCLI(t, "", append(args, in)...)
			source := filepath.Join(in, tt.source)
			if want := "aidextract: " + source + ": " + tt.reason + "\n"; code != 2 || stderr != want || stdout != "" {
				t.Fatalf("exit %d, stderr\n%q\nwant exit 2 and\n%q", code, stderr, want)
			}
			errs := rbRows(t, out, pipeline.ErrorsTable)
			docID := tt.docID
			if docID == "" { // a folder or a whole JSONL file: the id is its path
				docID = source
			}
			if want := [][]string{{docID, source, "read", tt.reason}}; !reflect.DeepEqual(errs, want) {
				t.Errorf("errors.csv rows %q, want %q", errs, want)
			}
			// The other documents are written in full.
			docs := rbColumn(rbRows(t, out, pipeline.DocumentsTable), pipeline.DocumentsTable, "doc_id")
			if !slicesContain(docs, "good") {
				t.Errorf("documents %v lack good", docs)
			}
			money := rbRows(t, out, pipeline.MoneyTable)
			if got := rbColumn(money, pipeline.MoneyTable, "mention_id"); !slicesContain(got, "good:m:30") {
				t.Errorf("money mention ids %v lack good:m:30", got)
			}
			if tt.all {
				rbAgree(t, out)
			}
		})
	}
}

// gzipBytes compresses text.
func gzipBytes(t *testing.T, text string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A JSONL stream cut short fails at the line it breaks in; the lines
// before it are read.
func TestTruncatedJSONL(t *testing.T) {
	var jl strings.Builder
	for i := range 3000 {
		jl.WriteString(`{"id":"n` + strconv.Itoa(i) + `","text":"Germany pledged €` + strconv.Itoa(i+1) + ` million on 3 May 2023."}` + "\n")
	}
	gz := gzipBytes(t, jl.String())
	gz = gz[:len(gz)/2]
	// The lines the truncated stream still holds whole.
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	part, err := io.ReadAll(zr)
	if err != io.ErrUnexpectedEOF {
		t.Fatalf("reading the truncated stream: %v", err)
	}
	whole := bytes.Count(part, []byte("\n"))
	if whole == 0 || whole >= 3000 {
		t.Fatalf("%d whole lines", whole)
	}
	in, out := t.TempDir(), t.TempDir()
	rbWrite(t, in, map[string]string{"news.jsonl.gz": string(gz)})
	code, _, stderr := runCLI(t, "", "extract", "--quiet", "--format", "csv", "--out", out, in)
	src := filepath.Join(in, "news.jsonl.gz") + ":" + strconv.Itoa(whole+1)
	if want := "aidextract: " + src + ": gzip: truncated file: unexpected EOF\n"; code != 2 || stderr != want {
		t.Fatalf("exit %d, stderr %q; want 2 and %q", code, stderr, want)
	}
	if got := rbRows(t, out, pipeline.ErrorsTable); !reflect.DeepEqual(got, [][]string{{src, src, "read", "gzip: truncated file: unexpected EOF"}}) {
		t.Errorf("errors.csv rows %q", got)
	}
	if got := len(rbRows(t, out, pipeline.DocumentsTable)); got != whole {
		t.Errorf("%d documents, want %d", got, whole)
	}
}

func slicesContain(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Several failures in one run: each has its line, in input order for read
// failures, and its errors row, sorted by doc_id like every table.
func TestSeveralFailures(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	rbWrite(t, in, map[string]string{
		"a.txt":   goodText,
		"b.txt":   "x\x00",
		"c.jsonl": `{"id":"c1","text":"Germany gave €2 million."}` + "\nnull\n" + `{"id":"c3"}` + "\n",
		"d.html":  "<p>" + strings.Repeat("<b>", 40),
	})
	missing := filepath.Join(in, "missing.txt")
	code, _, stderr := runCLI(t, "", "extract", "--quiet", "--format", "csv", "--max-html-depth", "30", "--out", out, in, missing)
	p := func(name string) string { return filepath.Join(in, name) }
	want := []string{
		"aidextract: " + missing + ": no such file or directory",
		"aidextract: " + p("b.txt") + ": binary file",
		"aidextract: " + p("c.jsonl") + ":2: want a JSON object",
		"aidextract: " + p("c.jsonl") + `:3: record has neither "text" nor "html"`,
		"aidextract: " + p("d.html") + ": HTML nested deeper than 30 elements (--max-html-depth)",
	}
	if got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n"); code != 2 || !reflect.DeepEqual(got, want) {
		t.Fatalf("exit %d, stderr lines\n%q\nwant exit 2 and\n%q", code, got, want)
	}
	wantRows := [][]string{
		{"b", p("b.txt"), "read", "binary file"},
		{"c-2", p("c.jsonl") + ":2", "read", "want a JSON object"},
		{"c3", p("c.jsonl") + ":3", "read", `record has neither "text" nor "html"`},
		{"d", p("d.html"), "read", "HTML nested deeper than 30 elements (--max-html-depth)"},
		{"missing", missing, "read", "no such file or directory"},
	}
	if got := rbRows(t, out, pipeline.ErrorsTable); !reflect.DeepEqual(got, wantRows) {
		t.Errorf("errors.csv rows\n%q\nwant\n%q", got, wantRows)
	}
	if got := rbColumn(rbRows(t, out, pipeline.DocumentsTable), pipeline.DocumentsTable, "doc_id"); !reflect.DeepEqual(got, []string{"a", "c1"}) {
		t.Errorf("documents %v, want a and c1", got)
	}
	if got := rbColumn(rbRows(t, out, pipeline.MoneyTable), pipeline.MoneyTable, "text"); !reflect.DeepEqual(got, []string{"$5 million", "€2 million"}) {
		t.Errorf("money %v", got)
	}
}

// Standard input that fails is reported under the source the documents
// table gives it, "-".
func TestStdinFailure(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCLI(t, "abc\x00", "extract", "--quiet", "--format", "csv", "--out", out, "-")
	if want := "aidextract: -: binary file\n"; code != 2 || stderr != want {
		t.Fatalf("exit %d, stderr %q; want 2 and %q", code, stderr, want)
	}
	if got, want := rbRows(t, out, pipeline.ErrorsTable), [][]string{{"stdin", "-", "read", "binary file"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("errors.csv rows %q, want %q", got, want)
	}
}

// --fail-fast stops at the first failure: exit 2, a line for the document
// and one for the stop, nothing written, earlier outputs unchanged.
func TestFailFast(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	rbWrite(t, in, map[string]string{"a.txt": goodText})
	if code, _, stderr := runCLI(t, "", "extract", "--quiet", "--emit-text", "--out", out, in); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := rbSnapshot(t, out)
	if len(before) < 2*len(pipeline.Tables)+2 {
		t.Fatalf("first run wrote only %d files", len(before))
	}
	rbWrite(t, in, map[string]string{"b.txt": "x\x00", "c.txt": "Germany gave €2 million."})
	code, _, stderr := runCLI(t, "", "extract", "--quiet", "--emit-text", "--fail-fast", "--out", out, in)
	want := "aidextract: " + filepath.Join(in, "b.txt") + ": binary file\n" +
		"aidextract: stopped at the first document that failed (--fail-fast): some documents failed\n"
	if code != 2 || stderr != want {
		t.Fatalf("exit %d, stderr\n%q\nwant 2 and\n%q", code, stderr, want)
	}
	rbSame(t, out, before)

	// Into a fresh folder: nothing at all.
	fresh := filepath.Join(t.TempDir(), "out")
	if code, _, _ := runCLI(t, "", "extract", "--quiet", "--fail-fast", "--out", fresh, in); code != 2 {
		t.Fatalf("exit %d", code)
	}
	if got := rbSnapshot(t, fresh); len(got) != 0 {
		t.Errorf("--fail-fast wrote %v", mapKeys(got))
	}
	// Without failures --fail-fast changes nothing.
	os.Remove(filepath.Join(in, "b.txt"))
	if code, _, stderr := runCLI(t, "", "extract", "--quiet", "--fail-fast", "--format", "csv", "--out", fresh, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := rbColumn(rbRows(t, fresh, pipeline.DocumentsTable), pipeline.DocumentsTable, "doc_id"); !reflect.DeepEqual(got, []string{"a", "c"}) {
		t.Errorf("documents %v", got)
	}
}

func mapKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// A whole-run failure exits non-zero with one clear line and leaves the
// outputs of an earlier run byte for byte as they were.
func TestWholeRunFailures(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	rbWrite(t, in, map[string]string{"a.txt": goodText})
	if code, _, stderr := runCLI(t, "", "extract", "--quiet", "--emit-text", "--out", out, in); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := rbSnapshot(t, out)
	rbWrite(t, in, map[string]string{"b.txt": "Germany gave €2 million."})
	regular := filepath.Join(t.TempDir(), "file")
	rbWrite(t, filepath.Dir(regular), map[string]string{"file": "x"})

	tests := []struct {
		name string
		args []string
		code int
		line string // the one line on stderr
	}{
		{"output folder under a file", []string{"--out", filepath.Join(regular, "out"), in}, 1,
			"aidextract: output folder " + filepath.Join(regular, "out") + ": mkdir " + regular + ": not a directory"},
		{"output folder is a file", []string{"--out", regular, in}, 1,
			"aidextract: output folder " + regular + ": not a directory"},
		{"unknown flag", []string{"--out", out, "--bogus", in}, 2,
			"aidextract extract: flag provided but not defined: -bogus (see 'aidextract extract --help')"},
		{"bad number", []string{"--out", out, "--max-doc-bytes", "lots", in}, 2,
			`aidextract extract: invalid value "lots" for flag -max-doc-bytes: parse error (see 'aidextract extract --help')`},
		{"zero limit", []string{"--out", out, "--max-line-bytes", "0", in}, 2,
			"aidextract extract: --max-doc-bytes, --max-line-bytes and --max-html-depth must be positive, --workers not negative"},
		{"negative workers", []string{"--out", out, "--workers", "-1", in}, 2,
			"aidextract extract: --max-doc-bytes, --max-line-bytes and --max-html-depth must be positive, --workers not negative"},
		{"unknown format", []string{"--out", out, "--format", "csv,pdf", in}, 2,
			`aidextract extract: --format: unknown format "pdf" (want csv, xlsx or parquet)`},
		{"no format", []string{"--out", out, "--format", ",", in}, 2,
			"aidextract extract: --format: no output format (want csv, xlsx or parquet)"},
		{"bad date", []string{"--out", out, "--doc-date", "3 May", in}, 2,
			`aidextract extract: --doc-date "3 May": want YYYY-MM-DD`},
		{"no input", []string{"--out", out}, 2,
			"aidextract extract: no input; name files, directories or - for stdin (see 'aidextract extract --help')"},
	}
	if os.Geteuid() != 0 {
		tests = append(tests, struct {
			name string
			args []string
			code int
			line string
		}{"output folder not writable", []string{"--out", out, in}, 1, "aidextract: output folder " + out + ": permission denied"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "output folder not writable" {
				if err := os.Chmod(out, 0o555); err != nil {
					t.Fatal(err)
				}
				defer os.Chmod(out, 0o755)
			}
			code, stdout, stderr := runCLI(t, "", append([]string{"extract", "--quiet"}, tt.args...)...)
			if code != tt.code || stderr != tt.line+"\n" || stdout != "" {
				t.Errorf("exit %d, stderr\n%q\nwant exit %d and\n%q", code, stderr, tt.code, tt.line+"\n")
			}
			rbSame(t, out, before)
		})
	}
	// The summary is not printed after a whole-run failure either.
	code, _, stderr := runCLI(t, "", "extract", "--out", filepath.Join(regular, "out"), in)
	if code != 1 || strings.Count(stderr, "\n") != 1 {
		t.Errorf("without --quiet: exit %d, stderr %q", code, stderr)
	}
}

// Empty inputs and documents with nothing to extract give valid, empty
// tables in every format, and exit 0.
func TestEmptyInputs(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		stdin    string
		stdinArg bool
		docs     []string // doc_id of each documents row
		chars    []string
	}{
		{name: "empty folder", files: map[string]string{}},
		{name: "empty text file", files: map[string]string{"e.txt": ""}, docs: []string{"e"}, chars: []string{"0"}},
		{name: "empty HTML file", files: map[string]string{"e.html": ""}, docs: []string{"e"}, chars: []string{"0"}},
		{name: "HTML with no text", files: map[string]string{"e.html": "<html><head><script>x=1</script></head><body><nav>menu</nav></body></html>"}, docs: []string{"e"}, chars: []string{"0"}},
		{name: "empty JSONL file", files: map[string]string{"e.jsonl": ""}},
		{name: "blank JSONL lines", files: map[string]string{"e.jsonl": "\n  \n\r\n"}},
		{name: "JSONL empty text", files: map[string]string{"e.jsonl": `{"id":"x","text":""}`}, docs: []string{"x"}, chars: []string{"0"}},
		{name: "nothing to extract", files: map[string]string{"n.txt": "Hello, world. Nothing to see here.\n"}, docs: []string{"n"}, chars: []string{"35"}},
		{name: "empty stdin", stdinArg: true, docs: []string{"stdin"}, chars: []string{"0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			rbWrite(t, in, tt.files)
			arg := in
			if tt.stdinArg {
				arg = "-"
			}
			code, _, stderr := runCLI(t, tt.stdin, "extract", "--out", out, arg)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if want := "aidextract: " + strconv.Itoa(len(tt.docs)) + " documents"; !strings.HasPrefix(stderr, want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr %q, want one summary line starting %q", stderr, want)
			}
			for _, tb := range pipeline.Tables {
				rows := rbRows(t, out, tb)
				if tb == pipeline.DocumentsTable {
					if got := rbColumn(rows, tb, "doc_id"); !reflect.DeepEqual(got, tt.docs) {
						t.Errorf("documents %v, want %v", got, tt.docs)
					}
					if got := rbColumn(rows, tb, "chars"); !reflect.DeepEqual(got, tt.chars) {
						t.Errorf("chars %v, want %v", got, tt.chars)
					}
					continue
				}
				if len(rows) != 0 {
					t.Errorf("%s.csv has rows %q", tb.Name, rows)
				}
			}
			rbAgree(t, out)
			if b, err := os.ReadFile(filepath.Join(out, "datapackage.json")); err != nil || !bytes.Contains(b, []byte(`"errors.csv"`)) {
				t.Errorf("datapackage.json: %v", err)
			}
		})
	}
}

// Invalid UTF-8 that can be repaired is replaced with U+FFFD and counted;
// the offsets point into the repaired text, which --emit-text writes.
func TestRepairedUTF8(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	raw := "Canada \xffgave $5 million on 3 May 2023 to Ukraine, " + strings.Repeat("and more aid ", 170) + "\xe2\x82 with \xc3(\n"
	rbWrite(t, in, map[string]string{"r.txt": raw})
	code, _, stderr := runCLI(t, "", "extract", "--emit-text", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "warnings: 3 invalid UTF-8 sequences replaced with U+FFFD") {
		t.Errorf("summary %q does not count 3 repairs", stderr)
	}
	text, err := os.ReadFile(filepath.Join(out, "text", "r.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.ToValidUTF8(raw, "\uFFFD"); string(text) != want {
		t.Fatalf("text %q, want %q", text, want)
	}
	runes := []rune(string(text))
	docs := rbRows(t, out, pipeline.DocumentsTable)
	if got := rbColumn(docs, pipeline.DocumentsTable, "chars"); !reflect.DeepEqual(got, []string{strconv.Itoa(len(runes))}) {
		t.Errorf("chars %v, want %d", got, len(runes))
	}
	n := 0
	for _, tb := range []*pipeline.Table{pipeline.MoneyTable, pipeline.DatesTable} {
		for _, r := range rbRows(t, out, tb) {
			cs, _ := strconv.Atoi(r[tb.Index("char_start")])
			ce, _ := strconv.Atoi(r[tb.Index("char_end")])
			if cs < 0 || ce > len(runes) || cs >= ce || string(runes[cs:ce]) != r[tb.Index("text")] {
				t.Errorf("%s row %q is not text[%d:%d]", tb.Name, r, cs, ce)
			}
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d money and date rows, want $5 million and 3 May 2023", n)
	}
	if errs := rbRows(t, out, pipeline.ErrorsTable); len(errs) != 0 {
		t.Errorf("errors %q", errs)
	}
}
