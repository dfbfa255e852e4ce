// Package diff compares the CSV outputs of two runs semantically: rows are
// matched by their stable ids (documents by doc_id, mention tables by
// mention_id, events by event_id) and cells are compared by their column's
// type, so that a rule change shows up as exactly the rows it changed.
package diff

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline"
)

// Change is one cell that differs between the runs. Old and New are the
// CSV cells; "" is null.
type Change struct {
	Column string `json:"column"`
	Old    string `json:"old"`
	New    string `json:"new"`
}

// RowChange is a row present in both runs whose cells differ.
type RowChange struct {
	Key     string   `json:"key"`
	Summary string   `json:"summary,omitempty"`
	Changes []Change `json:"changes"`
}

// RowRef is a row present in one run only: its key, a one-line summary and
// every cell by column name.
type RowRef struct {
	Key     string            `json:"key"`
	Summary string            `json:"summary,omitempty"`
	Row     map[string]string `json:"row"`
}

// Table is the difference of one table.
type Table struct {
	Name    string      `json:"table"`
	Key     string      `json:"key"`
	OldRows int         `json:"old_rows"`
	NewRows int         `json:"new_rows"`
	Added   []RowRef    `json:"added"`
	Removed []RowRef    `json:"removed"`
	Changed []RowChange `json:"changed"`
	// Notes report schema differences: a file missing in one run, a
	// column present in one run only.
	Notes []string `json:"notes,omitempty"`
}

// Differs reports whether the table differs between the runs.
func (t *Table) Differs() bool {
	return len(t.Added)+len(t.Removed)+len(t.Changed)+len(t.Notes) > 0
}

// Result is the difference of two runs, one Table per table of
// pipeline.Tables, in that order.
type Result struct {
	Old    string  `json:"old"`
	New    string  `json:"new"`
	Tables []Table `json:"tables"`
}

// Differs reports whether any table differs.
func (r *Result) Differs() bool {
	for i := range r.Tables {
		if r.Tables[i].Differs() {
			return true
		}
	}
	return false
}

// Totals counts added, removed and changed rows over every table.
func (r *Result) Totals() (added, removed, changed int) {
	for _, t := range r.Tables {
		added += len(t.Added)
		removed += len(t.Removed)
		changed += len(t.Changed)
	}
	return
}

// KeyColumn names the column that identifies a row of t across runs. Tables
// without a stable id (errors) are keyed by source.
func KeyColumn(t *pipeline.Table) string {
	if k := pipeline.PrimaryKey(t); k != "" {
		return k
	}
	if t.Index("source") >= 0 {
		return "source"
	}
	return t.Columns[0].Name
}

// summaryColumns are shown beside a row's key to say what the row is.
var summaryColumns = map[string][]string{
	"documents": {"source", "title"},
	"money":     {"text", "value", "currency"},
	"dates":     {"text", "value"},
	"materiel":  {"text", "quantity", "system"},
	"personnel": {"text", "quantity", "who"},
	"events":    {"donor", "kind", "amount", "currency"},
	"errors":    {"stage", "message"},
}

// csvTable is one table as read from a run.
type csvTable struct {
	header []string
	index  map[string]int // column -> position in header
	keys   []string       // row keys in file order
	rows   map[string][]string
}

// Dirs compares the CSV files of two output directories. A table whose
// file is missing in one run counts as empty there (with a note); a
// directory without any table's CSV file is an error.
func Dirs(oldDir, newDir string) (*Result, error) {
	res := &Result{Old: oldDir, New: newDir}
	olds, err := readDir(oldDir)
	if err != nil {
		return nil, err
	}
	news, err := readDir(newDir)
	if err != nil {
		return nil, err
	}
	for _, t := range pipeline.Tables {
		o, n := olds[t.Name], news[t.Name]
		if o == nil && n == nil {
			continue
		}
		td := Table{Name: t.Name, Key: KeyColumn(t)}
		if o == nil {
			td.Notes = append(td.Notes, fmt.Sprintf("%s.csv is missing in the old run", t.Name))
			o = &csvTable{index: map[string]int{}}
		}
		if n == nil {
			td.Notes = append(td.Notes, fmt.Sprintf("%s.csv is missing in the new run", t.Name))
			n = &csvTable{index: map[string]int{}}
		}
		compare(t, o, n, &td)
		res.Tables = append(res.Tables, td)
	}
	return res, nil
}

// readDir reads every table's CSV file of dir; missing files are absent
// from the map.
func readDir(dir string) (map[string]*csvTable, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", dir)
	}
	out := map[string]*csvTable{}
	for _, t := range pipeline.Tables {
		ct, err := readTable(filepath.Join(dir, t.Name+".csv"), t)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[t.Name] = ct
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no output tables (want %s.csv ...)", dir, pipeline.Tables[0].Name)
	}
	return out, nil
}

func readTable(path string, t *pipeline.Table) (*csvTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	header, err := r.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: empty file, want a header row", path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	ct := &csvTable{header: header, index: map[string]int{}, rows: map[string][]string{}}
	for i, h := range header {
		ct.index[h] = i
	}
	key := KeyColumn(t)
	ki, ok := ct.index[key]
	if !ok {
		return nil, fmt.Errorf("%s: no %s column", path, key)
	}
	seen := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		k := rec[ki]
		// Keys are unique in a well-formed run; repeated ones are told
		// apart by their occurrence so that nothing is lost.
		if n := seen[rec[ki]]; n > 0 {
			k += "#" + strconv.Itoa(n+1)
		}
		seen[rec[ki]]++
		ct.keys = append(ct.keys, k)
		ct.rows[k] = rec
	}
	return ct, nil
}

func compare(t *pipeline.Table, o, n *csvTable, td *Table) {
	td.OldRows, td.NewRows = len(o.keys), len(n.keys)
	td.Added, td.Removed, td.Changed = []RowRef{}, []RowRef{}, []RowChange{}
	// Columns compared: the table's columns in schema order, then any
	// other column of either file; a column in one file only is a note.
	var cols []string
	known := map[string]bool{}
	for _, c := range t.Columns {
		cols = append(cols, c.Name)
		known[c.Name] = true
	}
	for _, h := range append(append([]string(nil), o.header...), n.header...) {
		if !known[h] {
			cols = append(cols, h)
			known[h] = true
		}
	}
	var shared []string
	for _, c := range cols {
		_, inOld := o.index[c]
		_, inNew := n.index[c]
		switch {
		case inOld && inNew:
			shared = append(shared, c)
		case inOld && n.header != nil:
			td.Notes = append(td.Notes, fmt.Sprintf("column %s is only in the old run", c))
		case inNew && o.header != nil:
			td.Notes = append(td.Notes, fmt.Sprintf("column %s is only in the new run", c))
		}
	}
	types := map[string]pipeline.ColType{}
	for _, c := range t.Columns {
		types[c.Name] = c.Type
	}
	for _, k := range o.keys {
		if _, ok := n.rows[k]; !ok {
			td.Removed = append(td.Removed, rowRef(t, k, o))
		}
	}
	for _, k := range n.keys {
		orow, ok := o.rows[k]
		if !ok {
			td.Added = append(td.Added, rowRef(t, k, n))
			continue
		}
		nrow := n.rows[k]
		var changes []Change
		for _, c := range shared {
			ov, nv := orow[o.index[c]], nrow[n.index[c]]
			if !Equal(types[c], ov, nv) {
				changes = append(changes, Change{Column: c, Old: ov, New: nv})
			}
		}
		if len(changes) > 0 {
			td.Changed = append(td.Changed, RowChange{Key: k, Summary: summary(t, n, nrow), Changes: changes})
		}
	}
}

func rowRef(t *pipeline.Table, k string, ct *csvTable) RowRef {
	rec := ct.rows[k]
	m := make(map[string]string, len(rec))
	for i, h := range ct.header {
		m[h] = rec[i]
	}
	return RowRef{Key: k, Summary: summary(t, ct, rec), Row: m}
}

func summary(t *pipeline.Table, ct *csvTable, rec []string) string {
	var parts []string
	for _, c := range summaryColumns[t.Name] {
		i, ok := ct.index[c]
		if !ok || rec[i] == "" {
			continue
		}
		v := rec[i]
		if c == "text" || c == "title" {
			v = strconv.Quote(v)
		}
		parts = append(parts, v)
	}
	return strings.Join(parts, " ")
}

// Equal reports whether two CSV cells of a column of type typ hold the same
// value: numbers compare as numbers (1 and 1.0 are equal), booleans
// case-insensitively, everything else as text. An empty cell is null and
// equals only an empty cell.
func Equal(typ pipeline.ColType, a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	switch typ {
	case pipeline.Int, pipeline.Float:
		x, err1 := strconv.ParseFloat(a, 64)
		y, err2 := strconv.ParseFloat(b, 64)
		return err1 == nil && err2 == nil && x == y
	case pipeline.Bool:
		x, err1 := strconv.ParseBool(a)
		y, err2 := strconv.ParseBool(b)
		return err1 == nil && err2 == nil && x == y
	}
	return false
}

// Formats lists the output formats of Write.
var Formats = []string{"text", "markdown", "json"}

// Write writes r in format (text, markdown or json). Text and markdown
// list at most max rows per table and kind of change (0 = all), then a
// "... N more" line; json lists everything.
func Write(w io.Writer, r *Result, format string, max int) error {
	switch format {
	case "text":
		return writeText(w, r, max)
	case "markdown", "md":
		return writeMarkdown(w, r, max)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(jsonResult{Result: r, Differs: r.Differs()})
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

type jsonResult struct {
	*Result
	Differs bool `json:"differs"`
}

// maxCell is the longest cell text and markdown show, in code points.
const maxCell = 160

func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxCell {
		return s
	}
	r := []rune(s)
	return string(r[:maxCell-1]) + "…"
}

func shown(s string) string {
	if s == "" {
		return "∅"
	}
	return clip(s)
}

// capped calls each(i) for the first max of n items (all when max <= 0),
// then more(n-max) when some were left out.
func capped(n, max int, each func(i int), more func(left int)) {
	for i := 0; i < n; i++ {
		if max > 0 && i == max {
			more(n - i)
			return
		}
		each(i)
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func writeText(w io.Writer, r *Result, max int) error {
	ew := &errWriter{w: w}
	a, rm, c := r.Totals()
	if !r.Differs() {
		ew.printf("no differences between %s and %s\n", r.Old, r.New)
		return ew.err
	}
	ew.printf("%s -> %s: %d added, %d removed, %d changed\n", r.Old, r.New, a, rm, c)
	for _, t := range r.Tables {
		if !t.Differs() {
			continue
		}
		ew.printf("\n%s: %d added, %d removed, %d changed (%d -> %d rows)\n", t.Name, len(t.Added), len(t.Removed), len(t.Changed), t.OldRows, t.NewRows)
		for _, n := range t.Notes {
			ew.printf("  ! %s\n", n)
		}
		more := func(left int) { ew.printf("  ... %d more\n", left) }
		capped(len(t.Added), max, func(i int) {
			ew.printf("  + %s  %s\n", t.Added[i].Key, clip(t.Added[i].Summary))
		}, more)
		capped(len(t.Removed), max, func(i int) {
			ew.printf("  - %s  %s\n", t.Removed[i].Key, clip(t.Removed[i].Summary))
		}, more)
		capped(len(t.Changed), max, func(i int) {
			ch := t.Changed[i]
			ew.printf("  ~ %s  %s\n", ch.Key, clip(ch.Summary))
			for _, x := range ch.Changes {
				ew.printf("      %s: %s -> %s\n", x.Column, shown(x.Old), shown(x.New))
			}
		}, more)
	}
	return ew.err
}

// mdCell escapes s for a markdown table cell.
func mdCell(s string) string {
	s = strings.NewReplacer("|", `\|`, "\r", " ", "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
	return s
}

func mdCode(s string) string {
	if s == "" {
		return "∅"
	}
	s = clip(s)
	if strings.Contains(s, "`") {
		return mdCell(s)
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

func writeMarkdown(w io.Writer, r *Result, max int) error {
	ew := &errWriter{w: w}
	a, rm, c := r.Totals()
	ew.printf("### aidextract diff\n\n")
	if !r.Differs() {
		ew.printf("No differences: every table has the same rows and values.\n")
		return ew.err
	}
	ew.printf("**%d added, %d removed, %d changed** rows.\n\n", a, rm, c)
	ew.printf("| table | old rows | new rows | added | removed | changed |\n")
	ew.printf("| --- | ---: | ---: | ---: | ---: | ---: |\n")
	for _, t := range r.Tables {
		ew.printf("| %s | %d | %d | %d | %d | %d |\n", t.Name, t.OldRows, t.NewRows, len(t.Added), len(t.Removed), len(t.Changed))
	}
	for _, t := range r.Tables {
		if !t.Differs() {
			continue
		}
		ew.printf("\n<details><summary><b>%s</b>: %d added, %d removed, %d changed</summary>\n\n", t.Name, len(t.Added), len(t.Removed), len(t.Changed))
		for _, n := range t.Notes {
			ew.printf("- %s\n", mdCell(n))
		}
		if len(t.Notes) > 0 {
			ew.printf("\n")
		}
		if len(t.Added)+len(t.Removed)+len(t.Changed) > 0 {
			ew.printf("| | %s | row | column | old | new |\n| --- | --- | --- | --- | --- | --- |\n", t.Key)
			more := func(left int) { ew.printf("| | ... %d more | | | | |\n", left) }
			capped(len(t.Added), max, func(i int) {
				ew.printf("| + | %s | %s | | | |\n", mdCode(t.Added[i].Key), mdCell(clip(t.Added[i].Summary)))
			}, more)
			capped(len(t.Removed), max, func(i int) {
				ew.printf("| − | %s | %s | | | |\n", mdCode(t.Removed[i].Key), mdCell(clip(t.Removed[i].Summary)))
			}, more)
			capped(len(t.Changed), max, func(i int) {
				ch := t.Changed[i]
				for j, x := range ch.Changes {
					if j == 0 {
						ew.printf("| ~ | %s | %s | %s | %s | %s |\n", mdCode(ch.Key), mdCell(clip(ch.Summary)), x.Column, mdCode(x.Old), mdCode(x.New))
					} else {
						ew.printf("| | | | %s | %s | %s |\n", x.Column, mdCode(x.Old), mdCode(x.New))
					}
				}
			}, more)
		}
		ew.printf("\n</details>\n")
	}
	return ew.err
}
