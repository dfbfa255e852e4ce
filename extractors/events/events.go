package events

import (
	"cmp"
	"encoding/binary"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/aidextract/aidextract/extractors/donors"
	"github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/pipeline/model"
)

// Linker builds events from a document's resolved mentions. It is
// read-only after New and safe for concurrent use.
type Linker struct {
	gaz  *donors.Gazetteer
	data *data
	// maxForm is the most tokens a gazetteer form spans.
	maxForm int
	// statePackages maps a package run by a state (packages.tsv: PDA,
	// USAI, FMF are the United States') to that state: no other donor's
	// event is in it. An organisation's facility (the EU's EPF) takes
	// its members' contributions, and is not listed.
	statePackages map[string]string
	// the phrase tables, indexed by first word
	groups, triggers, cues, packages, legis *phraseIndex
	markers                                 [numRoles]*phraseIndex
	// all tables, searched in one pass: see the tab constants
	set *tableSet
	// trigRules[k] is the rule of an event of trigger k, before its donor:
	// "events/triggers.tsv:" and the trigger's line
	trigRules []string
	// rules[ri][h] is ruleOf(ri, hows[h]), built once: an event's rule is
	// one of these, and concatenating it made a string per event
	rules [][]string
	// theAlone: "the" is itself a gazetteer start (see donors.ArticleHeads)
	theAlone bool
	// noGate starts a gazetteer walk at every token, for the tests that
	// check the gate against the walk
	noGate bool
	// noScratch links as before the shared buffers: a list per sentence
	// grown by append, a new array for each sentence's hits, statements,
	// parts and coordinated donors; for the tests that check the buffers
	// against it
	noScratch bool
}

// The lists of extra words of Linker.set, by bit of tableSet.marked.
const (
	markHead    = iota // donors.Heads
	markArticle        // the heads of donors.ArticleHeads
	// not a list New gives: the vocabulary words opens holds for, marked
	// once so that it answers a known word by its id
	markOpens
)

// The tables of Linker.set, in order: the markers come last, by role.
const (
	tabTriggers = iota
	tabCues
	tabPackages
	tabLegis
	tabGroups
	tabMarkers
	numTables = tabMarkers + int(numRoles)
)

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
	statePackages := map[string]string{}
	for _, p := range dt.packages {
		if p.donor == "" {
			continue
		}
		e, ok := g.Lookup(p.donor)
		if !ok {
			return nil, &Error{PackagesFile, p.line, "donor " + strconv.Quote(p.donor) + " is not in the donor gazetteer"}
		}
		if e.Kind == donors.KindState {
			statePackages[p.name] = e.Canonical
		}
	}
	l := &Linker{gaz: g, data: dt, maxForm: 1, statePackages: statePackages,
		groups:   newPhraseIndex(dt.groups),
		triggers: newPhraseIndex(phrasesOf(dt.triggers, func(x trigger) phrase { return x.phrase })),
		cues:     newPhraseIndex(phrasesOf(dt.cues, func(x cue) phrase { return x.phrase })),
		packages: newPhraseIndex(phrasesOf(dt.packages, func(x pkg) phrase { return x.phrase })),
		legis:    newPhraseIndex(dt.legis),
	}
	tables := []*phraseIndex{tabTriggers: l.triggers, tabCues: l.cues, tabPackages: l.packages, tabLegis: l.legis, tabGroups: l.groups}
	for r, ps := range dt.markers {
		l.markers[r] = newPhraseIndex(ps)
		tables = append(tables, l.markers[r])
	}
	article, alone := g.ArticleHeads()
	l.set = newTableSet([][]string{markHead: g.Heads(), markArticle: article}, tables...)
	l.theAlone = alone
	for id, w := range l.set.ids.words {
		if l.opensWord(int32(id), w) {
			l.set.marked[id] |= 1 << markOpens
		}
	}
	for _, tr := range dt.triggers {
		l.trigRules = append(l.trigRules, "events/"+TriggersFile+":"+strconv.Itoa(tr.line))
	}
	l.rules = make([][]string, 1+len(l.trigRules))
	for ri := range l.rules {
		for _, how := range hows {
			l.rules[ri] = append(l.rules[ri], ruleText(l.ruleBase(ri), how))
		}
	}
	for i := range g.Entries {
		for _, f := range g.Entries[i].Forms() {
			if toks, _ := tokenize(f, 0, len(f)); len(toks) > l.maxForm {
				l.maxForm = len(toks)
			}
		}
	}
	for _, n := range g.NotDonors {
		if toks, _ := tokenize(n.Name, 0, len(n.Name)); len(toks) > l.maxForm {
			l.maxForm = len(toks)
		}
	}
	return l, nil
}

// hows are the ways donorsFor and sentenceEvents find a donor, for
// Linker.rules.
var hows = [...]string{"attributive", "from", "before", "sentence", "package", "none", "after", "pronoun", "narrative", "previous", "antecedent", "document", "heading"}

// howIndex returns the index of how in hows, -1 when it is not there.
func howIndex(how string) int {
	for h, x := range hows {
		if x == how {
			return h
		}
	}
	return -1
}

// ruleBase is the rule of an event before its donor: "events/amount" for
// ri 0, else that of trigger ri-1.
func (l *Linker) ruleBase(ri int) string {
	if ri == 0 {
		return "events/amount"
	}
	return l.trigRules[ri-1]
}

// ruleText is an event's rule: its base and how its donor was found.
func ruleText(base, how string) string { return base + "+donor:" + how }

// ruleOf is ruleText(l.ruleBase(ri), how), from the table New builds
// when how is one of hows.
func (l *Linker) ruleOf(ri int, how string) string {
	if h := howIndex(how); h >= 0 {
		return l.rules[ri][h]
	}
	return ruleText(l.ruleBase(ri), how)
}

// token is a word of a sentence: bytes [start, end) of the view text.
type token struct {
	start, end int
	low        string
}

func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf { // the common case, inlined
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' || r == '\''
	}
	return isWordRuneSlow(r)
}

// asciiWord[c] is isWordRune(rune(c)) for the ASCII bytes, false above.
var asciiWord = func() (w [256]bool) {
	for c := range utf8.RuneSelf {
		w[c] = isWordRune(rune(c))
	}
	return w
}()

func isWordRuneSlow(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits t[start:end] into words. Hyphens and punctuation separate
// words; a period stays inside a word when a letter or digit follows it
// ("U.S", "2.1") or when it closes a dotted abbreviation ("U.S."); a comma
// stays between digits ("17,000"). It also returns the text in lower case
// for its ASCII letters, offset by start: the tokens' lower-case forms are
// sliced from it, one allocation for the sentence rather than one per word.
func tokenize(t string, start, end int) ([]token, string) {
	low := lowerASCII(t[start:end])
	toks := appendTokens(make([]token, 0, (end-start)/5+1), t, low, start, start, end) // about one word in five bytes
	return toks, low
}

// appendTokens appends the words of t[start:end], as tokenize splits them,
// to toks. low is lowerASCII of t from byte base on: Link lowers a whole
// document once, and its tokens' lower-case forms are sliced from that.
func appendTokens(toks []token, t, low string, base, start, end int) []token {
	i := start
	for i < end {
		if c := t[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(t[i:end]); !isWordRuneSlow(r) {
			i += size
			continue
		}
		j := i
		ascii := true // t[i:j] is ASCII: every rune of it is looked at
		for j < end {
			for j < end && asciiWord[t[j]] { // most of a word
				j++
			}
			if j == end {
				break
			}
			r := rune(t[j])
			if r >= utf8.RuneSelf {
				var size int
				if r, size = utf8.DecodeRuneInString(t[j:end]); isWordRuneSlow(r) {
					j += size
					ascii = false
					continue
				}
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
		if t[i] != '\'' || !onlyQuotes(t[i:j]) { // a word opens with its first byte
			w := low[i-base : j-base]
			if !ascii {
				w = strings.ToLower(t[i:j]) // a rune may change length
			}
			toks = append(toks, token{start: i, end: j, low: w})
		}
		i = j
	}
	return toks
}

// onlyQuotes reports whether w is apostrophes only: strings.Trim(w, "'") == "".
func onlyQuotes(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] != '\'' {
			return false
		}
	}
	return true
}

// lowerASCII is s with its ASCII letters in lower case and every other byte
// kept: the same length, so that offsets into s hold in it.
func lowerASCII(s string) string {
	k := 0
	for k < len(s) && !('A' <= s[k] && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	var b strings.Builder // one allocation, where []byte and string would make two
	b.Grow(len(s))
	b.WriteString(s[:k])
	// the rest eight bytes at a time, staged on the stack and written in
	// blocks: a write per capital letter cost more than the lowering
	var buf [256]byte
	for len(s)-k >= len(buf) {
		lowerInto(buf[:], s[k:])
		b.Write(buf[:])
		k += len(buf)
	}
	n := len(s) - k
	lowerInto(buf[:n], s[k:])
	b.Write(buf[:n])
	return b.String()
}

// appendLowerASCII appends lowerASCII(s) to dst.
func appendLowerASCII(dst []byte, s string) []byte {
	dst = slices.Grow(dst, len(s))
	lowerInto(dst[len(dst):len(dst)+len(s)], s)
	return dst[:len(dst)+len(s)]
}

// lowerInto sets dst to the first len(dst) bytes of s, their ASCII
// letters in lower case: eight bytes at a time, then the rest one by one.
func lowerInto(dst []byte, s string) {
	k := 0
	for ; len(dst)-k >= 8; k += 8 {
		binary.LittleEndian.PutUint64(dst[k:], lower8(s[k:k+8]))
	}
	for ; k < len(dst); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[k] = c
	}
}

// lower8 is the eight bytes of w, the first lowest, with their ASCII
// capitals in lower case: for a byte below 0x80, 0x80 - 'A' added to its
// low seven bits sets bit 7 from 'A' on, 0x80 - 'Z' - 1 from past 'Z', and
// no sum carries into the next byte; a byte of 0x80 or more is kept.
func lower8(w string) uint64 {
	_ = w[7]
	v := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	low := v & lo7
	fromA := low + 0x0101010101010101*(0x80-'A')
	pastZ := low + 0x0101010101010101*(0x80-'Z'-1)
	upper := fromA &^ pastZ &^ v & hi
	return v | upper>>2 // 0x80 >> 2 is 'a' - 'A'
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
func (p *phrase) match(toks []token, i int) (int, bool) { return matchFrom(p.toks, toks, i) }

// matchFrom is match for the phrase tokens pts: a function of slices, so
// that matching the rest of a phrase after a gap allocates nothing.
func matchFrom(pts []string, toks []token, i int) (int, bool) {
	j := i
	for k := 0; k < len(pts); k++ {
		pt := pts[k]
		if isGap(pt) {
			// try every gap length, shortest first
			most := maxGap
			if pt == longGapToken {
				most = maxLongGap
			}
			for g := 0; g <= most; g++ {
				if e, ok := matchFrom(pts[k+1:], toks, j+g); ok {
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
			if !isNumberWord(w) {
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

func isNumberWord(w string) bool {
	if w == "" || !numberStart[w[0]] {
		return false // most words: no number word nor digit starts so
	}
	switch w { // a switch, not a map: this runs for every word
	case "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "dozen", "dozens", "several":
		return true
	}
	if w == "" || !isDigit(w[0]) && w[0] != ',' && w[0] != '+' && w[0] != '-' {
		return false // the common case, without a conversion
	}
	// what strconv.Atoi accepts once the commas are dropped: a sign, then
	// digits; up to 18 digits cannot overflow, so need no copy to parse
	digits, signed := 0, false
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == ',':
		case isDigit(c):
			digits++
		case (c == '+' || c == '-') && digits == 0 && !signed:
			signed = true
		default:
			return false
		}
	}
	if isYear(w) {
		return false // "since February 2022, countries supporting Kyiv": a year counts nothing
	}
	if digits <= 18 {
		return digits > 0
	}
	_, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	return err == nil
}

// isYear reports whether w is a year of the last two centuries: "2022".
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigit(w[2]) && isDigit(w[3])
}

// numberStart[c] holds for the bytes a word isNumberWord accepts can start
// with: the first letters of its number words, digits, ',', '+' and '-'.
var numberStart = func() (b [256]bool) {
	for _, c := range []byte("tfsend0123456789,+-") {
		b[c] = true
	}
	return b
}()

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
	marks  [numRoles][]hit // markers.tsv, by role
	money  []*model.Mention
	dates  []*model.Mention
	items  []*model.Mention
	// whether it counts materiel that is no aid (role other): a stock, a
	// loss, a buyer's own purchase
	spent bool
	// where its counts of people trained start: training given, as counted
	// materiel is aid given
	trained []int
	// clause boundaries: byte offsets where a clause ends (';' or ':')
	cuts []int
	// code-point start of the sentence in the original, once computed
	// (charStart): few sentences need it, and each look is a cache miss
	cp     int
	cpDone bool
	view   *model.View
	text   string // the document's view text
	// the sentence's coordinated donors (see coordinated), once computed
	coords     []coord
	coordsDone bool
	// whether its line starts with a bullet, once computed: finding the
	// line's start scans back through a long line for every statement
	item, itemDone bool
	// isBound of each of dates, once computed: every statement asks
	bound []bool
	// sinceLike of each of dates, computed with bound
	since []bool
	// indexes for the per-statement lookups (lookup.go), once computed
	// the document's scratch (see Link), nil outside Link
	ls                             *linkScratch
	dix                            dateIndex
	itemsBy                        []*model.Mention
	trigMinTo                      []int
	aidSegment, aidClause, aidSent spanMemo
}

// dateBound reports isBound of the sentence's date k.
func (st *sentence) dateBound(k int) bool {
	st.dateFlags()
	return st.bound[k]
}

// dateSince reports sinceLike of the sentence's date k.
func (st *sentence) dateSince(k int) bool {
	st.dateFlags()
	return st.since[k]
}

// dateFlags computes bound and since, in one allocation.
func (st *sentence) dateFlags() {
	if st.bound != nil {
		return
	}
	n := len(st.dates)
	flags := make([]bool, 2*n)
	st.bound, st.since = flags[:n:n], flags[n:]
	for i, m := range st.dates {
		st.bound[i] = isBound(st.text, m)
		st.since[i] = sinceLike(st.text, m)
	}
}

// sinceLike reports whether a date starts what a statement counts rather
// than dating it: a "since" date, or one a "since" phrase ends with ("since
// the start of the war in February 2022").
func sinceLike(t string, m *model.Mention) bool {
	return m.Date.Modifier == "since" || inSincePhrase(t, m.Start)
}

// inSincePhrase reports whether "since" stands among the eight words
// before byte offset pos, within its clause.
func inSincePhrase(t string, pos int) bool {
	// words back from pos, as spaces separate them, up to the clause's
	// punctuation
	end, words := pos, 0
	for i := pos - 1; i >= max(0, pos-80) && words < 8; i-- {
		switch c := t[i]; c {
		case '.', ';', ':', '!', '?', ',', '(', ')', '\n':
			return i+1 < end && strings.EqualFold(t[i+1:end], "since")
		case ' ', '\t':
			if i+1 < end && strings.EqualFold(t[i+1:end], "since") {
				return true
			}
			if i+1 < end {
				words++
			}
			end = i
		default:
			if i == 0 && strings.EqualFold(t[:end], "since") {
				return true
			}
		}
	}
	return false
}

// charStart returns the sentence's code-point start in the original.
func (st *sentence) charStart() int {
	if !st.cpDone {
		st.cp, _ = st.view.Span(st.s.Start, st.s.End)
		st.cpDone = true
	}
	return st.cp
}

// isItem reports bulleted(st.text, st.s.Start), computed once.
func (st *sentence) isItem() bool {
	if !st.itemDone {
		st.item, st.itemDone = bulleted(st.text, st.s.Start), true
	}
	return st.item
}

// scan fills st with what sentence s holds: its tokens, actors and phrases.
//
// toks are the sentence's tokens; low is the document with ASCII letters in
// lower case, sliced by the tokens' offsets: MayStart folds case anyway,
// and a lower-case surface folds for free.
//
// The actors are appended to *acts, which the sentences of a document
// share, and st.actors is the sentence's part of it, its capacity cut so
// that an append copies.
func (l *Linker) scan(st *sentence, d *model.Doc, s model.Sentence, moneySpans [][2]int, toks []token, low string, acts *[]actor) {
	sc := findPool.Get().(*findScratch)
	defer findPool.Put(sc)
	l.scanInto(st, d, s, moneySpans, toks, low, acts, nil, sc)
}

// scanInto is scan, with the sentence's phrase hits carved from *hits
// when it is not nil (see tableSet.findInto), and sc the scratch of its
// search: Link passes its own, kept for the document, where a pool
// asked per sentence cost more than the sentence's bookkeeping.
func (l *Linker) scanInto(st *sentence, d *model.Doc, s model.Sentence, moneySpans [][2]int, toks []token, low string, acts *[]actor, hits *[]hit, sc *findScratch) {
	t := d.View.Text
	const base = 0
	*st = sentence{s: s, toks: toks, text: t, view: d.View}
	var found [numTables][]hit
	l.set.findInto(toks, found[:], sc, hits)
	ids := sc.ids
	groups := found[tabGroups] // by start token
	as := *acts
	first := len(as)
	for i := 0; i < len(toks); {
		// a collective donor, longest phrase first
		best, bestEnd := -1, i
		for len(groups) > 0 && groups[0].from < i {
			groups = groups[1:]
		}
		for _, h := range groups {
			if h.from != i {
				break
			}
			if h.to > bestEnd {
				best, bestEnd = h.idx, h.to
			}
		}
		// a gazetteer name, longest first; trackers are skipped whole
		// only windows that could still grow into a name are tried
		// and only those that equal a name, folded, can name one: bit n-1
		// of mayName for the window of n tokens
		n := 0
		if !l.noGate && !l.mayOpen(t, toks, ids, i) {
			// no window that opens here can be named: see donors.Heads
			if best >= 0 {
				from := groupStart(toks, i, as[first:], t)
				as = append(as, actor{from: from, to: bestEnd, group: t[toks[from].start:toks[bestEnd-1].end]})
				i = bestEnd
			} else {
				i++
			}
			continue
		}
		walk := l.gaz.Walk()
		var mayName uint64
		// marks[n-1] is what the walk knew of the window of n tokens when
		// it may name one: classified below by it, not looked up again.
		// It lives in the scratch: read only where mayName is set, it
		// needs no zeroing per token
		marks := &sc.marks
		for n < min(l.maxForm, len(toks)-i) && walk.Grow(low[toks[i].start-base:toks[i+n].end-base]) {
			if walk.MayName() {
				mayName |= 1 << n
				if n < len(marks) {
					marks[n] = walk.Mark()
				}
			}
			n++
		}
		var entry *donors.Entry
		entryEnd, skip := i, i
		for ; n >= 1; n-- {
			if n <= 64 && mayName&(1<<(n-1)) == 0 {
				continue
			}
			surface := t[toks[i].start:toks[i+n-1].end]
			var e *donors.Entry
			var notDonor bool
			if n <= len(marks) {
				e, notDonor = l.gaz.ClassifyMark(surface, marks[n-1])
			} else {
				e, notDonor = l.gaz.Classify(surface)
			}
			if notDonor {
				skip = i + n
				break
			}
			if e != nil {
				entry, entryEnd = e, i+n
				break
			}
		}
		priv := entryEnd // where a private giver's words end
		if entry != nil && !l.data.recipients[entry.Canonical] {
			priv = l.privateAfter(toks, entryEnd)
		}
		switch {
		case skip > i && skip >= bestEnd:
			i = skip
		case best >= 0 && bestEnd >= entryEnd:
			from := groupStart(toks, i, as[first:], t)
			as = append(as, actor{from: from, to: bestEnd, group: t[toks[from].start:toks[bestEnd-1].end]})
			i = bestEnd
		case entry != nil && (capitalAsPlace(toks, i, entryEnd, entry, t) || makerOf(t, toks, entryEnd) ||
			entryEnd == i+1 && nameTail(toks, i, t, as[first:]) && entry.IsCaseSensitive(t[toks[i].start:toks[i].end])):
			i = entryEnd
		case priv > entryEnd:
			// "A Czech crowdfunding campaign", "Polish organisers": a
			// private giver, named by its words (a side's own firms and
			// charities stay where they are)
			as = append(as, actor{from: i, to: priv, group: t[toks[i].start:toks[priv-1].end]})
			i = priv
		case entry != nil:
			as = append(as, actor{from: i, to: entryEnd, entry: entry})
			i = entryEnd
		default:
			i++
		}
	}
	if len(moneySpans) > 0 {
		as = as[:first+len(outsideSpans(as[first:], toks, moneySpans))]
	}
	as = as[:first+len(dropPartners(as[first:], toks, t))]
	as = as[:first+len(dropLeaders(as[first:], toks, t))]
	*acts = as
	if len(as) > first {
		st.actors = as[first:len(as):len(as)]
	}
	st.trig, st.cues, st.pkgs, st.legis = found[tabTriggers], found[tabCues], found[tabPackages], found[tabLegis]
	if len(st.actors) > 0 && len(st.cues) > 0 {
		// a cue's word inside a longer name is no cue: "Defence
		// Secretary Grant Shapps" gives no grant, the "Serhiy Prytula
		// Charity Foundation" no charity
		cues := st.cues[:0]
		a := 0
		for _, h := range st.cues {
			for a < len(st.actors) && st.actors[a].to <= h.from {
				a++
			}
			if a < len(st.actors) && hidesCue(st.actors[a], h) {
				continue
			}
			cues = append(cues, h)
		}
		st.cues = cues
	}
	copy(st.marks[:], found[tabMarkers:])
	// a trigger right after a negation is denied ("would not arrive",
	// "hasn't authorised"), but "not only sent" still sends
	kept := st.trig[:0]
	for _, h := range st.trig {
		if compounded(t, toks, h.from) {
			// the end of a compound is no act: "US-supplied HIMARS",
			// "high-resolution imagery"
			continue
		}
		if namesOffice(toks, h) {
			// "Ukraine's Finance Ministry reported", "the Minister of
			// Finance said": the name of a ministry is no act
			continue
		}
		if l.data.triggers[h.idx].kind == kindNone && h.to < len(toks) {
			switch toks[h.to].low {
			case "russian", "assets", "funds", "accounts", "reserves":
				// a participle naming money held: "the earnings from
				// blocked Russian assets" blocks no act
				continue
			}
		}
		if l.data.triggers[h.idx].kind == KindRequest && (h.to < len(toks) && toks[h.to].low == "by" && !amountEndsAt(moneySpans, toks, h.from) ||
			h.from >= 2 && toks[h.from-1].low == "the" && toks[h.from-2].low == "at" ||
			h.from >= 1 && demonstrative(toks[h.from-1].low)) {
			// "a meeting requested by the United States", "at the
			// request of Kyiv": someone else's request, not one to a
			// legislature; "To meet that request, we will provide":
			// one already told
			continue
		}
		if l.data.triggers[h.idx].kind == KindRequest && answersRequest(toks, h.from) {
			// "sent a plane with 30 tons of aid, fulfilling a request
			// from President Zelensky": the giving answers a request
			continue
		}
		if l.data.triggers[h.idx].kind == KindRequest && h.to < len(toks) && seeksRefuge(toks[h.to].low) {
			// "Ukrainians fleeing the country and seeking asylum" ask
			// no one for aid
			continue
		}
		if st.givesAbstract(h) || participleAdjective(toks, h) {
			continue
		}
		if toks[h.from].low == "approval" && approvalHad(toks, h.from) {
			// "after obtaining American approval for the re-export": a
			// permission the giver had, not an act
			continue
		}
		if strings.HasPrefix(l.data.triggers[h.idx].phrase.text, "financ") && h.to < len(toks) && needNoun(toks[h.to].low) {
			// "to cover priority short-term financing needs": the need,
			// not an act of financing
			continue
		}
		if l.data.triggers[h.idx].phrase.text == "arriv*" && personArrives(toks, h) && !l.namesSupplier(st) {
			// "The Australian defence minister arrived in Lviv": a
			// visit, not a shipment; "The soldiers arrived in
			// mid-January": trainees, not aid (but North Korea's
			// soldiers arriving in Russia are its aid)
			continue
		}
		if l.data.triggers[h.idx].kind == kindNone || !st.negated(h.from) && !st.negatedWithin(h) {
			kept = append(kept, h)
		}
	}
	st.trig = kept
	st.cuts = appendCuts(st.cuts, t, s.Start, s.End)
}

// participleAdjective reports whether a one-word trigger in -ed stands
// between a possessive or article and a noun, as an adjective: "To replace
// its donated guns", "the pledged tanks" tell of no act.
func participleAdjective(toks []token, h hit) bool {
	if h.to != h.from+1 || h.from == 0 || h.to >= len(toks) || !strings.HasSuffix(toks[h.from].low, "ed") {
		return false
	}
	switch toks[h.from-1].low {
	case "its", "their", "his", "her", "our", "the", "these", "those":
	default:
		return false
	}
	n := toks[h.to].low
	return n != "" && n[0] >= 'a' && n[0] <= 'z' && !auxiliary(n) && n != "to" && n != "by" && n != "and" && n != "in"
}

// pastContents returns the index in st.trig of the first contents trigger
// in [from, to) that lists what aid so far has held, or -1: its subject
// counts from a time ("since February 2022") or names earlier packages
// ("Previous Swedish packages"), and names no amount.
func (l *Linker) pastContents(st *sentence, from, to int) int {
	lo, hi := st.hitsIn(st.trig, from, to)
	for k := lo; k < hi; k++ {
		h := st.trig[k]
		if l.data.triggers[h.idx].kind != kindContents || h.from == 0 {
			continue
		}
		subj := st.text[from:st.toks[h.from].start]
		if len(subj) > 120 || strings.ContainsAny(subj, "$€£¥") {
			return -1
		}
		for j := st.tokAt(from); j < h.from; j++ {
			switch st.toks[j].low {
			case "since", "previous", "earlier", "prior", "past":
				return k
			}
		}
		return -1
	}
	return -1
}

// tallies reports whether a trigger of the sentence only sums up (see
// tally), not a verb of giving in the perfect ("have supplied"), which
// tells of aid however its sums are.
func (l *Linker) tallies(st *sentence) bool {
	for _, h := range st.trig {
		if tally(l.data.triggers[h.idx]) {
			return true
		}
	}
	return false
}

// nothingNew reports whether the sentence names no count and no amount of
// aid.
func (st *sentence) nothingNew() bool {
	if len(st.items) > 0 {
		return false
	}
	for _, m := range st.money {
		if m.Money.Role != "other" {
			return false
		}
	}
	return true
}

// quoteOnly reports whether the sentence is speech quoted, or a sentence
// of it.
func (st *sentence) quoteOnly(text string) bool {
	open := strings.IndexAny(text, "\"“")
	if open < 0 {
		return false
	}
	if open == 0 || strings.HasSuffix(text, "\"") || strings.HasSuffix(text, "”") {
		return true // the quotation opens or closes the sentence
	}
	// "Pistorius said: \"Germany is and remains the largest supporter\""
	lead := strings.TrimRight(text[:open], " ")
	return strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, ",") && speechVerbBefore(lead)
}

// speechVerbBefore reports whether lead ends on a verb of saying and its
// comma: "He added, \"...".
func speechVerbBefore(lead string) bool {
	lead = strings.TrimSuffix(lead, ",")
	i := strings.LastIndexByte(lead, ' ')
	return speechVerb(lead[i+1:])
}

// needNoun reports whether w names what a budget lacks: "financing needs",
// "funding gap".
func needNoun(w string) bool {
	switch w {
	case "need", "needs", "gap", "gaps", "requirement", "requirements", "shortfall", "shortfalls":
		return true
	}
	return false
}

// personArrives reports whether the one arriving at trigger h is a person
// named by office, or trainees or refugees: such a word among the few words
// before the verb, with no clause opening between ("the minister said the
// tanks arrived" is a shipment).
func personArrives(toks []token, h hit) bool {
	for k := h.from - 1; k >= 0 && k >= h.from-5; k-- {
		switch toks[k].low {
		case "minister", "ministers", "secretary", "president", "chancellor", "premier", "delegation", "envoy",
			"ambassador", "commissioner", "king", "queen", "pope", "senator", "senators", "lawmakers", "leaders", "he", "she",
			// trainees and refugees: "The soldiers arrived in mid-January", "Many arrive with no
			// previous military experience"
			"soldiers", "recruits", "trainees", "crews", "pilots", "refugees", "families":
			return true
		case "many":
			// "Many arrive with no previous military experience", not "how
			// many had arrived"
			return k == 0 || toks[k-1].low != "how"
		case "said", "says", "that", "which", "when", "after", "as", "and":
			return false
		}
	}
	return false
}

// namesSupplier reports whether the sentence names a state that supplies
// Russia (parties.tsv).
func (l *Linker) namesSupplier(st *sentence) bool {
	for _, a := range st.actors {
		if a.entry != nil && l.data.suppliers[a.entry.Canonical] != "" {
			return true
		}
	}
	return false
}

// amountEndsAt reports whether an amount of spans ends with the token
// before i: "the $33 billion requested by Biden" is a sum asked for.
func amountEndsAt(spans [][2]int, toks []token, i int) bool {
	if i == 0 {
		return false
	}
	for _, sp := range spans {
		if sp[1] == toks[i-1].end {
			return true
		}
	}
	return false
}

// answersRequest reports whether the words before token i, past an
// article or a possessive, are a verb of meeting a request: "fulfilling a
// request", "in response to Kyiv's request", "answering the call".
func answersRequest(toks []token, i int) bool {
	k := i - 1
	for n := 0; k >= 0 && n < 3; n++ {
		switch w := toks[k].low; {
		case w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "his" || w == "her" || strings.HasSuffix(w, "'s"):
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	switch toks[k].low {
	case "fulfil", "fulfill", "fulfils", "fulfills", "fulfilling", "fulfilled", "meet", "meets", "meeting", "met",
		"answer", "answers", "answering", "answered", "honour", "honor", "honouring", "honoring":
		return true
	case "to":
		return k > 0 && (toks[k-1].low == "response" || toks[k-1].low == "responding")
	case "payment", "disbursement", "quarterly", "tranche":
		// the receiver's claim for a payment: "following the Council's
		// positive assessment of the second quarterly request"
		return true
	}
	return false
}

// seeksRefuge reports whether w, after a verb of asking, names the safety
// people flee to rather than aid asked for.
func seeksRefuge(w string) bool {
	switch w {
	case "asylum", "refuge", "shelter", "safety", "protection":
		return true
	}
	return false
}

// reportedAct is the kind of a trigger of kind total: a perfect told as
// someone's report of one act ("Slovakia said it had handed over the
// first four MiG-29s", "Norway said it had delivered 22 M109s") is that
// act, a delivery (a pledge for "committed"); else it sums up.
func (l *Linker) reportedAct(st *sentence, h hit) string {
	tr := l.data.triggers[h.idx]
	switch tr.phrase.toks[0] {
	case "has", "have", "had":
	default:
		return KindTotal
	}
	// the speaker, "that" and a subject of at most four words before it
	k := h.from - 1
	for n := 0; k >= 0 && n < 4 && !speechVerb(st.toks[k].low); n++ {
		k--
	}
	if k < 0 || !speechVerb(st.toks[k].low) {
		return KindTotal
	}
	if strings.Contains(st.text[st.toks[k].end:st.toks[h.from].start], ",") {
		// "..., he said, the US has sent 40 Bradleys"
		return KindTotal
	}
	for j := h.from; j < min(h.to+6, len(st.toks)); j++ {
		switch st.toks[j].low {
		case "now", "already", "far", "date", "total", "all", "since":
			// "said the UK had now delivered more than 4,000 NLAWs"
			// still sums up
			return KindTotal
		}
	}
	switch tr.phrase.toks[len(tr.phrase.toks)-1] {
	case "committed", "pledged", "promised", "allocated":
		return KindPledge
	}
	return KindDelivery
}

// speechVerb reports whether w, lower case, reports what was said:
// "said", "says", "added".
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "say", "added", "adds", "stated", "wrote", "told", "declared", "announced", "confirmed", "reported":
		return true
	}
	return false
}

// tally reports whether a trigger only sums up, naming no act of giving:
// "total", "cumulative", "so far", "in all".
func tally(tr trigger) bool {
	if tr.kind != KindTotal {
		return false
	}
	switch tr.text {
	case "total*", "cumulative*", "so far", "in all", "amounted":
		return true
	}
	return false
}

// nextAmountsWords reports whether s, the words between "and" and the
// next amount, are a few words of that amount's own ("military support
// to"), not the rest of a clause ("reconstruction at a conference in
// Tokyo on Feb. 19, bringing its total support to").
func nextAmountsWords(s string) bool {
	n := len(strings.Fields(s))
	return n > 0 && n <= 5 && !strings.ContainsAny(s, ",;()")
}

// givesAbstract reports whether trigger h gives a thing that is no aid
// (markers.tsv, role abstract): named at most three words after it ("gave
// us an update on the situation", "announced a new sanctions package"),
// or, when an agent follows it, at most four words before it ("a summary
// of the conversation provided by the Prime Minister's Office").
func (st *sentence) givesAbstract(h hit) bool {
	for _, a := range st.marks[markAbstract] {
		if a.from >= h.to && a.from <= h.to+3 {
			return true
		}
		if a.to <= h.from && a.to >= h.from-4 && h.to < len(st.toks) && st.toks[h.to].low == "by" {
			return true
		}
	}
	return false
}

// demonstrative reports whether w points back at something already told.
func demonstrative(w string) bool {
	return w == "that" || w == "this" || w == "these" || w == "those" || w == "such"
}

// hidesCue reports whether the name a holds the cue h inside it: a name
// that opens with the cue's word, or a charity's or a company's. An
// instrument's name says what it pays for ("the Ukraine Facility" is
// financial), so its cues stay.
func hidesCue(a actor, h hit) bool {
	if a.entry == nil || h.from < a.from || h.to > a.to || h.to-h.from == a.to-a.from {
		return false
	}
	return h.from == a.from || a.entry.Kind == donors.KindBody
}

// groupStart is where a group found at token i starts: at the number
// before it, which is part of its words ("Nine European allies", "26
// Western partners"), else at i.
func groupStart(toks []token, i int, as []actor, t string) int {
	if i > 0 && isNumberWord(toks[i-1].low) && (len(as) == 0 || as[len(as)-1].to < i) && !strings.ContainsAny(t[toks[i-1].end:toks[i].start], ",;:()") {
		return i - 1
	}
	return i
}

// privateAfter returns the end of the words of private.tsv that follow a
// name ending at token end, one other word allowed before them ("Czech
// defence firm"); end when none follow.
func (l *Linker) privateAfter(toks []token, end int) int {
	k := end
	if k+1 < len(toks) && !l.data.private[toks[k].low] && l.data.private[toks[k+1].low] {
		k++
	}
	if k >= len(toks) || !l.data.private[toks[k].low] {
		return end
	}
	for k < len(toks) && l.data.private[toks[k].low] {
		k++
	}
	return k
}

// makerOf reports whether a name ending before token end is joined by a
// hyphen to a participle that makes it where a thing was made or a body
// sits, not who gives it: "10 German-made Leopard tanks", "US-based
// ride-hailing giant Uber", "the UK-administered International Fund", "a
// NATO-coordinated initiative".
func makerOf(t string, toks []token, end int) bool {
	if end >= len(toks) || toks[end-1].end+1 != toks[end].start || t[toks[end-1].end] != '-' {
		return false
	}
	switch toks[end].low {
	case "made", "built", "produced", "manufactured", "designed", "developed", "based", "headquartered", "registered", "administered", "managed", "coordinated":
		return true
	}
	return false
}

// dropPartners removes, in place, the names hyphened to one another before
// a common noun: the parties of a meeting or a pact are no givers, "at a
// recent Canada-US-Mexico summit", "the UK-France talks" (but "the
// Canada-Ukraine Foundation" is a body, named whole).
func dropPartners(as []actor, toks []token, t string) []actor {
	joined := func(a, b actor) bool {
		return a.entry != nil && b.entry != nil && a.to == b.from && toks[a.to-1].end+1 == toks[b.from].start && t[toks[a.to-1].end] == '-'
	}
	kept := as[:0]
	for k := 0; k < len(as); {
		j := k
		for j+1 < len(as) && joined(as[j], as[j+1]) {
			j++
		}
		if j > k && as[j].to < len(toks) && lowerStart(t[toks[as[j].to].start:]) {
			k = j + 1
			continue
		}
		kept = append(kept, as[k:j+1]...)
		k = j + 1
	}
	return kept
}

// dropLeaders removes, in place, the states named as leading a group: "A
// coalition of 11 countries led by Denmark and the Netherlands said",
// "the IT coalition, co-led by Estonia and Luxembourg". The group acts;
// its leaders are not all of it. (A "Czech-led initiative" is credited
// to its leader, as the annotations do.)
func dropLeaders(as []actor, toks []token, t string) []actor {
	kept := as[:0]
	prev := -1 // token end of the last leader dropped
	for _, a := range as {
		if a.entry == nil || a.entry.Kind != donors.KindState {
			// a body that leads a plan speaks for it: "The Regional
			// Refugee Response Plan, led by UNHCR, requests $551 million"
			kept = append(kept, a)
			prev = -1
			continue
		}
		k := a.from
		if k > 0 && toks[k-1].low == "the" {
			k--
		}
		lead := k >= 2 && toks[k-1].low == "by" && leadVerb(toks[k-2].low) && ledGroup(toks, k-2)
		if !lead && prev >= 0 {
			// the next of a list of leaders: "led by Denmark, the
			// Netherlands and the United States"
			between := strings.TrimSpace(t[toks[prev-1].end:toks[k].start])
			lead = between == "," || between == "and" || between == ", and"
		}
		if lead {
			prev = a.to
			continue
		}
		prev = -1
		kept = append(kept, a)
	}
	return kept
}

func leadVerb(w string) bool {
	switch w {
	case "led", "co-led", "chaired", "co-chaired", "headed":
		return true
	}
	return false
}

// ledGroup reports whether a group of givers is named in the few words
// before the verb at token v: "a coalition of 11 countries led by", "the
// joint effort led by" (not "the programme, spearheaded by Ukraine and
// Denmark", which they run and fund).
func ledGroup(toks []token, v int) bool {
	return wordBefore(toks, v, 5, "coalition", "coalitions", "group", "alliance", "countries", "nations", "states", "partners", "allies", "members", "effort", "format")
}

// wordBefore reports whether one of ws stands among the n tokens before
// token i.
func wordBefore(toks []token, i, n int, ws ...string) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if slices.Contains(ws, toks[k].low) {
			return true
		}
	}
	return false
}

// foundedGroup reports whether the group that starts at token i is what
// the words before it found or join: "Latvia and the UK launched a
// coalition to supply drones", "formed the drone coalition", "joined the
// coalition" (its founders give, not the group).
func foundedGroup(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].low {
		case "launched", "launch", "launches", "formed", "form", "forms", "founded", "created", "create", "creates", "established", "joined", "join", "joins", "leads", "lead":
			return true
		case "a", "an", "the", "new", "its", "their":
		default:
			if k < i-1 {
				return false
			}
		}
	}
	return false
}

// approvalHad reports whether the noun "approval" at token i is one an
// actor gets or has, told in the three words before it: "after obtaining
// American approval", "with German approval", "having received US approval".
func approvalHad(toks []token, i int) bool {
	return wordBefore(toks, i, 3, "obtaining", "obtained", "receiving", "received", "securing", "secured", "gaining", "gained", "getting", "got", "with", "without")
}

// lowerStart reports whether s starts with a lower-case letter.
func lowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// compounded reports whether token i ends a hyphenated compound: a hyphen
// joins it to the word before ("US-supplied", "high-resolution"), and that
// word is no prefix that leaves the verb a verb ("co-financed",
// "re-exported", "pre-positioned").
func compounded(t string, toks []token, i int) bool {
	if i == 0 || toks[i-1].end+1 != toks[i].start || t[toks[i-1].end] != '-' {
		return false
	}
	switch toks[i-1].low {
	case "co", "re", "pre":
		return false
	}
	return true
}

// namesOffice reports whether trigger hit h is a word of the name of a
// ministry or an office: "Finance Ministry", "Minister of Finance",
// "Department of Finance".
func namesOffice(toks []token, h hit) bool {
	if h.to-h.from != 1 {
		return false
	}
	// a verb before a title is an act: "Supplies announced Minister of
	// Defense Margarita Robles"
	if w := toks[h.from].low; h.to < len(toks) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
		switch toks[h.to].low {
		case "ministry", "ministries", "minister", "ministers", "department", "office", "committee":
			return true
		}
	}
	if h.from >= 2 && toks[h.from-1].low == "of" {
		switch toks[h.from-2].low {
		case "ministry", "ministries", "minister", "ministers", "department", "office", "committee":
			return true
		}
	}
	return false
}

// outsideSpans keeps, in place, the actors that overlap none of spans
// (an amount's words are not a donor: "$5 billion"). The actors are in
// text order and do not overlap; spans, sorted here by start if they are
// not, are swept once alongside them, so that a sentence of many amounts
// and many names is not checked pair by pair.
func outsideSpans(as []actor, toks []token, spans [][2]int) []actor {
	if !slices.IsSortedFunc(spans, func(a, b [2]int) int { return a[0] - b[0] }) {
		slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	}
	kept := as[:0]
	k, maxEnd := 0, math.MinInt // the spans that start before the actor ends, and their last end
	for _, a := range as {
		from, to := toks[a.from].start, toks[a.to-1].end
		for k < len(spans) && spans[k][0] < to {
			maxEnd = max(maxEnd, spans[k][1])
			k++
		}
		if maxEnd <= from {
			kept = append(kept, a)
		}
	}
	return kept
}

// appendCuts appends the clause boundaries of t[start:end] to cuts, in
// order: each ';', and each ':' but one between digits ("10:30"). Byte
// searches find them, rather than a look at every byte: most sentences
// hold neither.
func appendCuts(cuts []int, t string, start, end int) []int {
	seg := t[start:end]
	semi, colon := strings.IndexByte(seg, ';'), strings.IndexByte(seg, ':')
	for semi >= 0 || colon >= 0 {
		var k int
		if colon < 0 || semi >= 0 && semi < colon {
			k, semi = semi, indexByteAfter(seg, semi, ';')
		} else {
			k, colon = colon, indexByteAfter(seg, colon, ':')
			if k > 0 && k+1 < len(seg) && isDigit(seg[k-1]) && isDigit(seg[k+1]) {
				continue
			}
		}
		cuts = append(cuts, start+k)
	}
	return cuts
}

// indexByteAfter is the index of the first c in s after byte k, or -1.
func indexByteAfter(s string, k int, c byte) int {
	if j := strings.IndexByte(s[k+1:], c); j >= 0 {
		return k + 1 + j
	}
	return -1
}

// mayOpen reports whether a gazetteer window that opens at token i could
// be named; ids are the tokens' vocabulary ids. It is false only where
// donors.Heads or donors.ArticleHeads say so.
func (l *Linker) mayOpen(t string, toks []token, ids []int32, i int) bool {
	if toks[i].low != "the" {
		return l.opens(ids[i], toks[i].low)
	}
	switch {
	case l.theAlone:
		return true
	case i+1 == len(toks):
		return false // the one window, "the", is no start
	case t[toks[i].end:toks[i+1].start] != " ":
		return true
	}
	// "the " and the rest, or the rest alone
	id := ids[i+1]
	return id >= 0 && l.set.marked[id]&(1<<markArticle) != 0 || l.opens(id, toks[i+1].low)
}

// opens is mayOpen for a word other than "the", a word of vocabulary id id
// (-1 outside it): whether it is one of donors.Heads, or a word Heads
// says nothing about.
func (l *Linker) opens(id int32, w string) bool {
	if id >= 0 {
		return l.set.marked[id]&(1<<markOpens) != 0
	}
	return l.opensWord(id, w)
}

// opensWord is opens, looking at the word's bytes.
func (l *Linker) opensWord(id int32, w string) bool {
	if id >= 0 && l.set.marked[id]&(1<<markHead) != 0 || w == "the" {
		return true
	}
	for k := 0; k < len(w); k++ {
		if openAnyway[w[k]] {
			return true
		}
	}
	return false
}

// openAnyway[c] holds for the bytes of a word donors.Heads says nothing
// about: not ASCII, an apostrophe or a capital.
var openAnyway = func() (b [256]bool) {
	for c := range 256 {
		b[c] = c >= utf8.RuneSelf || c == '\'' || 'A' <= c && c <= 'Z'
	}
	return b
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// negated reports whether a negation ends at most two tokens before token i.
func (st *sentence) negated(i int) bool {
	for _, h := range st.marks[markNegation] {
		if h.to <= i && h.to >= i-2 && !(h.to < len(st.toks) && st.toks[h.to].low == "only") {
			return true
		}
	}
	return false
}

// negatedWithin reports whether a negation stands inside a trigger's gap
// ("has not been delivered", "have never pledged") or overlaps its start
// ("how to supply").
func (st *sentence) negatedWithin(h hit) bool {
	for _, m := range st.marks[markNegation] {
		if m.from > h.from && m.to < h.to && !(st.toks[m.to].low == "only") {
			return true
		}
		if m.from < h.from && m.to > h.from {
			return true // "how to supply": the marker takes the trigger's "to"
		}
	}
	return false
}

// futureBefore reports whether a future marker ends at most three tokens
// before token i with only auxiliaries, adverbs and verbs of starting
// between ("plans to start deliveries", "aimed to kick off the
// deliveries", "will soon hand over"): in "will use the tanks delivered by
// Germany" the delivery is done.
func (st *sentence) futureBefore(i int) bool {
	for _, h := range st.marks[markFuture] {
		if h.to > i || h.to < i-3 {
			continue
		}
		ok := true
		for k := h.to; k < i; k++ {
			switch w := st.toks[k].low; w {
			case "be", "start", "begin", "continue", "resume", "launch", "kick", "off", "complete", "speed", "up", "accelerate",
				"also", "soon", "then", "now", "first", "finally", "eventually", "to", "have", "the", "its", "their":
			default:
				ok = ok && strings.HasSuffix(w, "ly")
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// markAt reports whether a marker of role starts at token i.
func (st *sentence) markAt(r role, i int) bool {
	for _, h := range st.marks[r] {
		if h.from == i {
			return true
		}
	}
	return false
}

// welcomes reports whether a welcome marker starts at token i or at most
// four words after it, in the same phrase: "NATO Secretary General Mark
// Rutte welcomed".
func (st *sentence) welcomes(i int, t string) bool {
	for _, h := range st.marks[markWelcome] {
		if h.from >= i && h.from <= i+4 && (h.from == i || !strings.ContainsAny(t[st.toks[i-1].end:st.toks[h.from].start], ",;:()")) {
			return true
		}
	}
	return false
}

// markEndsNear reports whether a marker of role ends at token i or at most
// slack tokens before it.
func (st *sentence) markEndsNear(r role, i, slack int) bool {
	for _, h := range st.marks[r] {
		if h.to <= i && h.to >= i-slack {
			return true
		}
	}
	return false
}

// skipDeterminers returns the token index before the determiners
// (markers.tsv) that end right before token i.
func (st *sentence) skipDeterminers(i int) int {
	for {
		moved := false
		for _, h := range st.marks[markDeterminer] {
			if h.to == i && h.from < i {
				i, moved = h.from, true
				break
			}
		}
		if !moved {
			return i
		}
	}
}

func phrasesOf[T any](xs []T, f func(T) phrase) []phrase {
	out := make([]phrase, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// clauseOf returns the byte span of the clause holding byte offset pos.
func (st *sentence) clauseOf(pos int) (int, int) {
	// the cuts are in order: the clause lies between the last cut before
	// pos and the first at or after it
	start, end := st.s.Start, st.s.End
	k := sort.SearchInts(st.cuts, pos)
	if k > 0 {
		start = st.cuts[k-1] + 1
	}
	if k < len(st.cuts) {
		end = st.cuts[k]
	}
	return start, end
}

// tokAt returns the index of the first token that starts at or after pos.
func (st *sentence) tokAt(pos int) int {
	i, _ := slices.BinarySearchFunc(st.toks, pos, func(tk token, pos int) int { return cmp.Compare(tk.start, pos) })
	return i
}

// Link returns the document's events, in text order. It runs after dates
// are resolved and amounts converted; it sets EventID on the money and
// materiel mentions it links to an event.
func (l *Linker) Link(d *model.Doc, ms []model.Mention) []model.Event {
	if d == nil || d.View == nil {
		return nil
	}
	ls := linkPool.Get().(*linkScratch)
	defer ls.put()
	n := len(d.Sentences)
	spans := slices.Grow(ls.spans[:0], n)[:n] // nil: put clears them
	ls.spans = spans
	// the money spans of every sentence share one array: counted, then
	// each sentence's part carved at its size, then filled in order
	cnt := slices.Grow(ls.cnt[:0], 3*n)[:3*n]
	clear(cnt)
	ls.cnt = cnt
	total := 0
	for i := range ms {
		if m := &ms[i]; m.Kind == model.KindMoney && m.Sentence >= 0 && m.Sentence < len(spans) {
			cnt[m.Sentence]++
			total++
		}
	}
	if l.noScratch {
		for i := range ms {
			if m := &ms[i]; m.Kind == model.KindMoney && m.Sentence >= 0 && m.Sentence < len(spans) {
				spans[m.Sentence] = append(spans[m.Sentence], [2]int{m.Start, m.End})
			}
		}
	} else if total > 0 {
		sb := slices.Grow(ls.spanBuf[:0], total)[:total]
		ls.spanBuf = sb
		off := 0
		for i, c := range cnt[:n] {
			if c > 0 {
				spans[i] = sb[off : off : off+int(c)]
				off += int(c)
			}
		}
		for i := range ms {
			if m := &ms[i]; m.Kind == model.KindMoney && m.Sentence >= 0 && m.Sentence < len(spans) {
				spans[m.Sentence] = append(spans[m.Sentence], [2]int{m.Start, m.End})
			}
		}
	}
	// the sentences and their tokens live in scratch kept from call to
	// call: nothing Link returns points into them
	sents := slices.Grow(ls.sents[:0], n)[:n] // zero: put clears them
	backing := slices.Grow(ls.backing[:0], n)[:n]
	ls.sents, ls.backing = sents, backing
	// the tokens of every sentence in one slice, of about one word in
	// five bytes; sentence i's are all[cut[i]:cut[i+1]]
	// the lowered text lives in the scratch too: only the tokens and the
	// gazetteer walks read it, and neither keeps it past Link
	ls.low = appendLowerASCII(ls.low[:0], d.View.Text)
	low := unsafe.String(unsafe.SliceData(ls.low), len(ls.low))
	all := slices.Grow(ls.all[:0], len(d.View.Text)/5+n)
	cut := slices.Grow(ls.cut[:0], n+1)[:n+1]
	ls.actors = ls.actors[:0]
	ls.hits = ls.hits[:0]
	ls.coords, ls.ents = ls.coords[:0], ls.ents[:0]
	cut[0] = 0
	defer func() { ls.all, ls.cut = all, cut }()
	for i, s := range d.Sentences {
		if s.Start >= 0 && s.End <= len(d.View.Text) && s.Start <= s.End {
			all = appendTokens(all, d.View.Text, low, 0, s.Start, s.End)
		}
		cut[i+1] = len(all)
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.View.Text) || s.Start > s.End {
			continue
		}
		sents[i] = &backing[i]
		if l.noScratch {
			l.scan(sents[i], d, s, spans[i], all[cut[i]:cut[i+1]:cut[i+1]], low, &ls.actors)
			continue
		}
		l.scanInto(sents[i], d, s, spans[i], all[cut[i]:cut[i+1]:cut[i+1]], low, &ls.actors, &ls.hits, &ls.find)
		sents[i].ls = ls
	}
	// place mentions in their sentences: the lists of every sentence
	// share one array, each carved at its size (counted first), in the
	// order of ms
	clear(cnt)
	total = 0
	nDates := 0
	for i := range ms {
		if si, c := placeOf(sents, &ms[i]); c >= 0 {
			cnt[3*si+c]++
			total++
			if c == placeDate {
				nDates++
			}
		}
	}
	var allDates []*model.Mention
	if !l.noScratch && total > 0 {
		// each sentence's lists are parts of one slice, sized by the counts
		mb := slices.Grow(ls.mens[:0], total)[:total]
		ls.mens = mb
		off := 0
		for si, st := range sents {
			if st == nil {
				continue
			}
			for c, dst := range [3]*[]*model.Mention{placeMoney: &st.money, placeDate: &st.dates, placeItem: &st.items} {
				if k := int(cnt[3*si+c]); k > 0 {
					*dst = mb[off : off : off+k]
					off += k
				}
			}
		}
		if nDates > 0 {
			allDates = make([]*model.Mention, 0, nDates)
		}
	}
	for i := range ms {
		m := &ms[i]
		switch si, c := placeOf(sents, m); c {
		case placeMoney:
			sents[si].money = append(sents[si].money, m)
		case placeDate:
			sents[si].dates = append(sents[si].dates, m)
			allDates = append(allDates, m)
		case placeItem:
			sents[si].items = append(sents[si].items, m)
		default:
			if m.Kind == model.KindMateriel && m.Materiel != nil && m.Sentence >= 0 && m.Sentence < len(sents) && sents[m.Sentence] != nil {
				sents[m.Sentence].spent = true
			}
			if m.Kind == model.KindPersonnel && m.Personnel != nil && m.Personnel.Role == "trained" && m.Sentence >= 0 && m.Sentence < len(sents) && sents[m.Sentence] != nil {
				sents[m.Sentence].trained = append(sents[m.Sentence].trained, m.Start)
			}
		}
	}

	// the events are gathered in scratch and copied out at the end, at
	// their size; each sentence's rows reuse one buffer
	out := ls.out[:0]
	var rowsBuf []built
	nar := narrative{last: -1, heads: headings(d.View.Text)}
	nar.speaker = l.speakerOf(d.View.Text, sents)
	// the id of the event at out[idOf], kept while nar.last stays there:
	// most sentences have no events and would build the same id again
	idOf, lastID := -1, ""
	for si, st := range sents {
		if st == nil {
			continue
		}
		var prev []model.Event
		prevID := ""
		if nar.last >= 0 && nar.last < len(out) {
			prev = out[nar.last:]
			if idOf != nar.last {
				base := &out[nar.last]
				idOf, lastID = nar.last, model.EventID(d.ID, sents[base.Sentence].charStart(), base.Seq)
			}
			prevID = lastID
		}
		pkg := packageAntecedent(st, sents, out, nar)
		if k := pkg; k >= 0 && k != nar.last {
			// "The new package will include £92 million" names the last
			// package told of, not a pledge told of since
			prev = out[k:]
			prevID = model.EventID(d.ID, sents[out[k].Sentence].charStart(), out[k].Seq)
		}
		var before, after *sentence
		if si > 0 {
			before = sents[si-1]
		}
		if si+1 < len(sents) {
			after = sents[si+1]
		}
		evs := l.sentenceEvents(d, st, &nar, allDates, out, prev, prevID, before, after, rowsBuf[:0])
		if cap(evs) > 0 {
			rowsBuf = evs[:0]
		}
		line := d.View.Text[st.s.Start:st.s.End]
		header := strings.HasSuffix(strings.TrimSpace(line), ":")
		if len(evs) > 0 && len(st.money) > 0 && st.nothingNew() && l.tallies(st) {
			// a tally of sums that are no aid flow ("total defence
			// spending will reach PLN 137 billion") tallies no aid
			keep := evs[:0]
			for _, e := range evs {
				if e.ev.Kind != KindTotal || e.ev.HasAmount {
					keep = append(keep, e)
				}
			}
			evs = keep
		}
		if len(evs) > 0 && st.nothingNew() && (len(st.marks[markDefinition]) > 0 || st.quoteOnly(strings.TrimSpace(line))) {
			// a quotation or a definition with no amount and no count
			// judges or explains what was told ("\"This commitment ensures
			// that Ukraine will have them,\" said Kahl"; "USAI is an
			// authority under which the United States procures
			// capabilities"): no event, but the story goes on
			nar.sentence = si
			for _, e := range evs {
				if e.ev.AidType == nar.aid {
					nar.aidAt, nar.aidPos = si, st.s.Start
				}
			}
			evs = evs[:0]
		}
		if len(evs) > 0 {
			nar.donors = nar.donors[:0] // nothing else holds the old rows
			for _, e := range evs {
				nar.donors = append(nar.donors, e.ev)
				nar.note(&e.ev)
			}
			nar.sentence = si
			item := nar.listOpen && isListItem(line)
			nar.listOpen = header || item
			if !item {
				nar.listKind, nar.listAid = "", ""
			}
			nar.last = len(out) + evs[0].first
			for _, e := range evs {
				switch e.ev.AidType {
				case AidMilitary, AidFinancial, AidHumanitarian, AidTraining:
					nar.aid, nar.aidAt, nar.aidPos = e.ev.AidType, si, st.s.Start
				}
			}
		} else if nar.last >= 0 && len(out) > 0 && l.continues(d, st, &nar) {
			// a list item or a "the package included" sentence: its
			// materiel belongs to the last event, or to the last package
			// it names
			first := nar.last
			if pkg >= 0 {
				first = pkg
			}
			base := &out[first]
			if idOf != first {
				idOf, lastID = first, model.EventID(d.ID, sents[base.Sentence].charStart(), base.Seq)
			}
			id := lastID
			for _, m := range st.items {
				if m.Materiel.EventID == "" {
					m.Materiel.EventID = id
					for k := first; k < len(out) && out[k].Sentence == base.Sentence; k++ {
						out[k].ItemCount++
						if out[k].AidType == AidUnspecified && !l.civilItem(m) {
							// a package whose list holds weapons is
							// military aid: "It includes: - 75,000
							// rounds of 155mm artillery ammunition"
							out[k].AidType = AidMilitary
						}
					}
				}
			}
			nar.sentence = si
			if header {
				nar.listOpen = true
			}
		} else if nar.last >= 0 && si-nar.sentence <= 2 && header {
			// a header that names no event of its own ("Among the
			// donors of Ukraine in November 2023:") lists the parts of
			// the last one
			nar.sentence, nar.listOpen = si, true
			nar.listKind, nar.listAid = out[nar.last].Kind, out[nar.last].AidType
		} else if nar.last >= 0 && len(st.marks[markSource]) > 0 {
			// "This was announced by the Prime Minister": the story of
			// the last event goes on
			nar.sentence = si
		} else {
			nar.listOpen = false
		}
		for _, e := range evs {
			out = append(out, e.ev)
		}
	}
	if nar.givers == 1 {
		// the lead comes before the giver is named: once is enough
		l.leadGiver(out, nar.sole)
	}
	l.currencyGiver(out)
	ls.out = out
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// elsewhereAfter reports whether a theatre other than the war (markers.tsv
// elsewhere) follows amount m within a few words, with no side of the war
// named between or just after it: "$8 billion for the Indo-Pacific", not
// "$106 billion request to Congress for Israel, Ukraine".
func (st *sentence) elsewhereAfter(l *Linker, m *model.Mention) bool {
	end := st.tokAt(m.End)
	for _, h := range st.marks[markElsewhere] {
		if h.from >= end && h.from-end <= 6 {
			to := st.s.End
			if k := h.to + 3; k < len(st.toks) {
				to = st.toks[k].start
			}
			return !st.namesParty(l, m.End, to)
		}
	}
	return false
}

// afterFrom reports whether "from" (and "the") stands right before the
// donors g: "from the United States".
func (st *sentence) afterFrom(g coord) bool {
	k := g.from - 1
	if k > 0 && st.toks[k].low == "the" {
		k--
	}
	return k >= 0 && st.toks[k].low == "from"
}

// restated reports whether amount b restates amount a in another currency
// after gap, the text between them: ", or more than €2 billion".
func restated(gap string, a, b *model.Mention) bool {
	if a.Money.Currency == b.Money.Currency {
		return false
	}
	g := strings.TrimSpace(gap)
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	if !strings.HasPrefix(g, "or") {
		return false
	}
	// what may stand before the figure: "or about", "or more than"
	switch strings.TrimSpace(g[2:]) {
	case "", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "more than", "over", "less than", "under", "just over", "just under":
		return true
	}
	return false
}

// speakerOf returns the one giver the document's title block names, the
// lines of their own that open it and do not end as sentences do: "Remarks
// by President Biden on the Passage of H.R. 815", "Statement by Prime
// Minister Jonas Gahr Støre to the Storting (translated)". It returns nil
// when the title names no giver or several ("Germany and Poland pledge
// tanks").
func (l *Linker) speakerOf(t string, sents []*sentence) *donors.Entry {
	var who *donors.Entry
	for i, st := range sents {
		if i >= 4 || st == nil || !words.TitleLine(t, st.s.Start, st.s.End) {
			break
		}
		for _, a := range st.actors {
			if a.entry == nil || l.data.recipients[a.entry.Canonical] || a.entry == who {
				continue
			}
			if who != nil {
				return nil
			}
			who = a.entry
		}
	}
	return who
}

// firstPerson reports whether the speaker is the subject of statement sm:
// "we", "I" or "my government" before its trigger (or its amount) in the
// clause that starts at byte cs.
func (st *sentence) firstPerson(cs int, sm *statement) bool {
	end := sm.pos
	if sm.trig >= 0 {
		end = st.toks[st.trig[sm.trig].from].start
	}
	for i, tk := range st.toks {
		if tk.start >= end {
			break
		}
		if tk.start < cs {
			continue
		}
		switch tk.low {
		case "we", "i":
			return true
		case "government":
			if i > 0 && (st.toks[i-1].low == "my" || st.toks[i-1].low == "our") {
				return true
			}
		}
	}
	return false
}

// inQuotation reports whether byte pos of t lies inside a quotation opened
// earlier in its paragraph: a reporter's quote of someone else's "we".
func inQuotation(t string, pos int) bool {
	from := strings.LastIndex(t[:pos], "\n\n")
	open, straight := 0, 0
	for _, r := range t[from+1 : pos] {
		switch r {
		case '“':
			open++
		case '”':
			open--
		case '"':
			straight++
		}
	}
	return open > 0 || straight%2 == 1
}

// leadGiver gives the sums told before a document's one giver is named, a
// headline's or a lead's, to that giver: "SEK 1 billion in additional
// support for Ukraine" over Sweden's release.
func (l *Linker) leadGiver(out []model.Event, sole string) {
	ent, ok := l.gaz.Lookup(sole)
	if !ok {
		return
	}
	for k := range out {
		e := &out[k]
		if e.Donor != "" || e.DonorGroup != "" {
			return
		}
		if !e.HasAmount || !strings.HasSuffix(e.Rule, "+donor:none") {
			continue
		}
		e.Donor, e.DonorCode = ent.Canonical, ent.Code
		e.Rule = strings.TrimSuffix(e.Rule, "none") + "document"
		if !l.mayRun(ent, e.Package) {
			e.Package = ""
		}
	}
}

// currencyGiver gives a sum that nothing gives, in the money of one
// country, to that country (currencies.tsv): "The new humanitarian and
// emergency aid support ... amounts to about SEK 720 million" in a release
// that calls its giver "the Government".
//
// It also overrides a giver the sentence does not name but borrows from the
// story: after Denmark's fund, "Its 12th package was worth SEK 3.4
// billion" or "Parliament approved NOK 75 billion" is another country's.
func (l *Linker) currencyGiver(out []model.Event) {
	for k := range out {
		e := &out[k]
		if e.DonorGroup != "" || !e.HasAmount {
			continue
		}
		how := e.Rule[strings.LastIndexByte(e.Rule, ':')+1:]
		switch how {
		case "none":
			if e.Donor != "" {
				continue
			}
		case "narrative", "previous", "pronoun", "document":
			if e.Donor == "" || l.data.currencyOf[e.Currency] == e.Donor {
				continue
			}
		default:
			continue
		}
		ent, ok := l.gaz.Lookup(l.data.currencyOf[e.Currency])
		if !ok || ent.Canonical == e.Recipient {
			continue
		}
		e.Donor, e.DonorCode = ent.Canonical, ent.Code
		e.Rule = strings.TrimSuffix(e.Rule, how) + "currency"
		if !l.mayRun(ent, e.Package) {
			// "The first tranche of £752 million" is no drawdown
			e.Package = ""
		}
	}
}

// The lists of a sentence a mention is placed in, by placeOf.
const (
	placeMoney = iota
	placeDate
	placeItem
)

// placeOf returns the sentence m is placed in and the list it joins
// (placeMoney, placeDate or placeItem); -1 when it joins none.
func placeOf(sents []*sentence, m *model.Mention) (int, int) {
	if m.Sentence < 0 || m.Sentence >= len(sents) || sents[m.Sentence] == nil {
		return 0, -1
	}
	switch {
	case m.Kind == model.KindMoney && m.Money != nil:
		return m.Sentence, placeMoney
	case m.Kind == model.KindDate && m.Date != nil:
		if m.Date.Y != 0 {
			return m.Sentence, placeDate
		}
	case m.Kind == model.KindMateriel && m.Materiel != nil:
		if m.Materiel.Role != "other" {
			return m.Sentence, placeItem
		}
	}
	return 0, -1
}

// linkScratch is the memory Link keeps between calls, by document: the
// Linker is shared by goroutines, so it lives in a pool.
type linkScratch struct {
	sents   []*sentence
	backing []sentence
	all     []token
	low     []byte // the document's text, lowered: all's words point into it
	find    findScratch
	cut     []int
	actors  []actor
	out     []model.Event
	spans   [][][2]int
	spanBuf [][2]int         // backs spans
	cnt     []int32          // counts by sentence, for carving
	hits    []hit            // backs the sentences' phrase hits
	mens    []*model.Mention // backs the sentences' money, dates and items
	// backs the sentences' coordinated donors and their entries
	coords []coord
	ents   []*donors.Entry
	// sentenceEvents' buffers, reused sentence after sentence
	stmts     []statement
	cl, parts []int
}

var linkPool = sync.Pool{New: func() any { return new(linkScratch) }}

// put clears what the last document left, so that the pool holds no
// pointer into it and the next Link finds zero sentences, and pools ls.
// The sentences and tokens are left as they are: each Link overwrites
// those it uses, the tokens point into ls.low, and clearing them cost
// more than all of Link's other bookkeeping; what they keep of the last
// document, the pool drops within two collections.
func (ls *linkScratch) put() {
	clear(ls.sents)
	clear(ls.actors)
	clear(ls.out)
	clear(ls.spans)
	clear(ls.mens)
	clear(ls.coords)
	clear(ls.ents)
	clear(ls.stmts)
	linkPool.Put(ls)
}

// narrative is what earlier sentences tell about the next ones.
type narrative struct {
	donors   []model.Event // the rows of the last sentence with events
	sentence int           // that sentence's index
	listOpen bool          // it ends with ':' and introduces a list
	// the kind and aid type of the event a list's header goes on from,
	// which the list's items share when they name neither ("In November,
	// the state budget received $2 billion in external financing. Among
	// the donors: - European Union - USD 1.6 billion;")
	listKind, listAid string
	last              int    // index in the output of its first event; -1 none
	heads             []int  // byte offsets of the document's headings
	aid               string // the aid type of the last event that named one
	aidAt             int    // that event's sentence; its start is aidPos
	aidPos            int
	sole              string // the one donor every event so far has named; "" none
	givers            int    // how many givers (donors, groups) events so far have named, up to 2
	soleN             int    // how many events have named sole
	// the one giver the title block names: whose speech or statement the
	// document is, and whom its "we" means; nil none
	speaker *donors.Entry
}

// note keeps track of the givers the document's events name.
func (nar *narrative) note(e *model.Event) {
	g := e.Donor
	if g == "" {
		g = e.DonorGroup
	}
	if g == "" || nar.givers == 2 {
		return
	}
	switch {
	case nar.givers == 0:
		nar.sole, nar.givers, nar.soleN = g, 1, 1
	case g != nar.sole || e.DonorGroup != "" || e.Recipient == "Russia":
		nar.sole, nar.givers = "", 2
	default:
		nar.soleN++
	}
}

// soleGiver is the one giver the document's events have named, twice at
// least ("Conference commits over 10 bln euros, Italy says" names a host
// once, not a giver); "" none.
func (nar *narrative) soleGiver() string {
	if nar.givers == 1 && nar.soleN >= 2 {
		return nar.sole
	}
	return ""
}

// headings returns where the headings and titles of a text start: a line
// that opens with '#', or a paragraph of one short line (sixteen words at
// most) that does not end like a sentence and is no list item ("South
// Korea", "Background"). A heading starts a new story for dates. (A
// markdown heading states no event either; a headline may: "Pentagon
// scrapes together $300 million for Ukraine".)
func headings(t string) []int {
	var out []int
	prevBlank := true // the line before is blank, or there is none
	for pos := 0; ; {
		// the line [pos, end), with its '\n'; a line follows it when it
		// has one, even an empty one at the end of the text
		end, more := len(t), false
		if k := strings.IndexByte(t[pos:], '\n'); k >= 0 {
			end, more = pos+k+1, true
		}
		ln := t[pos:end]
		s := strings.TrimSpace(ln)
		switch {
		case strings.HasPrefix(s, "#"):
			out = append(out, pos+len(ln)-len(strings.TrimLeft(ln, " \t\r\n")))
		case s != "" && prevBlank && !strings.ContainsAny(s[len(s)-1:], ".:;!?,\"'”)") &&
			!strings.ContainsAny(s[:1], "-*+•·") && (!more || nextBlank(t, end)) && fewFields(s, 16):
			// the tests cheapest first
			out = append(out, pos+len(ln)-len(strings.TrimLeft(ln, " \t\r\n")))
		}
		prevBlank = s == ""
		if !more {
			return out
		}
		pos = end
	}
}

// nextBlank reports whether the line that starts at pos is blank.
func nextBlank(t string, pos int) bool {
	end := len(t)
	if k := strings.IndexByte(t[pos:], '\n'); k >= 0 {
		end = pos + k
	}
	return strings.TrimSpace(t[pos:end]) == ""
}

// fewFields reports whether s has at most n fields, as strings.Fields
// splits it, without making them.
func fewFields(s string, n int) bool {
	k, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			if in, k = true, k+1; k > n {
				return false
			}
		}
	}
	return true
}

// packageAntecedent returns where in out the rows of the package a
// sentence opening with "The package" or "The new package" names begin:
// those of the last event sentence when it names a package, else those of
// the last one before it that does, within antecedentSentences and the
// section; -1 when the sentence opens otherwise or none does.
func packageAntecedent(st *sentence, sents []*sentence, out []model.Event, nar narrative) int {
	if nar.last < 0 || nar.last >= len(out) || len(st.toks) == 0 {
		return -1
	}
	opens := false
	for _, h := range st.marks[markAnaphor] {
		if h.from == 0 && h.to <= len(st.toks) && (st.toks[h.to-1].low == "package" || st.toks[h.to-1].low == "packages") {
			opens = true
		}
	}
	if !opens {
		return -1
	}
	for k := len(out) - 1; k >= 0; k-- {
		e := &out[k]
		if k > 0 && out[k-1].Sentence == e.Sentence {
			continue // the sentence's first row decides
		}
		if st.s.Index-e.Sentence > antecedentSentences || headingBetween(nar.heads, e.Start, st.s.Start) {
			return -1
		}
		if es := sents[e.Sentence]; es != nil && es.namesPackage() {
			return k
		}
	}
	return -1
}

// namesPackage reports whether the sentence speaks of a package.
func (st *sentence) namesPackage() bool {
	for _, tk := range st.toks {
		if tk.low == "package" || tk.low == "packages" {
			return true
		}
	}
	return false
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

// headingDonor returns the giver the last heading before pos names and
// nothing else ("Denmark", "United Kingdom[edit]"), or nil.
func (l *Linker) headingDonor(t string, heads []int, pos int) *donors.Entry {
	i := sort.SearchInts(heads, pos) - 1
	if i < 0 {
		return nil
	}
	line := t[heads[i]:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	line = strings.TrimSpace(strings.TrimLeft(line, "# "))
	line = strings.TrimSuffix(line, "[edit]")
	if len(line) > 40 {
		return nil
	}
	if ent, ok := l.gaz.Lookup(line); ok {
		return ent
	}
	return nil
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
	third   *model.Mention // and in a third: "£225 million ($286 million, €272.85 million)"
	pos     int            // byte offset it is anchored at
	from    int            // byte span of its segment of the clause
	to      int
	trig    int // index into st.trig of the trigger it uses; -1 none
	kind    string
	part    int // for a trigger, where its part of the clause starts
}

// sentenceEvents returns the events sentence st states, appended to rows,
// an empty buffer the caller passes.
func (l *Linker) sentenceEvents(d *model.Doc, st *sentence, nar *narrative, allDates []*model.Mention, earlier, prev []model.Event, prevID string, before, after *sentence, rows []built) []built {
	t := d.View.Text
	// a sentence that opens with "If" or "Unless" supposes; a heading
	// ("### Aid via drawdown from existing stocks") titles: neither states
	// an event
	text := strings.TrimSpace(t[st.s.Start:st.s.End])
	if len(st.toks) > 0 && st.markAt(markHypothetical, 0) || strings.HasPrefix(text, "#") {
		return nil
	}
	if len(st.marks[markSource]) > 0 {
		// who told it: the sentence before told the event
		return nil
	}
	if strings.HasSuffix(strings.TrimRight(text, "\"'”’) "), "?") {
		// a question asks, it states nothing: "How much money have the
		// EU and the US provided to Ukraine?"
		return nil
	}
	if opensInHistory(st) {
		// a sentence that opens on a time before Ukraine was a state tells
		// history: "In 1940, ... Canada sent ammunition", "Between 1941
		// and 1945, the United States shipped about $11 billion in
		// Lend-Lease supplies to the Soviet Union"
		return nil
	}
	header := strings.HasSuffix(text, ":")
	// amounts: new and cumulative ones, each once
	var stmts []statement
	var cl, partsBuf []int
	if st.ls != nil {
		stmts, cl, partsBuf = st.ls.stmts[:0], st.ls.cl[:0], st.ls.parts[:0]
		defer func() { st.ls.stmts, st.ls.cl, st.ls.parts = stmts[:0], cl[:0], partsBuf[:0] }()
	}
	for k, m := range st.money {
		if m.Money.Role == "other" {
			continue
		}
		if k > 0 && len(stmts) > 0 {
			prev := stmts[len(stmts)-1]
			// the same amount in another currency: "€450 million (US$502
			// million)", "¥450 billion (about $2.9 billion)", "10 billion
			// zlotys, or more than €2 billion"
			if prev.money == st.money[k-1] && m.Start >= prev.money.End &&
				(strings.TrimSpace(t[prev.money.End:m.Start]) == "(" || m.Money.Paired && prev.money.Money.Paired || restated(t[prev.money.End:m.Start], prev.money, m)) {
				stmts[len(stmts)-1].partner = m
				continue
			}
			if prev.partner != nil && prev.partner == st.money[k-1] && prev.third == nil && m.Money.Paired && prev.partner.Money.Paired &&
				m.Start >= prev.partner.End && !strings.ContainsAny(t[prev.partner.End:m.Start], ")]") {
				stmts[len(stmts)-1].third = m
				continue
			}
		}
		stmts = append(stmts, statement{money: m, pos: m.Start, trig: -1})
	}
	// parts of clauses with a trigger but no amount: a clause splits where a
	// new actor takes up a new verb ("the US began to sell it weapons, and
	// Ukraine agreed to purchase TB2 drones from Turkey")
	// (without a trigger there is nothing to find: strongest finds none)
	if len(st.trig) > 0 {
		cl = append(append(cl, st.s.Start-1), st.cuts...)
	}
	for ci, c := range cl {
		cs, ce := c+1, st.s.End
		if ci+1 < len(cl) {
			ce = cl[ci+1]
		}
		partsBuf = l.partsInto(partsBuf[:0], st, cs, ce, t)
		parts := partsBuf
		for pi, ps := range parts {
			pe := ce
			if pi+1 < len(parts) {
				pe = parts[pi+1]
			}
			has := false
			for si, s := range stmts {
				if s.money != nil && s.pos >= ps && s.pos < pe {
					has = true
					if pi > 0 && s.part == 0 {
						// the amount's part starts with its actor: in
						// "Canada will send 80,840 rockets, while Britain
						// will deliver 650 missiles under a deal worth
						// £162 million" the missiles are Britain's
						stmts[si].part = ps
					}
				}
			}
			if has {
				continue
			}
			best := l.strongest(st, ps, pe, false)
			kind := ""
			pos := -1
			if best < 0 && pi > 0 && st.gappedAt(ps) {
				// a giver and a count whose verb is left out take the
				// verb of the part before: "Germany delivered 14 PzH
				// 2000s, and the Netherlands five"
				for j := pi - 1; j >= 0 && best < 0; j-- {
					best = l.strongest(st, parts[j], parts[j+1], false)
				}
				if best < 0 {
					continue
				}
				kind = l.data.triggers[st.trig[best].idx].kind
				pos = st.itemFrom(ps)
			} else if best < 0 {
				// what aid so far has held is a tally: "Canadian military
				// aid since February 2022 has included four M777
				// howitzers", "Previous Swedish packages have included"
				if best = l.pastContents(st, ps, pe); best < 0 {
					continue
				}
				kind = KindTotal
			} else {
				kind = l.data.triggers[st.trig[best].idx].kind
				if kind == KindTotal {
					kind = l.reportedAct(st, st.trig[best])
				}
			}
			if kind == kindNone || kind == kindContents {
				continue
			}
			if l.ownPurchase(st, best, ps, pe) || st.movesNoAid(best, ps, pe) || st.judges(st.trig[best], ps, pe) || st.expletive() {
				continue
			}
			if h := st.trig[best]; pos < 0 && pi+1 < len(parts) && !strings.Contains(strings.TrimSpace(t[ps:st.toks[h.from].start]), " ") &&
				strings.HasPrefix(strings.TrimSpace(t[st.toks[h.to-1].end:pe]), ",") {
				// an opening adverb ("In total, the US promised", "So
				// far, Germany has sent") qualifies the part after it
				continue
			}
			if pos < 0 {
				pos = st.toks[st.trig[best].from].start
			}
			stmts = append(stmts, statement{pos: pos, trig: best, kind: kind, part: ps})
		}
	}
	slices.SortStableFunc(stmts, func(a, b statement) int { return a.pos - b.pos })
	// segments: each statement owns its clause from the previous
	// statement of the clause to the next
	for k := range stmts {
		cs, ce := st.clauseOf(stmts[k].pos)
		stmts[k].from, stmts[k].to = cs, ce
		if k > 0 && stmts[k-1].pos >= cs {
			stmts[k].from = stmts[k-1].pos + 1
			if m := stmts[k-1].money; m != nil {
				stmts[k].from = m.End
				if stmts[k-1].to > m.End && stmts[k-1].to < stmts[k].pos {
					// cut at "and" below: the words after it are this
					// amount's alone
					stmts[k].from = stmts[k-1].to
				} else if j := strings.LastIndex(t[m.End:stmts[k].pos], " and "); j >= 0 && postModifier(t[m.End:m.End+j]) {
					// the words before "and" qualify the amount before:
					// "$4bn in military aid and €2bn in humanitarian aid"
					stmts[k].from = m.End + j
				}
			}
		}
		// a part starts where its new actor does
		if p := stmts[k].part; p > stmts[k].from && p <= stmts[k].pos {
			stmts[k].from = p
		}
		if k+1 < len(stmts) && stmts[k+1].pos < ce {
			stmts[k].to = stmts[k+1].pos
			if p := stmts[k+1].part; p > stmts[k].pos && p < stmts[k].to {
				stmts[k].to = p
			} else if m := stmts[k].money; m != nil && stmts[k+1].money != nil {
				// the words between "and" and the next amount are that
				// amount's: "civilian support will be increased to NOK
				// 10 billion and military support to NOK 17 billion"
				between := t[m.End:stmts[k].to]
				if j := strings.LastIndex(between, " and "); j >= 0 && nextAmountsWords(between[j+5:]) {
					stmts[k].to = m.End + j
				}
			}
		}
	}

	// anaphor: "The package is worth up to $325 million" (or "It is valued
	// at up to $2.5 billion") after "the US donated its 40th drawdown
	// package" gives that event its amount; "The
	// package consists of EUR 5.3 million ... and EUR 4.3 million" after a
	// package with its amount lists parts of it
	anaphoric := len(st.toks) > 0 && len(prev) > 0 && st.s.Index-nar.sentence <= 2 && !headingBetween(nar.heads, prev[0].Start, st.s.Start)
	pronounAmount := anaphoric && st.markAt(markPronoun, 0)
	anaphoric = anaphoric && st.markAt(markAnaphor, 0)

	// the same for every statement: read once
	toRussia := len(stmts) > 0 && st.mentionsRussiaAsRecipient()
	// "Japan and Norway (USD 465 million and USD 295 million,
	// respectively)": the amounts go to the givers one by one, in order
	amounts, nth := 0, 0
	if st.has("respectively") {
		for k := range stmts {
			if stmts[k].money != nil {
				amounts++
			}
		}
	}
	lastFirst := -1 // first row of the last amount's statement
	var clauseTrig spanMemo
	for k := range stmts {
		sm := &stmts[k]
		cs, ce := st.clauseOf(sm.pos)
		if sm.money != nil {
			tr := l.strongest(st, sm.from, sm.to, true)
			if tr >= 0 && l.data.triggers[st.trig[tr].idx].kind == kindNone {
				// a denial or appeal in a verb phrase of its own after the
				// amount leaves the amount's act standing: "announced a
				// package worth 1.7 billion kroner and called on its allies
				// to increase donations"
				// (its auxiliaries too: "will provide Ukraine with $4.5
				// billion and will continue to support us")
				if h := st.trig[tr]; h.from > 0 && st.toks[h.from].start >= sm.money.End {
					j := h.from - 1
					for k := 0; k < 2 && j > 0 && auxiliary(st.toks[j].low); k++ {
						j--
					}
					switch st.toks[j].low {
					case "and", "but":
						if before := l.strongest(st, sm.from, st.toks[j].start, true); before >= 0 {
							tr = before
						}
					}
				}
			}
			if tr < 0 {
				// the statements of a clause share its strongest trigger
				var ok bool
				if tr, ok = clauseTrig.get(cs, ce); !ok {
					tr = l.strongest(st, cs, ce, true)
					clauseTrig.set(cs, ce, tr)
				}
			}
			sm.trig = tr
			if tr >= 0 && l.data.triggers[st.trig[tr].idx].kind == kindNone {
				continue
			}
			sm.kind = l.moneyKind(st, sm)
		}
		if sm.money == nil && len(st.itemsIn(sm.from, sm.to)) == 0 && st.gdpShare(sm.from, sm.to) {
			if st.ownDefence() {
				// a share spent on one's own defence is no aid: "Belgium
				// gave just 1.1% of its GDP to defence last year"
				continue
			}
			// a share of a giver's economy is what it has given in all:
			// "The US then ranks tenth, as it provides 0.2% of its GDP"
			sm.kind = KindTotal
		}
		if sm.kind == KindApproval && !st.legislature(cs, ce) && !l.enacts(st, sm.trig) {
			sm.kind = KindPledge
		}
		if sm.money != nil && sm.kind == KindPledge && (anaphoric || pronounAmount) && (prev[0].Kind == KindApproval || prev[0].Kind == KindRequest) {
			// the parts of a bill just passed or asked for are passed or
			// asked for with it: "The bill includes $6 billion to arm
			// and train Ukrainian forces, $8.7 billion to replenish ..."
			sm.kind = prev[0].Kind
		}
		if sm.kind == KindDelivery && sm.trig >= 0 && st.futureBefore(st.trig[sm.trig].from) {
			// "plans to start deliveries", "are to be disbursed"
			sm.kind = KindPledge
		}
		ds, group, how := l.donorsFor(st, sm, cs, ce, t)
		if how == "before" && sm.money == nil && len(st.itemsIn(cs, ce)) == 0 && l.receives(st, sm, cs, ce) {
			// a giver that receives, with no aid named, takes delivery
			// for itself: "Australia has received its first batch of 75
			// newer M1A2 tanks, which will replace the army's fleet"
			continue
		}
		if sm.money != nil && sm.money.Money.Role == "new" {
			// a part of the amount before it, with no donor of its own:
			// "$33 billion, including $20 billion for weapons", "two
			// helicopters worth €85 million"; a cumulative figure's parts
			// are figures of their own
			if lastFirst >= 0 && k > 0 && stmts[k-1].money != nil && stmts[k-1].pos >= cs &&
				st.markEndsNear(markSubpart, st.tokAt(sm.money.Start), 3) && !st.donorIn(l, sm.from, sm.to, t) &&
				smaller(sm.money.Money, stmts[k-1].money.Money) {
				l.linkMoney(sm, model.EventID(d.ID, st.charStart(), lastFirst))
				continue
			}
			// the whole the amount before it is a part of: "US$15.6
			// billion ... as part of a US$115 billion support package"
			if lastFirst >= 0 && k > 0 && stmts[k-1].money != nil && stmts[k-1].pos >= cs &&
				st.markEndsNear(markWhole, st.tokAt(sm.money.Start), 3) && !st.donorIn(l, sm.from, sm.to, t) &&
				smaller(stmts[k-1].money.Money, sm.money.Money) {
				continue
			}
			switch how {
			case "from", "attributive", "before":
			default:
				// "It is valued at up to $2.5 billion" names the package
				// by a pronoun; "It initially provided $10 million" acts
				if (anaphoric || pronounAmount && l.nearestBefore(st, sm) < 0) && l.absorb(st, sm, prev, prevID) {
					continue
				}
				// "The package, worth $225 million, includes ..." after
				// "announced a new $225 million package": the amount of
				// an event told of before is that event's, not a new one
				if anaphoric {
					if e := sameAmountBefore(st, sm.money, earlier, nar.heads, false); e != nil {
						cp, _ := d.View.Span(e.Start, e.End)
						l.linkMoney(sm, model.EventID(d.ID, cp, e.Seq))
						continue
					}
				}
			}
		}
		// aid for another theatre goes to no side of the war: "$26
		// billion in support for Israel", "$8 billion for the
		// Indo-Pacific"
		if sm.money != nil && st.elsewhereAfter(l, sm.money) {
			continue
		}
		// a request without an amount is made to a legislature;
		// "requested approval to export" asks a supplier, not for aid
		if sm.money == nil && sm.kind == KindRequest && !st.legislature(cs, ce) {
			continue
		}
		// an arrival elsewhere is no delivery to a side of the war: "a
		// battalion had arrived in Germany for training"
		if sm.money == nil && sm.kind == KindDelivery && l.arrivesElsewhere(st, sm) {
			continue
		}
		// troops and forces count only on a side of the war: "troops
		// stationed in Russia", not "forces stationed in Estonia"
		if sm.money == nil && sm.kind == KindOther && !st.namesParty(l, cs, ce) {
			continue
		}
		narrated := false
		strong := sm.trig >= 0 && l.data.triggers[st.trig[sm.trig].idx].strength >= 3
		// a passive with no agent names no giver of its own: see below
		strongActive := strong && !st.passive(st.trig[sm.trig].from)
		pronoun := len(st.toks) > 0 && (st.markAt(markPronoun, 0) && !st.expletive() || st.markAt(markPronoun, st.afterOpeningDate()))
		// "the state budget received about USD 9 billion in external
		// financing": all lenders together, not the story's giver
		ext := sm.money != nil && pooled(t, sm.money)
		if len(ds) == 0 && group == "" && !ext && nar.speaker != nil && st.firstPerson(cs, sm) && !inQuotation(t, st.s.Start) &&
			(sm.money != nil || len(st.itemsIn(cs, ce)) > 0 || sm.trig >= 0 && l.data.triggers[st.trig[sm.trig].idx].strength >= 2) {
			// "we decided to send 40 Marder infantry fighting vehicles" in
			// the Chancellor's statement: the speaker's country gives what
			// it names or gives outright (not "we support the creation of
			// a fund")
			ds, narrated, how = append(ds, nar.speaker), true, "document"
		}
		if len(ds) == 0 && group == "" && !ext && pronoun && before != nil {
			// "South Korea maintains a policy ... It initially provided
			// $10 million": the pronoun is the subject before
			if g := l.subject(before, t); g != nil {
				ds, narrated, how = g.entries, true, "pronoun"
			}
		}
		if len(ds) == 0 && group == "" && !ext && sm.money != nil {
			// "the $400-million aid announcement was clarified": an
			// amount named with a definite article was told of before,
			// and its donor is that event's
			if e := antecedent(st, sm.money, earlier, nar.heads, t); e != nil {
				if ent, ok := l.gaz.Lookup(e.Donor); ok {
					ds, narrated, how = append(ds, ent), true, "antecedent"
				}
			}
		}
		if len(ds) == 0 && group == "" && !ext && nar.last >= 0 && (sm.money != nil || strong || pronoun || l.counted(st, sm) || st.trains(sm)) && st.s.Index-nar.sentence <= 3 {
			// an amount goes on the story of the packages told of, not
			// of an aside beside them ("to supplement the UK's past
			// contributions")
			sized := sm.money != nil && slices.ContainsFunc(nar.donors, func(e model.Event) bool { return e.HasAmount || e.Package != "" })
			// counted materiel alone, or a passive with no agent, goes on
			// a giving told of, not on a tally: after "the US had
			// provided $10.7 billion by August", "800 combat drones ...
			// were transferred to Ukraine through Poland" names no giver
			// ("The North delivered the shipments" after a tally does)
			countedOnly := sm.money == nil && !pronoun && !strongActive
			for _, e := range nar.donors {
				if sized && !e.HasAmount && e.Package == "" || countedOnly && e.Kind == KindTotal {
					continue
				}
				if e.Donor != "" {
					if ent, ok := l.gaz.Lookup(e.Donor); ok && !containsEntry(ds, ent) {
						ds = append(ds, ent)
					}
				}
			}
			if narrated = len(ds) > 0; narrated {
				how = "narrative"
			}
		}
		if len(ds) == 0 && group == "" && !ext && sm.money != nil && before != nil {
			// no event close before: an amount with nobody named is the
			// donor's the sentence before names ("The EPF was established
			// in 2021. Under its first tranche, EUR 450 million was
			// allocated")
			if g := l.subject(before, t); g != nil {
				ds, narrated, how = g.entries, true, "previous"
			}
		}
		if sole := nar.soleGiver(); len(ds) == 0 && group == "" && !ext && sole != "" && (sm.money != nil || strongActive || st.trains(sm)) {
			// a document that has named one giver only, a government's
			// release, goes on naming it: "In 2025, the allocation to
			// the support programme is to be at least NOK 35 billion"
			// (a passive with no agent names none, as above)
			if ent, ok := l.gaz.Lookup(sole); ok {
				ds, narrated, how = append(ds, ent), true, "document"
			}
		}
		if len(ds) == 0 && group == "" && !ext && st.isItem() && (sm.money != nil || l.counted(st, sm)) {
			// an entry of a list under a giver's heading is that giver's:
			// "Denmark" over "- 2,700 M72 LAW anti-tank weapons, sent in
			// late February 2022."
			if ent := l.headingDonor(t, nar.heads, st.s.Start); ent != nil {
				ds, narrated, how = append(ds, ent), true, "heading"
			}
		}
		if len(ds) == 0 && group == "" && sm.money == nil {
			// a trigger with nobody doing it: only a strong statement
			// ("were en route to Ukraine") stands on its own
			if sm.trig < 0 || l.data.triggers[st.trig[sm.trig].idx].strength < 3 {
				continue
			}
		}
		if sm.money == nil && (len(ds) == 0 && group == "" || how == "narrative") && sm.trig >= 0 &&
			tally(l.data.triggers[st.trig[sm.trig].idx]) && len(st.itemsIn(sm.from, sm.to)) == 0 {
			// a tally word alone, of nothing, by nobody the sentence
			// names, states no aid: "So far, the war has uprooted more
			// than 12.7 million people", "the total number of people in
			// need has reached 15.7 million"
			continue
		}
		if sm.money == nil && l.partOfAmount(st, stmts, k, ds, how) {
			continue
		}
		// a header that introduces a list without naming a package
		// ("Nine countries pledged support:") leaves the events to the
		// items of its list
		if sm.money == nil && header && !l.namesPackage(st, sm) {
			continue
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
		if sm.trig >= 0 && l.data.triggers[st.trig[sm.trig].idx].strength == 1 && len(nar.donors) > 0 && st.s.Index-nar.sentence <= 2 && st.restates() {
			// "This is the first tranche from the European Union" after
			// "the state budget has received €3 billion": what the
			// sentence names is the last event's, and so is its kind
			base.Kind = nar.donors[0].Kind
		}
		listItem := nar.listKind != "" && nar.listOpen && isListItem(d.View.Text[st.s.Start:st.s.End])
		if listItem && sm.trig < 0 {
			base.Kind = nar.listKind
		}
		if sm.money == nil && sm.kind == KindApproval && st.s.Index-nar.sentence <= 2 {
			// "After the Senate approved the legislation, Biden signed it
			// into law": the bill's amount is that of the request or
			// approval just before
			inheritAmount(&base, nar.donors)
		}
		base.Date = l.dateFor(d, st, stmts, k, allDates, nar.heads)
		aid, byMeans := l.aidType(st, sm)
		base.AidType = aid
		if base.AidType == AidUnspecified && listItem && nar.listAid != "" {
			base.AidType = nar.listAid
		}
		if base.AidType == AidUnspecified && sm.money != nil && after != nil && after.describes() {
			// a sum named bare is what the next sentence says it buys:
			// "Today I can also announce a new £150 million package. It
			// will fund drones, air defence and tanks"
			base.AidType, _ = l.aidType(after, &statement{pos: after.s.Start, trig: -1})
		}
		if base.AidType == AidUnspecified && narrated {
			// a sentence that goes on the story's giver goes on its aid:
			// "The total value of the support package is approximately
			// SEK 3.4 billion" after Sweden's military package
			base.AidType = storyAid(nar.donors, ds)
		}
		legislated := sm.kind == KindApproval || sm.kind == KindRequest ||
			sm.trig >= 0 && l.data.triggers[st.trig[sm.trig].idx].kind == KindApproval && st.legislature(cs, ce) // "In 2022, Congress approved more than $112 billion": a tally of bills
		if (base.AidType == AidUnspecified || byMeans && nar.aid == AidMilitary) && !legislated &&
			nar.aid != "" && nar.aid != AidUnspecified && st.s.Index-nar.aidAt <= storyAidSentences && !headingBetween(nar.heads, nar.aidPos, st.s.Start) {
			// a sentence that names no kind of aid goes on the story's:
			// "Denmark is contributing about $90 million" in a report on
			// a plan to send US-made weapons; so does one that only says
			// the aid is paid for, in a story of weapons ("the first
			// country to finance a €500 million package"; "finance
			// business initiatives" after humanitarian aid stays
			// financial). A bill's is its own, and a tally of
			// bills': a legislature votes on many kinds at once.
			base.AidType = nar.aid
		}
		base.Package = l.packageFor(st, sm, t)
		if toRussia {
			base.Recipient = "Russia"
		}
		ri := 0 // "events/amount"
		if sm.trig >= 0 {
			ri = 1 + st.trig[sm.trig].idx
		}
		base.Rule = l.ruleOf(ri, how)
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

		if sm.money != nil && amounts > 1 {
			if len(ds) == amounts {
				ds = ds[nth : nth+1]
			}
			nth++
		}
		first := len(rows)
		if len(ds) == 0 {
			e := base
			e.DonorGroup = group
			rows = append(rows, built{ev: e, first: first})
		}
		for _, ent := range ds {
			e := base
			e.Donor, e.DonorCode = ent.Canonical, ent.Code
			if !l.mayRun(ent, e.Package) {
				// "the $3 billion USAI package and the $3 billion
				// World Bank package": the World Bank's is no USAI
				e.Package = ""
			}
			if to, ok := l.data.suppliers[ent.Canonical]; ok {
				e.Recipient = to
			}
			if aid := l.data.specialists[ent.Canonical]; aid != "" && e.AidType == AidUnspecified {
				e.AidType = aid
			}
			rows = append(rows, built{ev: e, first: first})
		}
		// link the amount and the materiel of the segment; the id is built
		// only when something takes it
		id := ""
		if sm.money != nil {
			id = model.EventID(d.ID, st.charStart(), first)
			l.linkMoney(sm, id)
			lastFirst = first
		}
		n := 0
		from := sm.from
		if sm.money == nil && lastFirst >= 0 {
			// a bare act after a package in the same sentence takes
			// what follows it: in "a $775 million package that included
			// ...; 16 howitzers ... to supplement the UK's past
			// contributions" the howitzers are the package's
			from = max(from, sm.pos)
		}
		for _, m := range st.itemsIn(from, sm.to) {
			if m.Materiel.EventID != "" {
				continue
			}
			if id == "" {
				id = model.EventID(d.ID, st.charStart(), first)
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
		id := ""
		for _, m := range st.items {
			if m.Materiel.EventID == "" {
				if id == "" {
					id = model.EventID(d.ID, st.charStart(), 0)
				}
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

// subject is the first named donor of a sentence that does not stand as
// a receiver; nil when there is none.
func (l *Linker) subject(st *sentence, t string) *coord {
	for _, g := range l.coordinated(st, t) {
		if len(g.entries) == 0 || l.objectPosition(st, g) {
			continue
		}
		if g.from > 0 {
			switch st.toks[g.from-1].low {
			case "from", "of", "by", "with", "for", "on":
				continue // "The package, drawn from U.S. stockpiles"
			}
		}
		return &g
	}
	return nil
}

// partOfAmount reports whether a statement without an amount restates an
// amount statement of its sentence: the same donors ("the US provided
// Patriot systems ...; this is the 42nd drawdown, up to $800 million"), or
// donors it only borrows from elsewhere in the sentence.
func (l *Linker) partOfAmount(st *sentence, stmts []statement, k int, ds []*donors.Entry, how string) bool {
	amounts := false
	for j := range stmts {
		if j != k && stmts[j].money != nil && stmts[j].money.Money.Role == "new" {
			amounts = true
		}
	}
	if !amounts {
		return false
	}
	switch how {
	case "before", "from", "pronoun":
	default:
		return true
	}
	sm := &stmts[k]
	if sm.trig >= 0 && l.data.triggers[st.trig[sm.trig].idx].strength >= 3 {
		return false // an arrival stands apart from the package that pays for it
	}
	if sm.trig >= 0 && st.laterAct(st.trig[sm.trig]) {
		return false // "and later donated 10 ambulances"
	}
	for j := range stmts {
		if j == k || stmts[j].money == nil || stmts[j].money.Money.Role != "new" {
			continue
		}
		cs, ce := st.clauseOf(stmts[j].pos)
		other, _, _ := l.donorsFor(st, &stmts[j], cs, ce, st.text)
		same := len(other) == len(ds) && len(ds) > 0
		for _, e := range ds {
			if !containsEntry(other, e) {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return false
}

// namesPackage reports whether a package or materiel is named in the
// statement's segment.
func (l *Linker) namesPackage(st *sentence, sm *statement) bool {
	for _, h := range st.pkgs {
		if p := st.toks[h.from].start; p >= sm.from && p < sm.to {
			return true
		}
	}
	for _, h := range st.marks[markPackage] {
		if p := st.toks[h.from].start; p >= sm.from && p < sm.to {
			return true
		}
	}
	for _, m := range st.items {
		if m.Start >= sm.from && m.Start < sm.to {
			return true
		}
	}
	return false
}

// smaller reports whether amount a is less than amount b: a part is less
// than its whole ("the eighth tranche, also worth EUR 500 million" after
// "tranches of EUR 500 million each" is no part of them).
func smaller(a, b *model.Money) bool {
	if a.Currency == b.Currency {
		return a.Value < b.Value
	}
	return a.HasUSD && b.HasUSD && a.ValueUSD < b.ValueUSD
}

// linkMoney gives a statement's amount (and its bracketed pair) an event id.
func (l *Linker) linkMoney(sm *statement, id string) {
	sm.money.Money.EventID = id
	if sm.partner != nil {
		sm.partner.Money.EventID = id
	}
	if sm.third != nil {
		sm.third.Money.EventID = id
	}
}

// absorb hands the amount of a sentence that opens by naming the last
// package ("The package is worth up to $325 million") to the events of
// that package: when none of them has an amount, they take this one; when
// they have one and the sentence lists contents ("The package consists of
// EUR 5.3 million ... and EUR 4.3 million"), the amount is a part of it.
// It reports whether the amount was absorbed.
func (l *Linker) absorb(st *sentence, sm *statement, prev []model.Event, prevID string) bool {
	withAmount := 0
	for _, e := range prev {
		if e.HasAmount {
			withAmount++
		}
	}
	if withAmount == 0 {
		mo := sm.money.Money
		for i := range prev {
			e := &prev[i]
			e.HasAmount, e.Amount, e.Currency, e.Qualifier = true, mo.Value, mo.Currency, mo.Qualifier
			e.HasUSD, e.AmountUSD = mo.HasUSD, mo.ValueUSD
			if !e.HasUSD && sm.partner != nil && sm.partner.Money.HasUSD {
				e.HasUSD, e.AmountUSD = true, sm.partner.Money.ValueUSD
			}
		}
		l.linkMoney(sm, prevID)
		return true
	}
	for _, h := range st.trig {
		if l.data.triggers[h.idx].kind == kindContents && st.toks[h.from].start < sm.pos {
			l.linkMoney(sm, prevID)
			return true
		}
	}
	return false
}

// inheritAmount gives an approval without an amount the amount of the
// request or approval of the sentence before, when it names exactly one.
func inheritAmount(e *model.Event, before []model.Event) {
	var from *model.Event
	for i := range before {
		b := &before[i]
		if !b.HasAmount || b.Kind != KindApproval && b.Kind != KindRequest {
			continue
		}
		if from != nil && (from.Amount != b.Amount || from.Currency != b.Currency) {
			return
		}
		from = b
	}
	if from != nil {
		e.HasAmount, e.Amount, e.Currency, e.Qualifier = true, from.Amount, from.Currency, from.Qualifier
		e.HasUSD, e.AmountUSD = from.HasUSD, from.AmountUSD
	}
}

// donorIn reports whether a donor or a collective donor is named in the
// byte span [from, to).
func (st *sentence) donorIn(l *Linker, from, to int, t string) bool {
	for _, g := range l.coordinated(st, t) {
		if p := st.toks[g.from].start; p >= from && p < to {
			return true
		}
	}
	return false
}

// arrivesElsewhere reports whether the statement's trigger is followed by
// "in", "at" or "to" and a state that is no side of the war, and aid "to"
// or "for" a side is not named before it: "India's humanitarian aid to
// Ukraine was sent to Romania" passes through.
func (l *Linker) arrivesElsewhere(st *sentence, sm *statement) bool {
	if sm.trig < 0 {
		return false
	}
	i := st.trig[sm.trig].to
	if i >= len(st.toks) || strings.HasPrefix(st.toks[i-1].low, "train") {
		// training is given where it is held: "have completed basic
		// combat training in the United Kingdom"
		return false
	}
	switch st.toks[i].low {
	case "in", "at", "to":
	default:
		return false
	}
	for _, a := range st.actors {
		if a.from >= st.trig[sm.trig].from {
			break
		}
		if a.entry != nil && l.data.recipients[a.entry.Canonical] && st.toks[a.from].start >= sm.from && a.from > 0 {
			if w := st.toks[a.from-1].low; w == "to" || w == "for" {
				return false
			}
		}
	}
	for _, a := range st.actors {
		if a.from == i+1 || a.from == i+2 && st.toks[i+1].low == "the" {
			return a.entry != nil && !l.data.recipients[a.entry.Canonical]
		}
	}
	return false
}

// namesParty reports whether a side of the war (parties.tsv) is named in
// the byte span [from, to).
func (st *sentence) namesParty(l *Linker, from, to int) bool {
	for _, a := range st.actors {
		if a.entry != nil && l.data.recipients[a.entry.Canonical] && st.toks[a.from].start >= from && st.toks[a.from].start < to {
			return true
		}
	}
	return false
}

// inList reports whether actor k continues a list of actors ("Germany,
// the Netherlands, and Denmark"): another actor ends right before it with
// only commas, "and", "or" and "the" between. Only the nearest actor
// before it can: the gap after an earlier one holds that actor's words.
func (st *sentence) inList(k int, t string) bool {
	a := st.actors[k]
	for j := k - 1; j >= 0; j-- {
		b := st.actors[j]
		if b.to > a.from || b.to == 0 {
			continue
		}
		gap := strings.ToLower(t[st.toks[b.to-1].end:st.toks[a.from].start])
		for w := range strings.FieldsFuncSeq(gap, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
			if w != "and" && w != "or" && w != "the" {
				return false
			}
		}
		return true
	}
	return false
}

// receiverBefore reports whether the actor before actor k, joined to it by
// ", and", receives: "Iran has transferred missiles to Russia, and Moscow
// is likely to use them" starts a clause at Moscow, not a list.
func (st *sentence) receiverBefore(k int, t string) bool {
	if k == 0 {
		return false
	}
	a, b := st.actors[k], st.actors[k-1]
	if b.from == 0 || b.to > a.from || !strings.Contains(t[st.toks[b.to-1].end:st.toks[a.from].start], ",") {
		return false
	}
	j := b.from - 1
	if st.toks[j].low == "the" && j > 0 {
		j--
	}
	switch st.toks[j].low {
	case "to", "for", "from", "into", "with":
		return true
	}
	return false
}

// parts splits the clause [cs, ce) where a new actor takes up a new verb:
// an actor after a trigger, joined by a comma, "and", "while" or "but",
// not in receiver position, with a trigger at most three tokens after it.
// It returns the byte offsets where the parts start.
func (l *Linker) parts(st *sentence, cs, ce int, t string) []int {
	return l.partsInto(nil, st, cs, ce, t)
}

// partsInto is parts, appended to out.
func (l *Linker) partsInto(out []int, st *sentence, cs, ce int, t string) []int {
	out = append(out, cs)
	for ai, a := range st.actors {
		as := st.toks[a.from].start
		if as <= cs || as >= ce || a.from == 0 {
			continue
		}
		if !st.anyTrigger(l, out[len(out)-1], as) && !st.itemAt(a.to) {
			continue
		}
		// the first trigger at most three tokens after the actor: the
		// triggers are in token order
		// (a date between them does not count: "Romania agreed on June 20
		// to donate")
		next := -1
		if k := sort.Search(len(st.trig), func(k int) bool { return st.trig[k].from >= a.to }); k < len(st.trig) {
			if h := st.trig[k]; h.from <= a.to+3+st.dateToks(a.to, h.from) && st.toks[h.from].start < ce {
				next = k
			}
		}
		if next < 0 && !st.itemAt(a.to) {
			continue
		}
		if next >= 0 && l.data.triggers[st.trig[next].idx].kind == kindContents {
			continue
		}
		switch st.toks[a.from-1].low {
		case "to", "in", "at", "into", "from", "of", "for", "with", "by", "against", "via":
			continue
		}
		if st.inList(ai, t) && (next >= 0 || !st.itemAt(a.to)) && !(next >= 0 && st.receiverBefore(ai, t)) {
			continue
		}
		before := a.from - 1
		if st.toks[before].low == "the" && before > 0 {
			before-- // "and the Netherlands"
		}
		joined := st.joinsAt(before, out[len(out)-1], t)
		if j := st.dateEndingAt(before); !joined && j > 0 && st.joinsAt(j-1, out[len(out)-1], t) {
			// "and in February Canada sent": the part opens with its date
			joined, as = true, st.toks[j].start
		}
		if joined && as > out[len(out)-1] {
			out = append(out, as)
		}
	}
	return l.verbParts(out, st, cs, ce)
}

// verbParts adds to the parts of clause [cs, ce) those where the same giver
// takes up an act of another kind after "and": "Taiwan pledged US$3
// million to Kyiv, and later donated 10 ambulances to Lviv" is a pledge
// and a delivery. The act before must have an object ("pledged and
// delivered" is one act), and the verb must follow "and" closely; two acts
// of one kind are two only when one comes later.
func (l *Linker) verbParts(out []int, st *sentence, cs, ce int) []int {
	n := len(out)
	for k, h := range st.trig {
		hs := st.toks[h.from].start
		if hs <= cs || hs >= ce || h.from < 2 {
			continue
		}
		kind := l.data.triggers[h.idx].kind
		if kind == kindNone || kind == kindContents {
			continue
		}
		and, later, aux := st.andLead(h)
		if and < 1 || st.toks[and].start <= cs || st.toks[h.from].low == "to" {
			continue // "and to buy" is a purpose
		}
		// the act before: a trigger of another kind in the same clause,
		// ending at least two words before "and"
		before := -1
		for j := k - 1; j >= 0; j-- {
			if st.toks[st.trig[j].from].start <= cs {
				break
			}
			// (a denial before is an act of its own: "condemning the
			// invasion and supplying Ukraine with drones")
			if kb := l.data.triggers[st.trig[j].idx].kind; kb != kindContents {
				before = j
				break
			}
		}
		if before < 0 || st.trig[before].to+2 > and || l.data.triggers[st.trig[before].idx].kind == kind && !later {
			continue
		}
		if w := st.toks[h.from].low; !aux && nounLike(w) &&
			!(strings.HasSuffix(w, "ing") && (st.toks[and].low == "while" || strings.HasSuffix(st.toks[st.trig[before].from].low, "ing"))) {
			// "and contributions to international organisations", "and
			// training continues" name no act; "condemning the invasion
			// and supplying Ukraine", "while providing aid" do
			continue
		}
		if p := st.toks[and].start; p > out[len(out)-1] {
			out = append(out, p)
		}
	}
	if len(out) > n {
		slices.Sort(out)
		out = slices.Compact(out)
	}
	return out
}

// andLead finds "and" (or "while") at most two words before trigger h,
// with only adverbs of time and auxiliaries between ("and later donated",
// "and has since delivered"): its token index, or -1, and whether an
// adverb that puts the act later, or an auxiliary, stands between.
//
// A date may stand between too, and a pronoun for the giver: "and on 7
// June it added two more", "and in the autumn it donated"; the date puts
// the act later.
func (st *sentence) andLead(h hit) (and int, later, aux bool) {
	subject := false
	for j, n := h.from-1, 0; j >= 0 && n < 3; j-- {
		w := st.toks[j].low
		if w == "and" || w == "while" {
			if later && j > 0 && st.dateEndingAt(j-1) >= 0 && !strings.Contains(st.text[st.toks[j-1].end:st.toks[j].start], ",") {
				break // "in September and December 2022 provided"
			}
			return j, later, aux
		}
		if k := st.dateEndingAt(j); k > 0 {
			j, later = k, true
			continue
		}
		switch {
		case (w == "it" || w == "they") && !subject && !later:
			subject = true
		case !verbLead(w):
			return -1, false, false
		default:
			later = later || afterwards(w)
			aux = aux || !afterwards(w)
		}
		n++
	}
	return -1, false, false
}

// laterAct reports whether trigger h follows "and" and an adverb that puts
// its act after the one before: "and later donated".
func (st *sentence) laterAct(h hit) bool {
	and, later, _ := st.andLead(h)
	return and >= 0 && st.toks[and].low == "and" && later
}

// nounLike reports whether trigger word w reads as a noun or a gerund
// when no auxiliary comes before it.
func nounLike(w string) bool {
	for _, suf := range [...]string{"ion", "ions", "ment", "ments", "ance", "ances", "ing", "ies", "ery", "age", "ages"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	switch w {
	case "aid", "support", "help", "donations", "pledges", "funds", "funding", "loans", "grants":
		return true
	}
	return false
}

// afterwards reports whether w puts an act after the one before it, so
// that two acts of one kind are two: "pledged $3 million, and later
// donated 10 ambulances".
func afterwards(w string) bool {
	switch w {
	case "later", "then", "subsequently", "thereafter", "afterwards":
		return true
	}
	return false
}

// verbLead reports whether w may stand between "and" and the verb of a new
// act: an adverb of time or an auxiliary.
func verbLead(w string) bool {
	switch w {
	case "later", "then", "subsequently", "since", "also", "has", "have", "had", "will", "would", "is", "was", "were", "are", "soon", "thereafter", "afterwards":
		return true
	}
	return false
}

// itemAt reports whether a counted item starts at token k.
func (st *sentence) itemAt(k int) bool {
	if k < 0 || k >= len(st.toks) {
		return false
	}
	p := st.toks[k].start
	for _, m := range st.items {
		if m.Start == p {
			return true
		}
	}
	return false
}

// gappedAt reports whether an actor starts at byte offset pos with a
// counted item right after it: a giver whose verb is left out.
func (st *sentence) gappedAt(pos int) bool {
	for _, a := range st.actors {
		if st.toks[a.from].start == pos {
			return st.itemAt(a.to)
		}
	}
	return false
}

// itemFrom returns the start of the first counted item at or after byte
// offset pos.
func (st *sentence) itemFrom(pos int) int {
	best := -1
	for _, m := range st.items {
		if m.Start >= pos && (best < 0 || m.Start < best) {
			best = m.Start
		}
	}
	return best
}

// actorIn reports whether an actor starts in the byte span [from, to).
func (st *sentence) actorIn(from, to int) bool {
	for _, a := range st.actors {
		if p := st.toks[a.from].start; p >= from && p < to {
			return true
		}
	}
	return false
}

// dateToks counts the tokens in [from, to) that belong to a date: the
// date's own and a preposition just before it ("on June 20").
func (st *sentence) dateToks(from, to int) int {
	n := 0
	for _, m := range st.dates {
		if m.End <= st.toks[from].start || m.Start >= st.toks[to-1].end {
			continue
		}
		for j := from; j < to; j++ {
			if tk := st.toks[j]; tk.start >= m.Start && tk.end <= m.End {
				n++
			} else if j+1 < to && st.toks[j+1].start >= m.Start && tk.end <= m.Start {
				switch tk.low {
				case "on", "in", "at", "by":
					n++
				}
			}
		}
	}
	return n
}

// joinsAt reports whether token i joins a new part of a clause to the one
// that starts at byte from: a comma after it, or a joining word.
func (st *sentence) joinsAt(i, from int, t string) bool {
	switch st.toks[i].low {
	case "and", "while", "whereas", "but":
		return true
	case "that":
		// a relative clause with the only giver: "the money will pay
		// for the jets that Denmark agreed to donate" (not "the
		// Pentagon announced that the Department of Defense will buy")
		return !st.actorIn(from, st.toks[i].start)
	}
	return strings.Contains(t[st.toks[i].end:st.toks[i+1].start], ",")
}

// dateEndingAt returns the index of the first token of a date that ends
// with token i, with its preposition ("in February"), or -1.
func (st *sentence) dateEndingAt(i int) int {
	end := st.toks[i].end
	for _, m := range st.dates {
		if m.End != end {
			continue
		}
		j := st.tokAt(m.Start)
		if j > 0 {
			switch st.toks[j-1].low {
			case "on", "in", "at", "by":
				j--
			}
		}
		return j
	}
	return -1
}

func containsEntry(es []*donors.Entry, e *donors.Entry) bool {
	for _, x := range es {
		if x.Canonical == e.Canonical {
			return true
		}
	}
	return false
}

// enacts reports whether trigger k names a law being made ("signed ...
// into law", "signs ... bill"): only a legislature's act is one.
func (l *Linker) enacts(st *sentence, k int) bool {
	if k < 0 {
		return false
	}
	for _, pt := range l.data.triggers[st.trig[k].idx].phrase.toks {
		if pt == "law" || pt == "bill" || pt == "act" || strings.HasPrefix(pt, "enact") {
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
	lo, hi := st.hitsIn(st.trig, from, to)
	for k := lo; k < hi; k++ {
		h := st.trig[k]
		if st.toks[h.to-1].end > to {
			continue
		}
		tr := l.data.triggers[h.idx]
		if tr.kind == kindContents || forMoney && tr.kind == KindTotal {
			continue
		}
		if !forMoney && st.markAt(markHabit, h.from) && len(st.itemsIn(from, to)) == 0 && !st.namesParty(l, from, to) {
			// the present of habit states an act only beside an amount,
			// counted materiel or a side of the war: "Poland sends more
			// than 200 T-72 tanks", not "every year, the United States
			// sends billions of dollars in aid"
			continue
		}
		if !forMoney && tr.strength <= 2 && st.modifies(h) && len(st.itemsIn(from, to)) == 0 && !st.moneyIn(from, to) {
			// a participle after its noun names what was given, it does
			// not give: "defense articles provided to Ukraine", "the
			// value of donated equipment", "Military Aid Provided to
			// Ukraine" in a report's title
			continue
		}
		if tr.kind == KindApproval && st.passesSum(h) {
			// a sum passed is a mark reached, not a bill passed: "The
			// Government Pension Fund Global passed NOK 12,400 billion"
			continue
		}
		if best >= 0 && (tr.kind == kindNone || tr.kind == KindRequest) && st.asideVerb(h) {
			// what another party hopes or seeks in an aside is not what
			// the clause before does: "Germany will send Leopard 2 tanks
			// ..., ending weeks of hesitation over a decision that Kyiv
			// hopes will help", "France would send Ukraine 40 more SCALP
			// missiles, as Paris seeks to reassure Kyiv"
			continue
		}
		// the stronger wins; on a tie the first, or the longer of two
		// starting together ("agreed to purchase" over "agreed to")
		if tr.strength > bs || tr.strength == bs && best >= 0 && h.from == st.trig[best].from && h.to > st.trig[best].to {
			best, bs = k, tr.strength
		}
	}
	return best
}

// asideVerb reports whether trigger h is the verb of a name that a
// subordinating word opens a clause with: "that Kyiv hopes", "as Paris
// seeks".
func (st *sentence) asideVerb(h hit) bool {
	k := h.from
	if k < 2 {
		return false
	}
	switch st.toks[k-2].low {
	case "as", "that", "which", "while", "because", "since", "where":
	default:
		return false
	}
	c := st.text[st.toks[k-1].start]
	return 'A' <= c && c <= 'Z'
}

// modifies reports whether the one-word trigger h is a participle that
// follows its noun and opens a phrase: "articles provided to Ukraine",
// "deliveries financed from the title", not "the allies provided tanks"
// nor "were provided to".
func (st *sentence) modifies(h hit) bool {
	k := h.from
	// near the start of a sentence the noun is its subject, and the
	// participle its verb: "The troops trained for two months"
	if h.to != k+1 || k <= 3 || k+1 >= len(st.toks) || !strings.HasSuffix(st.toks[k].low, "ed") {
		return false
	}
	// (not "by", which names the giver: "tanks donated by Canada")
	switch st.toks[k+1].low {
	case "to", "under", "from", "through", "for", "in":
	default:
		return false
	}
	prev := st.toks[k-1]
	if st.text[prev.end:st.toks[k].start] != " " || !isNounLike(prev.low) {
		return false
	}
	for _, a := range st.actors {
		if k-1 >= a.from && k-1 < a.to {
			return false
		}
	}
	// a counted noun is what the act is of: "a target of 60,000 soldiers
	// trained by the end of October"
	for j := max(0, k-3); j < k; j++ {
		if w := st.toks[j].low; w != "" && isDigit(w[0]) {
			return false
		}
	}
	return true
}

// isNounLike reports whether a lower-case word can end a noun phrase that
// a participle modifies: not an auxiliary, a pronoun or an adverb (a number
// is left to modifies, which looks for one in the words before).
func isNounLike(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "get", "got",
		"it", "they", "them", "we", "he", "she", "who", "which", "that",
		"also", "already", "recently", "previously", "jointly", "not", "and", "or":
		return false
	}
	return !strings.HasSuffix(w, "ly")
}

// moneyIn reports whether an amount starts in the byte span [from, to).
func (st *sentence) moneyIn(from, to int) bool {
	for _, m := range st.money {
		if m.Start >= from && m.Start < to {
			return true
		}
	}
	return false
}

// passesSum reports whether the trigger h is followed at once by an amount
// that is no aid (role other).
func (st *sentence) passesSum(h hit) bool {
	end := st.toks[h.to-1].end
	for _, m := range st.money {
		if m.Start >= end {
			return m.Money.Role == "other" && strings.TrimSpace(st.text[end:m.Start]) == ""
		}
	}
	return false
}

// moneyKind is the kind of an amount's statement: a cumulative amount is a
// total; a new one takes its trigger's kind, a weak delivery verb being
// the announcement of a package.
func (l *Linker) moneyKind(st *sentence, sm *statement) string {
	if sm.money.Money.Role == "total" {
		if sm.trig >= 0 && st.toks[st.trig[sm.trig].from].start < sm.pos {
			if tr := l.data.triggers[st.trig[sm.trig].idx]; tr.kind == KindRequest && tr.strength >= 3 {
				// a sum asked for, however it is summed: "issued an
				// urgent appeal for a total of USD4.2 billion"
				return KindRequest
			}
		}
		// a perfect tense alone ("Germany has pledged $1.4 billion", "had
		// allocated $400 million") announces a package; a cumulative word
		// or "has provided" sums up
		if h := l.nearestBefore(st, sm); h >= 0 && !l.cumulative(st, sm) {
			tk := st.trig[h]
			if tr := l.data.triggers[tk.idx]; tr.kind == KindPledge && tr.strength >= 2 && tk.from > 0 {
				switch st.toks[tk.from-1].low {
				case "has", "have", "had":
					return KindPledge
				}
			}
		}
		return KindTotal
	}
	if l.paidAfter(st, sm) || paidBefore(st, sm) {
		return KindDelivery
	}
	if sm.trig < 0 {
		return KindPledge
	}
	tr := l.data.triggers[st.trig[sm.trig].idx]
	switch {
	case tr.kind == KindDelivery && tr.strength < 3 && !strings.HasPrefix(tr.phrase.text, "receiv") && !l.sentWorth(st, sm, tr):
		// "received €4.2 billion from the EU" reports a receipt; a
		// giver's weak verb with a new amount announces a package
		return KindPledge
	case tr.kind == KindOther && tr.strength < 4:
		// a strong other is news about aid whatever its amount: "stopped
		// the transfer of $3.85 billion"
		return KindPledge
	}
	return tr.kind
}

// sentWorth reports whether the statement's amount is the worth of goods
// a past verb of shipping moved: "the Czech Republic sent Ukraine
// ammunition worth 188 million crowns" tells of a shipment, where "the
// drawdown provided $725 million" announces a package.
func (l *Linker) sentWorth(st *sentence, sm *statement, tr trigger) bool {
	// "sent $5 million worth of ammunition"
	worthOf := sm.money != nil && words.HasPrefixFold(st.text[min(sm.money.End, len(st.text)):], " worth of ")
	switch tr.phrase.text {
	case "sent", "shipped", "gave", "gifted", "supplied":
	case "provid*":
		// "Seoul provided Kiev with $10 million worth of assistance,
		// including helmets, tents, blankets": goods, not a package
		return worthOf && sm.trig >= 0 && st.toks[st.trig[sm.trig].from].low == "provided"
	default:
		return false
	}
	if worthOf {
		return true
	}
	before := strings.ToLower(strings.TrimRight(st.text[max(sm.from, sm.pos-40):sm.pos], " "))
	for _, q := range worthQualifiers {
		if w, ok := strings.CutSuffix(before, " "+q); ok {
			before = strings.TrimRight(w, " ")
			break
		}
	}
	for _, w := range [...]string{"worth", "valued at"} {
		if b, ok := strings.CutSuffix(before, w); ok && (b == "" || b[len(b)-1] == ' ') {
			return true
		}
	}
	return false
}

// worthQualifiers may stand between "worth" and its amount.
var worthQualifiers = [...]string{"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over", "more than", "up to"}

// paidBefore reports whether the amount of sm is the object of "paid":
// "the Commission today paid €4.1 billion to Ukraine" (not "a loan paid
// by", which the amount does not follow).
func paidBefore(st *sentence, sm *statement) bool {
	lead := strings.TrimRight(st.text[max(0, sm.money.Start-12):sm.money.Start], " ")
	return strings.HasSuffix(lead, " paid") || strings.HasSuffix(lead, " paid out")
}

// paidAfter reports whether a payment noun follows the statement's amount
// right after it: a sum named as paid out is paid ("nearly $7B
// disbursement", "the €1.8 billion disbursement under the Ukraine
// Facility"); "an annual disbursement of NOK 15 billion" plans one.
func (l *Linker) paidAfter(st *sentence, sm *statement) bool {
	end := sm.money.End
	for _, h := range st.trig {
		p := st.toks[h.from].start
		if p < end {
			continue
		}
		if strings.TrimSpace(st.text[end:p]) != "" {
			return false
		}
		switch l.data.triggers[h.idx].phrase.text {
		case "disbursement", "disbursements":
			return true
		}
		return false
	}
	return false
}

// nearestBefore returns the index in st.trig of the last trigger that
// starts in the statement's segment before its amount; -1 none.
func (l *Linker) nearestBefore(st *sentence, sm *statement) int {
	best := -1
	for k, h := range st.trig {
		if p := st.toks[h.from].start; p >= sm.from && p < sm.pos && l.data.triggers[h.idx].kind != kindContents {
			if best < 0 || h.from > st.trig[best].from {
				best = k
			}
		}
	}
	return best
}

// cumulative reports whether the statement's clause holds a cumulative
// trigger ("totalled", "so far", "has provided") or its sentence a "since"
// date.
func (l *Linker) cumulative(st *sentence, sm *statement) bool {
	cs, ce := st.clauseOf(sm.pos)
	for _, h := range st.trig {
		if p := st.toks[h.from].start; p >= cs && p < ce && l.data.triggers[h.idx].kind == KindTotal {
			return true
		}
	}
	for _, m := range st.dates {
		if m.Date.Modifier == "since" {
			return true
		}
	}
	// what several gave together, however they gave it: "The UK, Canada
	// and Japan have pledged a combined 1 billion euros"
	if k := st.tokAt(sm.pos); k >= 2 && st.toks[k-1].low == "combined" {
		switch st.toks[k-2].low {
		case "a", "the":
			return true
		}
	}
	// "Since the invasion in February 2022, Sweden has allocated": a
	// "since" phrase the dates do not hold
	for i, tk := range st.toks {
		if tk.start >= ce {
			break
		}
		if tk.start >= sm.pos {
			// after the amount, only a "since" of the war's start:
			// "has pledged 27.6 billion euros in military support to
			// Ukraine since the war began"
			if tk.low == "since" && i+2 < len(st.toks) && st.toks[i+1].low == "the" {
				// "since the war began", "since the Russian Federation's
				// invasion started"
				for j := i + 2; j < min(i+6, len(st.toks)); j++ {
					switch st.toks[j].low {
					case "war", "invasion", "start", "beginning", "outbreak", "full-scale", "aggression":
						return true
					}
				}
			}
			continue
		}
		if tk.low == "since" && tk.start >= cs && i+1 < len(st.toks) {
			if i == 0 {
				// a "since" clause that opens the sentence: "Since Russia
				// launched its offensive, Canada has pledged"
				return true
			}
			switch st.toks[i+1].low {
			case "the", "its", "their", "then", "russia's", "moscow's", "it":
				// "since it began in June 2022"
				return true
			}
		}
	}
	return false
}

// donorsFor finds who gives in a statement: a name right after the amount
// ("the $3 billion World Bank package"), a "from X" right after the anchor
// (unless a buyer is named before it: in "X purchased shells from India"
// India sells), else the nearest donors before it in its clause, else the
// donor of the package named ("the USAI security assistance totalled"),
// else the nearest before it in the sentence, else the first donors after
// it in its clause. It returns the named donors (one row each) or the
// words of a collective donor, and how they were found.
func (l *Linker) donorsFor(st *sentence, sm *statement, cs, ce int, t string) ([]*donors.Entry, string, string) {
	groups := l.coordinated(st, t)
	anchorTok := st.tokAt(sm.pos)
	anchorEnd := anchorTok + 1
	if sm.money != nil {
		anchorEnd = st.tokAt(sm.money.End)
		for _, p := range [...]*model.Mention{sm.partner, sm.third} {
			if p != nil && p.End > sm.money.End {
				if e := st.tokAt(p.End); e > anchorEnd {
					anchorEnd = e
				}
			}
		}
		for _, g := range groups {
			// "the $3 billion World Bank package"; not across a comma:
			// in "Sweden allocated €1.1 billion, Denmark €690 million"
			// Denmark gives the next amount
			if g.from == anchorEnd && st.toks[g.from].start < sm.to && attributive(t[sm.money.End:st.toks[g.from].start]) {
				return g.entries, g.group, "attributive"
			}
		}
	} else if sm.trig >= 0 {
		anchorEnd = st.trig[sm.trig].to
	}
	// a buyer named before the anchor in its segment
	buyer := false
	if st.purchase(sm, anchorTok, anchorEnd) {
		// "we purchased a NASAMS for Ukraine from the United States": the
		// speaker buys (see speakerOf)
		buyer = st.firstPerson(cs, sm)
		for _, g := range groups {
			if g.to <= anchorTok && st.toks[g.from].start >= sm.from && st.toks[g.from].start >= cs && !l.objectPosition(st, g) {
				buyer = true
			}
		}
	}
	// "from X" after the anchor, within its segment
	for _, g := range groups {
		if buyer || g.from < anchorEnd || st.toks[g.from].start >= sm.to || g.from-anchorEnd > 12 || l.sells(st, g.from) {
			continue
		}
		k := g.from - 1
		if k-1 >= anchorEnd && st.toks[k].low == "of" && (st.toks[k-1].low == "government" || st.toks[k-1].low == "people") {
			k -= 2 // "from the Government of Finland"
		}
		for k >= anchorEnd && (st.toks[k].low == "the" || st.toks[k].low == "other" || st.toks[k].low == "its") {
			k--
		}
		if k >= anchorEnd && st.toks[k].low == "from" {
			return g.entries, g.group, "from"
		}
		break
	}
	// the agent of a participle right after the amount: "compared with
	// about $106 billion provided by the United States"
	if sm.money != nil && !buyer && anchorEnd+2 < len(st.toks) && st.toks[anchorEnd+1].low == "by" && givenBy(st.toks[anchorEnd].low) {
		for _, g := range groups {
			if g.from < anchorEnd+2 {
				continue
			}
			k := g.from - 1
			for k > anchorEnd+1 && (st.toks[k].low == "the" || st.toks[k].low == "its") {
				k--
			}
			if k == anchorEnd+1 && st.toks[g.from].start < sm.to {
				return g.entries, g.group, "from"
			}
			break
		}
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
			if l.objectPosition(st, g) || inRelative(t, st.s.Start, st.toks[g.from].start, st.toks[g.to-1].end, sm.pos) || st.predicate(g) {
				continue
			}
			if buyer && st.afterFrom(g) {
				// the seller of a purchase: "we purchased a NASAMS from
				// the United States, at a cost of US$406 million"
				continue
			}
			return g.entries, g.group, []string{"before", "sentence"}[pass]
		}
		if e := l.packageDonor(st, sm, pass == 1); e != nil {
			return []*donors.Entry{e}, "", "package"
		}
	}
	// first after, in the clause; not when a side of the war acts right
	// before the anchor ("Russia supplied 45% of EU's gas imports")
	// A passive's agent gives whoever stands before: "Ukrainian soldiers
	// have been trained by the UK".
	passive := anchorEnd < len(st.toks) && st.toks[anchorEnd].low == "by"
	// trainees finish a training they are given: "Ukrainian recruits have
	// completed training in the UK"
	trainee := sm.trig >= 0 && strings.HasPrefix(st.toks[st.trig[sm.trig].to-1].low, "train")
	if !passive && !trainee && st.partyActs(l, cs, anchorTok) {
		return nil, "", "none"
	}
	for _, g := range groups {
		if g.from < anchorEnd || st.toks[g.from].start >= min(ce, sm.to) || l.objectPosition(st, g) {
			continue
		}
		return g.entries, g.group, "after"
	}
	return nil, "", "none"
}

// purchase reports whether the statement buys: its trigger or a word
// between it and the anchor's end is a purchase marker.
func (st *sentence) purchase(sm *statement, anchorTok, anchorEnd int) bool {
	from, to := anchorTok, anchorEnd
	if sm.trig >= 0 {
		from, to = min(from, st.trig[sm.trig].from), max(to, st.trig[sm.trig].to)
	}
	for _, h := range st.marks[markPurchase] {
		if h.from >= from && h.from < to {
			return true
		}
	}
	return false
}

// partyActs reports whether a side of the war stands right before token
// i (at most two tokens between), at or after byte cs: it is the subject.
func (st *sentence) partyActs(l *Linker, cs, i int) bool {
	// actors come in text order and do not overlap: start at the first
	// that ends late enough
	k, _ := slices.BinarySearchFunc(st.actors, i-2, func(a actor, to int) int { return cmp.Compare(a.to, to) })
	for _, a := range st.actors[k:] {
		if a.to > i {
			break
		}
		if a.entry != nil && l.data.recipients[a.entry.Canonical] && st.toks[a.from].start >= cs && a.to <= i && a.to >= i-2 {
			if a.from > 0 {
				switch st.toks[a.from-1].low {
				case "of", "to", "for", "in", "on", "with", "against":
					continue // "the invasion of Ukraine has come from"
				}
			}
			if st.passiveBetween(a.to, i) {
				continue // "Ukrainian soldiers were trained by Britain": acted on
			}
			return true
		}
	}
	return false
}

// passiveBetween reports whether a passive auxiliary stands among tokens
// [from, to): the name before it is acted on, not acting.
func (st *sentence) passiveBetween(from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		switch st.toks[k].low {
		case "was", "were", "been", "being", "is", "are", "be":
			return true
		}
	}
	return false
}

// mayRun reports whether an event of donor ent may be in package pkg ("PDA
// 22" is package PDA): not when a state runs pkg and ent is another donor.
func (l *Linker) mayRun(ent *donors.Entry, pkg string) bool {
	if pkg == "" {
		return true
	}
	if name, num, ok := strings.Cut(pkg, " "); ok && isDigits(num) {
		pkg = name
	}
	runner, ok := l.statePackages[pkg]
	return !ok || runner == ent.Canonical
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// packageDonor is the donor of a package named in the statement's segment,
// else in its clause, else (wide) in its sentence: "presidential
// drawdown", "USAI" (the United States), "European Peace Facility" (the
// European Union). A statement without an amount takes it only from a
// trigger of its own that is no mere mention of the package ("another
// drawdown package was announced", not "provided by drawdown").
func (l *Linker) packageDonor(st *sentence, sm *statement, wide bool) *donors.Entry {
	if sm.money == nil {
		if sm.trig < 0 || l.data.triggers[st.trig[sm.trig].idx].strength < 2 {
			return nil
		}
	}
	cs, ce := st.clauseOf(sm.pos)
	spans := [][2]int{{sm.from, sm.to}, {cs, ce}}
	if wide {
		spans = [][2]int{{st.s.Start, st.s.End}}
	}
	for _, span := range spans {
		for _, h := range st.pkgs {
			if st.toks[h.from].start < span[0] || st.toks[h.to-1].end > span[1] {
				continue
			}
			if name := l.data.packages[h.idx].donor; name != "" {
				if e, ok := l.gaz.Lookup(name); ok {
					return e
				}
			}
		}
	}
	return nil
}

// objectPosition reports whether a donor group stands where a receiver, a
// target or a seller stands ("to Ukraine", "against Russia", "bought from
// South Korea").
func (l *Linker) objectPosition(st *sentence, g coord) bool {
	if g.from == 0 {
		return false
	}
	if len(g.entries) == 0 && foundedGroup(st.toks, g.from) {
		return true
	}
	if g.to < len(st.toks) && actNoun(st.toks[g.to].low) && !strings.HasSuffix(st.toks[g.to-1].low, "'s") {
		for _, h := range st.trig {
			if h.from == g.to {
				// the name owns the act it modifies: "equal to the US
				// allocation of €43.1 billion" (but "contribute to
				// Sweden's donation" gives to Sweden's act)
				return false
			}
		}
	}
	if e := st.toks[g.to-1].end; words.HasPrefixFold(st.text[e:], "-led ") {
		// the leader of what carries the aid is no giver of it: "NZ$7.5
		// million towards the UK-led International Fund for Ukraine"
		return true
	}
	i := g.from - 1
	if i > 0 {
		switch st.toks[i].low {
		case "some", "many", "most", "all", "other", "several":
			// "more than some European countries have donated"
			i--
		case "southern", "northern", "eastern", "western", "central", "southeastern", "southwestern", "northeastern", "northwestern":
			// a part of a place: "G7 leaders meeting in southern Italy"
			i--
		}
	}
	switch st.toks[i].low {
	case "the":
		// "to the Polish capital"
		if i > 1 {
			i--
		}
	case "capital", "city", "town", "port":
		// a place named again after a comma stands where the place
		// does: "to the Polish capital, Warsaw"
		if strings.Contains(st.text[st.toks[i].end:st.toks[g.from].start], ",") {
			for j := i - 1; j >= max(0, i-3); j-- {
				switch st.toks[j].low {
				case "to", "in", "at", "into", "via", "through":
					return true
				}
			}
		}
	}
	if st.toks[i].low == "to" && i > 0 && st.toks[i-1].low == "thanks" {
		return false // "thanks to the US": a giver
	}
	if w := st.toks[i].low; w == "after" || w == "behind" {
		// a rank given against another: "Ukraine's second-largest
		// military backer after the United States"
		for j := i - 1; j >= max(0, i-5); j-- {
			switch st.toks[j].low {
			case "largest", "biggest", "second", "third", "fourth", "fifth", "leading", "top":
				return true
			}
		}
	}
	if st.toks[i].low == "by" {
		// the giver of a sum compared against: "nine times the amount
		// provided by the United Kingdom", "twice what was given by"
		for j := i - 1; j >= max(0, i-5); j-- {
			if w := st.toks[j].low; w == "times" || w == "twice" || w == "thrice" {
				return true
			}
		}
	}
	if w := st.toks[i].low; w == "including" || w == "as" && i > 0 && st.toks[i-1].low == "such" {
		// an example of the channels named before: "channeled through
		// international organizations including the World Food Programme
		// and UNICEF", "delivered through trusted partners including the
		// International Committee of the Red Cross"
		for j := i - 1; j >= max(0, i-6); j-- {
			switch st.toks[j].low {
			case "through", "via", "channelled", "channeled":
				return true
			}
		}
	}
	switch st.toks[i].low {
	case "against", "counter", "to", "towards", "toward", "versus", "in", "at", "into", "through", "via", "near", "inside",
		// a comparison: "the smallest amount among G-7 members", "more than Germany"
		"among", "than",
		// the object of a helping verb receives: "aiding Israel",
		// "to reimburse member states"
		"aiding", "helping", "assisting", "arming", "reimburse", "reimburses", "reimbursed", "reimbursing",
		"compensate", "compensates", "compensated", "compensating":
		return true
	case "aid", "help", "assist", "arm":
		// the verb, not the noun: "$26.4 billion to aid Israel", but
		// "humanitarian aid the UK has provided"
		return i >= 1 && st.toks[i-1].low == "to"
	}
	return l.sells(st, g.from)
}

// actNounEndings are the endings of nouns of acts: "allocation", "commitment",
// "assistance", "package", "delivery".
var actNounEndings = []string{"tion", "ment", "ance", "age", "ery", "eries", "ges"}

// actNoun reports whether a word is a noun of an act of giving: "allocation",
// "commitment", "assistance", "package", "aid".
func actNoun(w string) bool {
	for _, suf := range actNounEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	switch w {
	case "aid", "support", "funding", "pledge", "pledges", "donation", "donations", "loan", "loans", "grant", "grants":
		return true
	}
	return false
}

// sells reports whether the name at token i is what a third party buys
// from: "purchased from the United States", "sourced from Bulgaria",
// "bought 20,000 rounds from South Korea". A preposition between the
// purchase and "from" breaks the link: in "bought with funds from the EU"
// the EU pays. When a side of the war buys ("Ukraine agreed to purchase
// TB2 drones from Turkey") the seller is the one that supplies it.
func (l *Linker) sells(st *sentence, i int) bool {
	k := i - 1
	for k >= 0 && (st.toks[k].low == "the" || st.toks[k].low == "its") {
		k--
	}
	if k <= 0 || st.toks[k].low != "from" || len(st.marks[markPurchase]) == 0 {
		return false
	}
	// the thing bought may take a long name between: "purchase a National
	// Advanced Surface-to-Air Missile System (NASAMS) from the United States"
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		for _, h := range st.marks[markPurchase] {
			if h.to == j+1 {
				return !st.namesParty(l, st.s.Start, st.toks[h.from].start)
			}
		}
		if st.toks[j].start > 0 && st.text[st.toks[j].start-1] == '-' {
			continue // "Surface-to-Air": a word of a compound
		}
		switch st.toks[j].low {
		case "with", "by", "using", "under", "through", "for", "on", "of", "to", "and", "but":
			return false
		}
	}
	return false
}

// inRelative reports whether the name at bytes [from, to) stands in a
// relative clause set off by commas that closes before the anchor at pos:
// in "Pistorius, who co-chairs the meeting with his British counterpart,
// announced" Britain announces nothing.
func inRelative(t string, sentStart, from, to, pos int) bool {
	if to > pos {
		return false
	}
	seg := t[sentStart:from]
	k := max(strings.LastIndex(seg, ", who "), strings.LastIndex(seg, ", which "), strings.LastIndex(seg, ", whose "))
	if k < 0 || strings.ContainsRune(seg[k+1:], ',') {
		return false
	}
	return strings.ContainsRune(t[to:pos], ',')
}

// coord is a run of donors joined by commas and "and": "Belgium, Canada and
// Denmark". Recipients inside it are left out.
type coord struct {
	from, to int // tokens
	entries  []*donors.Entry
	group    string
	receives bool // a receiver stands in the run
	members  bool // a body and its members, given as one: "the EU and its member states"
}

func (l *Linker) coordinated(st *sentence, t string) []coord {
	if !st.coordsDone {
		st.coords, st.coordsDone = l.coordinate(st, t), true
	}
	return st.coords
}

// coordinate is coordinated, computed once per sentence.
func (l *Linker) coordinate(st *sentence, t string) []coord {
	var out []coord          // at most one run per actor
	var ents []*donors.Entry // backs the runs' entries
	if st.ls != nil {
		// carved from the document's buffers, capacity cut as make's
		out = carve(&st.ls.coords, len(st.actors))
	} else {
		out = make([]coord, 0, len(st.actors))
	}
	var cur *coord
	examples := false // cur is a collective donor whose examples follow
	short := false    // cur ends in a short form in brackets, "(ICRC)"
	for i, a := range st.actors {
		joined, example := false, false
		withReceiver := false // joined by a conjunction to a run with a receiver
		if cur != nil {
			gap := strings.TrimSpace(t[st.toks[cur.to-1].end:st.toks[a.from].start])
			if short && strings.HasPrefix(gap, ")") {
				gap = strings.TrimSpace(gap[1:])
			}
			short = false
			if gap == "(" && a.entry != nil && len(cur.entries) > 0 && cur.entries[len(cur.entries)-1] == a.entry {
				// the short form names the same: "the International
				// Committee of the Red Cross (ICRC) and the IFRC"
				cur.to, short = a.to, true
				continue
			}
			if joins(gap) {
				g := strings.ToLower(gap)
				withReceiver = cur.receives && (g == "and" || g == "or" || g == ", and")
				// a bare comma after a name that receives or places ends
				// an opening phrase unless a conjunction closes the run:
				// "In Poland, Biden announced", but "to Germany, France
				// and Italy"
				joined = gap != "," || !l.objectPosition(st, *cur) || l.closedRun(st, t, i)
			} else {
				joined = st.quantityGap(cur.to, a.from)
				// "NATO member states including Germany": Germany is
				// an example of the group, not a donor beside it
				example = len(cur.entries) == 0 && cur.group != "" && st.onlyMarker(markExample, cur.to, a.from)
				if !example && a.entry != nil && !l.data.recipients[a.entry.Canonical] && len(cur.entries) == 0 && cur.group != "" && st.onlyMarker(markLocator, cur.to, a.from) {
					// "from partners in the United States, Israel and
					// Finland": the names are the givers, not the group
					cur.group, joined = "", true
				}
			}
		}
		if example || examples && joined {
			cur.to = a.to
			examples = true
			continue
		}
		examples = false
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
			if joined && a.from >= 2 && len(cur.entries) == 1 && strings.Contains(strings.ToLower(a.group), "member") &&
				strings.EqualFold(strings.TrimSpace(t[st.toks[a.from-2].start:st.toks[a.from-1].end]), "and its") {
				cur.members = true
			}
			continue
		}
		if l.data.recipients[a.entry.Canonical] {
			// a name joined to a receiver by a conjunction receives with
			// it, "covers Ukraine and Moldova"; not the agent of a
			// passive, "spearheaded by Ukraine and Denmark"
			cur.receives = cur.from == 0 || st.toks[cur.from-1].low != "by"
			continue
		}
		if withReceiver || containsEntry(cur.entries, a.entry) {
			continue
		}
		// the runs' entries share one array, each run's after the last's:
		// a run takes entries only while it is the last
		if ents == nil {
			if st.ls != nil {
				ents = carve(&st.ls.ents, len(st.actors))
			} else {
				ents = make([]*donors.Entry, 0, len(st.actors))
			}
		}
		if cur.entries == nil {
			cur.entries = ents[len(ents):len(ents)]
		}
		cur.entries = append(cur.entries, a.entry)
		ents = ents[:len(ents)+1]
	}
	// runs of recipients only are not donors, nor names that make, host
	// or permit ("manufactured by the Taiwanese DronesVision", "the Ukraine
	// Defense Contact Group meeting", "non-Western countries", "had US
	// approval to transfer F-16s")
	kept := out[:0]
	dropped := -1 // the end of the last name dropped, whose bracketed short form goes with it
	for _, c := range out {
		if len(c.entries) == 0 && c.group == "" {
			continue
		}
		byMark := (st.markEndsNear(markExcluder, st.skipDeterminers(c.from), 0) || st.excludedList(c, t)) && !st.subjectOfInfinitive(c)
		short := dropped > 0 && c.from == dropped && strings.TrimSpace(t[st.toks[dropped-1].end:st.toks[c.from].start]) == "("
		if byMark || st.markAt(markVenue, c.to) && !st.meetingAs(c) || st.markAt(markPermission, c.to) || st.inPlace(c.from, c.to, t) ||
			st.welcomes(c.to, t) || short {
			// "allocated to the International Committee of the Red
			// Cross (ICRC)": the short form is the same channel
			dropped = c.to
			continue
		}
		if end := st.bodyEnd(c.to, t); end > 0 {
			// a private body gives as itself, not as its country: "The
			// Canada-Ukraine Foundation has handed over 10 ambulances";
			// one named later is where aid goes ("to support the
			// activities of ... and the Swiss Foundation for Mine Action")
			from := c.from
			if from > 0 && st.toks[from-1].low == "the" {
				from--
			}
			if from == 0 || strings.HasSuffix(strings.TrimSpace(t[st.toks[from-1].end:st.toks[from].start]), ",") {
				c.entries, c.group, c.to = nil, t[st.toks[c.from].start:st.toks[end-1].end], end
				kept = append(kept, c)
			}
			continue
		}
		if c.members {
			// the body with its members is one collective giver, named
			// as written: "the EU and its member states have provided"
			from := c.from
			if from > 0 && st.toks[from-1].low == "the" {
				from--
			}
			c.entries, c.group = nil, t[st.toks[from].start:st.toks[c.to-1].end]
			kept = append(kept, c)
			continue
		}
		c.entries = c.entries[:len(c.entries):len(c.entries)] // shared: an append must copy
		kept = append(kept, c)
	}
	return kept
}

// excludedList reports whether the names of c end a list that an excluder
// opens: "The funds will go to the ICRC, the WFP and UNICEF", "Through the
// U.S. Department of the Treasury and the World Bank". Between the excluder
// and c stand only capitalised words (names the gazetteer may not know, or
// the rest of a long one), "the", "of", "for", "and", "or", commas and
// brackets, with "and" or "or" before c; without one, c goes on the list
// only if more of it follows, so that "Through UNICEF, Japan has disbursed"
// keeps Japan.
func (st *sentence) excludedList(c coord, t string) bool {
	// c may hold the list's last "and" itself: "the WFP and UNICEF"
	conj, last := len(c.entries) > 1, true // last: no name yet between j and c
	for j := c.from; j > 0 && c.from-j < 10; j-- {
		// a point inside a sentence is an abbreviation's: "the U.S. Department"
		gap := t[st.toks[j-1].end:st.toks[j].start]
		if strings.Trim(gap, " ,.()\u00a0") != "" {
			return false
		}
		switch st.toks[j-1].low {
		case "and", "or":
			conj = conj || last
			continue
		case "the", "of", "for":
			continue
		}
		if st.markEndsNear(markExcluder, st.skipDeterminers(j), 0) && j < c.from {
			return conj || st.listFollows(c, t)
		}
		r, _ := utf8.DecodeRuneInString(t[st.toks[j-1].start:])
		if !unicode.IsUpper(r) {
			return false
		}
		last = false
	}
	return false
}

// listFollows reports whether more of a list follows the names of c: a
// comma, a bracket, "and" or "or".
func (st *sentence) listFollows(c coord, t string) bool {
	if c.to >= len(st.toks) {
		return false
	}
	after := strings.TrimSpace(t[st.toks[c.to-1].end:st.toks[c.to].start])
	return strings.HasPrefix(after, ",") || strings.HasPrefix(after, "(") || st.toks[c.to].low == "and" || st.toks[c.to].low == "or"
}

// closedRun reports whether the actors from i on, joined by commas, end
// in a conjunction: one joined by it ("France and Italy") or one followed
// by it ("Ukraine, Israel, and the Indo-Pacific region").
func (l *Linker) closedRun(st *sentence, t string, i int) bool {
	for ; i+1 < len(st.actors); i++ {
		gap := strings.TrimSpace(t[st.toks[st.actors[i].to-1].end:st.toks[st.actors[i+1].from].start])
		if !joins(gap) {
			break
		}
		if gap != "," {
			return true
		}
	}
	k := st.actors[i].to
	if k >= len(st.toks) {
		return false
	}
	gap := strings.TrimSpace(t[st.toks[k-1].end:st.toks[k].start])
	return (gap == "" || gap == ",") && (st.toks[k].low == "and" || st.toks[k].low == "or")
}

// joins reports whether the words between two names, trimmed, join them
// into one run of donors: "and", a comma, "as well as".
func joins(gap string) bool {
	// a longer gap cannot lower to a joiner, and lowering it cost more
	// than the rest of coordinate: a rune that lowers to an ASCII byte
	// is at most utf8.UTFMax bytes
	if len(gap) > utf8.UTFMax*len("as well as") {
		return false
	}
	switch strings.ToLower(gap) {
	case ",", "and", ", and", "&", "as well as", "and the", ", the", ", and the", "or", "and its", "with":
		return true
	}
	return false
}

// carve returns an empty slice of capacity n taken from the end of *buf,
// which it grows: as make([]T, 0, n) would, but sharing one array. *buf
// keeps what was carved, so the next carve does not overlap it.
func carve[T any](buf *[]T, n int) []T {
	b := slices.Grow(*buf, n)
	at := len(b)
	*buf = b[:at+n]
	return b[at : at : at+n]
}

// quantityGap reports whether the tokens [from, to) read "and" followed
// by quantity words only: "and about one dozen other", "and multiple".
func (st *sentence) quantityGap(from, to int) bool {
	if to-from < 2 || st.toks[from].low != "and" {
		return false
	}
	for i := from + 1; i < to; {
		moved := false
		for _, h := range st.marks[markQuantity] {
			if h.from == i && h.to <= to {
				i, moved = h.to, true
				break
			}
		}
		if !moved {
			return false
		}
	}
	return true
}

// onlyMarker reports whether the tokens [from, to) are exactly one marker
// of role.
func (st *sentence) onlyMarker(r role, from, to int) bool {
	for _, h := range st.marks[r] {
		if h.from == from && h.to == to {
			return true
		}
	}
	return false
}

// capitalAsPlace reports whether the name at tokens [from, to) is e's
// capital where it names the city, not the government: "a meeting in
// Berlin", "a visit to Washington", "flights into Tehran". ("Weapons from
// Washington" names the giver, as "from Germany" does.)
func capitalAsPlace(toks []token, from, to int, e *donors.Entry, t string) bool {
	if to-from > 1 && toks[from].low == "the" {
		// "the Berlin recovery conference": the name is read with its article
		from++
	}
	if e.Capital == "" || t[toks[from].start:toks[to-1].end] != e.Capital {
		return false
	}
	if to < len(toks) {
		// a gathering named after its city: "Berlin recovery conference
		// yields agreements worth €16 billion", "the Rome summit"
		switch toks[to].low {
		case "conference", "conferences", "summit", "meeting", "talks", "forum", "format", "process", "declaration", "recovery":
			return true
		}
	}
	if from == 0 {
		return dateline(t[toks[to-1].end:])
	}
	switch toks[from-1].low {
	case "in", "at", "to", "into", "near", "via", "through", "inside", "outside", "around", "visit", "visited", "visiting":
		return true
	}
	return false
}

// dateline reports whether rest, the text after a city that opens a
// sentence, makes it a dateline: a comma, then only capitalised words,
// figures and brackets up to a colon or a dash ("Washington, DC: The
// Executive Board ...", "Paris, 28 November 2023 – The CEB ..."). The city
// is where the news was written, not who gives.
func dateline(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	for n, f := range strings.Fields(rest) {
		switch {
		case n > 8:
			return false
		case f == "-" || f == "–" || f == "—" || strings.HasSuffix(f, ":"):
			return n > 0 || f != "-"
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "("))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// nameTail reports whether the word at token i ends a longer proper name
// than its own ("the International Commission on Missing Persons", "the
// Indian National Congress"): a capitalised word that names no actor and
// opens no sentence stands right before it, with only a space between.
func nameTail(toks []token, i int, t string, as []actor) bool {
	if i < 2 || len(as) > 0 && as[len(as)-1].to == i || t[toks[i-1].end:toks[i].start] != " " {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[toks[i-1].start:toks[i-1].end])
	return unicode.IsUpper(r)
}

// inPlace reports whether the name at tokens [from, to) completes a place
// and ends its phrase: "based in Wiesbaden, Germany." ("In Asia, Japan
// pledged" names a donor).
func (st *sentence) inPlace(from, to int, t string) bool {
	if from < 2 || strings.TrimSpace(t[st.toks[from-1].end:st.toks[from].start]) != "," {
		return false
	}
	w := t[st.toks[from-1].start:st.toks[from-1].end]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	switch st.toks[from-2].low {
	case "in", "at", "near", "from":
	default:
		return false
	}
	rest := strings.TrimSpace(t[st.toks[to-1].end:st.s.End])
	return rest == "" || strings.ContainsAny(rest[:1], ".,;:)")
}

// mentionsRussiaAsRecipient reports whether the sentence names Russia as
// the side that receives: "to Russia", "Russia received".
func (st *sentence) mentionsRussiaAsRecipient() bool {
	for _, a := range st.actors {
		if a.entry == nil || a.entry.Canonical != "Russia" {
			continue
		}
		if last := st.toks[a.to-1]; possessive(st.text[last.start:last.end], st.text[last.end:]) {
			// "in response to Russia's invasion": Russia's act, not
			// Russia receiving; but goods "for Russia's weapons
			// production" or shipped "to Russia's Ural Civil Aviation
			// Plant" go to Russia
			if st.forRussias(a) {
				return true
			}
			continue
		}
		if a.from > 1 && st.toks[a.from-1].low == "by" {
			switch st.toks[a.from-2].low {
			case "received", "obtained", "acquired", "bought", "purchased", "imported", "used":
				// "dual-use goods received by Russia in 2023"
				return true
			}
		}
		if a.from > 0 {
			switch st.toks[a.from-1].low {
			case "to":
				// "children forcibly deported to Russia", "fled to
				// Russia": a place, not a recipient
				if a.from > 1 {
					switch st.toks[a.from-2].low {
					case "deported", "taken", "returned", "relocated", "fled", "flee", "abducted", "transferred", "moved", "travelled", "traveled", "went", "go", "back":
						continue
					}
				}
				return true
			case "help", "helping", "assisting", "supporting":
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

// forRussias reports whether the possessive Russia actor a is where goods
// go: after "for", or after "to" unless what follows is Russia's act ("in
// response to Russia's invasion").
func (st *sentence) forRussias(a actor) bool {
	if a.from == 0 {
		return false
	}
	next := a.to
	for next < len(st.toks) && isNumberWord(st.toks[next].low) {
		next++ // "Russia's 2022 invasion"
	}
	if next == len(st.toks) || russianAct(st.toks[next].low) {
		return false
	}
	switch st.toks[a.from-1].low {
	case "for":
		return true
	case "to":
		if a.from > 1 {
			switch st.toks[a.from-2].low {
			case "response", "due", "thanks", "reaction", "opposition", "resistance", "end", "threat", "answer",
				"related", "linked", "owing", "according", "prior", "contrary", "attention", "exposed", "vulnerable",
				"subject", "damage", "harm", "close", "near", "similar", "compared", "relative", "adapt", "respond",
				"responds", "responded", "responding", "reacting", "reacted", "countering", "counter", "resist", "resisting":
				return false
			}
		}
		return true
	}
	return false
}

// russianAct reports whether w, after "Russia's", names Russia's war rather
// than a part of it that receives: "invasion", "aggression".
func russianAct(w string) bool {
	switch w {
	case "invasion", "war", "aggression", "attack", "attacks", "full", "illegal", "unprovoked", "brutal", "ongoing", "military", "offensive", "occupation", "actions", "strikes", "bombing", "annexation":
		return true
	}
	return false
}

// dateFor is the statement's date. In its own segment: an "as of" or "by"
// date that comes before it (or any, for a total), else the
// most precise date before it (the nearest on a tie), else the nearest
// after it. Else the most precise date earlier in the sentence, plain dates
// before deadlines ("On 24 February Poland delivered four tanks, 10 more
// are to arrive by 9 March; Sweden announced ..." dates Sweden by the 24th).
// A "since" date counts only when the sentence has no other. Else the date
// of the narrative (narrativeDate); else the document's date. A range
// gives its end.
func (l *Linker) dateFor(d *model.Doc, st *sentence, stmts []statement, k int, all []*model.Mention, heads []int) *model.Date {
	return l.dateWithin(d, st, &stmts[k], st.claimed(d.View.Text, stmts, k), all, heads)
}

// dateWithin is dateFor for statement sm, the dates c marks as other
// clauses' left out.
func (l *Linker) dateWithin(d *model.Doc, st *sentence, sm *statement, c claims, all []*model.Mention, heads []int) *model.Date {
	t := d.View.Text
	cs, ce := sm.from, sm.to
	total := sm.kind == KindTotal
	var asOf, own, ownAfter, earlier, earlierBound, since *model.Mention
	better := func(cur, m *model.Mention) bool { return cur == nil || rank(m.Date) >= rank(cur.Date) }
	// dates in text order: those before the segment are chosen from in
	// advance, and only the segment's own are read here
	x := st.datesIndex()
	lo, hi := 0, len(st.dates)
	if x.sorted {
		lo, hi = mentionsFrom(st.dates, cs), mentionsFrom(st.dates, ce)
		e := lo
		if c.lo < cs {
			e = mentionsFrom(st.dates, c.lo)
		}
		earlier, earlierBound = st.dateAt(x.earlier[e]), st.dateAt(x.earlierBound[e])
		// the dates that open this clause after the joining word
		for j := mentionsFrom(st.dates, c.hi); j < lo; j++ {
			if m := st.dates[j]; !st.dateSince(j) && c.mine(m) {
				if st.dateBound(j) {
					if better(earlierBound, m) {
						earlierBound = m
					}
				} else if better(earlier, m) {
					earlier = m
				}
			}
		}
	}
	if x.firstSince >= 0 && c.mine(st.dates[x.firstSince]) {
		since = st.dates[x.firstSince]
	}
	if earlier != nil && background(t, earlier) {
		earlier = nil
	}
	if earlierBound != nil && background(t, earlierBound) {
		earlierBound = nil
	}
	for k := lo; k < hi; k++ {
		m := st.dates[k]
		if st.dateSince(k) || background(t, m) || !c.mine(m) {
			continue
		}
		bound := st.dateBound(k)
		if bound && asOf == nil && m.Start >= sm.from && m.Start < sm.to && (m.Start <= sm.pos || total) {
			asOf = m
		}
		switch {
		case m.Start >= cs && m.Start < ce && m.Start <= sm.pos:
			if better(own, m) {
				own = m
			}
		case m.Start >= cs && m.Start < ce:
			if ownAfter == nil {
				ownAfter = m
			}
		case m.Start < cs && bound:
			if better(earlierBound, m) {
				earlierBound = m
			}
		case m.Start < cs:
			if better(earlier, m) {
				earlier = m
			}
		}
	}
	if own != nil && ownAfter != nil && asOf == nil && trailsAmountBefore(st, sm, own, ownAfter) {
		own = nil
	}
	// a "since" date starts what a total counts; an act it does not date
	// ("the sixty-third tranche ... since August 2021"), unless nothing else
	// does. "From 8 October, Ukraine claimed" still dates the claim.
	var late *model.Mention
	if since != nil && !total && words.HasPrefixFold(t[since.Start:since.End], "since") {
		late, since = since, nil
	}
	if late == nil && since == nil {
		// a date a "since" phrase ends with ("since the start of the
		// war in February 2022") dates nothing else can
		for k, m := range st.dates {
			if st.dateSince(k) && m.Date.Modifier != "since" {
				late = m
				break
			}
		}
	}
	m := cmp.Or(asOf, own, ownAfter, earlier, earlierBound, since)
	if m != nil && m.Rule == "dates/season" && m.Date.Precision == model.Year && m.Date.Relative && d.Document != nil && !d.Date.IsZero() &&
		(m.Date.Modifier == "before" || m.Date.Modifier == "by" || m.Date.Y > d.Date.Year()) {
		// a season still to come names only a year, and what a dated
		// report tells of it is of the report's day: "€110 million in
		// humanitarian aid for Ukraine ahead of winter"
		m = nil
	}
	if m != nil {
		if !total && m.Date.EndY != 0 && (afterDoc(d, endOf(m.Date, false)) || sm.kind == KindPledge && yearSpan(m.Date)) {
			// a period still running ("€200 million in the period
			// 2024-2026") starts when the act does; one still to come
			// dates nothing, and the act is of the day it was told. A
			// pledge for years ahead ("NOK 75 billion from 2023 to 2027")
			// is made when they begin, not when they end, in an undated
			// document too.
			if start := startOf(m.Date); !afterDoc(d, start) {
				return start
			}
			return docDate(d)
		}
		if d.Document != nil && !d.Date.IsZero() && (laterYear(m.Date, d.Date.Year(), total) || total && m.Date.Y > d.Date.Year() && boundWord(t, m)) {
			// a year later than the document's ("to allocate CHF 5
			// billion by 2036", "more than 100 tanks in 2024") is a plan
			// or a deadline; the act is of the day it was told, and a
			// tally over years still to come counts up to that day. A
			// target within the year ("by the end of October") dates it.
			return docDate(d)
		}
		return endOf(m.Date, total)
	}
	if d.Document != nil && !d.Date.IsZero() && (total && (st.upToNow() || st.presentTense(cs, ce)) || st.presentPerfect(cs, ce)) {
		// "To date, the EU has provided €4 billion" counts up to the day
		// the document was written, not to the last date it told of;
		// "the EU has stepped up its support, pledging five billion
		// euros" is news of the day, not of the war's start told before.
		// Only a dated document has such a day: the scans wait for one.
		return docDate(d)
	}
	if m = narrativeDate(t, st, all, heads); m != nil && !historical(d, m.Date) {
		if yearsBefore(d, m.Date) >= 1 && (st.nowOrAhead(cs, ce) || st.nowOrAhead(st.clauseOf(sm.pos))) {
			// "Our military donation includes both new equipment ...",
			// "We will also contribute $198 million": told now or of what is
			// to come, not in a year the story went back to; so are the
			// sums of a list that leaves the verb out ("The European Union
			// is contributing €18.1 billion, the United States $20 billion")
			return docDate(d)
		}
		if sm.trig >= 0 && beforeDocMonth(d, m.Date) && !leadsLine(t, m.Start) && st.toldNow(sm.trig) {
			// what a dated report tells in the present or the future is of
			// its day, not of a month the story went back to: "The
			// Government now proposes to allocate SEK 13.3 billion", "The Czech
			// Republic itself contributes CZK 500 million", "Britain will
			// provide 2.26 billion pounds"
			return docDate(d)
		}
		if yearSpan(m.Date) {
			// the story's span of years ("between 2024 and 2027") dates
			// what follows by its start, as it dates a pledge for them
			return notAfterDoc(d, startOf(m.Date))
		}
		return notAfterDoc(d, endOf(m.Date, false))
	}
	if dd := docDate(d); dd != nil || late == nil {
		return dd
	}
	return endOf(late.Date, total)
}

// claims marks the dates of a statement's sentence that are other
// clauses': those in [lo, hi), after an earlier clause's verb, and those at
// or after to, in a later clause.
type claims struct{ lo, hi, to int }

var noClaims = claims{math.MaxInt, math.MaxInt, math.MaxInt}

// mine reports whether date m is not another clause's.
func (c claims) mine(m *model.Mention) bool {
	return m.Start < c.to && (m.Start < c.lo || m.Start >= c.hi)
}

// claimed returns the claims of the other clauses on statement k's dates,
// when its sentence joins clauses of verbs of their own (before what they
// give) with "and", "while" or "but": a date after a clause's verb is
// that clause's, when the clauses are told in two tenses, and a "since"
// date is a later clause's in any. "Norway announced it would increase its support to NOK
// 35 billion in 2025, and Sweden unveiled its 18th package" (2025 is
// Norway's); "Japan has provided demining machines, while the United
// States has committed more than $100 million since 2022". A date before
// the first verb ("In March, Germany pledged 10 tanks and France sent 5
// howitzers") dates them all, as one does the clauses that leave their
// verb out ("Germany pledged €1 billion in March, and France €500
// million"), and one after the joining word opens the next clause ("...,
// and in February Canada sent 8 tanks").
func (st *sentence) claimed(t string, stmts []statement, k int) claims {
	c := noClaims
	sm := &stmts[k]
	own := st.verbAt(sm)
	for j := range stmts {
		o := &stmts[j]
		if j == k || o.trig < 0 || o.trig == sm.trig {
			continue
		}
		v := st.verbAt(o)
		if j < k && own >= sm.from && own <= sm.pos && v < own {
			if i := lastCoordinator(t[v:own]); i >= 0 && st.tense(o.trig, v+i) != st.tense(sm.trig, sm.pos) {
				c.lo, c.hi = min(c.lo, v), v+i
			}
		} else if j > k && v >= o.from && v <= o.pos && v > sm.pos {
			if i := lastCoordinator(t[sm.pos:v]); i >= 0 {
				c.to = min(c.to, sm.pos+i)
			}
		}
	}
	if c.hi < c.lo {
		c.lo, c.hi = math.MaxInt, math.MaxInt
	}
	return c
}

// Tenses of a clause, as tense tells them apart.
const (
	tensePast = iota
	tensePresent
	tenseFuture
)

// tense returns the tense of the clause of trigger tr, read from the words
// before it and, for a verb of telling, from its words up to byte end ("said
// it would deliver"). Clauses in one tense share a date ("Poland handed
// over 14 tanks in February, and Canada sent eight"); clauses in two do
// not ("Norway announced it would increase its support in 2025, and Sweden
// unveiled its 18th package").
func (st *sentence) tense(tr, end int) int {
	h := st.trig[tr]
	for j := h.from; j >= max(0, h.from-3); j-- {
		switch st.toks[j].low {
		case "will", "would", "shall", "to":
			return tenseFuture
		case "has", "have", "is", "are":
			return tensePresent
		case "had", "was", "were", "did":
			return tensePast
		case "already", "also", "since", "now", "just", "not", "still", "further", "then", "later", "quietly":
			continue
		}
		if j < h.from {
			break
		}
	}
	if p := st.toks[h.to-1].end; p < end && end <= len(st.text) {
		if rest := st.text[p:end]; strings.Contains(rest, " would ") || strings.Contains(rest, " will ") {
			return tenseFuture
		}
	}
	if w := st.toks[h.from].low; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return tensePresent // "keeps the government funded and provides"
	}
	return tensePast
}

// verbAt returns the byte offset of statement s's trigger, or -1.
func (st *sentence) verbAt(s *statement) int {
	if s.trig < 0 {
		return -1
	}
	return st.toks[st.trig[s.trig].from].start
}

// lastCoordinator returns the offset in s of its last word joining
// clauses, or -1.
func lastCoordinator(s string) int {
	c := -1
	for _, w := range [...]string{" and ", ", while ", " whereas ", ", but "} {
		c = max(c, strings.LastIndex(s, w))
	}
	return c
}

// presentTense reports whether a verb of the present that states where
// things stand is in the byte span [from, to): a tally in the present ("The
// US is by far the largest donor", "Germany remains the second-largest
// donor, with €17.7 billion") stands on the day the document was written.
func (st *sentence) presentTense(from, to int) bool {
	for _, tk := range st.toks {
		if tk.start < from || tk.end > to {
			continue
		}
		switch tk.low {
		case "is", "are", "remains", "remain", "stands", "stand", "amounts", "amount", "totals", "exceeds", "reaches", "tops", "ranks", "rank", "lags", "trails", "leads", "puts", "shows", "estimates":
			return true
		}
	}
	return false
}

// presentPerfect reports whether "has" or "have" stands in the byte span
// [from, to) before a word: the present perfect of news, "has pledged",
// "have also stepped up".
func (st *sentence) presentPerfect(from, to int) bool {
	for i := 0; i+1 < len(st.toks); i++ {
		if st.toks[i].start < from || st.toks[i+1].end > to {
			continue
		}
		if a := st.toks[i].low; a == "has" || a == "have" {
			if b := st.toks[i+1].low; b != "to" && b != "a" && b != "an" && b != "the" && b != "no" {
				return true
			}
		}
	}
	return false
}

// auxiliary reports whether w is a modal or an adverb that may stand
// between "and" and the verb of a second verb phrase: "and will continue".
func auxiliary(w string) bool {
	switch w {
	case "will", "would", "shall", "should", "also", "further", "still", "then":
		return true
	}
	return false
}

// bodyEnd returns, when the name that ends before token k is part of the
// name of a private body, the end of that name: "the Norwegian Refugee
// Council", and with a partner's name hyphened to it, "the Canada-Ukraine
// Foundation"; else -1.
func (st *sentence) bodyEnd(k int, t string) int {
	if k > 0 && k+1 < len(st.toks) && st.toks[k-1].end+1 == st.toks[k].start && t[st.toks[k-1].end] == '-' {
		k++
	}
	for _, h := range st.marks[markBody] {
		if h.from == k {
			return h.to
		}
	}
	return -1
}

// judges reports whether the part [ps, pe) only judges aid told of before:
// its trigger h stands in the subject, and a verdict follows the verb "to
// be": "The funds are part of the fifth additional financing", "The
// arrival of such funding is a significant contribution", "the
// transferred funds are an important signal".
func (st *sentence) judges(h hit, ps, pe int) bool {
	if len(st.itemsIn(ps, pe)) > 0 {
		return false
	}
	for _, v := range st.marks[markVerdict] {
		c := v.from - 1
		if c < 1 || st.toks[v.from].start >= pe || !copula(st.toks[c].low) {
			continue
		}
		// the subject: a determiner opening the part or a reported
		// clause, and at most five words after it
		for s := max(0, c-6); s < c; s++ {
			if !subjectOpener(st.toks[s].low) || s > 0 && st.toks[s-1].start >= ps && st.toks[s-1].low != "that" {
				continue
			}
			if h.from >= s && h.to <= c {
				return true
			}
			break
		}
	}
	return false
}

// copula reports whether w is a present or past form of "to be" (or
// "remain") that can join a subject to what it is.
func copula(w string) bool {
	switch w {
	case "is", "are", "was", "were", "remains", "remain":
		return true
	}
	return false
}

// subjectOpener reports whether w can open a subject that names aid told
// of before: "the funds", "such funding", "these deliveries".
func subjectOpener(w string) bool {
	switch w {
	case "the", "this", "these", "those", "such", "its", "their":
		return true
	}
	return false
}

// predicate reports whether g is a group that says what the subject
// before it is, with up to four words after the verb "to be": in "Germany
// and France have been Ukraine's biggest backers, handing out ..." the
// givers are Germany and France.
func (st *sentence) predicate(g coord) bool {
	if len(g.entries) > 0 || g.group == "" {
		return false
	}
	for k := g.from - 1; k >= 0 && k >= g.from-5; k-- {
		switch w := st.toks[k].low; {
		case copula(w) || w == "been" || w == "be" || w == "remained":
			// with a name before it to say it of, in one phrase: not
			// "Trump's claim is false: European countries provided"
			return k > 0 && !strings.ContainsAny(st.text[st.toks[k].end:st.toks[g.from].start], ",:;()")
		case w == "and" || w == "or" || w == "by" || w == "from" || w == "with" || w == "that" || w == "which" || w == "who":
			return false
		}
	}
	return false
}

// meetingAs reports whether the venue word after the givers c is a verb
// they do: "Allies meeting in Washington this week pledged", "NATO leaders
// meeting at the summit agreed" (a group meets; "the Contact Group meeting
// in Brussels" is a meeting).
func (st *sentence) meetingAs(c coord) bool {
	if c.group == "" && len(c.entries) < 2 || c.to+1 >= len(st.toks) {
		return false
	}
	switch st.toks[c.to+1].low {
	case "in", "at", "on", "this", "last", "for", "with", "via", "online", "virtually":
		return true
	}
	return false
}

// afterOpeningDate returns the token right after a date that opens the
// sentence, with at most a preposition before it and a comma after ("On
// Monday the government decided", "Last year, it gave"); -1 when no date
// opens it.
func (st *sentence) afterOpeningDate() int {
	if len(st.dates) == 0 || len(st.toks) < 2 {
		return -1
	}
	d := st.dates[0]
	if d.Start != st.toks[0].start && d.Start != st.toks[1].start {
		return -1
	}
	for k, tk := range st.toks {
		if tk.start >= d.End {
			if strings.Trim(st.text[d.End:tk.start], " ,") != "" {
				return -1
			}
			return k
		}
	}
	return -1
}

// expletive reports whether the sentence opens with an "it" that stands
// for nothing: "It is important to note that using different
// methodologies may yield different totals", "It is unclear whether". Such
// a sentence comments; only an amount in it can state aid.
func (st *sentence) expletive() bool {
	if len(st.toks) < 4 || st.toks[0].low != "it" || st.toks[1].low != "is" && st.toks[1].low != "was" {
		return false
	}
	switch st.toks[3].low {
	case "to", "that", "whether", "how", "if", "noting":
	default:
		return false
	}
	switch st.toks[2].low {
	case "important", "impossible", "possible", "clear", "unclear", "worth", "necessary", "true", "notable",
		"noteworthy", "difficult", "hard", "essential", "crucial", "vital", "estimated", "believed", "known",
		"understood", "obvious", "evident", "interesting", "remarkable", "surprising", "uncertain":
		return true
	}
	return false
}

// gdpShare reports whether the part [from, to) gives a percentage in a
// sentence that measures aid against an economy: "contributing 0.36% of its
// GDP", "pledging 0.8% of its output", "0.4 percent the country's GDP".
func (st *sentence) gdpShare(from, to int) bool {
	part := st.text[from:to]
	if !strings.Contains(part, "%") && !strings.Contains(part, " percent") && !strings.Contains(part, " per cent") {
		return false
	}
	economy := false
	for i := range st.toks {
		switch st.toks[i].low {
		case "will", "would", "shall", "annually", "yearly":
			// a share promised for years to come is a pledge: "Riga
			// will provide military assistance worth 0.25% of GDP
			// annually"
			return false
		case "gdp", "gdps", "economy", "output":
			economy = true
		case "gross":
			economy = economy || i+2 < len(st.toks) && st.toks[i+1].low == "domestic" && st.toks[i+2].low == "product"
		}
	}
	return economy
}

// ownDefence reports whether the sentence speaks of a state's own
// defence budget: "to defence", "into defense", "defence spending".
func (st *sentence) ownDefence() bool {
	for i := 0; i+1 < len(st.toks); i++ {
		a, b := st.toks[i].low, st.toks[i+1].low
		switch {
		case (a == "to" || a == "into" || a == "on") && (b == "defence" || b == "defense"),
			(a == "defence" || a == "defense") && (b == "spending" || b == "budget" || b == "budgets" || b == "expenditure"):
			return true
		}
	}
	return false
}

// givenBy reports whether w is a participle of giving whose agent, after
// "by", gives the amount before it: "$106 billion provided by the United
// States".
func givenBy(w string) bool {
	switch w {
	case "provided", "pledged", "given", "allocated", "committed", "donated", "sent", "delivered",
		"disbursed", "contributed", "spent", "offered", "promised", "granted", "supplied", "transferred":
		return true
	}
	return false
}

// restates reports whether the sentence opens by naming what the last one
// told of: "This is the ninth tranche", "It was the first disbursement".
func (st *sentence) restates() bool {
	if len(st.toks) < 3 {
		return false
	}
	switch st.toks[0].low {
	case "this", "it", "that":
	default:
		return false
	}
	if w := st.toks[1].low; w != "is" && w != "was" {
		return false
	}
	// a name follows, not a verb or a comparison: "It is planned to
	// purchase", "That is more than the amount given"
	switch st.toks[2].low {
	case "the", "a", "an":
		return true
	}
	return false
}

// pooled reports whether amount m is money from all lenders together:
// "USD 9 billion in external financing".
func pooled(t string, m *model.Mention) bool {
	rest := t[min(m.End, len(t)):]
	return words.HasPrefixFold(rest, " in external ") || words.HasPrefixFold(rest, " of external ")
}

// has reports whether the sentence has the word w (lower case).
func (st *sentence) has(w string) bool {
	for i := range st.toks {
		if st.toks[i].low == w {
			return true
		}
	}
	return false
}

// upToNow reports whether the sentence counts up to the present: "to
// date", "so far", "thus far", "until now", "up to now", "has already".
func (st *sentence) upToNow() bool {
	for i := 0; i+1 < len(st.toks); i++ {
		switch a, b := st.toks[i].low, st.toks[i+1].low; {
		case a == "to" && b == "date" && (i == 0 || st.toks[i-1].low != "up"),
			(a == "so" || a == "thus") && b == "far",
			(a == "until" || a == "till" || a == "to") && b == "now",
			(a == "has" || a == "have" || a == "had") && (b == "already" || i+2 < len(st.toks) && st.toks[i+2].low == "already"),
			a == "now" && b != "that" && (i == 0 || st.toks[i-1].low != "until" && st.toks[i-1].low != "to" && st.toks[i-1].low != "from"):
			return true
		}
	}
	return false
}

// toldNow reports whether trigger tr is told in the present or the future:
// "will provide", "is sending", "now proposes to allocate", "contributes",
// "intends to announce" (but not "would provide", "has sent", "are sent" or
// "sent").
func (st *sentence) toldNow(tr int) bool {
	h := st.trig[tr]
	for j := h.from - 1; j >= max(0, h.from-3); j-- {
		switch w := st.toks[j].low; w {
		case "will", "shall", "now":
			return true
		case "is", "are":
			// the progressive or a plan ("is sending", "are expected to
			// provide"), not a chronicle's passive ("2,000 NLAWs are flown
			// to Kyiv")
			switch n := st.toks[j+1].low; n {
			case "expected", "set", "due", "going", "scheduled", "planned", "likely", "poised", "ready", "about":
				return true
			default:
				return strings.HasSuffix(n, "ing")
			}
		case "would", "could", "might", "should", "had", "was", "were", "did", "has", "have":
			return false
		default:
			if j+1 < h.from && st.toks[j+1].low == "to" && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				return true // "intends to", "plans to", "proposes to"
			}
		}
	}
	w := st.toks[h.from].low
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || h.from == 0 {
		return false
	}
	// a noun in "-s" after a determiner or a preposition is no verb: "were
	// among the first contributors"
	switch st.toks[h.from-1].low {
	case "the", "a", "an", "its", "their", "our", "his", "her", "first", "of", "and", "or", "for", "to", "with", "by", "in", "on", "other", "new", "main", "largest", "biggest", "many", "some", "all", "these", "those", "such", "further", "more":
		return false
	}
	return true
}

// leadsLine reports whether the mention at byte pos opens its line, as the
// date of a chronicle's entry does ("9 April - Visiting Kyiv, Prime Minister
// Boris Johnson promises 120 armoured vehicles"): an entry tells its day in
// the present.
func leadsLine(t string, pos int) bool {
	i := strings.LastIndexByte(t[:pos], '\n') + 1
	return strings.Trim(t[i:pos], " \t*-•") == ""
}

// beforeDocMonth reports whether date x ends before the month of a dated
// document begins.
func beforeDocMonth(d *model.Doc, x *model.Date) bool {
	if d.Document == nil || d.Date.IsZero() {
		return false
	}
	_, last, ok := x.Bounds()
	return ok && (last.Year() < d.Date.Year() || last.Year() == d.Date.Year() && last.Month() < d.Date.Month())
}

// nowOrAhead reports whether the byte span [from, to) speaks of the
// present or the future: "will", "now", or "is", "are" or "am" before a
// word in "-ing" ("are supporting"), or a verb of the present that tells
// what a thing holds ("includes").
func (st *sentence) nowOrAhead(from, to int) bool {
	for i, tk := range st.toks {
		if tk.start < from || tk.end > to {
			continue
		}
		switch tk.low {
		case "will":
			// not of a thing the clause names: "a loan, which will be repaid"
			if i == 0 || !relative(st.toks[i-1].low) {
				return true
			}
		case "now", "includes", "include":
			return true
		case "is", "are", "am":
			if i+1 < len(st.toks) && strings.HasSuffix(st.toks[i+1].low, "ing") {
				return true
			}
		}
	}
	return false
}

// subjectOfInfinitive reports whether the name c, after "for", does what
// the infinitive after it says: "hope for the EU to finally pass its
// package" (but "aid for Israel" receives).
func (st *sentence) subjectOfInfinitive(c coord) bool {
	f := st.skipDeterminers(c.from)
	if f == 0 || st.toks[f-1].low != "for" || c.to+1 >= len(st.toks) || st.toks[c.to].low != "to" {
		return false
	}
	// a sum for a body to spend goes to it: "20 million kronor ($1.8
	// million) for the United Nations Population Fund to support victims"
	gap := st.toks[f-1].start
	for _, m := range st.money {
		if m.End <= gap && strings.Trim(st.text[m.End:gap], " )]") == "" {
			return false
		}
	}
	return true
}

// relative reports whether w opens a relative clause.
func relative(w string) bool {
	return w == "which" || w == "that" || w == "who" || w == "whose"
}

// yearsBefore returns how many calendar years x ends before the
// document's year, or 0 for an undated document.
func yearsBefore(d *model.Doc, x *model.Date) int {
	if d.Document == nil || d.Date.IsZero() {
		return 0
	}
	return d.Date.Year() - max(x.Y, x.EndY)
}

// trailsAmountBefore reports whether the date before the statement's
// amount (own) trails the amount before it in the segment, while another
// date (after) follows this amount before the next one: "€7 billion in
// 2024, up from €5.4 billion the previous year", "$5 billion in 2023 and
// $6 billion in 2024". The date after is then this amount's.
func trailsAmountBefore(st *sentence, sm *statement, own, after *model.Mention) bool {
	if sm.money == nil || own.Start > sm.money.Start || after.Start < sm.money.End {
		return false
	}
	k := mentionsFrom(st.money, sm.money.Start)
	if k == 0 || k >= len(st.money) || st.money[k] != sm.money {
		return false
	}
	if prev := st.money[k-1]; prev.End < sm.from || prev.End > own.Start {
		return false
	}
	return k+1 == len(st.money) || after.Start < st.money[k+1].Start
}

// notAfterDoc returns x, or the document's date when x starts after it: in
// a dated document, a later date carried over from another sentence ("for
// 2024-2027", "until 2036") is the span of a plan, not the day of the act.
// So too when x is a month or year that holds the document's day: the day
// says more.
func notAfterDoc(d *model.Doc, x *model.Date) *model.Date {
	// docDate(d) != nil, without building it for nothing
	if d.Document != nil && !d.Date.IsZero() {
		first, last, ok := x.Bounds()
		if ok && first.After(d.Date) {
			return docDate(d)
		}
		// a story's month or year that holds the document's day only
		// bounds what the day says exactly
		if ok && x.Precision != model.Day && !d.Date.Before(first) && !d.Date.After(last) {
			return docDate(d)
		}
	}
	return x
}

// historical reports whether a date lies more than ten years before the
// document's: an aside on history ("recalled the 1950-53 Korean War"),
// no time the story after it is told at.
func historical(d *model.Doc, x *model.Date) bool {
	if d.Document == nil || d.Date.IsZero() {
		return false
	}
	y := x.Y
	if x.EndY > y {
		y = x.EndY
	}
	return y != 0 && y < d.Date.Year()-10
}

// namesWar reports whether date mention m is a year that names the war,
// not the act: "In the wake of Putin's 2022 invasion of Ukraine, the G7
// agreed", "the 2014 war".
func namesWar(t string, m *model.Mention) bool {
	if m.Date.Precision != model.Year || m.Date.Modifier != "" {
		return false
	}
	rest := t[m.End:]
	for _, w := range [...]string{" invasion", " full-scale invasion", " full scale invasion", " war ", " war,", " war.", " aggression", " annexation"} {
		if words.HasPrefixFold(rest, w) {
			return true
		}
	}
	return false
}

// background reports whether date mention m dates no act of aid: a year
// before Ukraine's independence, a year that names the war, when a body
// was founded ("the EBRD, which was founded in 1991"), or a date compared
// with or a term's end (see comparedOrEnding).
func background(t string, m *model.Mention) bool {
	return beforeUkraine(m.Date) || namesWar(t, m) || words.Founding(t, m.Start) || comparedOrEnding(t, m.Start)
}

// comparedOrEnding reports whether the words right before byte offset pos
// make the date there a point of comparison or the end of a term, which
// dates no act: "£2.3 billion for the year, matching 2022", "up from
// 2023", "before it expires on September 30".
func comparedOrEnding(t string, pos int) bool {
	lead := strings.TrimRight(t[max(0, pos-24):pos], " ")
	for _, w := range [...]string{"matching", "compared with", "compared to", "than in", "up from", "down from", "expires on", "expire on", "expiring on", "expires", "expire"} {
		if len(lead) >= len(w) && strings.EqualFold(lead[len(lead)-len(w):], w) && (len(lead) == len(w) || !isWordRune(rune(lead[len(lead)-len(w)-1]))) {
			return true
		}
	}
	return false
}

// opensInHistory reports whether the sentence's first date opens it, with
// at most a preposition before it, and ends before 1991.
func opensInHistory(st *sentence) bool {
	if len(st.dates) == 0 || len(st.toks) == 0 || !beforeUkraine(st.dates[0].Date) {
		return false
	}
	lead := st.text[st.toks[0].start:st.dates[0].Start]
	switch strings.ToLower(strings.TrimSpace(lead)) {
	case "", "in", "between", "from", "during", "by", "until", "after", "before":
		return true
	}
	return false
}

// beforeUkraine reports whether a date ends before 1991, when Ukraine
// became a state: no aid to it is of that time, and such a date in a
// sentence about aid is history told beside it ("the Holodomor ... that
// killed millions in 1932 and 1933", "the Lend-Lease Act of 1941").
func beforeUkraine(x *model.Date) bool {
	y := max(x.Y, x.EndY)
	return y != 0 && y < 1991
}

// afterDoc reports whether a date begins after the document's date (false
// for an undated document).
func afterDoc(d *model.Doc, x *model.Date) bool {
	if d.Document == nil || d.Date.IsZero() {
		return false
	}
	first, _, ok := x.Bounds()
	return ok && first.After(d.Date)
}

// yearSpan reports whether a date is a span of whole years, the term of a
// programme ("2024-2027", "from 2023 to 2027").
func yearSpan(x *model.Date) bool {
	return x.Precision == model.Year && x.EndY > x.Y
}

// startOf returns the start of a range.
func startOf(x *model.Date) *model.Date {
	return &model.Date{Y: x.Y, M: x.M, D: x.D, Q: x.Q, Precision: x.Precision, Relative: x.Relative}
}

// docDate is the document's date as a day, or nil.
func docDate(d *model.Doc) *model.Date {
	if d.Document == nil || d.Date.IsZero() {
		return nil
	}
	return &model.Date{Y: d.Date.Year(), M: int(d.Date.Month()), D: d.Date.Day(), Precision: model.Day}
}

// isBound reports whether a date bounds a state rather than dating an act:
// "by 9 March 2023", "as of July", "before 2022", "By mid-2023".
func isBound(t string, m *model.Mention) bool {
	switch m.Date.Modifier {
	case "by", "as_of", "before", "after":
		return true
	}
	return words.HasPrefixFold(t[max(0, m.Start-3):m.End], "by ") || words.HasPrefixFold(t[m.Start:m.End], "by ")
}

// laterYear reports whether x is a year later than the document's year
// dy; for a total, a span that ends after it.
func laterYear(x *model.Date, dy int, total bool) bool {
	if total {
		return x.EndY > dy
	}
	return x.EndY == 0 && x.Precision == model.Year && x.Y > dy
}

// boundWord reports whether a date is told as the end of a span: "through
// 2027", "until 2030", "by 2026": a tally committed through years to come
// counts up to the day it is told.
func boundWord(t string, m *model.Mention) bool {
	s := t[m.Start:m.End]
	for _, w := range [...]string{"through ", "until ", "till ", "up to ", "by "} {
		if words.HasPrefixFold(s, w) {
			return true
		}
	}
	return false
}

// untilLike reports whether a date ends a span: "until 2030", "until the
// end of 2027". It tells how long a plan runs, not when anything was done.
func untilLike(t string, m *model.Mention) bool {
	return words.HasPrefixFold(t[max(0, m.Start-6):m.End], "until ") || words.HasPrefixFold(t[m.Start:m.End], "until ")
}

// antecedentSentences is how many sentences back antecedent looks.
const antecedentSentences = 10

// antecedent returns the earlier event that an amount introduced by "the",
// "this" or "that" refers back to: "the $400-million aid announcement"
// after "the Pentagon announced a $400 million ... package". It is the
// latest event of earlier with the same amount in the same currency and a
// donor, at most antecedentSentences before st, with no heading between;
// nil when there is none.
func antecedent(st *sentence, m *model.Mention, earlier []model.Event, heads []int, t string) *model.Event {
	i := st.tokAt(m.Start)
	if i == 0 || st.toks[i-1].end > m.Start || strings.TrimSpace(t[st.toks[i-1].end:m.Start]) != "" {
		return nil
	}
	switch st.toks[i-1].low {
	case "the", "this", "that":
	default:
		return nil
	}
	return sameAmountBefore(st, m, earlier, heads, true)
}

// sameAmountBefore returns the latest event of earlier with m's amount in
// m's currency (and a donor, when named), at most antecedentSentences
// before st with no heading between; nil when there is none.
func sameAmountBefore(st *sentence, m *model.Mention, earlier []model.Event, heads []int, named bool) *model.Event {
	mo := m.Money
	for k := len(earlier) - 1; k >= 0; k-- {
		e := &earlier[k]
		if st.s.Index-e.Sentence > antecedentSentences || headingBetween(heads, e.Start, st.s.Start) {
			return nil
		}
		if e.HasAmount && (e.Donor != "" || !named) && e.Currency == mo.Currency && e.Amount == mo.Value {
			return e
		}
	}
	return nil
}

// headingBetween reports whether a heading starts in [from, to).
func headingBetween(heads []int, from, to int) bool {
	for _, h := range heads {
		if h >= from && h < to {
			return true
		}
	}
	return false
}

// bulleted reports whether the line holding byte pos starts with a bullet.
func bulleted(t string, pos int) bool {
	line := strings.TrimSpace(t[strings.LastIndexByte(t[:pos], '\n')+1:])
	return strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "•") || strings.HasPrefix(line, "+ ")
}

// narrativeDate is the date a sentence without one inherits from the story
// before it, within its section (a heading starts a new one, see
// headings): the nearest
// earlier absolute date, relative ("two days earlier") and "since" dates
// left out, and of its sentence the most precise plain date ("On 15
// November 2022 ... for fiscal year 2023" gives the day). A nearest date
// that bounds a state ("as of 24 July 2023", "by 9 March") dates no later
// act: the sentence stays undated.
func narrativeDate(t string, st *sentence, all []*model.Mention, heads []int) *model.Mention {
	sect := -1 // the heading the sentence is under
	if k, _ := slices.BinarySearch(heads, st.s.Start); k > 0 {
		sect = heads[k-1]
	}
	// an item of a list is dated by the list's introduction, not by a
	// sibling item ("* France pledged 12 guns on 2 February")
	item := st.isItem()
	// the last date before the sentence, in its section: all is in text
	// order, so search back from the sentence rather than from the top
	li := -1
	k, _ := slices.BinarySearchFunc(all, st.s.Start, func(x *model.Mention, start int) int { return cmp.Compare(x.Start, start) })
	for i := k - 1; i >= 0 && all[i].Start > sect; i-- {
		if x := all[i]; !sinceLike(t, x) && !untilLike(t, x) && !(item && bulleted(t, x.Start)) && !words.Founding(t, x.Start) && !comparedOrEnding(t, x.Start) {
			if x.Date.Anchor != "" {
				// "Today, Prime Minister Carney announced the Government
				// of Canada is allocating this funding as follows:" dates
				// the items of its list
				if strings.HasPrefix(x.Date.Anchor, "day:0") && st.s.Index-x.Sentence <= 8 && strings.Contains(t[x.End:st.s.Start], ":\n") {
					li = i
					break
				}
				continue
			}
			li = i
			break
		}
	}
	if li < 0 || isBound(t, all[li]) {
		return nil
	}
	last := all[li]
	// the most precise date of that sentence, the first of equals
	from := li
	for from > 0 && all[from-1].Sentence == last.Sentence {
		from--
	}
	best := last
	for _, x := range all[from:] {
		if x.Sentence != last.Sentence {
			break
		}
		if x.Date.Anchor == "" && !sinceLike(t, x) && !untilLike(t, x) && !isBound(t, x) && !comparedOrEnding(t, x.Start) && rank(x.Date) > rank(best.Date) {
			best = x
		}
	}
	return best
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

// endOf returns the date itself, or the end of a range. A range of days
// within one month ("18-20 January 2023") dates what happened during it by
// its month, the most precise date that holds for all of it; a total is
// counted up to the range's end.
func endOf(x *model.Date, total bool) *model.Date {
	c := *x
	if x.EndY != 0 && x.EndY == x.Y && x.EndM == x.M && x.M != 0 && x.Precision == model.Day && !total {
		return &model.Date{Y: x.Y, M: x.M, Precision: model.Month, Relative: x.Relative}
	}
	if x.EndY != 0 {
		p := x.EndPrecision
		if p == "" {
			p = x.Precision
		}
		c = model.Date{Y: x.EndY, M: x.EndM, D: x.EndD, Q: x.EndQ, Precision: p, Relative: x.Relative}
	}
	return &c
}

// ownPurchase reports whether trigger k buys, weakly ("to buy", "to
// purchase"), what the part [from, to) prices only as a buyer's own: it
// counts no aid, and every amount in it is no aid flow ("a deal to buy 88
// F-35 fighter jets ... in a C$19 billion project to replace its aging
// fleet"). A purchase for the recipient names it and is a stronger trigger.
func (l *Linker) ownPurchase(st *sentence, k, from, to int) bool {
	tr := l.data.triggers[st.trig[k].idx]
	if tr.strength > 1 || !strings.Contains(tr.phrase.text, "buy") && !strings.Contains(tr.phrase.text, "purchas") {
		return false
	}
	if len(st.itemsIn(from, to)) > 0 {
		return false
	}
	// what it buys for itself is its own: "signed deals to buy up to 92
	// German-made Leopard tanks to replace its obsolete Soviet-era fleet"
	priced := st.spent
	for _, m := range st.money {
		if m.Start >= from && m.Start < to {
			if m.Money.Role != "other" {
				return false
			}
			priced = true
		}
	}
	return priced
}

// movesNoAid reports whether what trigger k moves is a sum that is no aid
// flow, told right after it, in a part [from, to) that counts nothing: "The
// Government has authorised orders worth SEK 5 billion to restock artillery
// ammunition", "Hungary still receives about €10 billion in EU cohesion
// funds". The verb's object is that sum, so the part gives no aid, unless
// it names the recipient: a sum for Ukraine may be given whatever the
// money extractor made of its words.
func (st *sentence) movesNoAid(k, from, to int) bool {
	if len(st.itemsIn(from, to)) > 0 || strings.Contains(st.text[from:to], "Ukrain") || strings.Contains(st.text[from:to], "Kyiv") {
		return false
	}
	end := st.toks[st.trig[k].to-1].end
	for _, m := range st.money {
		if m.Start < end || m.Start >= to {
			continue
		}
		gap := st.text[end:m.Start]
		// a sum that is each receiver's share is given ("will receive 500
		// million forints each"), though the money extractor reads it as
		// a price
		rest := strings.TrimLeft(st.text[m.End:], " ")
		each := words.HasPrefixFold(rest, "each") || words.HasPrefixFold(rest, "apiece")
		return m.Money.Role == "other" && !each && !strings.ContainsAny(gap, ",;:()") && len(strings.Fields(gap)) <= 4
	}
	return false
}

// besides reports whether token k follows "in addition to", "besides",
// "apart from" or "on top of", with at most a determiner between: "In
// addition to military aid, Ireland has provided €130 million in
// humanitarian assistance" names the other aid to set it aside.
func besides(toks []token, k int) bool {
	if k > 0 {
		switch toks[k-1].low {
		case "the", "its", "their", "our", "his", "her":
			k--
		}
	}
	w := func(i int) string {
		if i < 0 {
			return ""
		}
		return toks[i].low
	}
	switch {
	case w(k-1) == "besides":
		return true
	case w(k-1) == "from" && w(k-2) == "apart":
		return true
	case w(k-1) == "to" && w(k-2) == "addition" && w(k-3) == "in":
		return true
	case w(k-1) == "of" && w(k-2) == "top" && w(k-3) == "on":
		return true
	}
	return false
}

// describes reports whether the sentence opens by going on about what the
// one before named: "It will fund drones", "This includes", "The package
// contains".
func (st *sentence) describes() bool {
	if len(st.toks) < 2 {
		return false
	}
	switch st.toks[0].low {
	case "it":
		return true
	case "this", "the":
		// not "This week, ..."
		switch st.toks[1].low {
		case "package", "funding", "funds", "aid", "assistance", "support", "money", "contribution", "tranche", "sum", "amount":
			return true
		}
		return st.toks[0].low == "this" && (st.toks[1].low == "includes" || st.toks[1].low == "will" || st.toks[1].low == "covers")
	}
	return false
}

// noDollars reports whether the sentence names sums, none of them in US
// dollars: its numbered tranche is no drawdown of US stocks.
func (st *sentence) noDollars() bool {
	for _, m := range st.money {
		if m.Money != nil && m.Money.Currency == "USD" {
			return false
		}
	}
	return len(st.money) > 0
}

// namesOrganisation reports whether the sentence names an international
// organisation (the EU, the IMF, a bank).
func (st *sentence) namesOrganisation() bool {
	for _, a := range st.actors {
		if a.entry != nil && a.entry.Kind == donors.KindOrganisation {
			return true
		}
	}
	return false
}

// trainingInList reports whether token k is the noun "training" after a list's
// joint, with at most one word between: "arms and training", "ammunition,
// troop training" (not "had trained", "to train").
func trainingInList(st *sentence, k int) bool {
	joint := func(k int) bool {
		if k <= 0 {
			return false
		}
		p := st.toks[k-1]
		return p.low == "and" || p.low == "plus" || strings.Contains(st.text[p.end:st.toks[k].start], ",")
	}
	return st.toks[k].low == "training" && (joint(k) || k > 0 && joint(k-1) && !strings.ContainsAny(st.text[st.toks[k-1].end:st.toks[k].start], ",;:"))
}

// storyAidSentences is how many sentences an event's aid type carries on.
const storyAidSentences = 2

// storyAid returns the aid type the story's last events share with the
// givers ds, unspecified when they do not agree or say none.
func storyAid(story []model.Event, ds []*donors.Entry) string {
	aid := ""
	for _, e := range story {
		if !slices.ContainsFunc(ds, func(ent *donors.Entry) bool { return ent.Canonical == e.Donor }) {
			continue
		}
		switch {
		case e.AidType == AidUnspecified:
			return AidUnspecified
		case aid == "":
			aid = e.AidType
		case aid != e.AidType:
			return AidUnspecified
		}
	}
	return cmp.Or(aid, AidUnspecified)
}

// counted reports whether a statement is a verb of giving over counted
// materiel, which goes on the story's giver like an amount: "Six M777
// howitzers were also committed" ("Russia has sent over 10,000 glide
// bombs" is no giving).
func (l *Linker) counted(st *sentence, sm *statement) bool {
	if sm.trig < 0 || len(st.itemsIn(sm.from, sm.to)) == 0 {
		return false
	}
	h := st.trig[sm.trig]
	// a weak verb in the passive counts too: "A further 1,615 anti-tank
	// weapons are sent" names what was given, if not who gave it
	// and so does one after the items of a list's entry: "- 2,700 M72 LAW
	// anti-tank weapons, sent in late February 2022"
	if l.data.triggers[h.idx].strength < 2 && !st.participle(h.from) && !(st.isItem() && st.entryParticiple(h.from)) {
		return false
	}
	return !st.russiaActs(sm.from, st.toks[h.from].start)
}

// trains reports whether a statement's verb trains people it counts, which
// goes on the story's giver as counted materiel does: "Since 2015, Operation
// UNIFIER has trained more than 35,000 members of the Security Forces of
// Ukraine", "ADF personnel have helped train more than 2,000 Ukrainian
// soldiers".
func (st *sentence) trains(sm *statement) bool {
	if sm.trig < 0 {
		return false
	}
	h := st.trig[sm.trig]
	switch st.toks[h.to-1].low {
	case "train", "trains", "trained":
	default:
		return false // not the noun: "Training of the first eight Ukrainian pilots began in Denmark"
	}
	for _, at := range st.trained {
		if at >= st.toks[h.to-1].end && at < sm.to {
			return true
		}
	}
	return false
}

// possessive reports whether a word, or the text right after it, ends it
// with a possessive "'s".
func possessive(word, rest string) bool {
	return strings.HasSuffix(word, "'s") || strings.HasSuffix(word, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// attributive reports whether the words between an amount and a name
// after it let the name qualify the amount: not across a comma or a dash.
func attributive(gap string) bool {
	return !strings.ContainsAny(gap, ",;:()–—") && !strings.Contains(gap, " - ")
}

// receives reports whether the statement's trigger is a verb of receiving
// and its clause [cs, ce) holds no other verb of giving ("Poland received
// German permission to send Leopard tanks" gives).
func (l *Linker) receives(st *sentence, sm *statement, cs, ce int) bool {
	if sm.trig < 0 || !receiving(l.data.triggers[st.trig[sm.trig].idx].phrase.text) {
		return false
	}
	for _, h := range st.trig {
		if p := st.toks[h.from].start; p >= cs && p < ce && !receiving(l.data.triggers[h.idx].phrase.text) {
			return false
		}
	}
	return true
}

func receiving(p string) bool { return strings.HasPrefix(p, "receiv") || p == "obtained" }

// participle reports whether token k is a past participle in the passive:
// "are sent", "were provided", not "was to send".
func (st *sentence) participle(k int) bool {
	w := st.toks[k].low
	return participleWord(w) && st.passive(k)
}

// participleWord reports whether w has the form of a past participle.
func participleWord(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "sent" || w == "given" || w == "flown"
}

// entryParticiple reports whether the word at token k is a participle
// that follows the words of a list's entry, after a comma or a bracket.
func (st *sentence) entryParticiple(k int) bool {
	w := st.toks[k].low
	if k < 1 || !participleWord(w) {
		return false
	}
	gap := st.text[st.toks[k-1].end:st.toks[k].start]
	return strings.ContainsAny(gap, ",(") || st.toks[k-1].low == "and" && k >= 2 && !st.passive(k)
}

// passive reports whether the verb at token k is in the passive voice:
// "were transferred", "have been delivered", "was also sent".
func (st *sentence) passive(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch st.toks[j].low {
		case "was", "were", "is", "are", "be", "been", "being":
			return true
		}
	}
	return false
}

// russiaActs reports whether Russia is named in the byte span [from, to)
// before an act: the attacker, not a giver.
func (st *sentence) russiaActs(from, to int) bool {
	for _, tk := range st.toks[st.tokAt(from):] {
		if tk.start >= to {
			break
		}
		switch tk.low {
		case "russia", "russian", "russians", "moscow", "kremlin":
			return true
		}
	}
	return false
}

// civilItem reports whether a counted item is a good for civilians (see
// civil.tsv): "200 transformers", "40 heavy generators", "20 ambulances".
func (l *Linker) civilItem(m *model.Mention) bool {
	if m.Materiel == nil || m.Materiel.Category != "other" && m.Materiel.Category != "vehicle" {
		return false
	}
	item := m.Materiel.Item
	k := strings.LastIndexByte(item, ' ')
	if l.data.civil[lowerASCII(item[k+1:])] {
		return true
	}
	if k > 0 {
		if j := strings.LastIndexByte(item[:k], ' '); l.data.civil[lowerASCII(item[j+1:])] {
			return true
		}
	}
	return false
}

// aidType reads the cues of the statement's clause, else of its sentence;
// materiel counts as military. byMeans reports an aid type of financial
// that only a word of how aid is paid gave ("to finance a package").
func (l *Linker) aidType(st *sentence, sm *statement) (aid string, byMeans bool) {
	// the aid types seen, as a set of bits: a map per statement made a
	// sentence with a thousand amounts slow
	const (
		military     = aidMilitaryBit
		financial    = aidFinancialBit
		humanitarian = aidHumanitarianBit
		training     = aidTrainingBit
		means        = aidMeansBit
	)
	// the statements of a clause share its set, remembered in memo
	collect := func(memo *spanMemo, from, to int) int {
		if seen, ok := memo.get(from, to); ok {
			return seen
		}
		seen := 0
		// arms named before training that is an item of their list are
		// given beside it ("arms and training"), not trained on; armsAt
		// and trainAt are where the first of each starts
		armsAt, trainAt, listedAt := to, to, false
		lo, hi := st.hitsIn(st.cues, from, to)
		for _, h := range st.cues[lo:hi] {
			if st.toks[h.to-1].end <= to && !l.cueMasked(st.cues[lo:hi], h) && !besides(st.toks, h.from) {
				b := aidTypeBit(l.data.cues[h.idx].aidType)
				switch {
				case b == training && seen&training == 0:
					trainAt, listedAt = st.toks[h.from].start, trainingInList(st, h.from)
				case b == military && seen&military == 0:
					armsAt = st.toks[h.from].start
				}
				seen |= b
			}
		}
		civil := false
		itemAt := to
		for _, m := range st.itemsIn(from, to) {
			if !l.civilItem(m) {
				seen |= military
				armsAt = min(armsAt, m.Start)
				itemAt = m.Start
				civil = false
				break
			}
			civil = true
		}
		if listedAt && armsAt < trainAt || itemAt < trainAt {
			// weapons counted before the training named are what is
			// given: "has delivered eight Leopard 2 tanks, ... and our
			// soldiers are helping train Ukrainian crews" (but "training
			// on the 14 Leopard tanks" is training)
			seen |= aidArmsFirstBit
		}
		lo, hi = st.hitsIn(st.pkgs, from, to)
		for _, h := range st.pkgs[lo:hi] {
			// a package of weapons; a bare "tranche" may be of money
			// ("a tranche of $1.75 billion for emergency assistance"),
			// a numbered one ("the 40th tranche") is a drawdown unless
			// money is named ("a sixth tranche ... under the
			// Macro-financial Assistance package"), nor one an
			// organisation pays ("the EU released the first tranche of
			// emergency bridging funding", "the first tranche from the
			// International Monetary Fund"), nor one of sums in another
			// currency ("a first regular tranche of €4.2 billion")
			if p := l.data.packages[h.idx]; p.numbered && p.donor == "" && (seen&(financial|humanitarian) != 0 || l.ordinalBefore(st, h.from, st.text) == 0 || st.namesOrganisation() || st.noDollars()) {
				continue
			}
			if st.toks[h.to-1].end <= to {
				seen |= military
				break
			}
		}
		if civil {
			// only goods for civilians: what equipment comes with them is
			// theirs ("14 fire engines ... and 100 tonnes of equipment")
			seen |= aidCivilBit
			if seen == aidCivilBit {
				seen = humanitarian
			}
		}
		memo.set(from, to, seen)
		return seen
	}
	if sm.money != nil {
		if aid := ownAidType(st.text, sm.money); aid != "" {
			return aid, false
		}
	}
	cs, ce := st.clauseOf(sm.pos)
	seen := 0
	if sm.to > sm.from && (sm.from > cs || sm.to < ce) {
		// a statement's own part of its clause first: in "Japan pledged
		// financial aid worth EUR 5.1 billion, and the Netherlands EUR 2.5
		// billion for a Patriot system" Japan's aid is financial
		seen = collect(&st.aidSegment, sm.from, sm.to)
	}
	if seen == 0 && sm.money != nil {
		if at := st.partAfter(sm.money, ce); at >= 0 {
			// a whole named without a type, with a part of one type:
			// "$380 billion in aid, including nearly $118 billion in
			// direct military aid" is military and more
			var whole, part spanMemo
			if w := collect(&whole, cs, at); w == 0 {
				if p := collect(&part, at, ce); bits.OnesCount(uint(p&(military|financial|humanitarian))) == 1 && p&aidGearBit == 0 {
					return AidMixed, false
				}
			}
		}
	}
	if seen == 0 {
		seen = collect(&st.aidClause, cs, ce)
	} else if seen&(military|financial|humanitarian|training) == 0 && seen&means != 0 && (sm.from > cs || sm.to < ce) {
		// a part that only says how aid is paid takes its clause's kind:
		// "the EU approved its share of the G7 loans, while the United
		// States disbursed its $20 billion portion through a World Bank
		// fund"
		if c := collect(&st.aidClause, cs, ce); c&(military|financial|humanitarian|training) != 0 {
			seen = c
		}
	}
	if seen == 0 {
		seen = collect(&st.aidSent, st.s.Start, st.s.End)
	}
	if seen&aidUseBit != 0 && seen&(military|financial|humanitarian|means) == 0 {
		seen |= aidCivilBit
	}
	if seen&aidGearBit != 0 && seen&aidCivilBit == 0 {
		seen |= military
	}
	if seen&aidCivilBit != 0 && seen&military == 0 {
		// goods for civilians are humanitarian aid unless weapons are
		// named beside them
		seen |= humanitarian
	}
	if seen&means != 0 && seen&(military|humanitarian|training) == 0 {
		// how aid is paid says what it is only when nothing else does:
		// "financing for Ukraine" is financial, "Foreign Military
		// Financing" military, "financing the training" training
		byMeans = seen&financial == 0
		seen |= financial
	}
	has := func(b int) bool { return seen&b != 0 }
	switch {
	case bits.OnesCount(uint(seen&(military|financial|humanitarian))) > 1:
		return AidMixed, false
	case has(training) && !has(financial) && !has(humanitarian):
		if has(military) && (sm.money != nil || has(aidArmsFirstBit)) {
			// "lethal and non-lethal arms and training" is military aid,
			// "training on the Leopard tanks" training
			return AidMilitary, false
		}
		return AidTraining, false
	case has(military):
		return AidMilitary, false
	case has(financial):
		return AidFinancial, byMeans
	case has(humanitarian):
		return AidHumanitarian, false
	}
	return AidUnspecified, false
}

// The type of aid an amount is told as, right before or after it: "NZ$9
// million in humanitarian funding", "$500 million in additional military
// aid", "military aid worth around 3.8 billion crowns", "humanitarian and
// civilian support of about 1.9 billion crowns".
var (
	typeAfter  = regexp.MustCompile(`(?i)^\s*(?:\([^()]{0,40}\)\s*)?(?:in|of)\s+(?:(?:new|additional|further|direct|emergency|urgent|extra)\s+){0,2}(humanitarian|military|financial|budget|macro-financial|defen[cs]e|security)\s+(?:aid|assistance|support|funding)\b`)
	typeBefore = regexp.MustCompile(`(?i)\b(humanitarian|military|financial|budget|macro-financial|defen[cs]e|security)(?:\s+and\s+[a-z]+)?\s+(?:aid|assistance|support|funding)\s+(?:worth|of|totall?ing|amounting\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least|approximately)\s+){0,2}$`)
)

// typeListed and typeJoined find another type of aid listed after or joined
// before the one an amount is told as.
var (
	typeListed = regexp.MustCompile(`(?i)^\s*(?:,|and\b|as well as\b)\s*(?:and\s+)?(?:[a-z-]+\s+){0,2}?(?:humanitarian|military|financial|budget|economic|development|macro-financial|defen[cs]e|security|civilian)\b`)
	typeJoined = regexp.MustCompile(`(?i)\b(?:humanitarian|military|financial|budget|economic|development|defen[cs]e|security|civilian)\b[^,;.]{0,30}\s(?:and|,)\s*$`)
)

// ownAidType returns the aid type the words next to amount m give it, or "".
// A sentence may hold amounts of several types ("NZ$13.7 million for weapons
// ..., and NZ$9 million in humanitarian funding"): each amount's own words
// say what it is.
func ownAidType(t string, m *model.Mention) string {
	var w string
	after := t[m.End:min(len(t), m.End+150)]
	before := t[max(0, m.Start-120):m.Start]
	if !namesAidType(after[:min(len(after), 70)]) {
		after = "" // the regexps are dear, most amounts have no type beside them
	}
	if !namesAidType(before[max(0, len(before)-70):]) {
		before = ""
	}
	if g := typeAfter.FindStringSubmatchIndex(after); g != nil {
		if typeListed.MatchString(after[g[1]:]) {
			return "" // one of a list of types: "€30 billion in macro-financial assistance, budget support and humanitarian aid"
		}
		w = after[g[2]:g[3]]
	} else if g := typeBefore.FindStringSubmatchIndex(before); g != nil {
		if typeJoined.MatchString(before[:g[0]]) {
			return "" // "military equipment and financial support worth"
		}
		w = before[g[2]:g[3]]
	}
	switch strings.ToLower(w) {
	case "humanitarian":
		return AidHumanitarian
	case "military", "defence", "defense", "security":
		return AidMilitary
	case "financial", "budget", "macro-financial":
		return AidFinancial
	}
	return ""
}

// namesAidType reports whether s may name a type of aid: a word of the
// type and a noun of aid, in any case ("Humanitarian assistance").
func namesAidType(s string) bool {
	typed := strings.Contains(s, "umanitarian") || strings.Contains(s, "ilitary") || strings.Contains(s, "inancial") ||
		strings.Contains(s, "udget") || strings.Contains(s, "efen") || strings.Contains(s, "ecurity")
	return typed && (strings.Contains(s, "aid") || strings.Contains(s, "ssistance") || strings.Contains(s, "upport") || strings.Contains(s, "unding"))
}

// partAfter returns where an "including" or "of which" starts that opens,
// before the clause ends at to, a smaller amount after m: the part of a
// whole. It returns -1 when there is none.
func (st *sentence) partAfter(m *model.Mention, to int) int {
	k := mentionsFrom(st.money, m.End)
	if k >= len(st.money) || st.money[k].Start >= to || !smaller(st.money[k].Money, m.Money) {
		return -1
	}
	next := st.money[k]
	for i := st.tokAt(m.End); i < len(st.toks) && st.toks[i].end <= next.Start; i++ {
		switch st.toks[i].low {
		case "including", "includes", "included":
			return st.toks[i].start
		case "which":
			if i > 0 && st.toks[i-1].low == "of" {
				return st.toks[i-1].start
			}
		}
	}
	return -1
}

// cueNone is the aid type of a cue that names no aid ("fiscal year"): it
// masks the cues inside it ("fiscal").
const cueNone = "none"

// cueMasked reports whether a cue of type none, civil or means among hs
// covers h: "energy equipment" is no military "equipment", a "financial
// agreement" no financial aid (a means cue only covers a shorter one:
// "financ*" and "financial" match the same word).
func (l *Linker) cueMasked(hs []hit, h hit) bool {
	for _, o := range hs {
		if o.from > h.from {
			break
		}
		if a := l.data.cues[o.idx].aidType; o != h && o.to >= h.to && (a == cueNone || a == cueCivil || a == cueMeans && o.to-o.from > h.to-h.from) {
			return true
		}
	}
	return false
}

// The bits of aidType's set of aid types.
const (
	aidMilitaryBit = 1 << iota
	aidFinancialBit
	aidHumanitarianBit
	aidTrainingBit
	aidMeansBit // how aid is paid: see cueMeans
	aidCivilBit // goods and care for civilians: see cueCivil
	aidGearBit  // equipment of any kind: see cueGear
	aidUseBit   // what civilians need the aid for: see cueUse
	// arms named before the first training cue; it is set only beside
	// aidTrainingBit
	aidArmsFirstBit
)

// cueGear is the aid type of a cue that names equipment of any kind
// ("equipment"): military unless goods for civilians are named with it
// ("shelter items, firefighting equipment, water trucks").
const cueGear = "gear"

// cueCivil is the aid type of a cue that names goods or care for civilians
// ("energy equipment", "medical equipment"): humanitarian unless the aid is
// military too, as a drawdown's "ambulances and medical equipment" are.
const cueCivil = "civil"

// cueUse is the aid type of a cue that names what civilians need aid for
// ("the power grid", "the energy sector", "winter supplies"): as goods
// for civilians when nothing else says what the aid is ("equipment to
// help repair the power grid" is humanitarian), else nothing (a loan for
// the energy sector stays financial, air defence for the grid military).
const cueUse = "use"

// cueMeans is the aid type of a cue that says how aid is paid
// ("financing", "financed"): financial unless another type is named.
const cueMeans = "means"

// aidTypeBit is the bit of an aid type, cueMeans, cueCivil or cueGear
// (cues.tsv allows only these and cueNone, which has no bit).
func aidTypeBit(t string) int {
	switch t {
	case AidMilitary:
		return aidMilitaryBit
	case AidFinancial:
		return aidFinancialBit
	case AidHumanitarian:
		return aidHumanitarianBit
	case AidTraining:
		return aidTrainingBit
	case cueMeans:
		return aidMeansBit
	case cueCivil:
		return aidCivilBit
	case cueGear:
		return aidGearBit
	case cueUse:
		return aidUseBit
	}
	return 0
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
			if p.numbered && p.donor == "" && (l.namesMoneyAid(st) || st.noDollars()) {
				// "the first tranche of €4.2 billion under the Ukraine
				// Facility" is no drawdown
				continue
			}
			name := p.name
			if p.numbered {
				if n := l.ordinalBefore(st, h.from, t); n > 0 {
					name += " " + strconv.Itoa(n)
				} else if n := l.ordinalAfter(st, h.to, t); n > 0 {
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

// namesMoneyAid reports whether the sentence has a cue of financial aid.
func (l *Linker) namesMoneyAid(st *sentence) bool {
	for _, h := range st.cues {
		if l.data.cues[h.idx].aidType == AidFinancial && !l.cueMasked(st.cues, h) {
			return true
		}
	}
	return false
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

// ordinalAfter reads an ordinal in apposition after token i: "the $460
// million drawdown, the 32nd since August 2021", "the drawdown, the
// thirty-second".
func (l *Linker) ordinalAfter(st *sentence, i int, t string) int {
	if i == 0 || i+1 >= len(st.toks) || st.toks[i].low != "the" || strings.TrimSpace(t[st.toks[i-1].end:st.toks[i].start]) != "," {
		return 0
	}
	k := i + 1
	if n := digitOrdinal(st.toks[k].low); n > 0 {
		return n
	}
	if n, ok := l.data.ordinals[st.toks[k].low]; ok {
		return n
	}
	if tens, ok := l.data.tens[st.toks[k].low]; ok && k+1 < len(st.toks) && t[st.toks[k].end:st.toks[k+1].start] == "-" {
		if u, ok := l.data.ordinals[st.toks[k+1].low]; ok {
			return tens + u
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

// postModifier reports whether the words s after an amount only qualify
// it, a phrase opened by a preposition with no verb in it: " in military
// aid", " for USAI,". A verb there ("has been allocated for ... and €71
// million to ...") is shared with what follows "and".
func postModifier(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "in", "of", "for", "to", "worth":
	default:
		return false
	}
	for _, w := range f[1:] {
		switch strings.ToLower(strings.Trim(w, ",;")) {
		case "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would":
			return false
		}
	}
	return true
}
