package pipeline

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// rdLog runs ReadAll with an OnError that records every failure and goes
// on. It returns one line per event in order: "doc ID" for a document
// (with "repaired=N" when N > 0) and "err DOCID|MESSAGE" for a failure.
func rdLog(t *testing.T, paths []string, stdin string, opt ReadOptions) ([]string, []*ReadError) {
	t.Helper()
	var log []string
	var errs []*ReadError
	opt.OnError = func(e *ReadError) error {
		errs = append(errs, e)
		log = append(log, "err "+e.DocID+"|"+e.Error())
		return nil
	}
	err := ReadAll(paths, strings.NewReader(stdin), opt, func(d *model.Document) error {
		s := "doc " + d.ID
		if d.Repaired > 0 {
			s += fmt.Sprintf(" repaired=%d", d.Repaired)
		}
		log = append(log, s)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadAll with a lenient OnError: %v", err)
	}
	return log, errs
}

func rdLogCompare(t *testing.T, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
}

// TestReadOnErrorContinues reads a directory holding every kind of bad
// document between good ones: each failure is reported once, in input
// order, and reading goes on.
func TestReadOnErrorContinues(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 101)
	rdWrite(t, dir, "a.txt", []byte("alpha\n"))
	rdWrite(t, dir, "b.txt", []byte("PK\x03\x04\x00\x00"))
	rdWrite(t, dir, "c.txt", []byte{0xFE, 0xFF, 0, 'a'})
	rdWrite(t, dir, "d.html", []byte("<p>caf\xe9 cr\xe8me</p>"))
	rdWrite(t, dir, "e.html", []byte("<div><div><div><div>deep</div></div></div></div>"))
	rdWrite(t, dir, "f.jsonl", []byte(strings.Join([]string{
		`{"id":"one","text":"first"}`,
		`{"id":"two","text":`,
		`{"id":"x","title":"no text"}`,
		`{"id":"y","text":"t","date":"yesterday"}`,
		`{"text":"` + long + `"}`,
		`{"text":"no id, after the failures"}`,
		"",
	}, "\n")))
	rdWrite(t, dir, "g.txt", []byte(strings.Repeat("g", 201)))
	rdWrite(t, dir, "h.txt", []byte("short\r\n"+long+"\r\nshort\n"))
	rdWrite(t, dir, "i.md", []byte("# Caf\xe9\n"))
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "j.txt")); err != nil {
		t.Fatal(err)
	}
	rdWrite(t, dir, "z.txt", []byte("omega\n"))
	missing := filepath.Join(t.TempDir(), "nope.txt")
	notDir := filepath.Join(dir, "a.txt", "x.txt")

	opt := ReadOptions{MaxDocBytes: 200, MaxLineBytes: 100, MaxHTMLDepth: 5}
	log, errs := rdLog(t, []string{dir, missing, notDir, "-"}, "bin\x00ary", opt)
	p := func(name string) string { return filepath.Join(dir, name) }
	rdLogCompare(t, log, []string{
		// Paths that do not exist are reported before any document.
		"err nope|" + missing + ": no such file or directory",
		"err x|" + notDir + ": not a directory",
		"doc a",
		"err b|" + p("b.txt") + ": binary file",
		"err c|" + p("c.txt") + ": UTF-16 text is not supported; convert the file to UTF-8",
		"err d|" + p("d.html") + ": invalid UTF-8 beyond repair at byte 6",
		"err e|" + p("e.html") + ": HTML nested deeper than 5 elements (--max-html-depth)",
		"doc one",
		"err f-2|" + p("f.jsonl") + ":2: invalid JSON: unexpected end of JSON input",
		"err x-2|" + p("f.jsonl") + `:3: record has neither "text" nor "html"`,
		"err y|" + p("f.jsonl") + `:4: bad date "yesterday": want YYYY-MM-DD or an RFC 3339 timestamp`,
		"err f-5|" + p("f.jsonl") + ":5: line 5 is longer than the limit of 100 bytes (--max-line-bytes)",
		"doc f-6",
		"err g|" + p("g.txt") + ": document is larger than the limit of 200 bytes (--max-doc-bytes)",
		"err h|" + p("h.txt") + ": line 2 is longer than the limit of 100 bytes (--max-line-bytes)",
		"doc i repaired=1",
		"err j|" + p("j.txt") + ": no such file or directory",
		"doc z",
		"err stdin|stdin: binary file",
	})
	// The line that is not JSON has no id: its error takes
	// "<base>-<line>". "x" was taken by the path that is not a directory.
	for _, e := range errs {
		if e.Path == p("f.jsonl") && e.Line == 0 {
			t.Errorf("JSONL error %v without a line", e)
		}
		if e.Path != p("f.jsonl") && e.Line != 0 {
			t.Errorf("error %v has a line", e)
		}
	}
	if !errors.Is(errs[0], fs.ErrNotExist) {
		t.Errorf("%v does not match fs.ErrNotExist", errs[0])
	}
	var sources []string
	for _, e := range errs {
		if e.DocID == "d" || e.DocID == "f-2" || e.DocID == "stdin" {
			sources = append(sources, e.Source())
		}
	}
	if want := []string{p("d.html"), p("f.jsonl") + ":2", "-"}; !reflect.DeepEqual(sources, want) {
		t.Errorf("sources %q, want %q", sources, want)
	}
}

// TestReadOnErrorStops checks that an error from OnError stops the walk
// and is returned as is.
func TestReadOnErrorStops(t *testing.T) {
	dir := t.TempDir()
	rdWrite(t, dir, "a.txt", []byte("a"))
	rdWrite(t, dir, "b.txt", []byte("b\x00"))
	rdWrite(t, dir, "c.jsonl", []byte("{\"text\":\"c1\"}\nnot json\n{\"text\":\"c3\"}\n"))
	rdWrite(t, dir, "d.txt", []byte("d"))
	stop := errors.New("stop")

	run := func(paths []string, stopAt int) (docs []string, calls int, err error) {
		err = ReadAll(paths, nil, ReadOptions{OnError: func(*ReadError) error {
			if calls++; calls == stopAt {
				return stop
			}
			return nil
		}}, func(d *model.Document) error {
			docs = append(docs, d.ID)
			return nil
		})
		return docs, calls, err
	}

	docs, calls, err := run([]string{dir}, 1)
	if err != stop || calls != 1 || !reflect.DeepEqual(docs, []string{"a"}) {
		t.Errorf("stop at the first: got %q, %d calls, error %v", docs, calls, err)
	}
	docs, calls, err = run([]string{dir}, 2)
	if err != stop || calls != 2 || !reflect.DeepEqual(docs, []string{"a", "c-1"}) {
		t.Errorf("stop at the JSONL line: got %q, %d calls, error %v", docs, calls, err)
	}
	docs, calls, err = run([]string{dir}, 3)
	if err != nil || calls != 2 || !reflect.DeepEqual(docs, []string{"a", "c-1", "c-3", "d"}) {
		t.Errorf("no stop: got %q, %d calls, error %v", docs, calls, err)
	}
	// A missing path stops the run before any document is read.
	docs, calls, err = run([]string{dir, filepath.Join(dir, "nope")}, 1)
	if err != stop || calls != 1 || len(docs) != 0 {
		t.Errorf("missing path: got %q, %d calls, error %v", docs, calls, err)
	}
	// Standard input that is not there is a failed document too.
	docs, calls, err = run([]string{"-", filepath.Join(dir, "d.txt")}, 2)
	if err != nil || calls != 1 || !reflect.DeepEqual(docs, []string{"d"}) {
		t.Errorf("no stdin: got %q, %d calls, error %v", docs, calls, err)
	}
}

// TestReadNilOnErrorStops checks that without OnError the first failure
// stops ReadAll after the documents before it, whatever the failure.
func TestReadNilOnErrorStops(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		data string
		opt  ReadOptions
		want string
	}{
		{"bad.txt", "a\x00", ReadOptions{}, "binary file"},
		{"bad.html", "<p>x", ReadOptions{MaxHTMLDepth: 2}, "HTML nested deeper than 2 elements (--max-html-depth)"},
		{"bad.txt", "12345", ReadOptions{MaxDocBytes: 4}, "document is larger than the limit of 4 bytes (--max-doc-bytes)"},
		{"bad.txt", "1\n12345", ReadOptions{MaxLineBytes: 4}, "line 2 is longer than the limit of 4 bytes (--max-line-bytes)"},
		{"bad.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"12345\"}\n{\"text\":\"c\"}", ReadOptions{MaxDocBytes: 4},
			"document is larger than the limit of 4 bytes (--max-doc-bytes)"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := filepath.Join(dir, fmt.Sprint(i))
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			rdWrite(t, sub, "a.txt", []byte("a"))
			bad := rdWrite(t, sub, tt.name, []byte(tt.data))
			rdWrite(t, sub, "c.txt", []byte("c"))
			docs, err := rdCollect(t, []string{sub}, "", tt.opt)
			var re *ReadError
			if !errors.As(err, &re) || re.Path != bad || re.Err.Error() != tt.want {
				t.Fatalf("got error %v, want %s: %s", err, bad, tt.want)
			}
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.ID)
			}
			want := []string{"a"}
			if strings.HasSuffix(tt.name, ".jsonl") {
				want = append(want, "bad-1")
			}
			if !reflect.DeepEqual(ids, want) {
				t.Errorf("documents %q, want %q", ids, want)
			}
		})
	}
}

func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not apply to root")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	rdWrite(t, locked, "x.txt", []byte("x"))
	secret := rdWrite(t, dir, "secret.txt", []byte("s"))
	rdWrite(t, dir, "z.txt", []byte("z"))
	for _, p := range []string{locked, secret} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	log, _ := rdLog(t, []string{dir}, "", ReadOptions{})
	rdLogCompare(t, log, []string{
		"err |" + locked + ": permission denied",
		"err secret|" + secret + ": permission denied",
		"doc z",
	})
}

func TestReadRepair(t *testing.T) {
	kb := strings.Repeat("abcdefghij", 100) // 1,000 bytes
	tests := []struct {
		name, in, text string
		repaired       int
		err            string
	}{
		{"valid", "caf\u00e9 \ufffd", "caf\u00e9 \ufffd", 0, ""},
		{"one byte", "caf\xe9", "caf\ufffd", 1, ""},
		{"truncated sequence", "\u20ac1 \xe2\x82", "\u20ac1 \ufffd", 1, ""},
		{"a run is one sequence", kb + "a\xff\xfe\xfdb" + "\xc0\xaf", kb + "a\ufffdb\ufffd", 2, ""},
		{"after the BOM", "\ufeffx\xff", "x\ufffd", 1, ""},
		{"one per 1,000 bytes", kb[:996] + "\xff", kb[:996] + "\ufffd", 1, ""},
		{"two in 1,000 bytes", "\xff" + kb[:997] + "\xff", "", 0, "invalid UTF-8 beyond repair at byte 0"},
		{"two in 1,001 bytes", kb[:999] + "\xff\u00e9\xff", kb[:999] + "\ufffd\u00e9\ufffd", 2, ""},
		{"Latin-1", "<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>", "", 0, "invalid UTF-8 beyond repair at byte 6"},
		{"offsets count the BOM", "\ufeffab\xc3 \xc3", "", 0, "invalid UTF-8 beyond repair at byte 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReader(ReadOptions{}, nil)
			d := &model.Document{}
			err := r.build(d, []byte(tt.in), kindText)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("got error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.text || d.Repaired != tt.repaired {
				t.Errorf("got %q repaired %d, want %q repaired %d", d.Text, d.Repaired, tt.text, tt.repaired)
			}
		})
	}

	t.Run("files", func(t *testing.T) {
		dir := t.TempDir()
		txt := rdWrite(t, dir, "a.txt", []byte("Caf\xe9 pledge\n"))
		page := rdWrite(t, dir, "b.html", []byte("<title>Caf\xe9</title><p>\u20ac5 million</p>"))
		jsonl := rdWrite(t, dir, "c.jsonl", []byte("{\"id\":\"j\",\"text\":\"caf\xe9\"}\n{\"id\":\"k\",\"text\":\"ok\"}\n"))
		docs, err := rdCollect(t, []string{txt, page, jsonl}, "stdin \xff", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		rdCompare(t, docs, []model.Document{
			{ID: "a", Source: txt, Format: "text", Title: "Caf\ufffd pledge", Text: "Caf\ufffd pledge\n", Repaired: 1},
			{ID: "b", Source: page, Format: "html", Title: "Caf\ufffd", Text: "\u20ac5 million", Repaired: 1},
			{ID: "j", Source: jsonl + ":1", Format: "jsonl", Title: "caf\ufffd", Text: "caf\ufffd", Repaired: 1},
			{ID: "k", Source: jsonl + ":2", Format: "jsonl", Title: "ok", Text: "ok"},
		})
		docs, err = rdCollect(t, []string{"-"}, "stdin \xff", ReadOptions{})
		if err != nil || len(docs) != 1 || docs[0].Text != "stdin \ufffd" || docs[0].Repaired != 1 {
			t.Errorf("stdin: got %+v, error %v", docs, err)
		}
	})
}

func TestReadDocLimit(t *testing.T) {
	dir := t.TempDir()
	at := rdWrite(t, dir, "at.txt", []byte("0123456789"))
	over := rdWrite(t, dir, "over.html", []byte("<p>3456789012"))
	jsonl := rdWrite(t, dir, "c.jsonl", []byte(`{"text":"0123456789"}`+"\n"+`{"text":"01234567890"}`+"\n"))
	opt := ReadOptions{MaxDocBytes: 10}
	log, _ := rdLog(t, []string{at, over, jsonl}, "", opt)
	const reason = "document is larger than the limit of 10 bytes (--max-doc-bytes)"
	rdLogCompare(t, log, []string{
		"doc at",
		"err over|" + over + ": " + reason,
		"doc c-1",
		"err c-2|" + jsonl + ":2: " + reason,
	})
	log, _ = rdLog(t, []string{"-"}, "0123456789", opt)
	rdLogCompare(t, log, []string{"doc stdin"})
	log, _ = rdLog(t, []string{"-"}, "01234567890", opt)
	rdLogCompare(t, log, []string{"err stdin|stdin: " + reason})

	// The default limit, checked on the file's size before reading: a
	// sparse file takes no room.
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(DefaultMaxDocBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = rdCollect(t, []string{big}, "", ReadOptions{})
	if want := big + ": document is larger than the limit of 64 MiB (--max-doc-bytes)"; err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}
}

func TestReadLineLimit(t *testing.T) {
	dir := t.TempDir()
	ten := "0123456789"
	ok := rdWrite(t, dir, "ok.txt", []byte(ten+"\r\n"+ten+"\n"+ten))
	long := rdWrite(t, dir, "long.md", []byte(ten+"\n\n"+ten+ten+"1\n"))
	page := rdWrite(t, dir, "page.html", []byte("<p>"+ten+ten+"</p>")) // HTML has no line limit
	line := `{"text":"` + ten[:9] + `"}`                               // 20 bytes
	huge := `{"text":"` + strings.Repeat("y", 300_000) + `"}`          // longer than the read buffer
	jsonl := rdWrite(t, dir, "c.jsonl", []byte(line+"\r\n"+line+"x\n"+huge+"\n"+line+"\n{\"text\":\"\xff \xfe\"}"))
	log, _ := rdLog(t, []string{ok, long, page, jsonl}, "", ReadOptions{MaxLineBytes: 20})
	const limit = " is longer than the limit of 20 bytes (--max-line-bytes)"
	rdLogCompare(t, log, []string{
		"doc ok",
		"err long|" + long + ": line 3" + limit,
		"doc page",
		"doc c-1",
		"err c-2|" + jsonl + ":2: line 2" + limit,
		"err c-3|" + jsonl + ":3: line 3" + limit,
		"doc c-4",
		// Offsets stay right after a skipped line.
		fmt.Sprintf("err c-5|%s:5: invalid UTF-8 beyond repair at byte %d", jsonl, 22+22+len(huge)+1+21+9),
	})

	log, _ = rdLog(t, []string{"-"}, ten+"\n"+ten+"1", ReadOptions{MaxLineBytes: 10})
	rdLogCompare(t, log, []string{"err stdin|stdin: line 2 is longer than the limit of 10 bytes (--max-line-bytes)"})
}

// TestReadJSONLStreams checks that a JSONL file is read with bounded
// memory, whatever the length of its lines.
func TestReadJSONLStreams(t *testing.T) {
	const size = 64 << 20
	in := io.MultiReader(
		strings.NewReader(`{"text":"`),
		io.LimitReader(rdRepeat('y'), size),
		strings.NewReader("\"}\n{\"text\":\"last\"}\n"),
	)
	var docs []model.Document
	var errs []*ReadError
	r := newReader(ReadOptions{MaxLineBytes: 1 << 20, OnError: func(e *ReadError) error {
		errs = append(errs, e)
		return nil
	}}, func(d *model.Document) error {
		docs = append(docs, *d)
		return nil
	})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := r.readJSONL("s.jsonl", in)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || errs[0].Error() != "s.jsonl:1: line 1 is longer than the limit of 1 MiB (--max-line-bytes)" {
		t.Errorf("errors %v", errs)
	}
	if len(docs) != 1 || docs[0].Text != "last" || docs[0].ID != "s-2" {
		t.Errorf("documents %+v", docs)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
		t.Errorf("reading a 64 MiB line took %d bytes", alloc)
	}
}

// rdRepeat is an endless stream of one byte.
type rdRepeat byte

func (b rdRepeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

func TestReadHTMLDepth(t *testing.T) {
	divs := func(n int) string { return strings.Repeat("<div>", n) + "x" }
	tests := []struct {
		name  string
		in    string
		limit int
		err   string
	}{
		{"at the limit", divs(3), 5, ""}, // html > body > div > div > div
		{"over the limit", divs(4), 5, "HTML nested deeper than 5 elements (--max-html-depth)"},
		{"closed elements do not nest", strings.Repeat("<div>x</div>", 100), 5, ""},
		{"implicitly closed paragraphs do not nest", strings.Repeat("<p>x", 100), 5, ""},
		{"default at the limit", divs(254), 0, ""},
		{"default over the limit", divs(255), 0, "HTML nested deeper than 256 elements (--max-html-depth)"},
		{"parser limit", divs(600), 1000, "HTML nested deeper than 512 elements (--max-html-depth)"},
		{"nesting that would exhaust the stack", strings.Repeat("<b><i><u><s>", 300_000), 0,
			"HTML nested deeper than 256 elements (--max-html-depth)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReader(ReadOptions{MaxHTMLDepth: tt.limit}, nil)
			d := &model.Document{}
			err := r.build(d, []byte(tt.in), kindHTML)
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.err != "" && (err == nil || err.Error() != tt.err):
				t.Errorf("got error %v, want %s", err, tt.err)
			case err == nil && !strings.HasPrefix(d.Text, "x"):
				t.Errorf("text %q", d.Text)
			}
		})
	}
}

func TestReadEmptyInputs(t *testing.T) {
	dir := t.TempDir()
	txt := rdWrite(t, dir, "a.txt", nil)
	page := rdWrite(t, dir, "b.html", nil)
	empty := rdWrite(t, dir, "c.jsonl", nil)
	blank := rdWrite(t, dir, "d.jsonl", []byte("\n  \r\n\t\n"))
	bom := rdWrite(t, dir, "e.txt", []byte("\ufeff"))
	docs, err := rdCollect(t, []string{txt, page, empty, blank, bom, "-"}, "", ReadOptions{OnError: func(e *ReadError) error {
		t.Errorf("unexpected error %v", e)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	rdCompare(t, docs, []model.Document{
		{ID: "a", Source: txt, Format: "text"},
		{ID: "b", Source: page, Format: "html"},
		{ID: "e", Source: bom, Format: "text"},
		{ID: "stdin", Source: "-", Format: "text"},
	})
}

// TestReadErrorDocIDs checks that DocIDs are unique together with the
// document ids, and that ReadError reads "PATH[:LINE]: reason".
func TestReadErrorDocIDs(t *testing.T) {
	dir := t.TempDir()
	a := rdWrite(t, dir, "a.txt", []byte("a\x00"))
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	a2 := rdWrite(t, sub, "a.txt", []byte("fine"))
	j := rdWrite(t, sub, "j.jsonl", []byte("{\"id\":\"a\",\"text\":5}\n{\"id\":\"a\",\"text\":\"x\"}\n"))
	log, errs := rdLog(t, []string{a, a2, j}, "", ReadOptions{})
	rdLogCompare(t, log, []string{
		"err a|" + a + ": binary file",
		"doc a-2",
		"err a-3|" + j + `:1: "text": want a string, got 5`,
		"doc a-4",
	})
	if len(errs) == 3 {
		want := &ReadError{Path: j, Line: 1, DocID: "a-3", Err: errs[1].Err}
		if !reflect.DeepEqual(errs[1], want) {
			t.Errorf("got %#v, want %#v", errs[1], want)
		}
	}
	for _, tt := range []struct {
		e    *ReadError
		want string
	}{
		{&ReadError{Path: "p.txt", DocID: "p", Err: errBinary}, "p.txt: binary file"},
		{&ReadError{Path: "c.jsonl", Line: 3, DocID: "x", Err: errBinary}, "c.jsonl:3: binary file"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		64 << 20: "64 MiB", 16 << 20: "16 MiB", 4096: "4 KiB", 1000: "1000 bytes", 1: "1 byte",
		1<<20 + 1: "1048577 bytes",
	} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
