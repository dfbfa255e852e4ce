package pipeline

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

var (
	fzOnce     sync.Once
	fzPipeline *Pipeline
	fzErr      error
)

func fzNew(t testing.TB) *Pipeline {
	t.Helper()
	fzOnce.Do(func() { fzPipeline, fzErr = New() })
	if fzErr != nil {
		t.Fatal(fzErr)
	}
	return fzPipeline
}

// FuzzProcess reads arbitrary bytes as a plain text, Markdown or HTML
// input, runs the document through every stage and checks every row of
// every table as the sinks would get it (ResultRows): char_start and
// char_end lie within the document, text (and an event's evidence) ==
// doc[char_start:char_end] in code points, ids follow their pattern and
// are unique, every event_id a mention carries names an event row, and
// every row survives the spill encoding unchanged.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"On 3 May 2023, the US announced $300 million in aid for Ukraine.",
		"Germany\u2019s package included:\n- 12 HIMARS\n- 3 Leopard 2 tanks\n- 500 soldiers trained\n",
		"BERLIN, 24 February 2023 \u2014 Norway and Denmark will jointly fund \u20ac1\u00a0billion.[12] The next day, Canada gave C$5m.",
		"caf\xe9 \xff the UK pledged \xa32.3bn on 5 March.",
		"",
	} {
		f.Add([]byte(s), uint8(0))
	}
	f.Add([]byte("# Aid\n\nThe EU approved \u20ac50bn in 2024.\n"), uint8(1))
	f.Add([]byte("<title>T</title><p>On <b>3 May 2023</b>, the US$300&nbsp;million package.</p><table><tr><td>tanks</td><td>31</td></tr></table>"), uint8(2))
	p := fzNew(f)
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := [...]string{"f.txt", "f.md", "f.html"}[kind%3]
		opt := ReadOptions{
			MaxLineBytes: 4096,
			MaxHTMLDepth: 64,
			DocDate:      time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(kind)*7),
			OnError:      func(*ReadError) error { return nil },
		}
		var docs []*model.Document
		if err := ReadInput(name, bytes.NewReader(data), opt, func(d *model.Document) error {
			docs = append(docs, d)
			return nil
		}); err != nil {
			t.Fatalf("ReadInput with OnError: %v", err)
		}
		for _, doc := range docs {
			fzCheck(t, p.Process(doc))
		}
	})
}

// fzCheck checks every row of one result.
func fzCheck(t *testing.T, r *Result) {
	t.Helper()
	doc := r.Doc.Document
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("document text %q is not valid UTF-8", doc.Text)
	}
	runes := []rune(doc.Text)
	keys := map[string]map[string]bool{}
	var links []string // event ids that mentions link to
	nrows := map[string]int{}
	err := ResultRows(r, func(tb *Table, row Row) error {
		nrows[tb.Name]++
		enc, err := appendRow(nil, tb, row)
		if err != nil {
			t.Fatalf("%s row %v does not encode: %v", tb.Name, row, err)
		}
		want, _ := normalize(tb, row)
		n := 0
		if err := decodeRows(enc, func(dt *Table, got Row) error {
			n++
			if dt != tb || !reflect.DeepEqual(got, want) {
				t.Fatalf("%s row %v comes back from the spill as %s %v", tb.Name, want, dt.Name, got)
			}
			return nil
		}); err != nil || n != 1 {
			t.Fatalf("%s row %v: decoded %d rows, error %v", tb.Name, row, n, err)
		}

		get := func(col string) any {
			i := tb.Index(col)
			if i < 0 {
				t.Fatalf("%s has no column %s", tb.Name, col)
			}
			return row[i]
		}
		if pk := PrimaryKey(tb); pk != "" {
			id, ok := get(pk).(string)
			if !ok || id == "" || keys[tb.Name][id] {
				t.Fatalf("%s.%s %v is empty or repeated", tb.Name, pk, get(pk))
			}
			if keys[tb.Name] == nil {
				keys[tb.Name] = map[string]bool{}
			}
			keys[tb.Name][id] = true
		}
		if tb == DocumentsTable {
			if get("doc_id") != doc.ID || get("chars") != int64(len(runes)) {
				t.Fatalf("documents row %v for %d code points", row, len(runes))
			}
			return nil
		}
		if get("doc_id") != doc.ID {
			t.Fatalf("%s row %v of document %q", tb.Name, row, doc.ID)
		}
		cs, ce := get("char_start").(int64), get("char_end").(int64)
		if cs < 0 || ce > int64(len(runes)) || cs >= ce {
			t.Fatalf("%s row %v: [%d,%d) outside the document (%d code points)", tb.Name, row, cs, ce, len(runes))
		}
		if sid := get("sentence_id").(int64); sid < 0 || sid >= int64(len(r.Doc.Sentences)) {
			t.Fatalf("%s row %v: sentence %d of %d", tb.Name, row, sid, len(r.Doc.Sentences))
		}
		textCol := "text"
		if tb == EventsTable {
			textCol = "evidence"
			prefix := doc.ID + ":e:" + strconv.FormatInt(cs, 10)
			if id := get("event_id").(string); id != prefix && !strings.HasPrefix(id, prefix+"-") {
				t.Fatalf("event_id %q does not start with %q", id, prefix)
			}
		} else {
			prefix := map[*Table]string{MoneyTable: "m", DatesTable: "d", MaterielTable: "mt", PersonnelTable: "p"}[tb]
			if want := doc.ID + ":" + prefix + ":" + strconv.FormatInt(cs, 10); get("mention_id") != want {
				t.Fatalf("%s.mention_id %v, want %q", tb.Name, get("mention_id"), want)
			}
			if i := tb.Index("event_id"); i >= 0 && row[i] != nil {
				links = append(links, row[i].(string))
			}
		}
		if text := get(textCol); text != string(runes[cs:ce]) {
			t.Fatalf("%s.%s %q != doc[%d:%d] %q", tb.Name, textCol, text, cs, ce, string(runes[cs:ce]))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// the document's rows as the workers spill them
	blob, err := encodeResult(nil, r)
	if err != nil {
		t.Fatal(err)
	}
	var spilled []tableRow
	if err := decodeRows(blob, func(tb *Table, row Row) error {
		spilled = append(spilled, tableRow{tb, append(Row(nil), row...)})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	i := 0
	ResultRows(r, func(tb *Table, row Row) error {
		want, _ := normalize(tb, row)
		if i >= len(spilled) || spilled[i].t != tb || !reflect.DeepEqual(spilled[i].r, want) {
			t.Fatalf("row %d %s %v does not come back from the spill file", i, tb.Name, want)
		}
		i++
		return nil
	})
	if i != len(spilled) {
		t.Fatalf("%d rows spilled, want %d", len(spilled), i)
	}
	if nrows[DocumentsTable.Name] != 1 {
		t.Fatalf("%d documents rows", nrows[DocumentsTable.Name])
	}
	for _, id := range links {
		if !keys[EventsTable.Name][id] {
			t.Fatalf("a mention links to event %q, which has no row (events: %v)", id, keys[EventsTable.Name])
		}
	}
}

// TestProcessRowsCorpus runs the checks of FuzzProcess on the bundled
// corpus, where every table has rows, so that they are known to bite.
func TestProcessRowsCorpus(t *testing.T) {
	p := fzNew(t)
	var docs []*model.Document
	if err := ReadAll([]string{"../testdata/corpus"}, nil, ReadOptions{}, func(d *model.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	rows := map[string]int{}
	for _, d := range docs {
		r := p.Process(d)
		fzCheck(t, r)
		ResultRows(r, func(tb *Table, _ Row) error { rows[tb.Name]++; return nil })
	}
	for _, tb := range Tables[:len(Tables)-1] { // every table but errors
		if rows[tb.Name] == 0 {
			t.Errorf("the corpus has no %s rows", tb.Name)
		}
	}
}
