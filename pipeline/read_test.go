package pipeline

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

const readersDir = "../testdata/readers/"

// rdCollect runs ReadAll and returns every document it passed on.
func rdCollect(t *testing.T, paths []string, stdin string, opt ReadOptions) ([]model.Document, error) {
	t.Helper()
	var docs []model.Document
	err := ReadAll(paths, strings.NewReader(stdin), opt, func(d *model.Document) error {
		docs = append(docs, *d)
		return nil
	})
	return docs, err
}

func rdDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func rdCompare(t *testing.T, got, want []model.Document) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d documents, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("document %d:\n got %#v\nwant %#v", i, got[i], want[i])
		}
	}
}

// rdJSONL reads in as the JSONL file "c.jsonl" and returns its documents.
func rdJSONL(in string, opt ReadOptions) ([]model.Document, error) {
	var docs []model.Document
	r := newReader(opt, func(d *model.Document) error {
		docs = append(docs, *d)
		return nil
	})
	return docs, r.readJSONL("c.jsonl", strings.NewReader(in))
}

// rdWrite writes a file under dir and returns its path.
func rdWrite(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadHTMLPage(t *testing.T) {
	docs, err := rdCollect(t, []string{readersDir + "page.html"}, "", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rdCompare(t, docs, []model.Document{{
		ID:     "page",
		Source: readersDir + "page.html",
		Format: "html",
		Title:  "Aid to Ukraine: March update",
		Text: strings.Join([]string{
			"New support package",
			"Posted 3 March 2023",
			"Germany will provide €2.7 billion in military aid.\nDeliveries start in May.",
			"40 Marder infantry fighting vehicles",
			"18 Leopard\u00a02 tanks",
			"with ammunition",
			"Pledges by donor",
			"Donor | Amount | Note",
			"Germany | €2.7 billion",
			"Canada | | C$500 million over two years",
			"Line one\n  indented line",
		}, "\n\n"),
	}})
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"empty", "", "", ""},
		{"plain words", "just words", "", "just words"},
		{"li holding p", "<ul><li><p>once</p></li></ul>", "", "once"},
		{"li text around a nested list", "<ul><li>A <b>bold</b> item<ul><li>sub</li></ul>tail</li></ul>", "",
			"A bold item\n\nsub\n\ntail"},
		{"inline elements stay inline", "<p><b>US</b>$5 <a href=x>million</a><sup>1</sup></p>", "", "US$5 million1"},
		{"br", "<p>one <br> two<br><br>three</p>", "", "one\ntwo\n\nthree"},
		{"direct text in div and section", "<div>before<p>para</p>after<section>in section</section></div>", "",
			"before\n\npara\n\nafter\n\nin section"},
		{"dropped elements", "<nav>menu</nav><script>x</script><style>p{}</style><template><p>t</p></template>" +
			"<p>kept</p><aside>side</aside><iframe>f</iframe><svg><text>s</text></svg><button>b</button>", "", "kept"},
		{"nbsp-only paragraph", "<p>&nbsp;</p><p>x &amp; y</p>", "", "x & y"},
		{"definition list and quote", "<dl><dt>Term</dt><dd>Meaning</dd></dl><blockquote><p>Quoted</p></blockquote>", "",
			"Term\n\nMeaning\n\nQuoted"},
		{"figure", "<figure><img src=a.png alt=ignored><figcaption>A  caption</figcaption></figure>", "", "A caption"},
		{"title from h1", "<header><h1>Site</h1></header><h1>Article</h1><p>x</p>", "Article", "Article\n\nx"},
		{"title from h1 in header", "<header><h1>Site</h1></header><p>x</p>", "Site", "x"},
		{"title element wins", "<title>T</title><h1>H</h1>", "T", "H"},
		{"data table", "<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>1</td><td></td><td><p>3</p></td><td></td></tr></table>", "",
			"A | B | C\n\n1 | | 3"},
		{"layout table", "<table><tr><td><p>one</p><p>two</p></td><td>side</td></tr></table>", "",
			"one\n\ntwo\n\nside"},
		{"nested table", "<table><tr><td>outer<table><tr><td>x</td><td>y</td></tr></table></td></tr></table>", "",
			"outer\n\nx | y"},
		{"pre keeps spaces", "<pre>\n  a   b\n\n c  \n</pre>", "", "  a   b\n\n c"},
		{"comments", "<p>a<!-- hidden -->b</p>", "", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title, text, err := htmlText(tt.in, DefaultMaxHTMLDepth)
			if err != nil {
				t.Fatal(err)
			}
			if title != tt.title || text != tt.text {
				t.Errorf("htmlText(%q)\n got title %q text %q\nwant title %q text %q", tt.in, title, text, tt.title, tt.text)
			}
		})
	}
}

func TestReadTextTitle(t *testing.T) {
	long := strings.Repeat("x", maxTitleRunes+1)
	tests := []struct {
		in       string
		markdown bool
		want     string
	}{
		{"", false, ""},
		{"\n\n  Title   here \nbody", false, "Title here"},
		{long + "\nbody", false, ""},
		{strings.Repeat("é", maxTitleRunes), false, strings.Repeat("é", maxTitleRunes)},
		{"intro\n# Heading #\n", true, "Heading"},
		{"# C#\n", true, "C#"},
		{"```\n# comment\n```\n## Sub\n# Real\n", true, "Real"},
		{"## Only a subheading\n", true, "## Only a subheading"},
		{"# heading in a text file\n", false, "# heading in a text file"},
	}
	for _, tt := range tests {
		if got := textTitle(tt.in, tt.markdown); got != tt.want {
			t.Errorf("textTitle(%q, %v) = %q, want %q", tt.in, tt.markdown, got, tt.want)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	docDate := time.Date(2022, 3, 1, 15, 4, 5, 0, time.FixedZone("X", 3600))
	src := readersDir + "corpus.jsonl"
	docs, err := rdCollect(t, []string{src}, "", ReadOptions{DocDate: docDate})
	if err != nil {
		t.Fatal(err)
	}
	rdCompare(t, docs, []model.Document{
		{ID: "kiel-1", Source: src + ":1", Format: "jsonl", Title: "EU facility",
			Date: rdDate(2024, 2, 1), Text: "The EU pledged €50 billion."},
		// The duplicate id gets a suffix; html is converted; the RFC 3339
		// timestamp counts by its own date, not the UTC one.
		{ID: "kiel-1-2", Source: src + ":3", Format: "jsonl", Title: "Second",
			Date: rdDate(2023, 6, 30), Text: "Canada: C$500 million."},
		// No id: file base name and line; no date: --doc-date.
		{ID: "corpus-4", Source: src + ":4", Format: "jsonl", Title: "No id here.",
			Date: rdDate(2022, 3, 1), Text: "No id here.\nSecond line."},
		{ID: "42", Source: src + ":5", Format: "jsonl", Date: rdDate(2022, 3, 1)},
	})
}

func TestReadJSONLErrors(t *testing.T) {
	tests := []struct {
		name, in, want, docID string
	}{
		{"invalid JSON", "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":", "c.jsonl:3: invalid JSON: unexpected end of JSON input", "c-3"},
		{"trailing data", `{"text":"x"} {"text":"y"}`, "c.jsonl:1: invalid JSON: invalid character '{' after top-level value", "c-1"},
		{"not an object", `["text"]`, "c.jsonl:1: want a JSON object", "c-1"},
		{"null", `null`, "c.jsonl:1: want a JSON object", "c-1"},
		{"neither text nor html", `{"id":"a","title":"t"}`, `c.jsonl:1: record has neither "text" nor "html"`, "a"},
		{"null text", `{"id":7,"text":null}`, `c.jsonl:1: record has neither "text" nor "html"`, "7"},
		{"text not a string", `{"text":5}`, `c.jsonl:1: "text": want a string, got 5`, "c-1"},
		{"bad id", `{"id":{"a":1},"text":"x"}`, `c.jsonl:1: "id": want a string or a number, got {"a":1}`, "c-1"},
		{"bad date", `{"id":"d","text":"x","date":"2022-13-01"}`,
			`c.jsonl:1: bad date "2022-13-01": want YYYY-MM-DD or an RFC 3339 timestamp`, "d"},
		{"date not a string", `{"text":"x","date":20220101}`, `c.jsonl:1: "date": want a string, got 20220101`, "c-1"},
		{"invalid UTF-8 beyond repair", "{\"text\":\"ok\"}\n{\"text\":\"a\xffb\xfe\"}",
			"c.jsonl:2: invalid UTF-8 beyond repair at byte 24", "c-2"},
		{"binary", "{\"text\":\"a\x00\"}", "c.jsonl:1: binary file", "c-1"},
		{"escaped NUL", `{"id":"n","text":"a\u0000"}`, `c.jsonl:1: "text" holds a NUL character`, "n"},
		{"HTML too deep", `{"id":"h","html":"<p>x"}`, // html > body > p
			`c.jsonl:1: HTML nested deeper than 2 elements (--max-html-depth)`, "h"},
		{"text too large", `{"id":"big","text":"12345678901"}`,
			`c.jsonl:1: document is larger than the limit of 10 bytes (--max-doc-bytes)`, "big"},
		{"html too large", `{"html":"<p>345678901"}`,
			`c.jsonl:1: document is larger than the limit of 10 bytes (--max-doc-bytes)`, "c-1"},
		{"line too long", `{"text":"` + strings.Repeat("x", 91) + `"}`,
			`c.jsonl:1: line 1 is longer than the limit of 100 bytes (--max-line-bytes)`, "c-1"},
	}
	opt := ReadOptions{MaxHTMLDepth: 2, MaxDocBytes: 10, MaxLineBytes: 100}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rdJSONL(tt.in, opt)
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %s", err, tt.want)
			}
			var re *ReadError
			if !errors.As(err, &re) {
				t.Fatalf("error %T is not a *ReadError", err)
			}
			if re.DocID != tt.docID || re.Path != "c.jsonl" || re.Line == 0 {
				t.Errorf("got DocID %q, path %q, line %d; want DocID %q", re.DocID, re.Path, re.Line, tt.docID)
			}
		})
	}
}

func TestReadJSONLBadLine(t *testing.T) {
	src := readersDir + "bad.jsonl"
	ok := model.Document{ID: "ok", Source: src + ":1", Format: "jsonl", Title: "fine", Text: "fine"}
	after := model.Document{ID: "after", Source: src + ":3", Format: "jsonl", Title: "after the bad line", Text: "after the bad line"}
	const reason = "invalid JSON: unexpected end of JSON input"

	// Without OnError the bad line stops the reader.
	docs, err := rdCollect(t, []string{src}, "", ReadOptions{})
	rdCompare(t, docs, []model.Document{ok})
	if want := src + ":2: " + reason; err == nil || err.Error() != want {
		t.Errorf("got error %v, want %s", err, want)
	}

	// With OnError it is reported and the reader goes on with line 3.
	var errs []*ReadError
	docs, err = rdCollect(t, []string{src}, "", ReadOptions{OnError: func(e *ReadError) error {
		errs = append(errs, e)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	rdCompare(t, docs, []model.Document{ok, after})
	if len(errs) != 1 || errs[0].Path != src || errs[0].Line != 2 || errs[0].DocID != "bad-2" || errs[0].Err.Error() != reason {
		t.Errorf("got errors %+v", errs)
	}
}

func TestReadJSONLLongLine(t *testing.T) {
	text := strings.Repeat("€1 million. ", 100_000) // 1.4 MB on one line
	in := "\ufeff" + `{"id":"long","text":"` + text + `","date":"2023-01-02"}` + "\r\n"
	got, err := rdJSONL(in, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Text != text || got[0].ID != "long" || !got[0].Date.Equal(rdDate(2023, 1, 2)) {
		t.Errorf("long line read wrong: %d documents", len(got))
	}
}

func TestReadAllTree(t *testing.T) {
	dir := readersDir + "tree"
	docs, err := rdCollect(t, []string{dir}, "", ReadOptions{DocDate: rdDate(2023, 5, 6)})
	if err != nil {
		t.Fatal(err)
	}
	d := rdDate(2023, 5, 6)
	// Lexical order; .cache/, b/.hidden.txt and notes.rst are skipped; the
	// extension is matched without case (d.HTM).
	rdCompare(t, docs, []model.Document{
		{ID: "a", Source: dir + "/a.txt", Format: "text", Title: "First text.", Date: d, Text: "First text.\n"},
		{ID: "a-2", Source: dir + "/b/a.txt", Format: "text", Title: "Duplicate name.", Date: d, Text: "Duplicate name.\n"},
		{ID: "c", Source: dir + "/b/c.md", Format: "text", Title: "Markdown title", Date: d,
			Text: "# Markdown title\n\nBody of c.\n"},
		{ID: "d", Source: dir + "/d.HTM", Format: "html", Date: d, Text: "Short page"},
		{ID: "empty", Source: dir + "/empty.txt", Format: "text", Date: d},
	})
}

func TestReadAllInputs(t *testing.T) {
	page := readersDir + "page.html"
	rst := readersDir + "tree/notes.rst"
	docs, err := rdCollect(t, []string{"-", page, rst, page}, "\ufeffAid update\r\n\r\n$5 million.", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 {
		t.Fatalf("got %d documents, want 4", len(docs))
	}
	stdin := model.Document{ID: "stdin", Source: "-", Format: "text", Title: "Aid update", Text: "Aid update\r\n\r\n$5 million."}
	if !reflect.DeepEqual(docs[0], stdin) {
		t.Errorf("stdin:\n got %#v\nwant %#v", docs[0], stdin)
	}
	// A file named explicitly is read whatever its extension.
	rst1 := model.Document{ID: "notes", Source: rst, Format: "text", Title: "not an input", Text: "not an input\n"}
	if !reflect.DeepEqual(docs[2], rst1) {
		t.Errorf("explicit file:\n got %#v\nwant %#v", docs[2], rst1)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if want := []string{"stdin", "page", "notes", "page-2"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
}

func TestReadUniqueIDs(t *testing.T) {
	r := &reader{ids: make(map[string]int)}
	var got []string
	for _, id := range []string{"a", "a", "a-2", "a", "b", "a-3"} {
		got = append(got, r.unique(id))
	}
	if want := []string{"a", "a-2", "a-2-2", "a-3", "b", "a-3-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadAllErrors(t *testing.T) {
	dir := t.TempDir()
	binary := rdWrite(t, dir, "bin.txt", []byte("PK\x03\x04\x00\x00"))
	badUTF8 := rdWrite(t, dir, "latin1.html", []byte("<p>caf\xe9 cr\xe8me</p>"))
	bomBad := rdWrite(t, dir, "bom.txt", []byte("\ufeffab\xc3 \xc3"))
	utf16 := rdWrite(t, dir, "wide.txt", []byte{0xFF, 0xFE, 'a', 0})
	missing := filepath.Join(dir, "nope.txt")
	tests := []struct {
		name  string
		paths []string
		want  string
		docID string
	}{
		{"missing", []string{missing}, missing + ": no such file or directory", "nope"},
		{"binary", []string{binary}, binary + ": binary file", "bin"},
		{"invalid UTF-8", []string{badUTF8}, badUTF8 + ": invalid UTF-8 beyond repair at byte 6", "latin1"},
		{"offset counts the BOM", []string{bomBad}, bomBad + ": invalid UTF-8 beyond repair at byte 5", "bom"},
		{"UTF-16", []string{utf16}, utf16 + ": UTF-16 text is not supported; convert the file to UTF-8", "wide"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rdCollect(t, tt.paths, "", ReadOptions{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %s", err, tt.want)
			}
			var re *ReadError
			if !errors.As(err, &re) || re.DocID != tt.docID || re.Line != 0 {
				t.Errorf("got %#v, want a *ReadError with DocID %q", err, tt.docID)
			}
		})
	}

	t.Run("missing path fails before any document", func(t *testing.T) {
		docs, err := rdCollect(t, []string{readersDir + "page.html", missing}, "", ReadOptions{})
		if len(docs) != 0 || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("got %d documents and error %v", len(docs), err)
		}
	})

	t.Run("stdin binary", func(t *testing.T) {
		_, err := rdCollect(t, []string{"-"}, "a\x00b", ReadOptions{})
		if want := "stdin: binary file"; err == nil || err.Error() != want {
			t.Errorf("got error %v, want %s", err, want)
		}
	})

	t.Run("fn error stops the walk", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := ReadAll([]string{readersDir + "tree", readersDir + "page.html"}, nil, ReadOptions{}, func(*model.Document) error {
			n++
			if n == 2 {
				return stop
			}
			return nil
		})
		if err != stop || n != 2 {
			t.Errorf("got error %v after %d documents, want stop after 2", err, n)
		}
	})
}

// rdReasons are the reasons a text or HTML input may fail with in the fuzz
// targets.
var rdReasons = []string{
	"binary file", "UTF-16 text is not supported", "invalid UTF-8 beyond repair at byte ",
	"HTML nested deeper than ", "line ",
}

func rdKnownReason(err error) bool {
	for _, r := range rdReasons {
		if strings.HasPrefix(err.Error(), r) {
			return true
		}
	}
	return false
}

// rdCheckRepair checks a document built from data against
// strings.ToValidUTF8: text inputs must read as the repaired data.
func rdCheckRepair(t *testing.T, data []byte, d *model.Document, plain bool) {
	t.Helper()
	// data holds no NUL when it was read, so NULs count the repairs.
	repaired := strings.ToValidUTF8(string(data), "\x00")
	if n := strings.Count(repaired, "\x00"); d.Repaired != n {
		t.Fatalf("Repaired = %d, want %d for %q", d.Repaired, n, data)
	}
	if plain {
		want := strings.TrimPrefix(strings.ReplaceAll(repaired, "\x00", "\uFFFD"), "\ufeff")
		if d.Text != want {
			t.Fatalf("text %q, want %q", d.Text, want)
		}
	}
}

func FuzzReadHTML(f *testing.F) {
	if b, err := os.ReadFile(readersDir + "page.html"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"", "<p>a<br>b</p>", "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>",
		"<pre>\n x</pre>", "<ul><li><p>x</li></p>", "<title>t</title><h1>\xff</h1>", "&#xD800;&#0;",
		"<svg><title>s</title></svg><math><mi>x</mi></math>", strings.Repeat("<div>", 40) + "x",
		strings.Repeat("<b><i><u>", 30) + "<p>" + strings.Repeat("</b>", 20),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := newReader(ReadOptions{MaxHTMLDepth: 32}, nil)
		d := &model.Document{}
		if err := r.build(d, data, kindHTML); err != nil {
			if !rdKnownReason(err) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Title) || !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 from %q", data)
		}
		if strings.Contains(d.Title, "\n") {
			t.Fatalf("title %q holds a newline", d.Title)
		}
		rdCheckRepair(t, data, d, false)
	})
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{
		"", "\ufeff# Title\n\nbody\r\n", "caf\xe9", "a\xe2\x82b\xff\xfe", "\xff\xfeU\x00",
		"x\x00y", strings.Repeat("a", 70) + "\nb", strings.Repeat("é", 32) + "\r\n", "\ufeff\xc3",
		"```\n# not\n```\n# Yes #\n",
	} {
		f.Add([]byte(s), false)
	}
	f.Add([]byte("# T\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		const maxLine = 64
		r := newReader(ReadOptions{MaxLineBytes: maxLine}, nil)
		kind := kindText
		if markdown {
			kind = kindMarkdown
		}
		d := &model.Document{}
		err := r.build(d, data, kind)
		long := longLine(data, maxLine)
		if err != nil {
			if !rdKnownReason(err) {
				t.Fatalf("unexpected error %v", err)
			}
			if strings.HasPrefix(err.Error(), "line ") && long == 0 {
				t.Fatalf("error %v, but no line is longer than %d bytes", err, maxLine)
			}
			return
		}
		if long != 0 {
			t.Fatalf("line %d is too long, but no error", long)
		}
		if !utf8.ValidString(d.Title) || !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 from %q", data)
		}
		if strings.Contains(d.Title, "\n") {
			t.Fatalf("title %q holds a newline", d.Title)
		}
		rdCheckRepair(t, data, d, true)
	})
}

func FuzzReadJSONL(f *testing.F) {
	if b, err := os.ReadFile(readersDir + "corpus.jsonl"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		"", "\n\n", `{"id":"a","text":"x"}` + "\n" + `{"id":"a","html":"<p>y"}`,
		`{"id":"a-2","text":"x"}` + "\n" + `{"id":"a","text":""}` + "\n" + `{"id":"a","text":""}`,
		`{"text":"x","date":"2024-02-29T10:00:00Z"}`, `{"text":"\ud800"}`, "{\"text\":\"\xff\"}",
		`{"id":"f-2","text":"` + strings.Repeat("y", 300) + `"}` + "\n{\n" + `{"id":"f-2","text":"z"}`,
		`{"id":"d","html":"` + strings.Repeat("<div>", 40) + `"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		seen := map[string]bool{}
		lastLine := 0
		r := newReader(ReadOptions{MaxLineBytes: 256, MaxHTMLDepth: 32, OnError: func(e *ReadError) error {
			if e.Path != "f.jsonl" || e.Line <= lastLine || e.DocID == "" || seen[e.DocID] {
				t.Fatalf("bad error %+v after line %d", e, lastLine)
			}
			seen[e.DocID] = true
			lastLine = e.Line
			return nil
		}}, func(d *model.Document) error {
			if d.ID == "" || seen[d.ID] {
				t.Fatalf("id %q empty or repeated", d.ID)
			}
			seen[d.ID] = true
			if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.ID) {
				t.Fatalf("invalid UTF-8 from %q", data)
			}
			if !d.Date.IsZero() && (d.Date.Location() != time.UTC || d.Date.Hour() != 0) {
				t.Fatalf("date %v is not UTC midnight", d.Date)
			}
			return nil
		})
		if err := r.readJSONL("f.jsonl", strings.NewReader(string(data))); err != nil {
			t.Fatalf("error %v with OnError set", err)
		}
		if lines := bytes.Count(data, []byte("\n")) + 1; len(seen) > lines {
			t.Fatalf("%d documents and errors from %d lines", len(seen), lines)
		}
	})
}

func TestReadGzip(t *testing.T) {
	dir := t.TempDir()
	gz := func(name, text string) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(text))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Long enough that a reader stopping at the compressed size would
	// lose records.
	var jl strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&jl, `{"id":"n%04d","text":"Germany pledged €%d million on 3 May 2023."}`+"\n", i, i+1)
	}
	gz("news.jsonl.gz", jl.String())
	gz("note.txt.gz", "Canada sent $5 million.")
	gz("skip.gz", "not an input kind")

	var ids []string
	err := ReadAll([]string{dir}, nil, ReadOptions{}, func(d *model.Document) error {
		ids = append(ids, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 2001 || ids[0] != "n0000" || ids[1999] != "n1999" || ids[2000] != "note" {
		t.Fatalf("got %d documents (%v ... %v)", len(ids), ids[:2], ids[len(ids)-1])
	}

	var got []*model.Document
	err = ReadInput("x.txt.gz", strings.NewReader("not gzip"), ReadOptions{OnError: func(e *ReadError) error {
		if !strings.Contains(e.Error(), "x.txt.gz: gzip:") {
			t.Errorf("error %q does not name the file and gzip", e)
		}
		return nil
	}}, func(d *model.Document) error { got = append(got, d); return nil })
	if err != nil || len(got) != 0 {
		t.Fatalf("ReadInput on bad gzip: %v, %d documents", err, len(got))
	}
}
