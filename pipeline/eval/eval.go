// Package eval scores extracted mentions against hand-made gold annotations
// (the JSONL format of ANNOTATION.md). A prediction counts as a true
// positive when its span overlaps a gold span of the same type that no other
// prediction has taken, and its normalised value agrees: money within 0.1%
// and the same currency, dates the same ISO value, materiel and personnel
// the same quantity (and, for "materiel+category", the same category).
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Item is one mention, gold or predicted, in a form both share. Start and
// End are code-point offsets into the document text.
type Item struct {
	Type       string // money, date, materiel, personnel
	Start, End int
	Text       string
	Value      string  // ISO value for dates
	Num        float64 // amount for money, quantity for counts
	HasNum     bool
	Currency   string
	Category   string
	Rule       string // for predictions: what produced it
}

// Gold is one gold record as stored.
type Gold struct {
	Type     string          `json:"type"`
	Context  string          `json:"context"`
	Text     string          `json:"text"`
	Value    json.RawMessage `json:"value"`
	Currency string          `json:"currency"`
	Quantity json.RawMessage `json:"quantity"`
	Category string          `json:"category"`
}

// LoadGold reads gold records and places them in text. Records whose
// context or text cannot be found are returned as errors naming the line,
// since a gold file that does not fit its document is a broken test.
func LoadGold(r io.Reader, text string) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(raw), &g); err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
		if g.Type == "event" {
			continue // events are scored by their own rules
		}
		ci := strings.Index(text, g.Context)
		if ci < 0 {
			return nil, fmt.Errorf("line %d: context %q not in the document", line, g.Context)
		}
		ti := strings.Index(text[ci:], g.Text)
		if ti < 0 || ti+len(g.Text) > len(g.Context) {
			return nil, fmt.Errorf("line %d: text %q not in its context", line, g.Text)
		}
		b := ci + ti
		start := utf8.RuneCountInString(text[:b])
		it := Item{Type: g.Type, Start: start, End: start + utf8.RuneCountInString(g.Text), Text: g.Text, Currency: g.Currency, Category: g.Category}
		switch g.Type {
		case "money":
			it.Num, it.HasNum = number(g.Value)
		case "date":
			var s string
			_ = json.Unmarshal(g.Value, &s)
			it.Value = s
		case "materiel", "personnel":
			it.Num, it.HasNum = number(g.Quantity)
		}
		items = append(items, it)
	}
	return items, sc.Err()
}

func number(raw json.RawMessage) (float64, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.Trim(string(raw), `"`), 64)
	return f, err == nil
}

// Types scored, in report order. "materiel+category" scores materiel with
// the category required to match too.
var Types = []string{"money", "date", "materiel", "materiel+category", "personnel"}

// Score is the outcome for one type.
type Score struct {
	Type           string
	Gold, Pred, TP int
	Misses         []Item // gold items no prediction matched
	False          []Item // predictions that matched no gold item
}

func (s Score) Precision() float64 { return ratio(s.TP, s.Pred) }
func (s Score) Recall() float64    { return ratio(s.TP, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add scores pred against gold for one document and adds the counts to
// the scores (one per entry of Types, created on first use).
func Add(scores map[string]*Score, gold, pred []Item) {
	for _, typ := range Types {
		base := typ
		withCategory := false
		if typ == "materiel+category" {
			base, withCategory = "materiel", true
		}
		g := filter(gold, base)
		p := filter(pred, base)
		s := scores[typ]
		if s == nil {
			s = &Score{Type: typ}
			scores[typ] = s
		}
		s.Gold += len(g)
		s.Pred += len(p)
		taken := make([]bool, len(g))
		for _, pi := range p {
			hit := -1
			for k, gi := range g {
				if taken[k] || pi.Start >= gi.End || gi.Start >= pi.End {
					continue
				}
				if agree(pi, gi, withCategory) {
					hit = k
					break
				}
			}
			if hit < 0 {
				s.False = append(s.False, pi)
				continue
			}
			taken[hit] = true
			s.TP++
		}
		for k, gi := range g {
			if !taken[k] {
				s.Misses = append(s.Misses, gi)
			}
		}
	}
}

func filter(items []Item, typ string) []Item {
	var out []Item
	for _, it := range items {
		if it.Type == typ {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func agree(p, g Item, withCategory bool) bool {
	switch g.Type {
	case "money":
		return p.Currency == g.Currency && p.HasNum && g.HasNum && math.Abs(p.Num-g.Num) <= 0.001*math.Abs(g.Num)
	case "date":
		return p.Value == g.Value
	case "materiel", "personnel":
		if p.HasNum != g.HasNum || p.Num != g.Num {
			return false
		}
		return !withCategory || p.Category == g.Category
	}
	return false
}

// WriteTable prints the scores as an aligned table.
func WriteTable(w io.Writer, scores map[string]*Score) {
	fmt.Fprintf(w, "%-18s %6s %6s %6s %9s %7s %7s\n", "type", "gold", "pred", "tp", "precision", "recall", "f1")
	for _, typ := range Types {
		s := scores[typ]
		if s == nil {
			continue
		}
		fmt.Fprintf(w, "%-18s %6d %6d %6d %9.3f %7.3f %7.3f\n", typ, s.Gold, s.Pred, s.TP, s.Precision(), s.Recall(), s.F1())
	}
}
