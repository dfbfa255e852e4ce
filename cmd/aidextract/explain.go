package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/aidextract/aidextract/pipeline"
	"github.com/aidextract/aidextract/pipeline/model"
)

// explainColumns are the normalised values explain shows per table, in the
// tables' column names so that they read like the CSV.
var explainColumns = map[*pipeline.Table][]string{
	pipeline.MoneyTable:     {"value", "value_max", "currency", "qualifier", "role", "value_usd", "fx_rate", "fx_date", "event_id"},
	pipeline.DatesTable:     {"value", "value_end", "precision", "modifier", "relative"},
	pipeline.MaterielTable:  {"quantity", "quantity_max", "qualifier", "vague", "item", "system", "category", "caliber_mm", "unit", "role", "event_id"},
	pipeline.PersonnelTable: {"quantity", "quantity_max", "qualifier", "vague", "who", "role", "event_id"},
}

var explainEventColumns = []string{"donor", "donor_group", "kind", "aid_type", "amount", "currency", "amount_usd", "package", "date"}

// explain runs the pipeline on one text and shows, per sentence, what was
// found, its normalised value and the rule that produced it.
func explain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("explain", "explain [flags] [TEXT... | -]", `  aidextract explain "On 3 May 2023, the US announced \$300 million in aid."
  echo 'Germany will deliver 40 Marder infantry fighting vehicles.' | aidextract explain -
  aidextract explain --all --doc-date 2023-02-24 - < article.txt
`, stderr)
	docDate := fs.String("doc-date", "", "document date `YYYY-MM-DD`; anchors year-less dates")
	all := fs.Bool("all", false, "also list sentences in which nothing was found")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	var text string
	switch {
	case fs.NArg() == 0 || (fs.NArg() == 1 && fs.Arg(0) == "-"):
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "aidextract explain: %v\n", err)
			return 2
		}
		text = string(b)
	default:
		text = strings.Join(fs.Args(), " ")
	}
	if strings.TrimSpace(text) == "" {
		fmt.Fprintln(stderr, "aidextract explain: no text; give it as arguments or on stdin with -")
		fs.Usage()
		return 2
	}
	doc := &model.Document{ID: "explain", Source: "-", Format: "text", Text: text}
	if *docDate != "" {
		t, err := time.Parse("2006-01-02", *docDate)
		if err != nil {
			fmt.Fprintf(stderr, "aidextract explain: --doc-date %q: want YYYY-MM-DD\n", *docDate)
			return 2
		}
		doc.Date = t
	}
	p, err := pipeline.New()
	if err != nil {
		fmt.Fprintf(stderr, "aidextract: %v\n", err)
		return 1
	}
	writeExplanation(stdout, p.Process(doc), *all)
	return 0
}

func writeExplanation(w io.Writer, r *pipeline.Result, all bool) {
	d := r.Doc
	mentions := map[int][]*model.Mention{}
	for i := range r.Mentions {
		m := &r.Mentions[i]
		mentions[m.Sentence] = append(mentions[m.Sentence], m)
	}
	events := map[int][]*model.Event{}
	for i := range r.Events {
		e := &r.Events[i]
		events[e.Sentence] = append(events[e.Sentence], e)
	}
	if !d.Date.IsZero() {
		fmt.Fprintf(w, "document date %s\n", d.Date.Format(time.DateOnly))
	}
	nm, ne := 0, 0
	for _, s := range d.Sentences {
		ms, es := mentions[s.Index], events[s.Index]
		if len(ms) == 0 && len(es) == 0 && !all {
			continue
		}
		start, end, stext := d.View.Original(s.Start, s.End)
		fmt.Fprintf(w, "\nsentence %d [%d:%d] %s\n", s.Index, start, end, oneLine(stext))
		if len(ms) == 0 && len(es) == 0 {
			fmt.Fprintln(w, "  (nothing found)")
		}
		for _, m := range ms {
			t, row := pipeline.MentionRow(d, m)
			if t == nil {
				continue
			}
			nm++
			fmt.Fprintf(w, "  %-9s %-28s [%s:%s] %s  rule=%s\n", m.Kind, strconv.Quote(cellOf(t, row, "text")),
				cellOf(t, row, "char_start"), cellOf(t, row, "char_end"), fields(t, row, explainColumns[t]), ruleOf(m.Rule))
		}
		for _, e := range es {
			row := pipeline.EventRow(d, e)
			ne++
			fmt.Fprintf(w, "  %-9s %-28s %s  rule=%s\n", "event", cellOf(pipeline.EventsTable, row, "event_id"),
				fields(pipeline.EventsTable, row, explainEventColumns), ruleOf(e.Rule))
		}
	}
	fmt.Fprintf(w, "\n%d sentences, %d mentions, %d events\n", len(d.Sentences), nm, ne)
}

func ruleOf(rule string) string {
	if rule == "" {
		return "-"
	}
	return rule
}

// cellOf formats the named column of row as the CSV would.
func cellOf(t *pipeline.Table, row pipeline.Row, col string) string {
	i := t.Index(col)
	if i < 0 || i >= len(row) {
		return ""
	}
	switch v := row[i].(type) {
	case nil:
		return ""
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return v.Format(time.DateOnly)
	default:
		return fmt.Sprint(v)
	}
}

// fields lists the non-null columns cols of row as col=value.
func fields(t *pipeline.Table, row pipeline.Row, cols []string) string {
	var parts []string
	for _, c := range cols {
		v := cellOf(t, row, c)
		if v == "" {
			continue
		}
		if strings.ContainsAny(v, " \t") {
			v = strconv.Quote(v)
		}
		parts = append(parts, c+"="+v)
	}
	return strings.Join(parts, " ")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
