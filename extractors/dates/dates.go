package dates

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Extractor finds date mentions sentence by sentence. It holds only the
// read-only lexicon, so one Extractor may serve many goroutines.
type Extractor struct {
	lx *lexicon
}

var sharedLexicon = loadLexicon()

// New returns the dates extractor.
func New() *Extractor { return &Extractor{lx: sharedLexicon} }

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "dates" }

// token is a word, a run of ASCII digits or one punctuation rune of a
// sentence. start and end are byte offsets into the sentence (scanner.word
// gives its text); sp is true when white space (or the sentence start) comes
// before it. info is what the lexicon knows about low (nil when nothing);
// tokenizeInto sets it.
//
// low is the lower-case form of the token, with one exception when the
// tokens were read with a lexicon: an ASCII word with a capital whose
// lower-case form is none of the words the lexicon interns (lexicon.table:
// its words, the words of its phrases and the words the grammar names) keeps
// its text. Such a low still differs from every lower-case word the scanner
// compares it with or looks up, and no lower-case copy is made.
type token struct {
	low        string
	info       *wordInfo
	start, end int32
	kind       byte // 'w' word, 'n' number, 'p' punctuation
	sp         bool
}

func tokenize(s string) []token { return tokenizeInto(nil, s, nil) }

// lowerLetters holds the one-letter words in lower case.
const lowerLetters = "abcdefghijklmnopqrstuvwxyz"

// tokenizeInto appends the tokens of s to toks and, when lx is not nil,
// sets their info. Without a lexicon, words are lower-cased with
// strings.ToLower; with one, see token.low.
func tokenizeInto(toks []token, s string, lx *lexicon) []token {
	sp := true
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				sp = true
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				toks = append(toks, token{low: s[i:j], start: int32(i), end: int32(j), info: lx.lookup(s[i:j], 'n'), kind: 'n', sp: sp})
				i = j
				sp = false
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			default:
				var wi *wordInfo
				if lx != nil {
					wi = lx.ascii[c]
				}
				toks = append(toks, token{low: s[i : i+1], start: int32(i), end: int32(i + 1), info: wi, kind: 'p', sp: sp})
				i++
				sp = false
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
			if !unicode.IsLetter(r) {
				toks = append(toks, token{low: s[i : i+size], start: int32(i), end: int32(i + size), info: lx.lookup(s[i:i+size], 'p'), kind: 'p', sp: sp})
				i += size
				sp = false
				continue
			}
		}
		// a word; h is the keyHash of its lower-case form while it is ASCII
		upper, ascii := r >= 'A' && r <= 'Z', r < utf8.RuneSelf
		h := hashByte(hashStart, c|0x20)
		j := i + size
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if c >= 'a' && c <= 'z' {
					h = hashByte(h, c)
					j++
					continue
				}
				if c >= 'A' && c <= 'Z' {
					h = hashByte(h, c|0x20)
					upper = true
					j++
					continue
				}
				break
			}
			r2, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			ascii = false
			j += n
		}
		w := s[i:j]
		low := w
		var wi *wordInfo
		switch {
		case !ascii:
			low = strings.ToLower(w)
			wi = lx.lookup(low, 'w')
		case lx == nil:
			if upper {
				low = strings.ToLower(w)
			}
		case len(w) == 1:
			k := c | 0x20 - 'a'
			low = lowerLetters[k : k+1]
			wi = lx.ascii[low[0]]
		case !lx.mayBeKey(w):
		case upper:
			if k, kwi, ok := lx.findFold(w, h); ok {
				low, wi = k, kwi
			}
		default:
			wi = lx.find(w, h)
		}
		toks = append(toks, token{low: low, start: int32(i), end: int32(j), info: wi, kind: 'w', sp: sp})
		i = j
		sp = false
	}
	return toks
}

// weak kinds: an atom of one of these kinds is a date only after a trigger
// word, in a range, or in a list that holds a stronger date.
const (
	weakNone    = ""
	weakMonth   = "month"
	weakYear    = "year"
	weakWeekday = "weekday"
	weakSeason  = "season"
	weakQuarter = "quarter"
)

// atom is one date expression found by the scanner, over tokens [a, b).
type atom struct {
	a, b    int
	date    model.Date
	rule    string
	weak    string
	hasYear bool // the text gives the year
	dayList bool // a bare day borrowed its month from the next atom
	seasonM string
	fixed   bool // a named day (anchors.tsv)
	ok      bool // accepted (weak atoms start unaccepted)
	dead    bool // merged into another atom
	chainTo int  // index+1 of the next atom in a list, 0 if none
}

func (a *atom) relativeish() bool { return a.date.Anchor != "" || a.fixed }

type scanner struct {
	lx   *lexicon
	text string
	// heading: the sentence is a heading line ("Indirect supplies, 2022"),
	// which may end in a bare year
	heading bool
	toks    []token
	atoms   []atom
}

// scanners keeps the token and atom buffers of finished calls for reuse.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	if d == nil || d.View == nil || s.Start < 0 || s.End > len(d.View.Text) || s.Start >= s.End {
		return nil
	}
	text := d.View.Text[s.Start:s.End]
	sc := scanners.Get().(*scanner)
	defer scanners.Put(sc)
	sc.lx, sc.text = e.lx, text
	// only a sentence that ends in a figure may be a heading ending in a year
	sc.heading = text[len(text)-1] >= '0' && text[len(text)-1] <= '9' && isHeading(d.View.Text, s)
	sc.toks = tokenizeInto(sc.toks[:0], text, e.lx)
	return sc.mentions(s)
}

// mentions reads the date mentions of sentence s from sc.toks.
func (sc *scanner) mentions(s model.Sentence) []model.Mention {
	atoms := sc.scan()
	if len(atoms) == 0 {
		return nil
	}
	atoms = sc.combine(atoms)
	n := 0
	for i := range atoms {
		if !atoms[i].dead && atoms[i].ok {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	var out []model.Mention
	var dates []model.Date
	if n == 1 {
		// one date, as most sentences with one have: one allocation for both
		one := new(struct {
			out   [1]model.Mention
			dates [1]model.Date
		})
		out, dates = one.out[:0], one.dates[:]
	} else {
		out, dates = make([]model.Mention, 0, n), make([]model.Date, n)
	}
	for i := range atoms {
		at := &atoms[i]
		if at.dead || !at.ok {
			continue
		}
		sc.applyModifiers(at)
		dt := &dates[len(out)]
		*dt = at.date
		if at.fixed {
			dt.Relative = true
		} else if dt.Anchor != "" {
			dt.Relative = true
		} else if !at.hasYear {
			dt.Relative = true
			if dt.Y == 0 {
				dt.NeedsYear = true
			}
		}
		start, end := int(sc.toks[at.a].start), int(sc.toks[at.b-1].end)
		out = append(out, model.Mention{
			Kind:     model.KindDate,
			Start:    s.Start + start,
			End:      s.Start + end,
			Sentence: s.Index,
			Rule:     ruleName(at.rule),
			Date:     dt,
		})
	}
	return out
}

// ruleName is "dates/" + rule, without building the common ones.
func ruleName(rule string) string {
	switch rule {
	case "anchor":
		return "dates/anchor"
	case "relative":
		return "dates/relative"
	case "numeric":
		return "dates/numeric"
	case "fiscal-year":
		return "dates/fiscal-year"
	case "quarter":
		return "dates/quarter"
	case "day-month":
		return "dates/day-month"
	case "day-month-year":
		return "dates/day-month-year"
	case "day-range":
		return "dates/day-range"
	case "month-day":
		return "dates/month-day"
	case ruleHoliday:
		return "dates/" + ruleHoliday
	case "month-day-year":
		return "dates/month-day-year"
	case "month-year":
		return "dates/month-year"
	case "month":
		return "dates/month"
	case "weekday":
		return "dates/weekday"
	case "season":
		return "dates/season"
	case "year":
		return "dates/year"
	case "year-range":
		return "dates/year-range"
	case "range":
		return "dates/range"
	}
	return "dates/" + rule
}

// ---- token helpers ----

// word is the text of token i.
func (sc *scanner) word(i int) string {
	t := &sc.toks[i]
	return sc.text[t.start:t.end]
}

func (sc *scanner) low(i int) string {
	if i < 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.toks[i].low
}

// adj reports whether token i follows token i-1 with no space.
func (sc *scanner) adj(i int) bool {
	return i > 0 && i < len(sc.toks) && !sc.toks[i].sp
}

func isEvent(wi *wordInfo) bool { return wi != nil && wi.event }

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleCase: "March", not "march" or "MARCH".
func titleCase(s string) bool {
	for i, r := range s {
		if i == 0 {
			if !unicode.IsUpper(r) {
				return false
			}
		} else if unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// numberGlued reports whether the number token i is part of a longer number
// or code: "2,000", "1.5", "F-16", "M270", "ES-11/1".
func (sc *scanner) numberGlued(i int) bool {
	t := sc.toks
	if sc.adj(i) {
		p := t[i-1]
		switch {
		case p.kind == 'w':
			return true
		case p.low == "," || p.low == "." || p.low == "/" || p.low == ":":
			if i >= 2 && sc.adj(i-1) && t[i-2].kind == 'n' {
				return true
			}
		case p.low == "$" || p.low == "€" || p.low == "£" || p.low == "#" || p.low == "№":
			return true
		case p.low == "-":
			if i >= 2 && sc.adj(i-1) && (t[i-2].kind == 'n' || t[i-2].kind == 'w' && !sc.lx.isModWord(t[i-2].low)) {
				return true
			}
		}
	}
	if i+1 < len(t) && sc.adj(i+1) {
		n := t[i+1]
		switch {
		case n.low == "," || n.low == "." || n.low == ":" || n.low == "/":
			if i+2 < len(t) && sc.adj(i+2) && t[i+2].kind == 'n' && !sc.fiscalSlash(i) {
				return true
			}
		case n.low == "%":
			return true
		}
	}
	return false
}

// fiscalSlash reports whether token i is a year that a slash joins to the
// next ("2024/25", "2024/2025"): a fiscal year, not a fraction or a
// numeric date.
func (sc *scanner) fiscalSlash(i int) bool {
	t := sc.toks
	if i < 0 || i+2 >= len(t) || t[i].kind != 'n' || len(t[i].low) != 4 || t[i+1].low != "/" || t[i+2].kind != 'n' ||
		!sc.adj(i+1) || !sc.adj(i+2) || i+3 < len(t) && sc.adj(i+3) && (t[i+3].low == "/" || t[i+3].low == "-") {
		return false
	}
	y, _ := strconv.Atoi(t[i].low)
	y2, _ := strconv.Atoi(t[i+2].low)
	switch len(t[i+2].low) {
	case 2:
		return y2 == (y+1)%100
	case 4:
		return y2 == y+1
	}
	return false
}

// isModWord: words that may be glued to a year with a hyphen ("mid-2023").
func (lx *lexicon) isModWord(w string) bool {
	switch w {
	case "mid", "early", "late", "end", "pre", "post":
		return true
	}
	return false
}

// dayAt reads a day of the month (1-31) at token i, with an optional ordinal
// suffix ("1st"), and returns the index after it.
func (sc *scanner) dayAt(i int) (int, int, bool) { return sc.dayAtOpt(i, false) }

// dayAtOpt is dayAt; rangeEnd accepts a day glued to the one before it by a
// dash ("18-20 January").
func (sc *scanner) dayAtOpt(i int, rangeEnd bool) (int, int, bool) {
	if i >= len(sc.toks) {
		return 0, i, false
	}
	t := sc.toks[i]
	glued := sc.numberGlued(i)
	if glued && rangeEnd && sc.toks[i-1].low == "-" && sc.toks[i-2].kind == 'n' {
		glued = false
	}
	if t.kind != 'n' || len(t.low) > 2 || glued {
		return 0, i, false
	}
	d, _ := strconv.Atoi(t.low)
	if d < 1 || d > 31 {
		return 0, i, false
	}
	j := i + 1
	if j < len(sc.toks) && sc.adj(j) {
		switch sc.toks[j].low {
		case "st", "nd", "rd", "th":
			j++
		default:
			if sc.toks[j].kind == 'w' {
				return 0, i, false // "5G", "2A4"
			}
		}
	}
	return d, j, true
}

// monthAt reads a month name at token i (an abbreviation may end with a
// period) and returns the month, the index after it and whether it was an
// abbreviation.
func (sc *scanner) monthAt(i int) (m, next int, abbr, ok bool) {
	if i >= len(sc.toks) {
		return 0, i, false, false
	}
	t := sc.toks[i]
	if t.kind != 'w' || !isUpper(sc.word(i)) {
		return 0, i, false, false
	}
	if t.info == nil || !t.info.isMonth {
		return 0, i, false, false
	}
	mn := t.info.month
	if w := sc.word(i); !titleCase(w) && strings.ToUpper(w) != w {
		return 0, i, false, false // "MaRch"
	}
	j := i + 1
	if mn.abbr && j < len(sc.toks) && sc.toks[j].low == "." && sc.adj(j) {
		j++
	}
	if j < len(sc.toks) && sc.adj(j) && (sc.toks[j].kind == 'w' || sc.toks[j].kind == 'n') {
		return 0, i, false, false
	}
	return mn.m, j, mn.abbr, true
}

// yearAt reads a four-digit year 1900-2099 at token i.
func (sc *scanner) yearAt(i int) (int, int, bool) { return sc.yearAtOpt(i, false) }

// yearAtOpt is yearAt; rangeEnd accepts a year glued to the one before it by
// a dash ("2014-2021").
func (sc *scanner) yearAtOpt(i int, rangeEnd bool) (int, int, bool) {
	if i >= len(sc.toks) {
		return 0, i, false
	}
	t := sc.toks[i]
	glued := sc.numberGlued(i)
	if glued && rangeEnd && (sc.toks[i-1].low == "-" || sc.fiscalSlash(i-2)) && sc.toks[i-2].kind == 'n' {
		glued = false
	}
	if t.kind != 'n' || len(t.low) != 4 || glued {
		return 0, i, false
	}
	y, _ := strconv.Atoi(t.low)
	if y < 1900 || y > 2099 {
		return 0, i, false
	}
	if i+1 < len(sc.toks) && sc.adj(i+1) && sc.toks[i+1].kind == 'w' {
		return 0, i, false // "2020s", "2000mm"
	}
	return y, i + 1, true
}

// optYear reads an optional ", 2022" / " 2022" / " of 2022" after index j.
func (sc *scanner) optYear(j int) (int, int, bool) {
	k := j
	if k < len(sc.toks) && (sc.toks[k].low == "," || sc.toks[k].low == "of") {
		k++
	}
	if y, n, ok := sc.yearAt(k); ok {
		return y, n, true
	}
	return 0, j, false
}

func isRangeSep(w string) bool {
	switch w {
	case "-", "to", "through", "until", "till", "thru":
		return true
	}
	return false
}

// ---- scanning ----

func (sc *scanner) scan() []atom {
	atoms := sc.atoms[:0]
	defer func() { sc.atoms = atoms[:0] }()
	for i := 0; i < len(sc.toks); {
		if t := &sc.toks[i]; t.kind != 'n' && (t.info == nil || !t.info.starter) {
			i++ // no atom starts here (see atomAt)
			continue
		}
		if at, ok := sc.atomAt(i); ok {
			atoms = append(atoms, at)
			i = at.b
			continue
		}
		i++
	}
	return atoms
}

// atomAt reads the first atom that fits at token i. Only a number or a
// starter word (see wordInfo) can begin one, and each reader is tried only
// when token i can begin what it reads.
func (sc *scanner) atomAt(i int) (atom, bool) {
	t := &sc.toks[i]
	wi := t.info
	if t.kind != 'n' && (wi == nil || !wi.starter) {
		return atom{}, false
	}
	if wi != nil && wi.fwd[tableAnchors] != nil {
		if at, ok := sc.anchorAt(i); ok {
			return at, true
		}
	}
	// a relative phrase, "two days later" or "the eve of"
	if sc.relativeGate(i) {
		if at, ok := sc.relativeAt(i); ok {
			return at, true
		}
	}
	if sc.numericGate(i) {
		if at, ok := sc.numericAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'w' && wi != nil && wi.fiscal {
		if at, ok := sc.fiscalAt(i); ok {
			return at, true
		}
	}
	if sc.quarterGate(i) {
		if at, ok := sc.quarterAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' && len(t.low) <= 2 { // dayAt reads one or two digits
		if at, ok := sc.dayFirstAt(i); ok {
			return at, true
		}
	}
	if wi != nil && wi.isMonth {
		if at, ok := sc.monthFirstAt(i); ok {
			return at, true
		}
	}
	if wi != nil && wi.isWeekday {
		if at, ok := sc.weekdayAt(i); ok {
			return at, true
		}
	}
	if wi != nil && wi.isSeason {
		if at, ok := sc.seasonAt(i); ok {
			return at, true
		}
	}
	if t.kind == 'n' && len(t.low) == 4 { // yearAt reads four digits
		return sc.bareYearAt(i)
	}
	return atom{}, false
}

// relativeGate reports whether relativeAt may find a phrase at token i: a
// word that starts one of relative.tsv, a number before "day" or "days",
// or "the" ("the eve of").
func (sc *scanner) relativeGate(i int) bool {
	t := &sc.toks[i]
	if wi := t.info; wi != nil && wi.fwd[tableRelative] != nil || t.low == "the" {
		return true
	}
	if t.kind != 'n' && (t.info == nil || !t.info.isNumber) || i+2 >= len(sc.toks) {
		return false
	}
	next := sc.toks[i+1].low
	return next == "days" || next == "day"
}

// numericGate reports whether numericAt may read a date at token i: a
// number, glued to the punctuation after it, four tokens from the end or
// more.
func (sc *scanner) numericGate(i int) bool {
	t := sc.toks
	return t[i].kind == 'n' && i+4 < len(t) && sc.adj(i+1) && t[i+1].kind == 'p'
}

func (sc *scanner) anchorAt(i int) (atom, bool) {
	v, j, ok := sc.lx.anchors.forward(sc.toks, i)
	if !ok {
		return atom{}, false
	}
	f := v.(fixedDate)
	if f.y == 0 {
		// a holiday is a name: "New Year", not "the new year"; a year
		// may follow ("Christmas Day 2023")
		if !titleCase(sc.word(i)) {
			return atom{}, false
		}
		if y, n, ok := sc.optYear(j); ok {
			return atom{a: i, b: n, rule: ruleHoliday, ok: true, hasYear: true,
				date: model.Date{Y: y, M: f.m, D: f.d, Precision: model.Day}}, true
		}
		return atom{a: i, b: j, rule: ruleHoliday, ok: true, date: model.Date{M: f.m, D: f.d, Precision: model.Day}}, true
	}
	return atom{a: i, b: j, rule: "anchor", fixed: true, ok: true, hasYear: true,
		date: model.Date{Y: f.y, M: f.m, D: f.d, Precision: model.Day}}, true
}

func (sc *scanner) relativeAt(i int) (atom, bool) {
	t := sc.toks
	// a duration word before the phrase makes it a length of time ("over
	// the next month", "for the next year"); "for next year" and "for
	// this year" name the year the money is for
	durationBefore := i > 0 && isTrigger(t[i-1].info, "duration") && !(t[i-1].low == "for" && (t[i].low == "this" || t[i].low == "next")) ||
		i > 1 && t[i-1].low == "the" && isTrigger(t[i-2].info, "duration")
	if v, j, ok := sc.lx.relative.forward(t, i); ok && !durationBefore {
		e := v.(relEntry)
		if sc.low(j) == "of" {
			return atom{}, false
		}
		// "the day before" counts only when nothing follows it ("the day
		// before the vote" points at the vote).
		last := t[j-1].low
		if (last == "before" || last == "after") && j < len(t) && t[j].kind != 'p' {
			return atom{}, false
		}
		// "Today" inside a sentence is a name ("Ukraine Today").
		if e.now && isUpper(sc.word(i)) && i > 0 && t[i-1].kind == 'w' && isUpper(sc.word(i-1)) {
			return atom{}, false
		}
		return atom{a: i, b: j, rule: "relative", ok: true,
			date: model.Date{Anchor: e.atom, Modifier: e.modifier}}, true
	}
	// "two days earlier", "3 days later", "two days ago"
	if i+2 < len(t) && (t[i+1].low == "days" || t[i+1].low == "day") {
		n := 0
		if t[i].kind == 'n' && len(t[i].low) <= 3 && !sc.numberGlued(i) {
			n, _ = strconv.Atoi(t[i].low)
		} else if wi := t[i].info; wi != nil && wi.isNumber && t[i].low != "first" && t[i].low != "second" && t[i].low != "third" && t[i].low != "fourth" && t[i].low != "last" && t[i].low != "final" {
			n = wi.number
		}
		if n > 0 && (n == 1) == (t[i+1].low == "day") && !durationBefore {
			w := t[i+2].low
			sign := 0
			switch w {
			case "earlier", "before", "prior":
				sign = -1
			case "later", "after":
				sign = 1
			case "ago":
				sign = -1
			}
			follow := i + 3
			if (w == "before" || w == "after" || w == "prior") && follow < len(t) && t[follow].kind != 'p' {
				sign = 0
			}
			if sign != 0 {
				anchor := fmt.Sprintf("day:%+d", sign*n)
				if w == "ago" {
					anchor += "@now"
				}
				return atom{a: i, b: i + 3, rule: "relative", ok: true, date: model.Date{Anchor: anchor}}, true
			}
		}
	}
	// "the eve of the 13th Ukraine Defense Contact Group meeting"
	if t[i].low == "the" && sc.low(i+1) == "eve" && sc.low(i+2) == "of" {
		for j := i + 3; j < len(t) && j < i+14; j++ {
			if t[j].kind == 'p' && t[j].low != "-" && t[j].low != "'" {
				break
			}
			if isEvent(t[j].info) {
				if j+1 < len(t) && isEvent(t[j+1].info) {
					continue // take the last noun of "summit meeting"
				}
				return atom{a: i, b: j + 1, rule: "relative", ok: true, date: model.Date{Anchor: "day:0"}}, true
			}
		}
	}
	return atom{}, false
}

// numericAt reads "2022-02-24", "24.02.2022" and unambiguous "24/02/2022".
func (sc *scanner) numericAt(i int) (atom, bool) {
	t := sc.toks
	if i+4 >= len(t) || t[i].kind != 'n' || (i > 0 && sc.adj(i) && (t[i-1].kind != 'p' || t[i-1].low == "-" || t[i-1].low == "/" || t[i-1].low == ".")) {
		return atom{}, false
	}
	sep := t[i+1].low
	if (sep != "-" && sep != "/" && sep != ".") || t[i+3].low != sep || !sc.adj(i+1) || !sc.adj(i+2) || !sc.adj(i+3) || !sc.adj(i+4) ||
		t[i+2].kind != 'n' || t[i+4].kind != 'n' {
		return atom{}, false
	}
	if i+5 < len(t) && sc.adj(i+5) && (t[i+5].kind != 'p' || t[i+5].low == sep && i+6 < len(t) && t[i+6].kind == 'n') {
		return atom{}, false
	}
	a, b, c := t[i].low, t[i+2].low, t[i+4].low
	var y, m, d int
	switch {
	case len(a) == 4 && len(b) <= 2 && len(c) <= 2 && sep == "-":
		y, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
		d, _ = strconv.Atoi(c)
	case len(a) <= 2 && len(b) <= 2 && len(c) == 4 && sep != "-":
		p, _ := strconv.Atoi(a)
		q, _ := strconv.Atoi(b)
		y, _ = strconv.Atoi(c)
		switch {
		case sep == "." || p > 12 && q <= 12:
			d, m = p, q
		case q > 12 && p <= 12:
			m, d = p, q
		default:
			return atom{}, false // 03/04/2022 could be either
		}
	default:
		return atom{}, false
	}
	if y < 1900 || y > 2099 || !validDay(y, m, d) {
		return atom{}, false
	}
	return atom{a: i, b: i + 5, rule: "numeric", ok: true, hasYear: true,
		date: model.Date{Y: y, M: m, D: d, Precision: model.Day}}, true
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		days = 28
	}
	return d <= days
}

// fiscalAt reads "fiscal year 2023", "fiscal 2024", "FY2024", "FY 2024",
// "FY24", "fiscal year (FY) 2024".
func (sc *scanner) fiscalAt(i int) (atom, bool) {
	t := sc.toks
	if i >= len(t) {
		return atom{}, false
	}
	j := i
	switch {
	case t[i].low == "fiscal" || t[i].low == "financial":
		j++
		if sc.low(j) == "year" {
			j++
		}
		if sc.low(j) == "(" && sc.low(j+1) == "fy" && sc.low(j+2) == ")" {
			j += 3
		}
		if y, n, ok := sc.yearAt(j); ok {
			return atom{a: i, b: n, rule: "fiscal-year", ok: true, hasYear: true, date: model.Date{Y: y, Precision: model.Year}}, true
		}
	case sc.word(i) == "FY" || sc.word(i) == "Fy":
		j++
		// "FY2024", "FY 2024.", "FY24,"; not "FY 2024.5" nor "FY 2,024"
		if j < len(t) && t[j].kind == 'n' && (j+1 >= len(t) || !sc.adj(j+1) || t[j+1].kind == 'p' && (t[j+1].low != "," && t[j+1].low != "." || j+2 >= len(t) || !sc.adj(j+2))) {
			y := 0
			switch {
			case len(t[j].low) == 4:
				y, _ = strconv.Atoi(t[j].low)
			case len(t[j].low) == 2 && sc.adj(j):
				y, _ = strconv.Atoi(t[j].low)
				y += 2000
			}
			if y >= 1900 && y <= 2099 {
				return atom{a: i, b: j + 1, rule: "fiscal-year", ok: true, hasYear: true, date: model.Date{Y: y, Precision: model.Year}}, true
			}
		}
	}
	return atom{}, false
}

// ordinalAt reads "second", "2nd", "last" at token i.
func (sc *scanner) ordinalAt(i int) (int, int, bool) {
	if i >= len(sc.toks) {
		return 0, i, false
	}
	t := sc.toks[i]
	if t.kind == 'n' && i+1 < len(sc.toks) && sc.adj(i+1) {
		switch sc.toks[i+1].low {
		case "st", "nd", "rd", "th":
			n, _ := strconv.Atoi(t.low)
			return n, i + 2, true
		}
		return 0, i, false
	}
	switch t.low {
	case "first", "second", "third", "fourth", "last", "final":
		if t.info == nil {
			return 0, i + 1, true
		}
		return t.info.number, i + 1, true
	}
	return 0, i, false
}

// quarterGate reports whether quarterAt may find a quarter at token i: a
// number needs "Q" or an ordinal ending after it ("2023 Q3", "3rd
// quarter"); a word is "Q", or "the" or an ordinal before an ordinal and
// "quarter" (wordInfo.quarter).
func (sc *scanner) quarterGate(i int) bool {
	t := &sc.toks[i]
	switch t.kind {
	case 'n':
		switch sc.low(i + 1) {
		case "q", "st", "nd", "rd", "th":
			return true
		}
	case 'w':
		if t.info == nil || !t.info.quarter {
			return false
		}
		if t.low == "q" {
			return true
		}
		j := i
		if t.low == "the" {
			j++
		}
		_, k, ok := sc.ordinalAt(j)
		return ok && sc.low(k) == "quarter"
	}
	return false
}

// quarterAt reads "the second quarter of 2024", "Q3 2023", "Q3/2023",
// "2023 Q3" and, needing a trigger, "the first quarter".
func (sc *scanner) quarterAt(i int) (atom, bool) {
	t := sc.toks
	mk := func(a, b, q, y int) atom {
		at := atom{a: a, b: b, rule: "quarter", ok: y != 0, hasYear: y != 0,
			date: model.Date{Y: y, Q: q, Precision: model.Quarter}}
		if y == 0 {
			at.weak = weakQuarter
		}
		return at
	}
	// Q3 2023
	if sc.word(i) == "Q" && i+1 < len(t) && sc.adj(i+1) && t[i+1].kind == 'n' && len(t[i+1].low) == 1 {
		q, _ := strconv.Atoi(t[i+1].low)
		if q >= 1 && q <= 4 {
			j := i + 2
			if j < len(t) && (t[j].low == "/" || t[j].low == "-" || t[j].low == "," || t[j].low == "of") {
				j++
			}
			if y, n, ok := sc.yearAt(j); ok {
				return mk(i, n, q, y), true
			}
			if j < len(t) && t[j].kind == 'n' && len(t[j].low) == 2 && sc.adj(j) {
				y, _ := strconv.Atoi(t[j].low)
				return mk(i, j+1, q, 2000+y), true
			}
		}
	}
	// 2023 Q3
	if y, n, ok := sc.yearAt(i); ok && n+1 < len(t) && sc.word(n) == "Q" && sc.adj(n+1) && t[n+1].kind == 'n' && len(t[n+1].low) == 1 &&
		(n+2 >= len(t) || !sc.adj(n+2) || t[n+2].kind == 'p') {
		q, _ := strconv.Atoi(t[n+1].low)
		if q >= 1 && q <= 4 {
			return mk(i, n+2, q, y), true
		}
	}
	j := i
	if t[i].low == "the" {
		j++
	}
	q, k, ok := sc.ordinalAt(j)
	if !ok || q < 1 || q > 4 || sc.low(k) != "quarter" {
		return atom{}, false
	}
	k++
	if sc.low(k) == "of" || sc.low(k) == "in" {
		if sc.low(k+1) == "the" && (sc.low(k+2) == "year" || sc.low(k+2) == "fiscal") {
			// "the first quarter of the year": needs the narrative year
			if y, n, ok := sc.yearAt(k + 3); ok && sc.low(k+2) == "year" {
				return mk(i, n, q, y), true
			}
			if sc.low(k+2) == "fiscal" && sc.low(k+3) == "year" {
				if y, n, ok := sc.yearAt(k + 4); ok {
					return mk(i, n, q, y), true
				}
			}
			return mk(i, k+3, q, 0), true
		}
		if at, ok := sc.fiscalAt(k + 1); ok {
			return mk(i, at.b, q, at.date.Y), true
		}
		if y, n, ok := sc.yearAt(k + 1); ok {
			return mk(i, n, q, y), true
		}
	}
	if sc.low(k) == "," || sc.low(k) == "" || t[k].kind == 'p' {
		return mk(i, k, q, 0), true
	}
	return atom{}, false
}

// dayFirstAt reads "26 February 2022", "8 Aug 2022", "1st of March",
// "18-20 January 2023", "18 to 20 January" and "3 and 5 May".
func (sc *scanner) dayFirstAt(i int) (atom, bool) { return sc.dayFirstDepth(i, 0) }

// maxDayList bounds "3, 5, 8 and 10 May": longer runs of numbers are not
// lists of days.
const maxDayList = 6

func (sc *scanner) dayFirstDepth(i, depth int) (atom, bool) {
	t := sc.toks
	d1, j, ok := sc.dayAt(i)
	if !ok {
		return atom{}, false
	}
	d2 := 0
	// day range or list before the month
	if j < len(t) && (isRangeSep(t[j].low) || t[j].low == "and" && sc.low(i-1) == "between") {
		if d, k, ok := sc.dayAtOpt(j+1, true); ok && d > d1 {
			if _, _, _, mok := sc.monthAt(sc.skipOf(k)); mok {
				d2, j = d, k
			}
		}
	}
	if d2 == 0 && depth < maxDayList && j < len(t) && (t[j].low == "and" || t[j].low == "or" || t[j].low == "," || t[j].low == "&") {
		// "3 and 5 May": the bare day borrows the month of the next one
		if next, ok := sc.dayFirstDepth(j+1, depth+1); ok && next.date.Precision == model.Day && next.date.EndY == 0 {
			at := next
			at.a, at.b = i, j
			at.date.D = d1
			at.dayList = true
			if !validDay(max(at.date.Y, 2000), at.date.M, d1) {
				return atom{}, false
			}
			return at, true
		}
	}
	k := sc.skipOf(j)
	m, n, _, ok := sc.monthAt(k)
	if !ok {
		return atom{}, false
	}
	at := atom{a: i, b: n, rule: "day-month", ok: true, date: model.Date{M: m, D: d1, Precision: model.Day}}
	if y, n2, ok := sc.optYear(n); ok {
		at.b, at.date.Y, at.hasYear, at.rule = n2, y, true, "day-month-year"
	}
	if !validDay(max(at.date.Y, 2000), m, d1) {
		return atom{}, false
	}
	if d2 != 0 {
		at.rule = "day-range"
		at.date.EndY, at.date.EndM, at.date.EndD, at.date.EndPrecision = at.date.Y, m, d2, model.Day
		if !validDay(max(at.date.Y, 2000), m, d2) {
			return atom{}, false
		}
	}
	return at, true
}

func (sc *scanner) skipOf(j int) int {
	if sc.low(j) == "of" {
		return j + 1
	}
	return j
}

// monthFirstAt reads "September 2, 2022", "Sept. 2", "March 1st",
// "January 18-20, 2023", "February 2022", "March of 2022" and a month name
// alone (which needs a trigger).
func (sc *scanner) monthFirstAt(i int) (atom, bool) {
	t := sc.toks
	m, j, abbr, ok := sc.monthAt(i)
	if !ok {
		return atom{}, false
	}
	if d, k, ok := sc.dayAt(j); ok && sc.monthDayContext(i, j, k, abbr) {
		at := atom{a: i, b: k, rule: "month-day", ok: true, date: model.Date{M: m, D: d, Precision: model.Day}}
		d2 := 0
		if k < len(t) && isRangeSep(t[k].low) {
			if dd, k2, ok := sc.dayAtOpt(k+1, true); ok && dd > d {
				if _, _, _, mok := sc.monthAt(k2); !mok {
					d2, at.b = dd, k2
				}
			}
		}
		if y, n, ok := sc.optYear(at.b); ok && sc.low(at.b) != "of" {
			at.b, at.date.Y, at.hasYear, at.rule = n, y, true, "month-day-year"
		}
		if !validDay(max(at.date.Y, 2000), m, d) {
			return atom{}, false
		}
		if d2 != 0 {
			if !validDay(max(at.date.Y, 2000), m, d2) {
				return atom{}, false
			}
			at.rule = "day-range"
			at.date.EndY, at.date.EndM, at.date.EndD, at.date.EndPrecision = at.date.Y, m, d2, model.Day
		}
		return at, true
	}
	if y, n, ok := sc.optYear(j); ok {
		return atom{a: i, b: n, rule: "month-year", ok: true, hasYear: true, date: model.Date{Y: y, M: m, Precision: model.Month}}, true
	}
	// an abbreviation alone only with its period, and like any month
	// alone after a trigger: "in Aug.", not "Jan" the name
	if abbr && j == i+1 || !titleCase(sc.word(i)) && !sc.capsLead(i, j) {
		return atom{}, false
	}
	at := atom{a: i, b: j, rule: "month", weak: weakMonth, date: model.Date{M: m, Precision: model.Month}}
	switch sc.low(i - 1) {
	case "that", "this", "last", "next":
		at.a, at.ok = i-1, true // "that August"
	}
	return at, true
}

// monthDayContext rejects "Long March 5": a month name at token i followed
// by a day (tokens j to k) is a date unless a capitalised name runs into
// it. A name cannot hide an abbreviated month with its period or a date
// with its year: "attacked Ukraine Feb. 24", "met Biden February 24, 2022".
func (sc *scanner) monthDayContext(i, j, k int, abbr bool) bool {
	if i == 0 || abbr && j > i+1 {
		return true
	}
	if _, _, ok := sc.optYear(k); ok && sc.low(k) != "of" {
		return true
	}
	p := sc.toks[i-1]
	if p.kind != 'w' || !isUpper(sc.word(i-1)) {
		return true
	}
	if p.info != nil && (p.info.isWeekday || p.info.trigger) {
		return true
	}
	if _, _, ok := sc.lx.modifiers.backward(sc.toks, i); ok {
		return true
	}
	// the first word of the sentence
	return i == 1
}

// weekdayAt reads "on Tuesday", "That Thursday", "last Friday" and absorbs a
// weekday in front of a full date ("Tuesday, 3 May 2022").
func (sc *scanner) weekdayAt(i int) (atom, bool) {
	t := sc.toks
	if t[i].info == nil || !t[i].info.isWeekday || !isUpper(sc.word(i)) {
		return atom{}, false
	}
	wd := t[i].info.weekday
	prev := sc.low(i - 1)
	j := i + 1
	if j < len(t) && t[j].low == "," {
		j++
	}
	if prev != "that" {
		if at, ok := sc.dayFirstAt(j); ok && at.date.Precision == model.Day {
			at.a = i
			return at, true
		}
		if at, ok := sc.monthFirstAt(j); ok && at.date.Precision == model.Day {
			at.a = i
			return at, true
		}
	}
	at := atom{a: i, b: i + 1, rule: "weekday", weak: weakWeekday}
	anchor := fmt.Sprintf("weekday:%d", wd)
	switch prev {
	case "that", "this", "last", "next":
		at.a = i - 1
		if prev == "last" || prev == "next" {
			anchor += ":" + prev
		}
		at.ok = true
	}
	if prev != "that" {
		anchor += "@doc"
	}
	at.date = model.Date{Anchor: anchor}
	return at, true
}

// seasonAt reads "spring 2024", "the summer of 2023" and, needing a
// trigger, "in the spring".
func (sc *scanner) seasonAt(i int) (atom, bool) {
	t := sc.toks
	if t[i].info == nil || !t[i].info.isSeason {
		return atom{}, false
	}
	sn := t[i].info.season
	mod := sn.modifier
	if y, n, ok := sc.optYear(i + 1); ok {
		return atom{a: i, b: n, rule: "season", ok: true, hasYear: true, seasonM: mod,
			date: model.Date{Y: y, Precision: model.Year}}, true
	}
	switch prev := sc.low(i - 1); prev {
	case "last", "past", "this", "next":
		if sc.low(i+1) == "of" {
			break // "the last fall of Bakhmut"
		}
		// counted from the time of writing, like "last year"
		anchor := fmt.Sprintf("season:%d:%d:%s@now", sn.from, sn.to, prev)
		return atom{a: i - 1, b: i + 1, rule: "season", ok: true, seasonM: mod, date: model.Date{Anchor: anchor}}, true
	}
	if sc.low(i+1) == "of" || (i+1 < len(t) && t[i+1].kind == 'w' && t[i+1].low != "and" && t[i+1].low != "or") {
		return atom{}, false // "the fall of Bakhmut", "spring water"
	}
	return atom{a: i, b: i + 1, rule: "season", weak: weakSeason, seasonM: mod, date: model.Date{Precision: model.Year}}, true
}

// bareYearAt reads a year standing alone ("in 2019", "the 2022
// counteroffensive") and year ranges ("2014-2021", "2022-23").
func (sc *scanner) bareYearAt(i int) (atom, bool) {
	t := sc.toks
	y, j, ok := sc.yearAt(i)
	if !ok {
		return atom{}, false
	}
	at := atom{a: i, b: j, rule: "year", weak: weakYear, hasYear: true, date: model.Date{Y: y, Precision: model.Year}}
	// a slash joins only a year to the next, as fiscal years are written:
	// "the 2024/25 financial year"
	slash := j < len(t) && t[j].low == "/"
	if j+1 < len(t) && (t[j].low == "-" || slash) && sc.adj(j) && sc.adj(j+1) {
		if y2, n, ok := sc.yearAtOpt(j+1, true); ok && y2 > y && (!slash || y2 == y+1) {
			at.b, at.rule = n, "year-range"
			at.date.EndY, at.date.EndPrecision = y2, model.Year
		} else if t[j+1].kind == 'n' && len(t[j+1].low) == 2 && (j+2 >= len(t) || !sc.adj(j+2) || t[j+2].kind == 'p') {
			yy, _ := strconv.Atoi(t[j+1].low)
			y2 := y/100*100 + yy
			if y2 > y && y2-y < 10 && (!slash || y2 == y+1) {
				at.b, at.rule = j+2, "year-range"
				at.date.EndY, at.date.EndPrecision = y2, model.Year
			}
		}
	}
	// "since" counts from a time, never a number: "Since 2022 New Zealand
	// soldiers have helped train"
	if (i == 0 || sc.low(i-1) != "since") && sc.countFollows(at.b) || sc.countRange(i, at.b) {
		return atom{}, false
	}
	if at.date.EndY != 0 {
		at.weak, at.ok = weakNone, true
	}
	return at, true
}

// countFollows reports whether one of the three words after index j shows
// that a number is a count ("2000 Ukrainian soldiers").
func (sc *scanner) countFollows(j int) bool {
	for k := j; k < len(sc.toks) && k < j+3; k++ {
		t := sc.toks[k]
		if t.kind == 'p' {
			return t.low == "%"
		}
		if t.kind == 'n' {
			return false
		}
		if t.info != nil && t.info.countNoun {
			return true
		}
	}
	return false
}

// countRange: "between 1500 and 2000", "2000 to 3000": a year-looking
// number next to a plain number is a count.
func (sc *scanner) countRange(a, b int) bool {
	t := sc.toks
	plain := func(k int) bool {
		if k < 0 || k >= len(t) || t[k].kind != 'n' {
			return false
		}
		if _, _, ok := sc.yearAt(k); ok {
			return false
		}
		return true
	}
	if b+1 < len(t) {
		switch t[b].low {
		case "and", "to", "or", "-":
			if t[b].low == "-" && !sc.adj(b) && sc.sumAt(b+1) {
				// a dash set off by spaces before a sum: "in 2022 - 2
				// billion euros" gives the year its sum
				break
			}
			if plain(b+1) || b+2 < len(t) && t[b+1].low == "," {
				return true
			}
		}
	}
	if a >= 2 {
		switch t[a-1].low {
		case "and", "to", "or", "-":
			if plain(a - 2) {
				return true
			}
		}
	}
	return false
}

// sumAt reports whether a figure at token k, whole or with a decimal part
// ("5", "5.4", "5,4"), is multiplied by a magnitude: "5.4 billion".
func (sc *scanner) sumAt(k int) bool {
	t := sc.toks
	if k >= len(t) || t[k].kind != 'n' {
		return false
	}
	k++
	if k+1 < len(t) && (t[k].low == "." || t[k].low == ",") && sc.adj(k) && sc.adj(k+1) && t[k+1].kind == 'n' {
		k += 2
	}
	return k < len(t) && magnitude(t[k].low)
}

// magnitude reports whether w multiplies the figure before it.
func magnitude(w string) bool {
	switch w {
	case "thousand", "million", "billion", "trillion", "mln", "bln", "bn", "m":
		return true
	}
	return false
}

// ---- combining ----

func (sc *scanner) combine(atoms []atom) []atom {
	t := sc.toks
	// ranges
	for i := 0; i+1 < len(atoms); i++ {
		A, B := &atoms[i], &atoms[i+1]
		if A.dead || A.relativeish() || B.relativeish() || A.date.EndY != 0 || B.date.EndY != 0 && B.date.Precision != model.Year {
			continue
		}
		if A.seasonM != "" || B.seasonM != "" {
			continue
		}
		if B.a != A.b+1 {
			continue
		}
		sep := t[A.b].low
		prefix := sc.low(A.a - 1)
		switch {
		case sep == "and" && prefix == "between":
		case (sep == "-" || sep == "–" || sep == "to" || sep == "through" || sep == "thru") && (prefix == "from" || prefix == "between" || A.hasYear || B.hasYear || A.ok || sc.entryLead(A.a, B.b)):
		case (sep == "until" || sep == "till") && prefix == "from":
		default:
			continue
		}
		if !compatible(A, B) && !((prefix == "from" || prefix == "between") && bothYears(A, B)) {
			continue
		}
		r := *A
		r.b = B.b
		if prefix == "from" || prefix == "between" {
			r.a = A.a - 1
		}
		r.rule = "range"
		r.weak, r.ok = weakNone, true
		sd, ed := A.date, B.date
		switch {
		case !A.hasYear && B.hasYear:
			sd.Y = ed.Y
			if later(sd, ed) {
				sd.Y--
			}
		case A.hasYear && !B.hasYear:
			ed.Y = sd.Y
			if later(sd, ed) {
				ed.Y++
			}
		}
		r.hasYear = A.hasYear || B.hasYear
		r.date = sd
		r.date.EndY, r.date.EndM, r.date.EndD, r.date.EndQ, r.date.EndPrecision = ed.Y, ed.M, ed.D, ed.Q, ed.Precision
		if ed.EndY != 0 { // "from 2014 to 2021-22"
			r.date.EndY, r.date.EndM, r.date.EndD, r.date.EndQ = ed.EndY, ed.EndM, ed.EndD, ed.EndQ
		}
		if !r.hasYear {
			r.date.Y, r.date.EndY = 0, 0
			r.date.EndM, r.date.EndD, r.date.EndPrecision = ed.M, ed.D, ed.Precision
			r.date.EndQ = ed.Q
		}
		*A = r
		B.dead = true
		i++
	}
	live := atoms[:0]
	for _, a := range atoms {
		if !a.dead {
			live = append(live, a)
		}
	}
	atoms = live
	// a month of a year told relatively: "February last year", "June of
	// that year" are one date
	for i := 0; i+1 < len(atoms); i++ {
		A, B := &atoms[i], &atoms[i+1]
		if A.dead || A.relativeish() || A.hasYear || A.date.EndY != 0 || A.seasonM != "" ||
			A.date.Precision != model.Month && A.date.Precision != model.Day || !strings.HasPrefix(B.date.Anchor, "year:") {
			continue
		}
		if B.a != A.b && !(B.a == A.b+1 && t[A.b].low == "of") {
			continue
		}
		r := *B
		r.a = A.a
		r.date.M, r.date.D, r.date.Precision = A.date.M, A.date.D, A.date.Precision
		r.date.EndM, r.date.EndD, r.date.EndPrecision = A.date.EndM, A.date.EndD, A.date.EndPrecision
		if r.date.Modifier == "" {
			r.date.Modifier = A.date.Modifier
		}
		*A = r
		B.dead = true
		i++
	}
	live = atoms[:0]
	for _, a := range atoms {
		if !a.dead {
			live = append(live, a)
		}
	}
	atoms = live
	// lists: "in February, March and April 2022", "November or December 2022"
	for i := 0; i+1 < len(atoms); i++ {
		A, B := &atoms[i], &atoms[i+1]
		if A.relativeish() || B.relativeish() || A.hasYear || A.date.EndY != 0 {
			continue
		}
		if A.date.Precision != model.Month && A.date.Precision != model.Day || B.date.Precision != model.Month && B.date.Precision != model.Day {
			continue
		}
		between := t[A.b:B.a]
		okSep := false
		switch len(between) {
		case 1:
			okSep = between[0].low == "," || between[0].low == "and" || between[0].low == "or" || between[0].low == "&" || between[0].low == "/"
		case 2:
			okSep = between[0].low == "," && (between[1].low == "and" || between[1].low == "or")
		}
		if okSep {
			A.chainTo = i + 2
		}
	}
	for i := len(atoms) - 1; i >= 0; i-- {
		A := &atoms[i]
		if A.chainTo == 0 {
			continue
		}
		B := &atoms[A.chainTo-1]
		if B.ok || B.hasYear {
			A.ok = true
		}
		if B.hasYear || B.date.Y != 0 {
			A.date.Y = B.date.Y
			if A.date.EndY != 0 {
				A.date.EndY = B.date.Y
			}
			if later(A.date, B.date) {
				A.date.Y--
			}
		}
	}
	// triggers
	for i := range atoms {
		A := &atoms[i]
		if A.ok || A.weak == weakNone {
			continue
		}
		A.ok = sc.triggered(A)
		if !A.ok && A.weak == weakYear && i > 0 {
			// a list of years: "In 2022, 2023, 2024, more than 100
			// thousand servicemen were trained"
			P := &atoms[i-1]
			A.ok = P.ok && !P.dead && P.date.Precision == model.Year && P.date.EndY == 0 && P.b+1 == A.a && sc.toks[P.b].low == ","
		}
	}
	for i := 0; i+1 < len(atoms); i++ { // "in February, March": the head accepts the rest
		if atoms[i].chainTo != 0 && atoms[i].ok {
			atoms[atoms[i].chainTo-1].ok = true
		}
	}
	return atoms
}

func compatible(A, B *atom) bool {
	pa, pb := A.date.Precision, B.date.Precision
	if pa == model.Year || pb == model.Year {
		return pa == pb && A.hasYear && B.hasYear
	}
	if pa == model.Quarter || pb == model.Quarter {
		return pa == pb
	}
	return true
}

// bothYears reports whether both ends of a range that opens with "from" or
// "between" name their years, so that their precisions may differ: "from
// 2015 to January 2022".
func bothYears(A, B *atom) bool {
	return A.hasYear && B.hasYear && A.date.Precision != model.Quarter && B.date.Precision != model.Quarter
}

// later reports whether a's month/day come after b's in the calendar year.
func later(a, b model.Date) bool {
	if a.M != b.M {
		return a.M > b.M && b.M != 0
	}
	return a.D > b.D && b.D != 0
}

// triggered reports whether the words before a weak atom make it a date.
func (sc *scanner) triggered(A *atom) bool {
	t := sc.toks
	i := A.a
	if _, _, ok := sc.lx.modifiers.backward(t, i); ok {
		return true
	}
	if i == 0 && A.weak == weakWeekday {
		return sc.bareWeekday(i)
	}
	if A.weak != weakQuarter && sc.entryLead(A.a, A.b) {
		// the heading or the lead of a chronicle's entry: "MARCH",
		// "June - The first HIMARS arrive", "• Spring: ...", "2023 - ..."
		return true
	}
	if i == 0 {
		// a sentence opening with a year: "2022 was ...", "2022, the year
		// ..."
		return A.weak == weakYear && A.b < len(t) && t[A.b].low == ","
	}
	p := t[i-1]
	if A.weak == weakYear {
		if A.b == len(t) && sc.heading && i <= 6 {
			// "Indirect supplies, 2022", "Aid in 2023"
			return true
		}
		if p.low == "(" && A.b < len(t) && (t[A.b].low == ")" || t[A.b].low == ",") {
			return true
		}
		// the year that ends the title of a law: "the Ukraine Supplemental
		// Appropriations Act, 2022"
		if p.low == "," && i >= 2 && t[i-2].low == "act" && isUpper(sc.word(i-2)) {
			return true
		}
		// possessive: "Russia's 2022 invasion"
		if p.low == "s" && i >= 2 && t[i-2].low == "'" && sc.adj(i-1) {
			return true
		}
	}
	if p.low == "-" && i >= 2 {
		p = t[i-2]
	}
	if isTrigger(p.info, A.weak) {
		return true
	}
	if A.weak == weakWeekday {
		return sc.bareWeekday(i)
	}
	if (A.weak == weakSeason || A.weak == weakQuarter) && p.low == "the" && i >= 2 {
		if isTrigger(t[i-2].info, A.weak) {
			return true
		}
		if _, _, ok := sc.lx.modifiers.backward(t, i-1); ok {
			return true
		}
	}
	return false
}

// entryLead reports whether tokens [a, b) open the sentence, after at most a
// bullet, with a capital, and stand alone or before a colon or a dash: the
// way a chronicle heads a section ("MARCH", "June-July") or leads an entry
// ("May - Tokyo doubles its support", "• December: Finland approves").
func (sc *scanner) entryLead(a, b int) bool {
	t := sc.toks
	if a > 1 || a == 1 && !bullet(sc.text[t[0].start:]) || t[a].kind == 'w' && !isUpper(sc.word(a)) {
		return false
	}
	if b == len(t) {
		return true
	}
	switch t[b].low {
	case ":", "-", "–", "—":
		return b+1 < len(t) || t[b].low == ":"
	}
	return false
}

// capsLead reports whether the month in capitals at tokens [i, j) heads a
// chronicle's section on its own or in a range: "MAY", "SEPTEMBER-OCTOBER"
// (a "MAY" in a headline's capitals is the verb).
func (sc *scanner) capsLead(i, j int) bool {
	if strings.ToUpper(sc.word(i)) != sc.word(i) {
		return false
	}
	dash := func(k int) bool { return sc.toks[k].low == "-" || sc.toks[k].low == "–" }
	switch {
	case i == 2 && dash(1):
		i = 0
	case j+2 == len(sc.toks) && dash(j):
		j = len(sc.toks)
	}
	return j == len(sc.toks) && sc.entryLead(i, j)
}

// bareWeekday reports whether the capitalised weekday at token i, with no
// trigger before it, dates something: news copy writes "the two leaders
// spoke Tuesday", "in a statement Wednesday", "Thursday was day 85". It
// does not when it is part of a name ("Black Friday", "the Sunday Times")
// or a habit ("every Monday", "Friday prayers": weekdaycontext.tsv).
func (sc *scanner) bareWeekday(i int) bool {
	t := sc.toks
	if i+1 < len(t) && t[i+1].kind == 'w' && (isUpper(sc.word(i+1)) || sc.lx.notWeekday[t[i+1].low] == "after") {
		return false
	}
	if i == 0 {
		return true
	}
	p := t[i-1]
	switch {
	case p.kind == 'w' && isUpper(sc.word(i-1)):
		return false
	case p.kind == 'w' && sc.lx.notWeekday[p.low] == "before":
		return false
	case p.kind == 'n':
		return false
	}
	return true
}

// applyModifiers widens the atom over the modifier words in front of it and
// sets its modifier: a part (early, mid, late) wins over a bound (by, since).
func (sc *scanner) applyModifiers(at *atom) {
	if at.rule == "range" && (sc.low(at.a) == "from" || sc.low(at.a) == "between") {
		return
	}
	t := sc.toks
	part, bound := "", ""
	hasPart, hasBound := false, false
	i := at.a
	if v, k, ok := sc.lx.modifiers.backward(t, i); ok {
		m := v.(string)
		if isPart(m) {
			part, hasPart, i = m, true, k
			if v2, k2, ok := sc.lx.modifiers.backward(t, i); ok && !isPart(v2.(string)) {
				bound, hasBound, i = v2.(string), true, k2
			}
		} else {
			bound, hasBound, i = m, true, k
		}
	}
	// "from" before a range opens it ("from 13–15 June"); "from" with "to"
	// after it is a range, not a start
	if hasBound && !hasPart && t[i].low == "from" && (at.date.EndY != 0 || at.date.EndM != 0 || at.date.EndD != 0 || at.date.EndQ != 0) {
		at.a = i // the range's opening word is its own, as "from 24 January to 3 August 2022"
		return
	}
	if hasBound && t[i].low == "from" && at.b < len(t) && isRangeSep(t[at.b].low) {
		hasBound, bound = false, ""
		i = at.a
		if hasPart {
			if _, k, ok := sc.lx.modifiers.backward(t, at.a); ok {
				i = k
			}
		}
	}
	if !hasPart && !hasBound {
		if at.seasonM != "" && at.date.Modifier == "" {
			at.date.Modifier = at.seasonM
		}
		return
	}
	at.a = i
	switch {
	case hasPart:
		at.date.Modifier = part
	case at.seasonM != "":
		at.date.Modifier = at.seasonM
		if bound != "" {
			at.date.Modifier = bound
		}
	case at.date.Modifier == "":
		at.date.Modifier = bound
	}
}

func isPart(m string) bool { return m == "early" || m == "mid" || m == "late" }
