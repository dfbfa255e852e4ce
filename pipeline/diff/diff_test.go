package diff

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline"
)

const sample = "On 3 May 2023, the United States announced $300 million in military aid to Ukraine. " +
	"Germany delivered 40 Marder infantry fighting vehicles in March 2023. " +
	"About 200 soldiers were trained in Poland."

// extract runs the pipeline on text into a new directory. The input is
// always the same file, inputs/note.txt in the test's directory (doc_id
// "note"), so that two runs share the documents' source.
func extract(t *testing.T, text string) string {
	t.Helper()
	in := filepath.Join(inputDir(t), "note.txt")
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := pipeline.Run(pipeline.Config{Paths: []string{in}, OutDir: out, Formats: []string{"csv"}, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	return out
}

var inputs = map[string]string{}

func inputDir(t *testing.T) string {
	if d, ok := inputs[t.Name()]; ok {
		return d
	}
	d := t.TempDir()
	inputs[t.Name()] = d
	return d
}

func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func writeCSV(t *testing.T, path string, recs [][]string) {
	t.Helper()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// changes lists a result as "table op key [columns]" lines, sorted.
func changes(r *Result) []string {
	var out []string
	for _, t := range r.Tables {
		for _, a := range t.Added {
			out = append(out, t.Name+" + "+a.Key)
		}
		for _, a := range t.Removed {
			out = append(out, t.Name+" - "+a.Key)
		}
		for _, c := range t.Changed {
			var cols []string
			for _, x := range c.Changes {
				cols = append(cols, x.Column)
			}
			out = append(out, t.Name+" ~ "+c.Key+" "+strings.Join(cols, ","))
		}
		for _, n := range t.Notes {
			out = append(out, t.Name+" ! "+n)
		}
	}
	slices.Sort(out)
	return out
}

func TestSameRunsDoNotDiffer(t *testing.T) {
	a, b := extract(t, sample), extract(t, sample)
	r, err := Dirs(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if r.Differs() {
		t.Fatalf("two runs on the same input differ: %v", changes(r))
	}
	if len(r.Tables) != len(pipeline.Tables) {
		t.Errorf("%d tables, want %d", len(r.Tables), len(pipeline.Tables))
	}
	for i, tab := range r.Tables {
		if tab.Name != pipeline.Tables[i].Name {
			t.Errorf("table %d is %s, want %s", i, tab.Name, pipeline.Tables[i].Name)
		}
	}
	var text bytes.Buffer
	if err := Write(&text, r, "text", 10); err != nil || !strings.HasPrefix(text.String(), "no differences") {
		t.Errorf("text = %q, %v", text.String(), err)
	}
}

// A changed rule shows up in aidextract diff as exactly the rows it
// changed: here the "rule" turns one amount's role from new to total and
// its value up by a million, in run 2's money.csv only.
func TestChangedRuleShowsExactlyItsRows(t *testing.T) {
	old := extract(t, sample)
	changed := copyDir(t, old)
	path := filepath.Join(changed, "money.csv")
	recs := readCSV(t, path)
	if len(recs) < 2 {
		t.Fatalf("money.csv has no rows:\n%v", recs)
	}
	col := func(name string) int { return slices.Index(recs[0], name) }
	row := recs[1]
	key := row[col("mention_id")]
	row[col("role")] = "total"
	row[col("value")] = "301000000"
	row[col("value_usd")] = "301000000.0"
	writeCSV(t, path, recs)

	r, err := Dirs(old, changed)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"money ~ " + key + " value,role,value_usd"}
	if got := changes(r); !slices.Equal(got, want) {
		t.Fatalf("changes %q, want %q", got, want)
	}
	ch := r.Tables[slices.IndexFunc(r.Tables, func(t Table) bool { return t.Name == "money" })].Changed[0]
	if ch.Changes[0] != (Change{Column: "value", Old: "300000000", New: "301000000"}) {
		t.Errorf("change %+v", ch.Changes[0])
	}

	// Reformatting a number (300000000 -> 300000000.0) is not a change.
	recs[1][col("value")] = "300000000.0"
	recs[1][col("role")] = readCSV(t, filepath.Join(old, "money.csv"))[1][col("role")]
	recs[1][col("value_usd")] = readCSV(t, filepath.Join(old, "money.csv"))[1][col("value_usd")]
	writeCSV(t, path, recs)
	if r, err = Dirs(old, changed); err != nil || r.Differs() {
		t.Errorf("reformatted number: %v, %v", changes(r), err)
	}
}

// Two inputs that differ in one amount (same length, so every offset and
// id stays) differ in exactly the rows that amount touches: the document
// (its hash), the money mention and the event that carries the amount.
func TestChangedInputShowsExactlyItsRows(t *testing.T) {
	a := extract(t, sample)
	b := extract(t, strings.Replace(sample, "$300 million", "$350 million", 1))
	r, err := Dirs(a, b)
	if err != nil {
		t.Fatal(err)
	}
	money := readCSV(t, filepath.Join(a, "money.csv"))
	events := readCSV(t, filepath.Join(a, "events.csv"))
	if len(money) < 2 || len(events) < 2 {
		t.Fatalf("no money or events extracted from the sample:\n%v\n%v", money, events)
	}
	moneyKey := money[1][slices.Index(money[0], "mention_id")]
	eventKey := events[1][slices.Index(events[0], "event_id")]
	want := []string{
		"documents ~ note title,sha256",
		"events ~ " + eventKey + " amount,amount_usd,evidence",
		"money ~ " + moneyKey + " text,value,value_usd",
	}
	if got := changes(r); !slices.Equal(got, want) {
		t.Fatalf("changes\n%q\nwant\n%q", got, want)
	}
}

func TestAddedRemovedAndFormats(t *testing.T) {
	old := extract(t, sample)
	changed := copyDir(t, old)
	path := filepath.Join(changed, "dates.csv")
	recs := readCSV(t, path)
	if len(recs) < 3 {
		t.Fatalf("want at least two dates:\n%v", recs)
	}
	removed := recs[1][1]
	added := slices.Clone(recs[2])
	added[1] = "note:d:9999"
	added[3] = "9999"
	recs = append([][]string{recs[0]}, recs[2:]...)
	recs = append(recs, added)
	writeCSV(t, path, recs)
	// A table missing in one run counts as empty there.
	if err := os.Remove(filepath.Join(changed, "errors.csv")); err != nil {
		t.Fatal(err)
	}

	r, err := Dirs(old, changed)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"dates + note:d:9999", "dates - " + removed, "errors ! errors.csv is missing in the new run"}
	if got := changes(r); !slices.Equal(got, want) {
		t.Fatalf("changes %q, want %q", got, want)
	}
	if a, rm, c := r.Totals(); a != 1 || rm != 1 || c != 0 {
		t.Errorf("totals %d %d %d", a, rm, c)
	}

	var text, md, js bytes.Buffer
	if err := Write(&text, r, "text", 0); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"dates: 1 added, 1 removed, 0 changed", "  + note:d:9999", "  - " + removed, "! errors.csv is missing"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text lacks %q:\n%s", s, text.String())
		}
	}
	if err := Write(&md, r, "markdown", 0); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"| table | old rows | new rows | added | removed | changed |", "| dates |", "<details><summary><b>dates</b>", "| + | `note:d:9999` |"} {
		if !strings.Contains(md.String(), s) {
			t.Errorf("markdown lacks %q:\n%s", s, md.String())
		}
	}
	if err := Write(&js, r, "json", 0); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Differs bool
		Tables  []Table
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || !back.Differs || len(back.Tables) != len(r.Tables) {
		t.Errorf("json: %v %+v", err, back)
	}
	if err := Write(&js, r, "yaml", 0); err == nil {
		t.Error("unknown format accepted")
	}

	// Deterministic: the same comparison gives the same bytes.
	r2, _ := Dirs(old, changed)
	var md2 bytes.Buffer
	Write(&md2, r2, "markdown", 0)
	if !bytes.Equal(md.Bytes(), md2.Bytes()) {
		t.Error("markdown differs between two comparisons")
	}
}

func TestCapped(t *testing.T) {
	r := &Result{Old: "a", New: "b", Tables: []Table{{Name: "money", Key: "mention_id"}}}
	for _, k := range []string{"x:m:1", "x:m:2", "x:m:3", "x:m:4", "x:m:5"} {
		r.Tables[0].Added = append(r.Tables[0].Added, RowRef{Key: k})
	}
	var text, md bytes.Buffer
	Write(&text, r, "text", 2)
	Write(&md, r, "markdown", 2)
	if !strings.Contains(text.String(), "x:m:2") || strings.Contains(text.String(), "x:m:3") || !strings.Contains(text.String(), "... 3 more") {
		t.Errorf("text:\n%s", text.String())
	}
	if !strings.Contains(md.String(), "... 3 more") || strings.Contains(md.String(), "x:m:3") {
		t.Errorf("markdown:\n%s", md.String())
	}
}

func TestEqual(t *testing.T) {
	tests := []struct {
		typ  pipeline.ColType
		a, b string
		want bool
	}{
		{pipeline.Float, "1", "1.0", true},
		{pipeline.Float, "300000000", "3e8", true},
		{pipeline.Float, "1", "1.5", false},
		{pipeline.Float, "", "0", false},
		{pipeline.Int, "40", "40", true},
		{pipeline.Int, "40", "41", false},
		{pipeline.Bool, "true", "TRUE", true},
		{pipeline.Bool, "true", "false", false},
		{pipeline.String, "1", "1.0", false},
		{pipeline.Date, "2023-05-03", "2023-05-03", true},
		{pipeline.String, "", "", true},
	}
	for _, tt := range tests {
		if got := Equal(tt.typ, tt.a, tt.b); got != tt.want {
			t.Errorf("Equal(%s, %q, %q) = %v", tt.typ, tt.a, tt.b, got)
		}
	}
}

func TestDirErrors(t *testing.T) {
	good := extract(t, sample)
	empty := t.TempDir()
	if _, err := Dirs(filepath.Join(empty, "missing"), good); err == nil {
		t.Error("missing directory accepted")
	}
	if _, err := Dirs(good, empty); err == nil || !strings.Contains(err.Error(), "no output tables") {
		t.Errorf("empty directory: %v", err)
	}
	bad := copyDir(t, good)
	os.WriteFile(filepath.Join(bad, "money.csv"), []byte("doc_id,text\nx,y\n"), 0o644)
	if _, err := Dirs(good, bad); err == nil || !strings.Contains(err.Error(), "no mention_id column") {
		t.Errorf("money.csv without its key: %v", err)
	}
}
