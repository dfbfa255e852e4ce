package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/aidextract/aidextract/pipeline/eval"
)

// EvalItems converts a result's mentions and events into the form the
// scorer reads.
func (r *Result) EvalItems() []eval.Item {
	items := make([]eval.Item, 0, len(r.Mentions))
	for i := range r.Mentions {
		m := &r.Mentions[i]
		start, end, text := r.Doc.View.Original(m.Start, m.End)
		it := eval.Item{Type: m.Kind.String(), Start: start, End: end, Text: text, Rule: m.Rule}
		switch {
		case m.Money != nil:
			it.Num, it.HasNum, it.Currency = m.Money.Value, true, m.Money.Currency
			it.Role = m.Money.Role
			it.Value = strconv.FormatFloat(m.Money.Value, 'f', -1, 64) + " " + m.Money.Currency
		case m.Date != nil:
			it.Value = m.Date.Value()
		case m.Materiel != nil:
			it.Num, it.HasNum, it.Category = float64(m.Materiel.Quantity), m.Materiel.HasQuantity, m.Materiel.Category
			it.Value = m.Materiel.Category
			it.Role = m.Materiel.Role
		case m.Personnel != nil:
			it.Num, it.HasNum = float64(m.Personnel.Quantity), m.Personnel.HasQuantity
		}
		items = append(items, it)
	}
	for i := range r.Events {
		e := &r.Events[i]
		start, end, _ := r.Doc.View.Original(e.Start, e.End)
		it := eval.Item{Type: "event", Start: start, End: end, Donor: e.Donor, Kind: e.Kind, Aid: e.AidType, Rule: e.Rule}
		it.Text = e.Donor
		if it.Text == "" {
			it.Text = "(" + e.DonorGroup + ")"
		}
		if e.Date != nil {
			it.Date = e.Date.Value()
		}
		if e.HasAmount {
			it.Num, it.HasNum, it.Currency = e.Amount, true, e.Currency
		}
		it.Value = eval.EventSummary(&it)
		items = append(items, it)
	}
	return items
}

// Evaluate extracts every document under paths and scores it against its
// gold file: goldPath is either one JSONL file (for a single document) or a
// directory holding <doc_id>.jsonl for each document to score. Documents
// without gold are skipped; gold without a document is an error.
func Evaluate(paths []string, goldPath string, opt ReadOptions) (map[string]*eval.Score, error) {
	p, err := New()
	if err != nil {
		return nil, err
	}
	results, err := p.ProcessAll(paths, nil, opt, 0)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(goldPath)
	if err != nil {
		return nil, err
	}
	scores := map[string]*eval.Score{}
	scored := 0
	for _, r := range results {
		gp := goldPath
		if fi.IsDir() {
			gp = filepath.Join(goldPath, r.Doc.ID+".jsonl")
		} else if len(results) > 1 {
			return nil, fmt.Errorf("%s is one gold file but %d documents were read; pass a directory of <doc_id>.jsonl files", goldPath, len(results))
		}
		f, err := os.Open(gp)
		if os.IsNotExist(err) && fi.IsDir() {
			continue
		}
		if err != nil {
			return nil, err
		}
		gold, goldEvents, err := eval.Load(f, r.Doc.Text)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", gp, err)
		}
		eval.Add(scores, append(gold, goldEvents...), r.EvalItems())
		scored++
	}
	if scored == 0 {
		return nil, fmt.Errorf("no document under %v has a gold file in %s", paths, goldPath)
	}
	return scores, nil
}
