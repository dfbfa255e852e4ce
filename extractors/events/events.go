package events

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/donors"
	"github.com/aidextract/aidextract/pipeline/model"
)

// Linker builds events from a document's resolved mentions. It is
// read-only after New and safe for concurrent use.
type Linker struct {
	gaz  *donors.Gazetteer
	data *data
	// maxForm is the most tokens a gazetteer form spans.
	maxForm int
}

// New loads the linker's data: its own tables and the donor gazetteer.
func New() (*Linker, error) {
	g, err := donors.Load()
	if err != nil {
		return nil, err
	}
	dt, err := loadData(dataFS)
	if err != nil {
		return nil, err
	}
	l := &Linker{gaz: g, data: dt, maxForm: 1}
	for i := range g.Entries {
		for _, f := range g.Entries[i].Forms() {
			if n := len(tokenize(f, 0, len(f))); n > l.maxForm {
				l.maxForm = n
			}
		}
	}
	for _, n := range g.NotDonors {
		if k := len(tokenize(n.Name, 0, len(n.Name))); k > l.maxForm {
			l.maxForm = k
		}
	}
	return l, nil
}

// token is a word of a sentence: bytes [start, end) of the view text.
type token struct {
	start, end int
	low        string
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
}

// tokenize splits t[start:end] into words. Hyphens and punctuation separate
// words; a period stays inside a word when a letter or digit follows it
// ("U.S", "2.1") or when it closes a dotted abbreviation ("U.S."); a comma
// stays between digits ("17,000").
func tokenize(t string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(t[i:end])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(t[j:end])
			if isWordRune(r) {
				j += size
				continue
			}
			if (r == '.' || r == ',') && j+1 < end {
				next, _ := utf8.DecodeRuneInString(t[j+1 : end])
				prev, _ := utf8.DecodeLastRuneInString(t[i:j])
				if r == '.' && unicode.IsLetter(next) && unicode.IsLetter(prev) && j-i <= 3 ||
					unicode.IsDigit(next) && unicode.IsDigit(prev) {
					j++
					continue
				}
			}
			if r == '.' && isDottedAbbrev(t[i:j]) {
				j++
			}
			break
		}
		w := strings.Trim(t[i:j], "'")
		if w != "" {
			toks = append(toks, token{start: i, end: j, low: strings.ToLower(t[i:j])})
		}
		i = j
	}
	return toks
}

// isDottedAbbrev reports whether w is like "U.S" or "E.U": single letters
// joined by periods.
func isDottedAbbrev(w string) bool {
	if len(w) < 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if k%2 == 1 {
			if c != '.' {
				return false
			}
		} else if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// match reports whether p matches the tokens from i, and where the match
// ends (exclusive token index).
func (p *phrase) match(toks []token, i int, isNumber func(string) bool) (int, bool) {
	j := i
	for k := 0; k < len(p.toks); k++ {
		pt := p.toks[k]
		if pt == gapToken {
			// try every gap length, shortest first
			for g := 0; g <= maxGap; g++ {
				rest := phrase{toks: p.toks[k+1:]}
				if e, ok := rest.match(toks, j+g, isNumber); ok {
					return e, true
				}
			}
			return 0, false
		}
		if j >= len(toks) {
			return 0, false
		}
		w := toks[j].low
		switch {
		case pt == numberToken:
			if !isNumber(w) {
				return 0, false
			}
		case strings.HasSuffix(pt, "*"):
			if !strings.HasPrefix(w, pt[:len(pt)-1]) {
				return 0, false
			}
		default:
			if w != pt {
				return 0, false
			}
		}
		j++
	}
	return j, true
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "eleven": true, "twelve": true, "dozen": true, "dozens": true, "several": true,
}

func isNumberWord(w string) bool {
	if numberWords[w] {
		return true
	}
	_, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	return err == nil
}

// actor is a donor, a collective donor or a recipient named in a sentence:
// tokens [from, to).
type actor struct {
	from, to int
	entry    *donors.Entry // nil for a group
	group    string        // the words of a collective donor, as written
}

// hit is a trigger, cue or package phrase found at tokens [from, to).
type hit struct {
	from, to int
	idx      int // index into the table it came from
}

// sentence is what the linker knows about one sentence.
type sentence struct {
	s      model.Sentence
	toks   []token
	actors []actor
	trig   []hit
	cues   []hit
	pkgs   []hit
	legis  []hit
	money  []*model.Mention
	dates  []*model.Mention
	items  []*model.Mention
	// clause boundaries: byte offsets where a clause ends (';' or ':')
	cuts []int
	cp   int // code-point start of the sentence in the original
}

func (l *Linker) scan(d *model.Doc, s model.Sentence, moneySpans [][2]int) *sentence {
	t := d.View.Text
	st := &sentence{s: s, toks: tokenize(t, s.Start, s.End)}
	st.cp, _, _ = d.View.Original(s.Start, s.End)
	toks := st.toks
	for i := 0; i < len(toks); {
		// a collective donor, longest phrase first
		best, bestEnd := -1, i
		for k := range l.data.groups {
			if e, ok := l.data.groups[k].match(toks, i, isNumberWord); ok && e > bestEnd {
				best, bestEnd = k, e
			}
		}
		// a gazetteer name, longest first; trackers are skipped whole
		n := min(l.maxForm, len(toks)-i)
		var entry *donors.Entry
		entryEnd, skip := i, i
		for ; n >= 1; n-- {
			surface := t[toks[i].start:toks[i+n-1].end]
			if l.gaz.IsNotDonor(surface) {
				skip = i + n
				break
			}
			if e, ok := l.gaz.Lookup(surface); ok {
				entry, entryEnd = e, i+n
				break
			}
		}
		switch {
		case skip > i && skip >= bestEnd:
			i = skip
		case best >= 0 && bestEnd >= entryEnd:
			st.actors = append(st.actors, actor{from: i, to: bestEnd, group: t[toks[i].start:toks[bestEnd-1].end]})
			i = bestEnd
		case entry != nil:
			st.actors = append(st.actors, actor{from: i, to: entryEnd, entry: entry})
			i = entryEnd
		default:
			i++
		}
	}
	if len(moneySpans) > 0 {
		kept := st.actors[:0]
		for _, a := range st.actors {
			inside := false
			for _, sp := range moneySpans {
				if toks[a.from].start < sp[1] && toks[a.to-1].end > sp[0] {
					inside = true
				}
			}
			if !inside {
				kept = append(kept, a)
			}
		}
		st.actors = kept
	}
	find := func(ps []phrase) []hit {
		var hits []hit
		for i := range toks {
			for k := range ps {
				if e, ok := ps[k].match(toks, i, isNumberWord); ok {
					hits = append(hits, hit{from: i, to: e, idx: k})
				}
			}
		}
		return hits
	}
	st.trig = find(phrasesOf(l.data.triggers, func(x trigger) phrase { return x.phrase }))
	st.cues = find(phrasesOf(l.data.cues, func(x cue) phrase { return x.phrase }))
	st.pkgs = find(phrasesOf(l.data.packages, func(x pkg) phrase { return x.phrase }))
	st.legis = find(l.data.legis)
	for i := s.Start; i < s.End; i++ {
		c := t[i]
		if c == ';' || c == ':' && !(i > s.Start && i+1 < s.End && isDigit(t[i-1]) && isDigit(t[i+1])) {
			st.cuts = append(st.cuts, i)
		}
	}
	return st
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func phrasesOf[T any](xs []T, f func(T) phrase) []phrase {
	out := make([]phrase, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// clauseOf returns the byte span of the clause holding byte offset pos.
func (st *sentence) clauseOf(pos int) (int, int) {
	start, end := st.s.Start, st.s.End
	for _, c := range st.cuts {
		if c < pos {
			start = c + 1
		} else {
			end = c
			break
		}
	}
	return start, end
}

// tokAt returns the index of the first token that starts at or after pos.
func (st *sentence) tokAt(pos int) int {
	for i, tk := range st.toks {
		if tk.start >= pos {
			return i
		}
	}
	return len(st.toks)
}

// Link returns the document's events, in text order. It runs after dates
// are resolved and amounts converted; it sets EventID on the money and
// materiel mentions it links to an event.
func (l *Linker) Link(d *model.Doc, ms []model.Mention) []model.Event {
	if d == nil || d.View == nil {
		return nil
	}
	spans := make([][][2]int, len(d.Sentences))
	for i := range ms {
		if m := &ms[i]; m.Kind == model.KindMoney && m.Sentence >= 0 && m.Sentence < len(spans) {
			spans[m.Sentence] = append(spans[m.Sentence], [2]int{m.Start, m.End})
		}
	}
	sents := make([]*sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.View.Text) || s.Start > s.End {
			continue
		}
		sents[i] = l.scan(d, s, spans[i])
	}
	// place mentions in their sentences
	var allDates []*model.Mention
	for i := range ms {
		m := &ms[i]
		if m.Sentence < 0 || m.Sentence >= len(sents) || sents[m.Sentence] == nil {
			continue
		}
		st := sents[m.Sentence]
		switch {
		case m.Kind == model.KindMoney && m.Money != nil:
			st.money = append(st.money, m)
		case m.Kind == model.KindDate && m.Date != nil:
			if m.Date.Y != 0 {
				st.dates = append(st.dates, m)
				allDates = append(allDates, m)
			}
		case m.Kind == model.KindMateriel && m.Materiel != nil:
			if m.Materiel.Role != "other" {
				st.items = append(st.items, m)
			}
		}
	}

	var out []model.Event
	nar := narrative{last: -1}
	for si, st := range sents {
		if st == nil {
			continue
		}
		evs := l.sentenceEvents(d, st, &nar, allDates)
		if len(evs) > 0 {
			nar.donors = nil
			for _, e := range evs {
				nar.donors = append(nar.donors, e.ev)
			}
			nar.sentence = si
			nar.listOpen = strings.HasSuffix(strings.TrimSpace(d.View.Text[st.s.Start:st.s.End]), ":")
			nar.last = len(out) + evs[0].first
		} else if nar.last >= 0 && len(out) > 0 && l.continues(d, st, &nar) {
			// a list item or a "the package included" sentence: its
			// materiel belongs to the last event
			base := &out[nar.last]
			id := model.EventID(d.ID, sents[base.Sentence].cp, base.Seq)
			for _, m := range st.items {
				if m.Materiel.EventID == "" {
					m.Materiel.EventID = id
					for k := nar.last; k < len(out) && out[k].Sentence == base.Sentence; k++ {
						out[k].ItemCount++
					}
				}
			}
			nar.sentence = si
			if strings.HasSuffix(strings.TrimSpace(d.View.Text[st.s.Start:st.s.End]), ":") {
				nar.listOpen = true
			}
		} else {
			nar.listOpen = false
		}
		for _, e := range evs {
			out = append(out, e.ev)
		}
	}
	return out
}

// narrative is what earlier sentences tell about the next ones.
type narrative struct {
	donors   []model.Event // the rows of the last sentence with events
	sentence int           // that sentence's index
	listOpen bool          // it ends with ':' and introduces a list
	last     int           // index in the output of its first event; -1 none
}

// continues reports whether st, a sentence without events of its own,
// continues the last event: an item of the list it introduced, or a
// sentence that lists a package's contents ("The package also included").
func (l *Linker) continues(d *model.Doc, st *sentence, nar *narrative) bool {
	if st.s.Index-nar.sentence > 3 {
		return false
	}
	if nar.listOpen && isListItem(d.View.Text[st.s.Start:st.s.End]) {
		return true
	}
	for _, h := range st.trig {
		if l.data.triggers[h.idx].kind == kindContents {
			return true
		}
	}
	return false
}

// isListItem reports whether a line reads as an item of a list: it starts
// with a bullet, or it does not end like a sentence.
func isListItem(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	switch line[0] {
	case '-', '*', '+':
		return true
	}
	if strings.HasPrefix(line, "•") || strings.HasPrefix(line, "·") {
		return true
	}
	return !strings.HasSuffix(line, ".")
}

// kindContents marks a phrase that lists what the last event holds.
const kindContents = "contents"

// built is one event row with what the linker needs while building.
type built struct {
	ev    model.Event
	first int // index, among the sentence's rows, of its statement's first row
}

// statement is one aid statement of a clause: an amount, or a trigger.
type statement struct {
	money   *model.Mention
	partner *model.Mention // the same amount in another currency, in brackets
	pos     int            // byte offset it is anchored at
	from    int            // byte span of its segment of the clause
	to      int
	trig    int // index into st.trig of the trigger it uses; -1 none
	kind    string
}

func (l *Linker) sentenceEvents(d *model.Doc, st *sentence, nar *narrative, allDates []*model.Mention) []built {
	t := d.View.Text
	// amounts: new and cumulative ones, each once
	var stmts []statement
	for k, m := range st.money {
		if m.Money.Role == "other" {
			continue
		}
		if k > 0 && len(stmts) > 0 {
			prev := stmts[len(stmts)-1]
			if prev.money == st.money[k-1] && m.Start >= prev.money.End && strings.TrimSpace(t[prev.money.End:m.Start]) == "(" {
				stmts[len(stmts)-1].partner = m
				continue
			}
		}
		stmts = append(stmts, statement{money: m, pos: m.Start, trig: -1})
	}
	// clauses with a trigger but no amount
	cl := append([]int{st.s.Start - 1}, st.cuts...)
	for ci, c := range cl {
		cs, ce := c+1, st.s.End
		if ci+1 < len(cl) {
			ce = cl[ci+1]
		}
		has := false
		for _, s := range stmts {
			if s.money != nil && s.pos >= cs && s.pos < ce {
				has = true
			}
		}
		if has {
			continue
		}
		best := l.strongest(st, cs, ce, false)
		if best < 0 {
			continue
		}
		kind := l.data.triggers[st.trig[best].idx].kind
		if kind == kindNone || kind == kindContents {
			continue
		}
		stmts = append(stmts, statement{pos: st.toks[st.trig[best].from].start, trig: best, kind: kind})
	}
	slices.SortStableFunc(stmts, func(a, b statement) int { return a.pos - b.pos })
	// segments: each statement owns its clause from the previous
	// statement of the clause to the next
	for k := range stmts {
		cs, ce := st.clauseOf(stmts[k].pos)
		stmts[k].from, stmts[k].to = cs, ce
		if k > 0 && stmts[k-1].pos >= cs {
			stmts[k].from = stmts[k-1].pos + 1
			if stmts[k-1].money != nil {
				stmts[k].from = stmts[k-1].money.End
			}
		}
		if k+1 < len(stmts) && stmts[k+1].pos < ce {
			stmts[k].to = stmts[k+1].pos
		}
	}

	var rows []built
	for k := range stmts {
		sm := &stmts[k]
		cs, ce := st.clauseOf(sm.pos)
		if sm.money != nil {
			tr := l.strongest(st, sm.from, sm.to, true)
			if tr < 0 {
				tr = l.strongest(st, cs, ce, true)
			}
			sm.trig = tr
			if tr >= 0 && l.data.triggers[st.trig[tr].idx].kind == kindNone {
				continue
			}
			sm.kind = l.moneyKind(st, sm)
		}
		if sm.kind == KindApproval && !st.legislature(cs, ce) {
			sm.kind = KindPledge
		}
		ds, group, how := l.donorsFor(st, sm, cs, ce, t)
		narrated := false
		strong := sm.trig >= 0 && l.data.triggers[st.trig[sm.trig].idx].strength >= 3
		if len(ds) == 0 && group == "" && (sm.money != nil || strong) && nar.last >= 0 && st.s.Index-nar.sentence <= 3 {
			for _, e := range nar.donors {
				if e.Donor != "" {
					if ent, ok := l.gaz.Lookup(e.Donor); ok && !containsEntry(ds, ent) {
						ds = append(ds, ent)
					}
				}
			}
			narrated = len(ds) > 0
			how = "narrative"
		}
		if len(ds) == 0 && group == "" && sm.money == nil {
			// a trigger with nobody doing it: only a strong statement
			// ("were en route to Ukraine") stands on its own
			if sm.trig < 0 || l.data.triggers[st.trig[sm.trig].idx].strength < 3 {
				continue
			}
		}
		base := model.Event{
			Sentence:  st.s.Index,
			Start:     st.s.Start,
			End:       st.s.End,
			Kind:      sm.kind,
			Recipient: "Ukraine",
		}
		if sm.money != nil {
			mo := sm.money.Money
			base.HasAmount, base.Amount, base.Currency, base.Qualifier = true, mo.Value, mo.Currency, mo.Qualifier
			base.HasUSD, base.AmountUSD = mo.HasUSD, mo.ValueUSD
			if !base.HasUSD && sm.partner != nil && sm.partner.Money.HasUSD {
				base.HasUSD, base.AmountUSD = true, sm.partner.Money.ValueUSD
			}
		}
		base.Date = l.dateFor(d, st, sm, allDates)
		base.AidType = l.aidType(st, sm)
		base.Package = l.packageFor(st, sm, t)
		if st.mentionsRussiaAsRecipient() {
			base.Recipient = "Russia"
		}
		rule := "events/"
		if sm.trig >= 0 {
			rule += TriggersFile + ":" + strconv.Itoa(l.data.triggers[st.trig[sm.trig].idx].line)
		} else {
			rule += "amount"
		}
		rule += "+donor:" + how
		base.Rule = rule
		conf := 0.45
		if sm.trig >= 0 {
			conf += 0.15 * float64(l.data.triggers[st.trig[sm.trig].idx].strength) / 2
		}
		if sm.money != nil {
			conf += 0.15
		}
		switch {
		case narrated:
			conf -= 0.2
		case len(ds) == 0 && group == "":
			conf -= 0.25
		case len(ds) == 0:
			conf -= 0.05
		}
		if len(ds) > 1 {
			conf -= 0.05
		}
		base.Confidence = math.Round(min(0.95, max(0.05, conf))*100) / 100

		first := len(rows)
		if len(ds) == 0 {
			e := base
			e.DonorGroup = group
			rows = append(rows, built{ev: e, first: first})
		}
		for _, ent := range ds {
			e := base
			e.Donor, e.DonorCode = ent.Canonical, ent.Code
			if to, ok := l.data.suppliers[ent.Canonical]; ok {
				e.Recipient = to
			}
			rows = append(rows, built{ev: e, first: first})
		}
		// link the amount and the materiel of the segment
		id := model.EventID(d.ID, st.cp, first)
		if sm.money != nil {
			sm.money.Money.EventID = id
			if sm.partner != nil {
				sm.partner.Money.EventID = id
			}
		}
		n := 0
		for _, m := range st.items {
			if m.Materiel.EventID != "" || m.Start < sm.from || m.Start >= sm.to {
				continue
			}
			m.Materiel.EventID = id
			n++
		}
		for r := first; r < len(rows); r++ {
			rows[r].ev.ItemCount = n
		}
	}
	// materiel of the sentence outside every segment joins its first event
	if len(rows) > 0 {
		id := model.EventID(d.ID, st.cp, 0)
		for _, m := range st.items {
			if m.Materiel.EventID == "" {
				m.Materiel.EventID = id
				for r := 0; r < len(rows) && rows[r].first == 0; r++ {
					rows[r].ev.ItemCount++
				}
			}
		}
	}
	for r := range rows {
		rows[r].ev.Seq = r
	}
	return rows
}

func containsEntry(es []*donors.Entry, e *donors.Entry) bool {
	for _, x := range es {
		if x.Canonical == e.Canonical {
			return true
		}
	}
	return false
}

// legislature reports whether a legislature is named in [from, to).
func (st *sentence) legislature(from, to int) bool {
	for _, h := range st.legis {
		if st.toks[h.from].start >= from && st.toks[h.to-1].end <= to {
			return true
		}
	}
	return false
}

// strongest returns the index in st.trig of the strongest trigger inside
// the byte span [from, to), the first on a tie; -1 when there is none.
// forMoney leaves out the cumulative triggers, which an amount's role
// already decides, and the contents markers.
func (l *Linker) strongest(st *sentence, from, to int, forMoney bool) int {
	best, bs := -1, 0
	for k, h := range st.trig {
		if st.toks[h.from].start < from || st.toks[h.to-1].end > to {
			continue
		}
		tr := l.data.triggers[h.idx]
		if tr.kind == kindContents || forMoney && tr.kind == KindTotal {
			continue
		}
		if tr.strength > bs {
			best, bs = k, tr.strength
		}
	}
	return best
}

// moneyKind is the kind of an amount's statement: a cumulative amount is a
// total; a new one takes its trigger's kind, a weak delivery verb being
// the announcement of a package.
func (l *Linker) moneyKind(st *sentence, sm *statement) string {
	if sm.money.Money.Role == "total" {
		return KindTotal
	}
	if sm.trig < 0 {
		return KindPledge
	}
	tr := l.data.triggers[st.trig[sm.trig].idx]
	switch {
	case tr.kind == KindDelivery && tr.strength < 3:
		return KindPledge
	case tr.kind == KindOther:
		return KindPledge
	}
	return tr.kind
}

// donorsFor finds who gives in a statement: a "from X" right after the
// amount, else the nearest donors before it in its clause, else before it
// in the sentence, else the first donors after it in its clause. It
// returns the named donors (one row each) or the words of a collective
// donor, and how they were found.
func (l *Linker) donorsFor(st *sentence, sm *statement, cs, ce int, t string) ([]*donors.Entry, string, string) {
	groups := l.coordinated(st, t)
	anchorTok := st.tokAt(sm.pos)
	anchorEnd := anchorTok + 1
	if sm.money != nil {
		anchorEnd = st.tokAt(sm.money.End)
	} else if sm.trig >= 0 {
		anchorEnd = st.trig[sm.trig].to
	}
	// "from X" after the anchor, within its segment
	for _, g := range groups {
		if g.from < anchorEnd || st.toks[g.from].start >= sm.to || g.from-anchorEnd > 8 {
			continue
		}
		k := g.from - 1
		for k >= anchorEnd && (st.toks[k].low == "the" || st.toks[k].low == "other" || st.toks[k].low == "its") {
			k--
		}
		if k >= anchorEnd && st.toks[k].low == "from" {
			return g.entries, g.group, "from"
		}
		break
	}
	// nearest before, in the clause then in the sentence
	for pass := 0; pass < 2; pass++ {
		for k := len(groups) - 1; k >= 0; k-- {
			g := groups[k]
			if g.to > anchorTok {
				continue
			}
			if pass == 0 && st.toks[g.from].start < cs {
				continue
			}
			if l.objectPosition(st, g) {
				continue
			}
			return g.entries, g.group, []string{"before", "sentence"}[pass]
		}
	}
	// first after, in the clause
	for _, g := range groups {
		if g.from < anchorEnd || st.toks[g.from].start >= ce || l.objectPosition(st, g) {
			continue
		}
		return g.entries, g.group, "after"
	}
	return nil, "", "none"
}

// objectPosition reports whether a donor group stands where a receiver or
// a target stands ("to Ukraine", "against Russia").
func (l *Linker) objectPosition(st *sentence, g coord) bool {
	if g.from == 0 {
		return false
	}
	switch st.toks[g.from-1].low {
	case "against", "counter", "to", "versus", "in", "at", "into", "through", "via", "near", "inside":
		return true
	}
	return false
}

// coord is a run of donors joined by commas and "and": "Belgium, Canada and
// Denmark". Recipients inside it are left out.
type coord struct {
	from, to int // tokens
	entries  []*donors.Entry
	group    string
}

func (l *Linker) coordinated(st *sentence, t string) []coord {
	var out []coord
	var cur *coord
	for _, a := range st.actors {
		joined := false
		if cur != nil {
			gap := strings.ToLower(strings.TrimSpace(t[st.toks[cur.to-1].end:st.toks[a.from].start]))
			switch gap {
			case ",", "and", ", and", "&", "as well as", "and the", ", the", ", and the", "or", "and its", "with":
				joined = true
			}
		}
		if !joined {
			out = append(out, coord{from: a.from, to: a.to})
			cur = &out[len(out)-1]
		} else {
			cur.to = a.to
		}
		if a.entry == nil {
			if cur.group == "" {
				cur.group = a.group
			}
			continue
		}
		if l.data.recipients[a.entry.Canonical] || containsEntry(cur.entries, a.entry) {
			continue
		}
		cur.entries = append(cur.entries, a.entry)
	}
	// runs of recipients only are not donors
	kept := out[:0]
	for _, c := range out {
		if len(c.entries) > 0 || c.group != "" {
			kept = append(kept, c)
		}
	}
	return kept
}

// mentionsRussiaAsRecipient reports whether the sentence names Russia as
// the side that receives: "to Russia", "Russia received".
func (st *sentence) mentionsRussiaAsRecipient() bool {
	for _, a := range st.actors {
		if a.entry == nil || a.entry.Canonical != "Russia" {
			continue
		}
		if a.from > 0 {
			switch st.toks[a.from-1].low {
			case "to", "help", "helping", "assisting", "supporting":
				return true
			}
		}
		if a.to < len(st.toks) {
			switch st.toks[a.to].low {
			case "received", "receives", "obtained":
				return true
			}
		}
	}
	return false
}

// dateFor is the statement's date. In its sentence: an "as of" or "by"
// date of its own segment, else the most precise date before it (the
// nearest on a tie), else the nearest after it; "since" dates count only
// when the sentence has no other. Else the date of the narrative: the
// nearest date before the sentence, relative ones ("two days earlier")
// left out. Else the document's date. A range gives its end.
func (l *Linker) dateFor(d *model.Doc, st *sentence, sm *statement, all []*model.Mention) *model.Date {
	pick := func(allowSince bool) *model.Mention {
		var before, after, asOf *model.Mention
		for _, m := range st.dates {
			mod := m.Date.Modifier
			if !allowSince && mod == "since" {
				continue
			}
			if (mod == "as_of" || mod == "by") && m.Start >= sm.from && m.Start < sm.to && asOf == nil {
				asOf = m
			}
			if m.Start <= sm.pos {
				if before == nil || rank(m.Date) >= rank(before.Date) {
					before = m
				}
			} else if after == nil {
				after = m
			}
		}
		switch {
		case asOf != nil:
			return asOf
		case before != nil:
			return before
		}
		return after
	}
	m := pick(false)
	if m == nil {
		m = pick(true)
	}
	if m == nil {
		para := strings.LastIndex(d.View.Text[:st.s.Start], "\n\n")
		for _, x := range all {
			if x.Start >= st.s.Start {
				break
			}
			if x.Date.Anchor == "" && x.Start > para {
				m = x
			}
		}
	}
	if m != nil {
		return endOf(m.Date)
	}
	if d.Document != nil && !d.Date.IsZero() {
		return &model.Date{Y: d.Date.Year(), M: int(d.Date.Month()), D: d.Date.Day(), Precision: model.Day}
	}
	return nil
}

// rank orders precisions: a day says more than a month, a month more than
// a quarter or a year.
func rank(x *model.Date) int {
	switch x.Precision {
	case model.Day:
		return 3
	case model.Month:
		return 2
	case model.Quarter:
		return 1
	}
	return 0
}

// endOf returns the date itself, or the end of a range.
func endOf(x *model.Date) *model.Date {
	c := *x
	if x.EndY != 0 {
		p := x.EndPrecision
		if p == "" {
			p = x.Precision
		}
		c = model.Date{Y: x.EndY, M: x.EndM, D: x.EndD, Q: x.EndQ, Precision: p, Relative: x.Relative}
	}
	return &c
}

// aidType reads the cues of the statement's clause, else of its sentence;
// materiel counts as military.
func (l *Linker) aidType(st *sentence, sm *statement) string {
	collect := func(from, to int) map[string]bool {
		seen := map[string]bool{}
		for _, h := range st.cues {
			if st.toks[h.from].start >= from && st.toks[h.to-1].end <= to {
				seen[l.data.cues[h.idx].aidType] = true
			}
		}
		for _, m := range st.items {
			if m.Start >= from && m.Start < to {
				seen[AidMilitary] = true
			}
		}
		for _, h := range st.pkgs {
			if st.toks[h.from].start >= from && st.toks[h.to-1].end <= to {
				seen[AidMilitary] = true
			}
		}
		return seen
	}
	cs, ce := st.clauseOf(sm.pos)
	seen := collect(cs, ce)
	if len(seen) == 0 {
		seen = collect(st.s.Start, st.s.End)
	}
	n := 0
	for _, t := range []string{AidMilitary, AidFinancial, AidHumanitarian} {
		if seen[t] {
			n++
		}
	}
	switch {
	case n > 1:
		return AidMixed
	case seen[AidTraining] && !seen[AidFinancial] && !seen[AidHumanitarian]:
		if seen[AidMilitary] && sm.money != nil {
			return AidMilitary
		}
		return AidTraining
	case seen[AidMilitary]:
		return AidMilitary
	case seen[AidFinancial]:
		return AidFinancial
	case seen[AidHumanitarian]:
		return AidHumanitarian
	}
	return AidUnspecified
}

// packageFor names the statement's package: a phrase of packages.tsv in its
// segment (else its clause), numbered by an ordinal right before it.
func (l *Linker) packageFor(st *sentence, sm *statement, t string) string {
	try := func(from, to int) string {
		best := ""
		bestLen := 0
		for _, h := range st.pkgs {
			if st.toks[h.from].start < from || st.toks[h.to-1].end > to {
				continue
			}
			p := l.data.packages[h.idx]
			name := p.name
			if p.numbered {
				if n := l.ordinalBefore(st, h.from, t); n > 0 {
					name += " " + strconv.Itoa(n)
				}
			}
			// the most specific: a numbered name beats a bare one
			if len(name) > bestLen {
				best, bestLen = name, len(name)
			}
		}
		return best
	}
	if p := try(sm.from, sm.to); p != "" {
		return p
	}
	cs, ce := st.clauseOf(sm.pos)
	return try(cs, ce)
}

// ordinalBefore reads an ordinal among the three tokens before token i:
// "22nd", "twenty-second", "fifty-sixth".
func (l *Linker) ordinalBefore(st *sentence, i int, t string) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := st.toks[k].low
		if n := digitOrdinal(w); n > 0 {
			return n
		}
		if n, ok := l.data.ordinals[w]; ok {
			if k > 0 && t[st.toks[k-1].end:st.toks[k].start] == "-" {
				if tens, ok := l.data.tens[st.toks[k-1].low]; ok {
					return tens + n
				}
			}
			return n
		}
	}
	return 0
}

func digitOrdinal(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if num, ok := strings.CutSuffix(w, suf); ok {
			if n, err := strconv.Atoi(num); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}
