// Package eval scores extracted mentions against hand-made gold annotations
// (the JSONL format of ANNOTATION.md). A prediction counts as a true
// positive when its span overlaps a gold span of the same type that no other
// prediction has taken, and its normalised value agrees: money within 0.1%
// and the same currency, dates the same ISO value, materiel and personnel
// the same quantity (and, for "materiel+category", the same category).
//
// Events are scored by their own rule: a predicted event matches a gold
// event when the donor agrees (the same canonical name, or both unnamed: an
// unnamed or collective donor is recorded as written, "allies" or "26
// nations", so its words are not compared), its evidence sentence overlaps
// the gold context, and the amount agrees (both absent, or within 0.1% in
// the same currency). A gold record with "donors": [..] stands for one row
// per donor, as the events table writes it. Over the matched events, the
// scorer also counts how often the date (ISO value), the kind and the aid
// type agree, and
// over the matched amounts and materiel counts, how often the role does.
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
	Type       string // money, date, materiel, personnel, event
	Start, End int
	Text       string
	Value      string  // ISO value for dates; a summary for events
	Num        float64 // amount for money and events, quantity for counts
	HasNum     bool
	Currency   string
	Category   string
	Role       string // money: new, total or other; materiel: aid or other
	Rule       string // for predictions: what produced it

	// Events only. For an event, Start and End span its evidence (the
	// gold context, the predicted sentence) and Text is the donor or, when
	// none is named, the donor group in brackets.
	Donor string // canonical name; "" when unnamed
	Date  string // ISO value; "" when none
	Kind  string
	Aid   string // aid type
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
	Role     string          `json:"role"`

	// event fields
	Donor      *string         `json:"donor"`
	Donors     []string        `json:"donors"`
	DonorGroup *string         `json:"donor_group"`
	Date       *string         `json:"date"`
	Kind       string          `json:"kind"`
	AidType    string          `json:"aid_type"`
	Amount     json.RawMessage `json:"amount"`
}

// LoadGold reads the mention records of a gold file and places them in
// text; event records are left out (see Load). Records whose context or
// text cannot be found are returned as errors naming the line, since a gold
// file that does not fit its document is a broken test.
func LoadGold(r io.Reader, text string) ([]Item, error) {
	items, _, err := Load(r, text)
	return items, err
}

// Load reads a gold file and places its records in text: the mentions, and
// the events, one Item per donor.
func Load(r io.Reader, text string) (items, events []Item, err error) {
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
			return nil, nil, fmt.Errorf("line %d: %v", line, err)
		}
		ci := strings.Index(text, g.Context)
		if ci < 0 {
			return nil, nil, fmt.Errorf("line %d: context %q not in the document", line, g.Context)
		}
		if g.Type == "event" {
			evs, err := goldEvents(g, text, ci)
			if err != nil {
				return nil, nil, fmt.Errorf("line %d: %v", line, err)
			}
			events = append(events, evs...)
			continue
		}
		ti := strings.Index(text[ci:], g.Text)
		if ti < 0 || ti+len(g.Text) > len(g.Context) {
			return nil, nil, fmt.Errorf("line %d: text %q not in its context", line, g.Text)
		}
		b := ci + ti
		start := utf8.RuneCountInString(text[:b])
		it := Item{Type: g.Type, Start: start, End: start + utf8.RuneCountInString(g.Text), Text: g.Text, Currency: g.Currency, Category: g.Category}
		if g.Type == "materiel" || g.Type == "money" {
			it.Role = g.Role
		}
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
	return items, events, sc.Err()
}

// goldEvents turns one gold event record, whose context starts at byte ci
// of text, into one Item per donor.
func goldEvents(g Gold, text string, ci int) ([]Item, error) {
	start := utf8.RuneCountInString(text[:ci])
	base := Item{Type: "event", Start: start, End: start + utf8.RuneCountInString(g.Context), Kind: g.Kind, Aid: g.AidType}
	base.Num, base.HasNum = number(g.Amount)
	if base.HasNum {
		base.Currency = g.Currency
	}
	if g.Date != nil {
		base.Date = *g.Date
	}
	var names []string
	switch {
	case len(g.Donors) > 0:
		names = g.Donors
	case g.Donor != nil && *g.Donor != "":
		names = []string{*g.Donor}
	}
	if len(names) == 0 {
		it := base
		if g.DonorGroup != nil {
			it.Text = "(" + *g.DonorGroup + ")"
		}
		it.Value = EventSummary(&it)
		return []Item{it}, nil
	}
	var out []Item
	for _, n := range names {
		if n == "" {
			return nil, fmt.Errorf("empty name in donors")
		}
		it := base
		it.Donor, it.Text = n, n
		it.Value = EventSummary(&it)
		out = append(out, it)
	}
	return out, nil
}

// EventSummary is the short form of an event that eval listings show:
// kind, date and amount.
func EventSummary(it *Item) string {
	s := it.Kind
	if it.Date != "" {
		s += " " + it.Date
	}
	if it.HasNum {
		s += " " + strconv.FormatFloat(it.Num, 'f', -1, 64) + " " + it.Currency
	}
	return s
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
var Types = []string{"money", "date", "materiel", "materiel+category", "personnel", "event"}

// Score is the outcome for one type.
type Score struct {
	Type           string
	Gold, Pred, TP int
	Misses         []Item // gold items no prediction matched
	False          []Item // predictions that matched no gold item

	// Events only: of the TP matched events, how many have the gold's
	// date and kind.
	DateOK, KindOK, AidOK int
	WrongDate             []Item // matched predictions with another date
	WrongKind             []Item // matched predictions with another kind
	WrongAid              []Item // matched predictions with another aid type

	// Money and materiel only: of the TP matched mentions, how many have
	// the gold's role.
	RoleOK    int
	WrongRole []Item // matched predictions with another role
}

// DateAccuracy is the share of matched events with the gold's date.
func (s Score) DateAccuracy() float64 { return ratio(s.DateOK, s.TP) }

// KindAccuracy is the share of matched events with the gold's kind.
func (s Score) KindAccuracy() float64 { return ratio(s.KindOK, s.TP) }

// AidAccuracy is the share of matched events with the gold's aid type.
func (s Score) AidAccuracy() float64 { return ratio(s.AidOK, s.TP) }

// RoleAccuracy is the share of matched amounts or materiel counts with the
// gold's role.
func (s Score) RoleAccuracy() float64 { return ratio(s.RoleOK, s.TP) }

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
			if typ == "materiel" || typ == "money" {
				if pi.Role == g[hit].Role {
					s.RoleOK++
				} else {
					p := pi
					p.Value = pi.Role + " (gold " + g[hit].Role + ")"
					s.WrongRole = append(s.WrongRole, p)
				}
			}
			if base == "event" {
				if pi.Date == g[hit].Date {
					s.DateOK++
				} else {
					s.WrongDate = append(s.WrongDate, wrong(pi, g[hit].Date))
				}
				if pi.Kind == g[hit].Kind {
					s.KindOK++
				} else {
					s.WrongKind = append(s.WrongKind, wrong(pi, g[hit].Kind))
				}
				if pi.Aid == g[hit].Aid {
					s.AidOK++
				} else {
					w := pi
					w.Value = EventSummary(&pi) + " " + pi.Aid + " (gold " + g[hit].Aid + ")"
					s.WrongAid = append(s.WrongAid, w)
				}
			}
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
	case "event":
		if p.Donor != g.Donor || p.HasNum != g.HasNum {
			return false
		}
		return !g.HasNum || p.Currency == g.Currency && math.Abs(p.Num-g.Num) <= 0.001*math.Abs(g.Num)
	}
	return false
}

// wrong is a matched prediction annotated with the gold's value, for
// listings.
func wrong(p Item, want string) Item {
	p.Value = EventSummary(&p) + " (gold " + want + ")"
	return p
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
	if s := scores["money"]; s != nil {
		fmt.Fprintf(w, "money role accuracy %.3f (%d of %d matched amounts)\n", s.RoleAccuracy(), s.RoleOK, s.TP)
	}
	if s := scores["materiel"]; s != nil {
		fmt.Fprintf(w, "materiel role accuracy %.3f (%d of %d matched counts)\n", s.RoleAccuracy(), s.RoleOK, s.TP)
	}
	if s := scores["event"]; s != nil {
		fmt.Fprintf(w, "event date accuracy %.3f (%d of %d matched events)\n", s.DateAccuracy(), s.DateOK, s.TP)
		fmt.Fprintf(w, "event kind accuracy %.3f (%d of %d matched events)\n", s.KindAccuracy(), s.KindOK, s.TP)
		fmt.Fprintf(w, "event aid type accuracy %.3f (%d of %d matched events)\n", s.AidAccuracy(), s.AidOK, s.TP)
	}
}
