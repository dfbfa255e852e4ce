package materiel

import (
	"cmp"
	"fmt"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/cuewin"
	"github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/extractors/numbers"
	"github.com/aidextract/aidextract/pipeline/model"
)

// Rule ids: what fired, written into Mention.Rule together with the
// lexicon line of the head or system that decided the category.
const (
	RuleCount     = "materiel/count"      // "16 M777 155 mm howitzers", "dozens of drones"
	RuleMeasureOf = "materiel/measure-of" // "75,000 rounds of 155 mm artillery ammunition"
	RuleSingle    = "materiel/single"     // "a Patriot missile battery", "another IRIS-T SLM system"
	RuleGeneric   = "materiel/generic"    // "two launchers", "eight units": the system comes from context
	RuleEllipsis  = "materiel/ellipsis"   // "three more" after a named system
	RuleCoord     = "materiel/coordinated"
	RuleAnaphor   = "materiel/anaphor"   // "the number was estimated to be more than 20,000" after a count
	RulePartitive = "materiel/partitive" // "16" in "shot down 16 of 36 missiles"
)

// Extractor finds counted equipment in a sentence. Build it with New; it
// is read-only afterwards and safe for concurrent use.
type Extractor struct {
	// eagerScan makes newScan match every entity at once, as it did
	// before the entity pass ran on demand: tests compare the two.
	eagerScan bool

	lex    *Lexicon
	counts *numbers.CountScanner
	gram   grammar
	class  *wordClasses // the grammar's words, by word
	cues   []cue
	cueSet *cuewin.Set // the patterns of the cues of other, searched together
	aidSet *cuewin.Set // and those of the cues of aid
	// rules holds the rule ids of every kind for each system and head,
	// made once rather than per mention
	sysRules  map[*System]*[numRuleKinds]string
	headRules map[*Head]*[numRuleKinds]string
	// articleLens holds, for each first byte of an article, a bit for
	// each of the articles' lengths: most tokens fail it without a map
	// look-up.
	articleLens [256]uint64
	// lettersOnly says every article is ASCII letters, so that
	// mayHaveArticle can look for one without tokenizing.
	lettersOnly bool
}

// New loads the lexicon and the grammar tables and builds the extractor.
func New() (*Extractor, error) {
	lex, err := LoadLexicon()
	if err != nil {
		return nil, err
	}
	counts, err := numbers.NewCountScanner()
	if err != nil {
		return nil, err
	}
	gram, err := parseGrammar(grammarTSV, GrammarFile)
	if err != nil {
		return nil, err
	}
	cues, err := parseCues(rolesTSV, RolesFile)
	if err != nil {
		return nil, err
	}
	// the cues of aid in a set of their own: they are looked for only
	// where another cue is near, so they cost the sentences nothing else
	var other, aid []*cuewin.Cue
	for _, c := range cues {
		if c.aid {
			aid = append(aid, c.re)
		} else {
			other = append(other, c.re)
		}
	}
	e := &Extractor{lex: lex, counts: counts, gram: gram, class: newWordClasses(gram), cues: cues,
		cueSet: cuewin.NewSet(other...), aidSet: cuewin.NewSet(aid...)}
	// every rule id a mention can carry, built once
	rules := func(en entity) *[numRuleKinds]string {
		var r [numRuleKinds]string
		for k := range r {
			r[k] = ruleNames[k] + "@" + en.rule()
		}
		return &r
	}
	e.sysRules = make(map[*System]*[numRuleKinds]string, len(lex.Systems))
	for i := range lex.Systems {
		e.sysRules[&lex.Systems[i]] = rules(entity{sys: &lex.Systems[i]})
	}
	e.headRules = make(map[*Head]*[numRuleKinds]string, len(lex.Heads))
	for i := range lex.Heads {
		e.headRules[&lex.Heads[i]] = rules(entity{head: &lex.Heads[i]})
	}
	e.lettersOnly = true
	for w := range gram["article"] {
		e.articleLens[w[0]] |= lenBit(len(w)) // words are not empty (parseGrammar)
		e.lettersOnly = e.lettersOnly && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
	}
	return e, nil
}

// mayHaveArticle reports whether text may hold an article token: a run of
// ASCII letters, between non-letters, that folds to one. Every token whose
// word is an article is such a run, so false means there is none.
func (e *Extractor) mayHaveArticle(text string) bool {
	if !e.lettersOnly {
		return true
	}
	for i := 0; i < len(text); {
		if !isASCIILetter(text[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if e.articleLens[text[i]|0x20]&lenBit(j-i) != 0 {
			var buf [64]byte
			if j-i <= len(buf) {
				w := buf[:j-i]
				for k := range w {
					w[k] = text[i+k] | 0x20
				}
				if _, ok := e.gram["article"][string(w)]; ok {
					return true
				}
			}
		}
		i = j
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "materiel" }

// token is a word of the sentence: its span without surrounding
// punctuation, the punctuation stripped, and whether a hyphen joins it to
// its neighbours ("anti-tank" is two tokens joined by a hyphen).
type token struct {
	start, end  int
	lead, trail string
	hyphBefore  bool
	hyphAfter   bool
	low         string
}

// entity is a lexicon match: a system alias or a head noun over tokens
// [t0, t1).
type entity struct {
	t0, t1     int
	start, end int
	sys        *System
	head       *Head
	modifier   bool // part of a compound adjective: "anti-aircraft", "truck-mounted"
}

func (en *entity) category() string {
	if en.sys != nil {
		return en.sys.Category
	}
	return en.head.Category
}

// ruleKind is one of the rule ids above, as an index of ruleNames.
type ruleKind int

const (
	kindCount ruleKind = iota
	kindMeasureOf
	kindSingle
	kindGeneric
	kindEllipsis
	kindCoord
	kindAnaphor
	kindPartitive
	numRuleKinds
)

var ruleNames = [numRuleKinds]string{RuleCount, RuleMeasureOf, RuleSingle, RuleGeneric, RuleEllipsis, RuleCoord, RuleAnaphor, RulePartitive}

// ruleOf is ruleNames[k] + "@" + en.rule(), made once per system or head.
func (e *Extractor) ruleOf(k ruleKind, en *entity) string {
	if en.sys != nil {
		if r := e.sysRules[en.sys]; r != nil {
			return r[k]
		}
	} else if r := e.headRules[en.head]; r != nil {
		return r[k]
	}
	return ruleNames[k] + "@" + en.rule()
}

func (en *entity) rule() string {
	if en.sys != nil {
		return fmt.Sprintf("%s:%d", SystemsFile, en.sys.Line)
	}
	return fmt.Sprintf("%s:%d", HeadsFile, en.head.Line)
}

// scan is one sentence prepared for matching. Scans are recycled (see
// getScan): nothing of a scan may outlive the Extract call that made it.
type scan struct {
	text   string
	toks   []token
	ents   []entity
	cover  []int  // token -> index of the entity covering it, or -1
	low    []byte // the lower case of the ASCII tokens with capitals, one after another
	capped []int  // those tokens
	walked []int  // backs the ents of the phrases walked (see walk)
	// next is the first token the entity pass has not reached: ents and
	// cover are complete before it (see entsThrough). ents grows while
	// callers hold pointers into it; those stay good, since an entity
	// never changes once found.
	next int
	// scratch of Extract
	found []found
	taken [3]spans
	tx    cuewin.Text // the roles' cues searched in text
	aidTx cuewin.Text // the cues of aid, searched once another cue is near
	aidOn bool        // aidTx is reset to text
}

// scans recycles the scratch of scans: the extractor is shared by
// concurrent goroutines, so each call takes its own.
var scans = sync.Pool{New: func() any { return new(scan) }}

func getScan() *scan { return scans.Get().(*scan) }

func putScan(sc *scan) {
	if cap(sc.toks) > 1<<16 {
		return // one huge sentence: let it go rather than keep it
	}
	sc.text = ""
	sc.tx.Reset("", nil) // let go of the text
	sc.aidTx.Reset("", nil)
	clear(sc.toks) // drop the pointers they hold
	clear(sc.ents)
	clear(sc.found)
	scans.Put(sc)
}

const maxAliasTokens = 9

// tokenize fills sc.toks with the tokens of sc.text: the words of
// words.Next, split at hyphens, in one pass over the text.
//
// The lower case of a token is its text when that is ASCII without
// capitals, as most are. The ASCII tokens with capitals are lowered into
// sc.low, and slice one string made of it (sc.low itself is overwritten by
// the next user of this scan); the others are lowered by strings.ToLower.
func (sc *scan) tokenize() {
	text := sc.text
	toks, lowBuf, capped := sc.toks[:0], sc.low[:0], sc.capped[:0]
	for i := 0; i < len(text); {
		// skip spaces
		if c := text[i]; c < utf8.RuneSelf {
			if words.IsASCIISpace(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		// a run of text[i:j] without spaces; its word is text[fs:fe],
		// after the punctuation split off before and after it, and no
		// hyphen is in that punctuation
		fs := i
		for fs < len(text) && words.IsLead(text[fs]) {
			fs++
		}
		first := len(toks)
		k := fs // start of the token being read
		var upper, wide bool
		j := fs
		for j < len(text) {
			if j = plainEnd(text, j); j == len(text) {
				break
			}
			c := text[j]
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(text[j:])
				if unicode.IsSpace(r) {
					break
				}
				wide = true
				j += n
				continue
			}
			if words.IsASCIISpace(c) {
				break
			}
			if c == '-' {
				if j > k {
					toks = addToken(toks, text, fs, k, j, true)
					if wide {
						toks[len(toks)-1].low = strings.ToLower(text[k:j])
					} else if upper {
						capped = append(capped, len(toks)-1)
					}
				}
				k, upper, wide = j+1, false, false
			} else if 'A' <= c && c <= 'Z' {
				upper = true
			}
			j++
		}
		fe := j
		for fe > fs && words.IsTrail(text[fe-1]) {
			fe--
		}
		// (a token ended by a hyphen was made only if there is one, and
		// then fe is past it)
		if fe > k {
			toks = addToken(toks, text, fs, k, fe, false)
			if wide {
				toks[len(toks)-1].low = strings.ToLower(text[k:fe])
			} else if upper {
				capped = append(capped, len(toks)-1)
			}
		}
		// (most words have no punctuation: their tokens keep "")
		if len(toks) > first && fs > i {
			toks[first].lead = text[i:fs]
		}
		if len(toks) > first && j > fe {
			toks[len(toks)-1].trail = text[fe:j]
		}
		i = j
	}
	if len(capped) > 0 {
		// their lower case, one after another, in one string
		for _, t := range capped {
			w := toks[t].low
			for j := 0; j < len(w); j++ {
				c := w[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				lowBuf = append(lowBuf, c)
			}
		}
		low := string(lowBuf)
		for _, t := range capped {
			n := len(toks[t].low)
			toks[t].low, low = low[:n], low[n:]
		}
	}
	sc.toks, sc.low, sc.capped = toks, lowBuf, capped
}

// plainEnd returns the end of the run of plain bytes at s[i:], those
// that tokenize only steps over: ASCII, and neither white space, a hyphen
// nor a capital. It reads eight bytes at a time, while eight are left, and
// stops at every control byte as well (the spaces are among them), which
// tokenize then reads one by one.
//
// In y every byte has its top bit set, so that y-n, byte by byte, borrows
// nothing from the next byte, and its top bit says whether the byte, but
// for that bit, is at least n. A byte whose own top bit is set is outside
// ASCII, and no plain byte.
func plainEnd(s string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(s) {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		y := x&^hi | hi
		notCtl := y - 0x21*lo
		notHyphen := (y ^ '-'*lo) - lo
		upper := (y - 'A'*lo) &^ (y - ('Z'+1)*lo)
		plain := notCtl & notHyphen &^ upper &^ x & hi
		if plain != hi {
			return i + bits.TrailingZeros64(^plain&hi)/8
		}
		i += 8
	}
	return i
}

// addToken appends the token text[k:end] of the word that starts at fs.
// It fills the new token in place: one built aside and copied in costs a
// stall, the copy reading back bytes still on their way to memory.
func addToken(toks []token, text string, fs, k, end int, hyphAfter bool) []token {
	toks = append(toks, token{})
	t := &toks[len(toks)-1]
	t.start, t.end, t.low = k, end, text[k:end]
	t.hyphBefore = k > fs && text[k-1] == '-'
	t.hyphAfter = hyphAfter
	return toks
}

// strongBreak reports whether punctuation after a token ends any phrase.
func strongBreak(p string) bool { return strings.ContainsAny(p, ".;:!?)]") }

// newScan prepares text; putScan recycles the scan once done with it.
func (e *Extractor) newScan(text string) *scan {
	sc := getScan()
	sc.text = text
	sc.tokenize()
	sc.ents = sc.ents[:0]
	sc.walked = sc.walked[:0]
	sc.cover = slices.Grow(sc.cover[:0], len(sc.toks))[:len(sc.toks)]
	for i := range sc.cover {
		sc.cover[i] = -1
	}
	sc.next = 0
	if e.eagerScan {
		e.entsThrough(sc, len(sc.toks))
	}
	return sc
}

// entsThrough runs the entity pass of sc at least through token t. The
// pass goes left to right, each entity starting where the last ended, so
// it can stop anywhere and go on later; it runs only as far as callers
// look, since most sentences are scanned for a count whose phrase ends
// well before the sentence does.
func (e *Extractor) entsThrough(sc *scan, t int) {
	if sc.next <= t && sc.next < len(sc.toks) {
		e.matchEnts(sc, t)
	}
}

// matchEnts is the entity pass of sc from token sc.next through token
// last.
func (e *Extractor) matchEnts(sc *scan, last int) {
	text := sc.text
	var buf [64]byte
	var kbuf [256]byte
	var keyEnds [maxAliasTokens + 1]int // fold of the window of n tokens: key[:keyEnds[n]]
	i := sc.next
	for i <= last && i < len(sc.toks) {
		best := entity{}
		found := false
		// Only phrases whose first word starts a key of the lexicon can
		// match, and only with as many words as such a key has. A window
		// of n tokens folds to n words, the first of which is the first
		// token with the punctuation glued to it (cn); without its plural
		// "s", to n words or, when that "s" was a word of its own, to n-1.
		// So only those window lengths are tried (try), if any.
		try := ^wordCounts(0)
		if tk := &sc.toks[i]; true {
			low := tk.low
			c1, indexed := e.lex.wordCounts(low)
			if indexed {
				one := c1.has(1)
				if !one && len(low) > 1 && low[len(low)-1] == 's' {
					c, _ := e.lex.wordCounts(low[:len(low)-1])
					one = c.has(1)
				}
				// the first word of a longer phrase: the token with the
				// punctuation glued to it, up to the next space or hyphen
				cn := c1
				if !tk.hyphAfter && tk.trail != "" {
					cn = e.lex.wordCountsBytes(append(append(buf[:0], low...), tk.trail...))
				}
				// windows of two words or more: as many as a key has, or
				// one more for an "s" of its own; a window of one word:
				// a key that is the token, or the token without its "s"
				try = (cn | cn<<1) &^ 3
				if one {
					try |= 2
				}
			}
		}
		// windows longer than the longest that may match are skipped
		top := min(maxAliasTokens, len(sc.toks)-i)
		if try &= wordCounts(lenBit(top+1)) - 1; try == 0 {
			i++
			continue
		}
		top = try.most()
		// a window may not hold a break between two of its tokens: the
		// first break after token i bounds them all
		for k := i; k < i+top-1; k++ {
			if strongBreak(sc.toks[k].trail) || strings.ContainsAny(sc.toks[k+1].lead, "([") {
				top = k - i + 1
				break
			}
		}
		// fold the longest window once: the fold of a shorter one is a
		// prefix of it, up to its last token (which ends on a byte that
		// folds to itself), as long as it is ASCII
		key, ascii := kbuf[:0], 0
		if e.lex.keys != nil {
			for k := i; k < i+top; k++ {
				from := sc.toks[i].start
				if k > i {
					from = sc.toks[k-1].end
				}
				var ok bool
				if key, ok = words.FoldASCII(key, text[from:sc.toks[k].end]); !ok {
					break
				}
				ascii = k - i + 1
				keyEnds[ascii] = len(key)
			}
		}
		for n := top; n >= 1 && !found; n-- {
			if !try.has(n) {
				continue
			}
			raw := text[sc.toks[i].start:sc.toks[i+n-1].end]
			en := entity{t0: i, t1: i + n, start: sc.toks[i].start, end: sc.toks[i+n-1].end}
			if n <= ascii {
				en.sys, en.head = e.lex.lookupFolded(raw, key[:keyEnds[n]])
			} else {
				en.sys, en.head = e.lex.lookupPhrase(raw)
			}
			found = en.sys != nil || en.head != nil
			if found {
				best = en
			}
		}
		if !found {
			i++
			continue
		}
		t0, t1 := best.t0, best.t1
		if t1 < len(sc.toks) && sc.toks[t1-1].hyphAfter {
			best.modifier = true // "truck-mounted", "Stinger-based"
		}
		if t0 > 0 && sc.toks[t0].hyphBefore && e.class.is(classPrefix, sc.toks[t0-1].low) {
			best.modifier = true // "anti-aircraft", "counter-drone"
		}
		sc.ents = append(sc.ents, best)
		for k := t0; k < t1; k++ {
			sc.cover[k] = len(sc.ents) - 1
		}
		i = t1
	}
	sc.next = i
}

// phrase is the noun phrase walked after a count.
type phrase struct {
	t0, t1     int   // tokens walked
	start, end int   // the item: from the first token to the head (and what extends it)
	ents       []int // entities that may be heads, in order
	generic    string
	lastTok    int // token index of the item's last word
	stopWord   string
	// modifierHead is set when a noun the lexicon does not know follows
	// the head ("three Stryker fighting vehicle battalions", "40 tank
	// crew members"): the count is of that noun, not of materiel.
	modifierHead bool
}

// adjunct reports whether the phrase's last head is a singular noun of
// heads.tsv, which after a count is a noun adjunct ("10 mine clearance
// off-road vehicles"): the walk looks one word further for the head.
func (p *phrase) adjunct(sc *scan) bool {
	if len(p.ents) == 0 {
		return false
	}
	en := &sc.ents[p.ents[len(p.ents)-1]]
	if en.head == nil || en.head.Plural == en.head.Singular {
		return false
	}
	return Fold(sc.text[en.start:en.end]) == Fold(en.head.Singular)
}

func isUpperTok(text string, t token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	return unicode.IsUpper(r)
}

// isDigitTok is regexp ^\.?\d+(?:\.\d+)?(mm)?$ (see fast_test.go): an optional point, digits, an
// optional decimal part and an optional "mm", and nothing else. The
// pattern reads one way: each run of digits is taken whole, since what
// may follow it (a point, "mm", the end) is not a digit.
func isDigitTok(s string) bool {
	i := 0
	if i < len(s) && s[i] == '.' {
		i++
	}
	j := i
	for j < len(s) && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == i {
		return false
	}
	if j+1 < len(s) && s[j] == '.' && '0' <= s[j+1] && s[j+1] <= '9' {
		j += 2
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
	}
	return s[j:] == "" || s[j:] == "mm"
}

func (e *Extractor) isCaliberWord(low string) bool {
	switch low {
	case "mm", "millimetre", "millimeter", "millimetres", "millimeters", "caliber", "calibre", "cal":
		return true
	}
	return false
}

// isAcronym reports whether w is two to six capital letters or digits,
// a letter first, with an optional plural "s": "MRAP", "MRAPs", "GMLRS".
func isAcronym(w string) bool {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !(w[i] >= 'A' && w[i] <= 'Z' || w[i] >= '0' && w[i] <= '9') {
			return false
		}
	}
	return true
}

// walk reads the noun phrase that starts at token t.
func (e *Extractor) walk(sc *scan, t int) phrase {
	p := phrase{t0: t, t1: t, lastTok: -1}
	if t >= len(sc.toks) {
		return p
	}
	p.start = sc.toks[t].start
	base := len(sc.walked)
	unknown, afterHead := 0, 0
	i := t
	for i < len(sc.toks) {
		tk := sc.toks[i]
		if i > t && strings.ContainsAny(tk.lead, "([") {
			// a parenthesis after the head: "(MRAPs)", "(RAAM)"; an
			// acronym before it is one of its words: "Mine-Resistant
			// Ambush Protected (MRAP) vehicles"
			if len(p.ents) == 0 && p.generic == "" {
				if !strings.Contains(tk.trail, ")") || !isAcronym(sc.text[tk.start:tk.end]) || strongBreak(strings.Replace(tk.trail, ")", "", 1)) {
					break
				}
				i++
				continue
			}
			// a name in it, not a remark: "(with ammunition)", "(first
			// package, February 2022)" are no part of the item
			if c := sc.text[tk.start]; c >= 'a' && c <= 'z' || datesParen(sc, i) {
				break
			}
			k := i
			for k < len(sc.toks) && k < i+6 && !strings.Contains(sc.toks[k].trail, ")") {
				k++
			}
			if k >= len(sc.toks) || k >= i+6 {
				break
			}
			p.end = sc.toks[k].end + strings.Index(sc.toks[k].trail, ")") + 1
			p.lastTok = k
			i = k + 1
			if strongBreak(strings.Replace(sc.toks[k].trail, ")", "", 1)) || strings.Contains(sc.toks[k].trail, ",") {
				break
			}
			continue
		}
		e.entsThrough(sc, i)
		if ei := sc.cover[i]; ei >= 0 {
			en := &sc.ents[ei]
			if ei >= 0 && en.t0 == i && !en.modifier {
				// in the scan's arena, after the entities of the phrases
				// walked before: one clipped slice of it
				sc.walked = append(sc.walked, ei)
				p.ents = sc.walked[base:len(sc.walked):len(sc.walked)]
				p.end, p.lastTok = en.end, en.t1-1
				afterHead = 0
			} else {
				unknown++
			}
			i = en.t1
			if last := sc.toks[en.t1-1]; strongBreak(last.trail) || strings.Contains(last.trail, ",") {
				break
			}
			continue
		}
		low := tk.low
		cls := e.class.of(low)
		if cls&classGeneric != 0 {
			if len(p.ents) > 0 && p.lastTok == i-1 {
				p.end, p.lastTok = tk.end, i
			} else if len(p.ents) == 0 {
				p.generic = low
				p.end, p.lastTok = tk.end, i
			}
			i++
			if strongBreak(tk.trail) || strings.Contains(tk.trail, ",") {
				break
			}
			continue
		}
		if len(p.ents) > 0 && p.lastTok == i-1 && !strongBreak(sc.toks[i-1].trail) && !strings.Contains(sc.toks[i-1].trail, ",") &&
			(cls&classPerson != 0 || cls&classStop == 0 && !pluralWord(sc.toks[i-1].low) && e.pluralUnknown(sc.text, tk)) {
			// "40 tank crew members", "tank repairs"; but a stop word
			// ("tanks this year") or a verb after a plural head ("200
			// tanks shows") leaves the head a head
			p.modifierHead = true
			break
		}
		if cls&classStop != 0 && !tk.hyphBefore || cls&classPerson != 0 {
			if (low == "and" || low == "or") && len(p.ents) == 0 && p.generic == "" && i+1 < len(sc.toks) && i > t &&
				(isUpperTok(sc.text, sc.toks[i+1]) || e.sharedHead(sc, i)) {
				i++
				continue
			}
			p.stopWord = low
			break
		}
		switch {
		case isDigitTok(low):
			next := ""
			if i+1 < len(sc.toks) {
				next = sc.toks[i+1].low
			}
			if !strings.HasSuffix(low, "mm") && !e.isCaliberWord(next) && !tk.hyphBefore {
				p.t1 = i
				return p
			}
		case e.isCaliberWord(low):
		case strings.HasSuffix(low, "ing") && len(low) > 4 && !tk.hyphBefore && cls&classModifier == 0:
			// a verb ends the phrase ("200 tanks arriving", "30 using
			// drones"); the modifiers of grammar.tsv ("training",
			// "towing") do not
			p.t1 = i
			return p
		case len(p.ents) == 0 && p.generic == "" && e.pluralUnknown(sc.text, tk):
			p.t1 = i
			return p
		default:
			unknown++
			if len(p.ents) > 0 {
				afterHead++
			}
		}
		if unknown > 6 || afterHead > 2 && !p.adjunct(sc) || afterHead > 3 {
			break
		}
		i++
		if strongBreak(tk.trail) || strings.Contains(tk.trail, ",") {
			break
		}
	}
	p.t1 = i
	return p
}

// pluralWord reports whether a lower-case word looks plural: "tanks",
// "howitzers", not "mass" or "gas".
func pluralWord(low string) bool {
	return len(low) > 3 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss")
}

// pluralUnknown reports whether a word looks like a plural noun that the
// lexicon does not know ("countries"): it ends the phrase, since the head
// would be that noun.
func (e *Extractor) pluralUnknown(text string, t token) bool {
	low := t.low
	if len(low) <= 3 || !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || strings.HasSuffix(low, "'s") || t.hyphBefore || t.hyphAfter {
		return false
	}
	if isUpperTok(text, t) || e.class.is(classModifier, low) {
		return false
	}
	return true
}

// found is a mention before it becomes a model.Mention.
type found struct {
	start, end         int
	itemStart, itemEnd int
	item               string  // set when the item is not text[itemStart:itemEnd]
	by                 *entity // what decided the category
	qty, max           int64
	hasQty             bool
	qual, vague        string
	sys                *System
	category           string
	unit               string
	rule               string
	// headEnd is the end of the head a bare count borrows from the count
	// after it ("16 of 21 drones"), where a cue after the count is read
	// from; else 0
	headEnd int
}

var platform = map[string]bool{"artillery": true, "tank": true, "armored_vehicle": true, "vehicle": true, "rocket_artillery": true, "small_arms": true, "aircraft": true, "helicopter": true}

// decide returns the category of a phrase, its system and the entity that
// decided: the rightmost system, unless a head after it decides (a marked
// head, or rounds and missiles for a platform).
func (e *Extractor) decide(sc *scan, p phrase) (string, *System, *entity) {
	var sys, head *entity
	for _, ei := range p.ents {
		en := &sc.ents[ei]
		if en.sys != nil {
			sys, head = en, nil
		} else {
			head = en
		}
	}
	switch {
	case sys == nil && head == nil:
		return "", nil, nil
	case sys == nil:
		return head.head.Category, nil, head
	case head == nil:
		return sys.sys.Category, sys.sys, sys
	case head.head.Decides,
		platform[sys.sys.Category] && (head.head.Category == "ammunition" || head.head.Category == "missile"):
		return head.head.Category, sys.sys, head
	}
	return sys.sys.Category, sys.sys, sys
}

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	if d == nil || d.View == nil || s.Start < 0 || s.End > len(d.View.Text) || s.Start >= s.End {
		return nil
	}
	text := d.View.Text[s.Start:s.End]
	counts := e.counts.ScanShared(text) // read only
	if len(counts) == 0 && !e.mayHaveArticle(text) {
		// without a count or an article nothing can be found: skip the
		// scan, most of the cost of a sentence
		return nil
	}
	sc := e.newScan(text)
	defer putScan(sc)
	fs := sc.found[:0]
	// The spans of fs, which never overlap, in three lists that each
	// grow in text order: from counts, singles and ellipses.
	taken := &sc.taken
	for i := range taken {
		taken[i] = taken[i][:0]
	}
	defer func() { sc.found = fs }() // keep the grown scratch
	overlaps := func(a, b int) bool {
		return taken[0].overlaps(a, b) || taken[1].overlaps(a, b) || taken[2].overlaps(a, b)
	}
	add := func(list int, f found) {
		fs = append(fs, f)
		taken[list].add(f.start, f.end)
	}
	for ci, c := range counts {
		if overlaps(c.Start, c.End) || e.insideEntity(sc, c.Start) {
			continue
		}
		f, ok := e.fromCount(d, s, sc, counts, ci)
		if !ok || overlaps(f.start, f.end) {
			continue
		}
		add(0, f)
	}
	articles := e.gram["article"]
	for t, tk := range sc.toks {
		if e.articleLens[tk.low[0]]&lenBit(len(tk.low)) == 0 {
			continue
		}
		if _, ok := articles[tk.low]; !ok || tk.hyphAfter || overlaps(tk.start, tk.end) || strongBreak(tk.trail) {
			continue
		}
		if strings.Contains(tk.lead, "(") {
			continue // "... air defense system (an Aster 30 SAMP/T system)": the same thing again
		}
		if f, ok := e.single(sc, t); ok && !overlaps(f.start, f.end) {
			add(1, f)
		}
	}
	sortFound(fs)
	n := len(fs)
	for _, c := range counts {
		if overlaps(c.Start, c.End) || e.insideEntity(sc, c.Start) {
			continue
		}
		if f, ok := e.ellipsis(d, s, sc, c, fs[:n]); ok && !overlaps(f.start, f.end) {
			add(2, f)
		} else if f, ok := e.anaphor(sc, c, fs[:n]); ok && !overlaps(f.start, f.end) {
			add(2, f)
		} else if f, ok := e.partitive(sc, c, fs[:n]); ok && !overlaps(f.start, f.end) {
			add(2, f)
		} else if f, ok := e.backRef(d, s, sc, c, fs[:n]); ok && !overlaps(f.start, f.end) {
			add(2, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	sortFound(fs)
	for i := 1; i < len(fs); i++ {
		// "approximately 25,000 anti-aircraft and 60,000 anti-tank weapon
		// systems": the qualifier covers both conjuncts; a vague one
		// ("hundreds of ... and one missile") has no figure to qualify
		if strings.HasPrefix(fs[i-1].rule, RuleCoord) && fs[i].qual == model.Exact && fs[i-1].qual != model.Vague {
			fs[i].qual = fs[i-1].qual
		}
	}
	var out []model.Mention
	var ms []model.Materiel // one allocation for all
	if len(fs) == 1 {
		// one mention, as most sentences have: one allocation for both
		one := new(struct {
			out [1]model.Mention
			ms  [1]model.Materiel
		})
		out, ms = one.out[:], one.ms[:]
	} else {
		out, ms = make([]model.Mention, len(fs)), make([]model.Materiel, len(fs))
	}
	tx := &sc.tx
	tx.Reset(text, e.cueSet)
	sc.aidOn = false
	for i, f := range fs {
		m := &ms[i]
		role, cued := e.role(sc, text, f.start, max(f.end, f.headEnd))
		if !cued && i > 0 && ms[i-1].Role == "other" && listGlue(text[min(fs[i-1].end, f.start):f.start]) {
			// what a list goes on to name is what its first count is:
			// "shot down six Kinzhal missiles, along with nine cruise
			// missiles and three Iskander-M missiles"
			role = "other"
		}
		*m = model.Materiel{
			Quantity: f.qty, HasQuantity: f.hasQty, QuantityMax: f.max, Qualifier: f.qual, Vague: f.vague,
			Category: f.category, Unit: f.unit,
			Role: role,
		}
		if f.item != "" {
			m.Item = singleSpaced(f.item)
		} else {
			m.Item = singleSpaced(text[quoteOpen(text, f.itemStart, f.itemEnd):f.itemEnd])
			m.CaliberMM = caliber(text, f.start, f.itemEnd)
		}
		if f.sys != nil {
			m.System = f.sys.Canonical
		}
		start := f.start
		if k := leadIn(text[:f.start]); k >= 0 && (i == 0 || k >= fs[i-1].end) {
			start = k
		}
		out[i] = model.Mention{Kind: model.KindMateriel, Start: s.Start + start, End: s.Start + f.end, Sentence: s.Index, Rule: f.rule, Materiel: m}
	}
	return out
}

// leadWords are the words before a count that the mention includes
// (ANNOTATION.md): "a company of 12 Leopard 2 tanks", "All 13 aircraft".
var leadWords = regexp.MustCompile(`(?i)(?:^|[^\w'’-])((?:all|a (?:company|battalion|squadron|battery|platoon) of)\s+)$`)

// leadIn returns where the lead words that end lead start, or -1.
func leadIn(lead string) int {
	// most counts follow neither "all" nor "of": look at the last word
	// before trying the regexp
	tail := strings.TrimRight(lead, " ")
	last := tail[strings.LastIndexByte(tail, ' ')+1:]
	if !strings.EqualFold(last, "all") && last != "of" {
		return -1
	}
	from := max(0, len(lead)-40) // the words fit in the tail
	m := leadWords.FindStringSubmatchIndex(lead[from:])
	if m == nil {
		return -1
	}
	return from + m[2]
}

// quoteOpen moves an item's start back over an opening quote that the
// item closes: 500 "Stinger" class missiles has the item "Stinger" class
// missiles, not Stinger" class missiles.
func quoteOpen(text string, start, end int) int {
	for _, q := range [...]struct{ open, close string }{{`"`, `"`}, {"“", "”"}, {"‘", "’"}, {"«", "»"}} {
		if strings.HasSuffix(text[:start], q.open) && strings.Contains(text[start:end], q.close) {
			return start - len(q.open)
		}
	}
	return start
}

// singleSpaced is strings.Join(strings.Fields(s), " "), without building
// anything when s is ASCII and already single-spaced, as items mostly are.
func singleSpaced(s string) string {
	ok := s != "" && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; ok && i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			ok = false
		case c == ' ' && s[i+1] == ' ':
			ok = false
		}
	}
	if ok {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// sortFound sorts fs by start, keeping the order of equal starts.
func sortFound(fs []found) {
	slices.SortStableFunc(fs, func(a, b found) int { return cmp.Compare(a.start, b.start) })
}

// spans are [start, end) spans that do not overlap, added in text order.
type spans [][2]int

func (sp *spans) add(start, end int) { *sp = append(*sp, [2]int{start, end}) }

// overlaps reports whether [a, b) overlaps one of the spans: the first
// span that ends after a (spans that do not overlap end in text order)
// must start before b.
func (sp spans) overlaps(a, b int) bool {
	k := sort.Search(len(sp), func(i int) bool { return sp[i][1] > a })
	return k < len(sp) && sp[k][0] < b
}

func (e *Extractor) insideEntity(sc *scan, pos int) bool {
	// an entity holding pos starts at a token that starts at or before it
	e.entsThrough(sc, sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].start > pos }))
	// entities do not overlap and come in text order
	k := sort.Search(len(sc.ents), func(i int) bool { return sc.ents[i].end > pos })
	return k < len(sc.ents) && pos >= sc.ents[k].start
}

// tokenAt returns the token that starts at pos (or right after an opening
// quote there), or -1. Only the first token that starts at or after pos
// can: tokens come in text order.
func tokenAt(sc *scan, pos int) int {
	t := sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].start >= pos })
	if t == len(sc.toks) {
		return -1
	}
	tk := sc.toks[t]
	ls := tk.start - len(tk.lead)
	if tk.start == pos || ls == pos && !strings.ContainsAny(tk.lead, "([") {
		return t
	}
	// a token split at a hyphen starts inside a word
	return -1
}

func (e *Extractor) fromCount(d *model.Doc, s model.Sentence, sc *scan, counts []numbers.Count, ci int) (found, bool) {
	c := counts[ci]
	f := found{start: c.Start, qual: c.Qualifier, vague: c.Vague, hasQty: c.HasValue}
	if c.HasValue {
		f.qty, f.max = int64(c.Value), int64(c.Max)
	}
	t := tokenAt(sc, c.HeadStart)
	if t < 0 || c.HeadStart >= len(sc.text) {
		return f, false
	}
	p := e.walk(sc, t)
	if p.modifierHead {
		return f, false
	}
	if len(p.ents) > 0 {
		last := &sc.ents[p.ents[len(p.ents)-1]]
		if last.head != nil && last.head.Unit != "" && p.lastTok == last.t1-1 && p.t1 < len(sc.toks) && sc.toks[p.t1].low == "of" {
			return e.measureOf(sc, p.t1+1, last.head.Unit, last.head.Category, f)
		}
		cat, sys, by := e.decide(sc, p)
		rule := kindCount
		if by.sys == nil && len(p.ents) == 1 && by.t1-by.t0 == 1 && e.class.is(classGeneric, sc.toks[by.t0].low) {
			// "two launchers": a generic head stands for the system named before
			if en, _ := e.context(d, s, sc, nil, c.Start, true); en != nil && en.sys != nil {
				cat, sys, by, rule = en.category(), en.sys, en, kindGeneric
			}
		}
		f.itemStart, f.itemEnd, f.end = p.start, p.end, p.end
		f.category, f.sys, f.by = cat, sys, by
		f.rule = e.ruleOf(rule, by)
		return f, true
	}
	if unit, ok := e.gram["measure"][sc.toks[t].low]; ok && t+1 < len(sc.toks) && sc.toks[t+1].low == "of" && !strongBreak(sc.toks[t].trail) {
		return e.measureOf(sc, t+2, unit, "", f)
	}
	if p.generic != "" {
		// "two launchers", "10 equivalent systems": the generic noun
		// stands for the system named before; "one Luna unmanned system"
		// names a system of its own, which the lexicon does not know
		named, unmanned := false, false
		for k := p.lastTok - 1; k >= 0 && sc.toks[k].start >= p.start; k-- {
			if isUpperTok(sc.text, sc.toks[k]) {
				named = true
			}
			if l := sc.toks[k].low; l == "unmanned" || l == "uncrewed" {
				unmanned = true
			}
		}
		var en *entity
		if !named {
			en, _ = e.context(d, s, sc, nil, c.Start, true)
		}
		cat := ""
		var sys *System
		var by *entity
		switch {
		case en != nil:
			cat, sys, by = en.category(), en.sys, en
		default:
			head := p.generic
			if named && unmanned {
				head = "drone" // "one Luna unmanned system"
			}
			if h, ok := e.lex.LookupHead(head); ok {
				cat, by = h.Category, &entity{head: h}
			}
		}
		if cat == "" {
			return f, false
		}
		f.itemStart, f.itemEnd, f.end = p.start, p.end, p.end
		f.category, f.sys, f.rule = cat, sys, e.ruleOf(kindGeneric, by)
		return f, true
	}
	if p.stopWord == "and" || p.stopWord == "or" {
		return e.coordinated(sc, counts, ci, p, f)
	}
	return f, false
}

// measureOf reads "<measure> of <item>": the item phrase starts at token t.
func (e *Extractor) measureOf(sc *scan, t int, unit, measureCat string, f found) (found, bool) {
	if t < len(sc.toks) && (sc.toks[t].low == "the" || sc.toks[t].low == "these" || sc.toks[t].low == "those") {
		t++
	}
	if t >= len(sc.toks) {
		return f, false
	}
	p := e.walk(sc, t)
	if len(p.ents) == 0 {
		return f, false // "two rounds of talks"
	}
	cat, sys, by := e.decide(sc, p)
	if measureCat == "ammunition" && platform[cat] {
		cat = "ammunition" // "rounds of artillery"
	}
	f.itemStart, f.itemEnd, f.end = p.start, p.end, p.end
	f.category, f.sys, f.unit, f.by = cat, sys, unit, by
	f.rule = e.ruleOf(kindMeasureOf, by)
	return f, true
}

// ellipsis reads "three more" after a named system: the count stands for
// the materiel counted (or named) before it. fs are the mentions found so
// far in the sentence.
func (e *Extractor) ellipsis(d *model.Doc, s model.Sentence, sc *scan, c numbers.Count, fs []found) (found, bool) {
	f := found{start: c.Start, qual: c.Qualifier, hasQty: true, qty: int64(c.Value), max: int64(c.Max)}
	if len(c.Fillers) == 0 || c.Fillers[len(c.Fillers)-1] != "more" || !c.HasValue {
		return f, false
	}
	end := len(strings.TrimRight(sc.text[:c.HeadStart], " \n"))
	if end < len(sc.text) && sc.text[end] != ' ' && !strongBreak(sc.text[end:end+1]) && sc.text[end] != ',' {
		return f, false
	}
	if t := tokenAt(sc, c.HeadStart); t >= 0 && !strongBreak(sc.text[end:c.HeadStart]) {
		low := sc.toks[t].low
		participle := len(low) > 5 && (strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ed"))
		e.entsThrough(sc, t)
		if !e.class.is(classStop, low) && !participle || sc.cover[t] >= 0 {
			return f, false
		}
	}
	en, item := e.context(d, s, sc, fs, c.Start, false)
	if en == nil {
		return f, false
	}
	f.end, f.item = end, item
	f.category, f.sys, f.rule = en.category(), en.sys, e.ruleOf(kindEllipsis, en)
	return f, true
}

// numberOf ends the words that lead to a bare count standing for a count
// before it: "the number was estimated to be", "that figure had risen to",
// "the tally reached".
var numberOf = regexp.MustCompile(`(?i)\b(?:the|that|this|their|its) (?:number|figure|tally)(?: (?:had|has|have|was|is|had been|has been|would be|now))*` +
	` (?:(?:estimated|expected|reported|said|believed|thought|set) to be|(?:rose|risen|grew|grown|increased|climbed|jumped|doubled|swelled) to|reached|stood at|stands at|was|is)` +
	`(?: (?:some|about|around|roughly|nearly|almost|over|more than|at least|up to))? ?$`)

// anaphor reads "the number was estimated to be more than 20,000" after
// "17,000 anti-tank weapons" in the same sentence: a bare count that
// "the number", "that figure" or "the tally" leads to stands for the last
// materiel counted before it. fs are the mentions found so far.
func (e *Extractor) anaphor(sc *scan, c numbers.Count, fs []found) (found, bool) {
	if !c.HasValue || c.Words || len(c.Fillers) > 0 || len(fs) == 0 {
		return found{}, false
	}
	// nothing follows the count in its clause: no noun of its own
	rest := strings.TrimLeft(sc.text[c.End:], " ")
	if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)") {
		return found{}, false
	}
	lead := sc.text[max(0, c.QualStart-120):c.QualStart]
	// the words numberOf needs, cheapest first
	if !strings.Contains(lead, "umber") && !strings.Contains(lead, "igure") && !strings.Contains(lead, "ally") || !numberOf.MatchString(lead) {
		return found{}, false
	}
	f := found{start: c.Start, qual: c.Qualifier, hasQty: true, qty: int64(c.Value), max: int64(c.Max)}
	for i := len(fs) - 1; i >= 0; i-- {
		p := fs[i]
		if p.end > c.Start || p.by == nil || p.item != "" {
			continue
		}
		f.end, f.item = c.End, sc.text[p.itemStart:p.itemEnd]
		f.category, f.sys, f.unit, f.rule = p.category, p.sys, p.unit, e.ruleOf(kindAnaphor, p.by)
		return f, true
	}
	return f, false
}

// partitive reads "shot down 16 of 36 missiles": a bare count right before
// "of" and a larger count of materiel counts part of it, the same item.
// fs are the mentions found so far, in text order.
func (e *Extractor) partitive(sc *scan, c numbers.Count, fs []found) (found, bool) {
	if !c.HasValue || c.Words || c.Qualifier == model.Vague {
		return found{}, false
	}
	at := c.End + len(" of ")
	switch {
	case len(c.Fillers) == 0 && strings.HasPrefix(sc.text[c.End:], " of "):
	case len(c.Fillers) == 1 && strings.HasPrefix(c.Fillers[0], "of "):
		at = c.HeadStart // "18 of the 24 F-16 fighter jets it has pledged"
	default:
		return found{}, false
	}
	for _, p := range fs {
		if p.start < at {
			continue
		}
		if p.start > at || !p.hasQty || p.qty <= int64(c.Value) || p.unit != "" || p.by == nil || p.item != "" {
			break
		}
		return e.countOf(sc, c, p, kindPartitive), true
	}
	return found{}, false
}

// backLead ends the words before a bare count that stands for materiel
// named before it: "a further 14", "another four", "the remaining 60",
// "all 19", "initially three", "raising the number to eight", "bringing
// German deliveries to 52", "the total reached 52", "a figure later revised
// to 24", "an initial batch of 50".
var backLead = regexp.MustCompile(`(?i)(?:\b(?:another|a further|an additional|the remaining|all|initially|first)` +
	`|\b(?:rais|bring|increas|tak|lift|boost)(?:ing|ed|es|s|e)? (?:(?:the|its|their|this|that|his|her|german|u\.s\.|us|total)\s)?(?:\S+\s){0,4}?(?:number|total|count|tally|deliveries|fleet|figure|commitment|commitments)(?:\s\S+){0,4}? to` +
	`|\b(?:the|its|their) (?:total|number|figure|tally|count) (?:reached|rose to|grew to|climbed to|stood at|stands at|was|is)` +
	`|\b(?:revised|raised|increased|reduced|cut|lowered) to` +
	`|\bbatch of)` +
	`(?: (?:some|about|around|roughly|nearly|almost|over|more than|at least|up to))? ?$`)

// sharedHead reports whether the "and" or "or" at token i joins two
// modifiers of one head: a caliber ("155 mm and 122 mm ammunition"), or
// words that reach a head within three tokens with no figure, stop word
// or comma on the way ("1,600 strike and air defence missiles").
func (e *Extractor) sharedHead(sc *scan, i int) bool {
	if strings.Contains(sc.toks[i-1].trail, ",") {
		return false
	}
	if n := sc.toks[i+1].low; isDigitTok(n) {
		return strings.HasSuffix(n, "mm") || i+2 < len(sc.toks) && e.isCaliberWord(sc.toks[i+2].low)
	}
	for k := i + 1; k < min(i+4, len(sc.toks)); k++ {
		tk := sc.toks[k]
		if tk.low == "" || tk.low[0] >= '0' && tk.low[0] <= '9' || numberWord(tk.low) {
			// a count of its own: "25,000 anti-aircraft and 60,000
			// anti-tank weapon systems"
			return false
		}
		e.entsThrough(sc, k)
		if ei := sc.cover[k]; ei >= 0 && sc.ents[ei].t0 == k && !sc.ents[ei].modifier {
			return true
		}
		if e.class.is(classStop, tk.low) || strongBreak(tk.trail) || strings.Contains(tk.trail, ",") {
			return false
		}
	}
	return false
}

// numberWord reports whether w is a number written as a word ("two",
// "dozens").
func numberWord(w string) bool {
	_, err := numbers.Parse(w)
	return err == nil || strings.HasSuffix(w, "s") && numbers.Magnitude(strings.TrimSuffix(w, "s")) > 0 || w == "dozens" || w == "several"
}

// gapped reports whether lead ends on a name that a comma or "and" opens:
// the giver of a clause whose verb and head are left out ("..., the
// Netherlands 24 and Norway six").
func gapped(lead string) bool {
	lead = strings.TrimRight(lead, " ")
	i := strings.LastIndexByte(lead, ' ')
	if i < 0 || i+1 >= len(lead) || lead[i+1] < 'A' || lead[i+1] > 'Z' {
		return false
	}
	// up to three capitalised words, then "the" or not, then "and" or ","
	for k := 0; k < 3; k++ {
		rest := strings.TrimRight(lead[:i], " ")
		switch {
		case strings.HasSuffix(rest, ","), strings.HasSuffix(rest, " and"):
			return true
		case strings.HasSuffix(rest, " the"):
			rest = strings.TrimSuffix(rest, " the")
			return strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, " and")
		}
		j := strings.LastIndexByte(rest, ' ')
		if j < 0 || j+1 >= len(rest) || rest[j+1] < 'A' || rest[j+1] > 'Z' {
			return false
		}
		i = j
	}
	return false
}

// giveVerb reports whether lead ends on a verb of giving, right before a
// bare count: "after sending 14 to Ukraine".
func giveVerb(lead string) bool {
	lead = strings.TrimRight(lead, " ")
	switch lead[strings.LastIndexByte(lead, ' ')+1:] {
	case "sending", "sent", "delivering", "delivered", "donating", "donated", "supplying", "supplied", "transferring", "transferred", "pledging", "pledged", "committing", "committed":
		return true
	}
	return false
}

// sameHead returns count c with the item of the last counted materiel before
// it in its own sentence.
func (e *Extractor) sameHead(sc *scan, c numbers.Count, fs []found) (found, bool) {
	for i := len(fs) - 1; i >= 0; i-- {
		p := fs[i]
		if p.end > c.Start || p.by == nil || p.item != "" || !p.hasQty {
			continue
		}
		return e.countOf(sc, c, p, kindEllipsis), true
	}
	return found{}, false
}

// countOf is the bare count c with the item, unit and category of the
// count p it stands beside, under rule kind k.
func (e *Extractor) countOf(sc *scan, c numbers.Count, p found, k ruleKind) found {
	f := found{start: c.Start, end: c.End, qual: c.Qualifier, hasQty: true, qty: int64(c.Value), max: int64(c.Max),
		item: sc.text[p.itemStart:p.itemEnd], unit: p.unit, category: p.category, sys: p.sys, by: p.by, rule: e.ruleOf(k, p.by)}
	if p.itemEnd > c.End {
		f.headEnd = p.itemEnd
	}
	return f
}

// mayLeadBack reports whether one of the last three words of lead can end
// backLead, before the regular expression is run: most bare counts have no
// such lead.
func mayLeadBack(lead string) bool {
	for range 3 {
		lead = strings.TrimRight(lead, " ")
		i := strings.LastIndexByte(lead, ' ')
		switch w := lead[i+1:]; strings.ToLower(w) {
		case "another", "further", "additional", "remaining", "all", "initially", "first", "to", "at", "reached", "was", "is", "of":
			return true
		}
		if i < 0 {
			return false
		}
		lead = lead[:i]
	}
	return false
}

// peopleVerb is what befalls or is done to people, not things, after a
// bare count: "another 20 were killed".
var peopleVerb = regexp.MustCompile(`^(?:(?:were|was|have been|had been|are|have|had) )?(?:killed|wounded|injured|died|dead|arrested|evacuated|displaced|rescued|trained|deployed|captured|missing|detained|released|freed|returned|joined|volunteered)\b`)

// arrived opens the words after a bare count that is handed over:
// "had been delivered", "were supplied by", "have reached Ukraine".
var arrived = regexp.MustCompile(`^(?:(?:have|has|had|were|was|are|is) )?(?:(?:now|already|so far|since|all|reportedly|actually|been) )*(?:delivered|supplied|sent|shipped|handed over|transferred|donated|arrived|reached (?:Ukraine|the front|Ukrainian))\b`)

// promised opens the words after "the" and a bare count that stands for
// what was promised: "the 80 promised", "the roughly 85 pledged".
var promised = regexp.MustCompile(`^(?:promised|pledged|committed|announced|ordered)\b`)

// peopleBefore is a verb done to people before the lead of a bare count:
// "aims to train a further 20,000".
var peopleBefore = regexp.MustCompile(`(?i)\b(?:train|recruit|deploy|evacuate|kill|wound|injure|host|employ|house|shelter|treat)\w* (?:a further|another|an additional|the remaining|all|initially|first)(?: (?:some|about|around|roughly|nearly|almost|over|more than|at least|up to))? ?$`)

// backRef reads a bare count that stands for the materiel named before it:
// after backLead, or followed by "of them" or "of which" ("20 of them from
// existing stocks"). Nothing but a clause's end, a preposition or a
// participle may follow it: "a further 14 in October" but not "a further 14
// soldiers".
func (e *Extractor) backRef(d *model.Doc, s model.Sentence, sc *scan, c numbers.Count, fs []found) (found, bool) {
	if !c.HasValue || len(c.Fillers) > 0 || c.Qualifier == model.Vague || c.Value < 1 {
		return found{}, false
	}
	rest := strings.TrimLeft(sc.text[c.End:], " ")
	lead := sc.text[max(0, c.QualStart-100):c.QualStart]
	if strings.HasSuffix(strings.TrimRight(lead, " "), "of which") {
		return e.sameHead(sc, c, fs) // "43 drones, of which 37 were intercepted"
	}
	ofThem := strings.HasPrefix(rest, "of them") || strings.HasPrefix(rest, "of which")
	give := giveVerb(lead)
	// "only about 524,000 had been delivered", "fewer than 20 have
	// reached Ukraine": a bare count that is handed over is the materiel
	// named before it, as one a verb of giving leads to is
	arrives := arrived.MatchString(rest) ||
		// and so is one promised: "short of the 80 promised"
		strings.HasSuffix(strings.ToLower(strings.TrimRight(lead, " ")), " the") && promised.MatchString(rest)
	if !ofThem {
		low := ""
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:)") {
			t := tokenAt(sc, c.HeadStart)
			if t < 0 {
				return found{}, false
			}
			low = sc.toks[t].low
		}
		ends := low == "" || low == "and" || low == "to" || low == "while" || low == "but" || low == "in"
		if ends && gapped(lead) {
			// "Germany delivered 14 PzH 2000s, and the Netherlands five",
			// "the Netherlands 24 and Norway six": the head is the count's
			// before it in the sentence
			return e.sameHead(sc, c, fs)
		}
		if low != "" && (!e.class.is(classStop, low) || low == "of" || low == "and" || low == "or") && !(ends && give) && !arrives {
			return found{}, false
		}
		// "after sending 14 to Ukraine" counts the system named before
		if !give && !arrives && (!mayLeadBack(lead) || !backLead.MatchString(lead) || peopleBefore.MatchString(lead)) {
			return found{}, false
		}
	}
	if peopleVerb.MatchString(rest) {
		return found{}, false // "Another 20 were killed"
	}
	en, item := e.context(d, s, sc, fs, c.Start, false)
	// ammunition only when named in the sentence: "delivered about 300,000"
	// after "one million shells", not after "60,000 rounds" the sentence
	// before
	// (and a small count handed over is of things, not rounds: "about
	// 60,000 rounds of ammunition, and 15 had been delivered")
	if en == nil || en.category() == "ammunition" && !ofThem && !(en.start >= 0 && (give || arrives && c.Value >= 1000)) {
		return found{}, false
	}
	f := found{start: c.Start, end: c.End, qual: c.Qualifier, hasQty: true, qty: int64(c.Value), max: int64(c.Max), item: item}
	f.category, f.sys, f.by, f.rule = en.category(), en.sys, en, e.ruleOf(kindEllipsis, en)
	return f, true
}

// coordinated reads "25,000 anti-aircraft and 60,000 anti-tank weapon
// systems": the first phrase borrows the head of the second.
func (e *Extractor) coordinated(sc *scan, counts []numbers.Count, ci int, p phrase, f found) (found, bool) {
	if ci+1 >= len(counts) || p.t1 <= p.t0 || p.t1+1 >= len(sc.toks) {
		return f, false
	}
	next := counts[ci+1]
	if sc.toks[p.t1+1].start != next.QualStart && sc.toks[p.t1+1].start != next.Start {
		return f, false
	}
	t := tokenAt(sc, next.HeadStart)
	if t < 0 {
		return f, false
	}
	q := e.walk(sc, t)
	if len(q.ents) == 0 {
		return f, false
	}
	cat, sys, by := e.decide(sc, q)
	first := sc.text[p.start:sc.toks[p.t1-1].end]
	for k := q.t0 + 1; k <= q.lastTok && k < len(sc.toks); k++ {
		key := first + " " + sc.text[sc.toks[k].start:q.end]
		if h, ok := e.lex.LookupHead(key); ok {
			cat, sys = h.Category, nil
			break
		}
	}
	f.itemStart, f.itemEnd, f.end = p.start, sc.toks[p.t1-1].end, sc.toks[p.t1-1].end
	f.category, f.sys, f.rule = cat, sys, e.ruleOf(kindCoord, by)
	return f, true
}

// context returns what a count without its own head stands for, and its
// item as written: the last mention found before pos (fs), else the entity
// named last before pos in the sentence, else in the sentence before.
// generic prefers named systems and skips ammunition, which a generic noun
// such as "units" or "launchers" never stands for.
func (e *Extractor) context(d *model.Doc, s model.Sentence, sc *scan, fs []found, pos int, generic bool) (*entity, string) {
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].end <= pos && fs[i].item == "" && fs[i].by != nil {
			return fs[i].by, sc.text[fs[i].itemStart:fs[i].itemEnd]
		}
	}
	pick := func(sc *scan, limit int) *entity {
		// an entity that ends by limit starts at a token that starts
		// before it
		e.entsThrough(sc, sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].start >= limit }))
		var head *entity
		for i := len(sc.ents) - 1; i >= 0; i-- {
			en := &sc.ents[i]
			if en.end > limit || en.modifier {
				continue
			}
			if generic && (en.category() == "ammunition" || en.category() == "other") {
				continue
			}
			if generic && en.sys == nil {
				if head == nil && !e.class.is(classGeneric, sc.toks[en.t1-1].low) {
					head = en
				}
				continue
			}
			return en
		}
		return head
	}
	if en := pick(sc, pos); en != nil {
		return en, sc.text[en.start:en.end]
	}
	k := -1
	if i := s.Index; i >= 0 && i < len(d.Sentences) && d.Sentences[i].Start == s.Start && (i == 0 || d.Sentences[i-1].Start < s.Start) {
		k = i - 1 // sentences in text order, as model.Prepare makes them
	} else {
		for i, ps := range d.Sentences {
			if ps.Start == s.Start {
				k = i - 1
				break
			}
		}
	}
	if k < 0 {
		return nil, ""
	}
	ps := d.Sentences[k]
	if ps.Start < 0 || ps.End > len(d.View.Text) || ps.Start >= ps.End {
		return nil, ""
	}
	prev := e.newScan(d.View.Text[ps.Start:ps.End])
	defer putScan(prev)
	en := pick(prev, len(prev.text))
	if en == nil {
		return nil, ""
	}
	// the entity's offsets belong to the other sentence: keep only its data
	out := *en
	out.start, out.end = -1, -1
	return &out, prev.text[en.start:en.end]
}

// single reads "a Patriot missile battery", "an IRIS-T air-defense system",
// "another IRIS-T SLM system": one weapon system, battery or launcher.
func (e *Extractor) single(sc *scan, t int) (found, bool) {
	if t+1 >= len(sc.toks) {
		return found{}, false
	}
	first := t + 1
	if first+1 < len(sc.toks) && (sc.toks[first].low == "single" || sc.toks[first].low == "lone") && !strongBreak(sc.toks[first].trail) {
		first++ // "a single TB2": one, said twice
	}
	p := e.walk(sc, first)
	if len(p.ents) == 0 || p.lastTok < 0 {
		return found{}, false
	}
	lastLow := sc.toks[p.lastTok].low
	if !e.class.is(classSingle, lastLow) && !namedWithHead(sc, p) && !e.shortAfterHead(sc, p) && !namedAlone(sc, p) {
		return found{}, false
	}
	cat, sys, by := e.decide(sc, p)
	if cat == "ammunition" || cat == "other" || cat == "" {
		return found{}, false
	}
	itemStart := p.start
	if m := priceLead.FindStringIndex(sc.text[p.start:p.end]); m != nil && p.start+m[1] < p.end {
		// the price is no part of the thing: "a $CAN406 million
		// American-made ... system"
		itemStart += m[1]
	}
	return found{start: sc.toks[t].start, end: p.end, itemStart: itemStart, itemEnd: p.end, qty: 1, hasQty: true,
		qual: model.Exact, category: cat, sys: sys, by: by, rule: e.ruleOf(kindSingle, by)}, true
}

// shortAfterHead reports whether the phrase ends on a short name in
// brackets right after a head of one system: "an air defence system
// (NASAMS)", "a National Advanced Surface-to-Air Missile System (NASAMS)".
func (e *Extractor) shortAfterHead(sc *scan, p phrase) bool {
	k := p.lastTok
	if k < 1 || !strings.HasPrefix(sc.toks[k].lead, "(") || !strings.HasPrefix(sc.toks[k].trail, ")") {
		return false
	}
	return e.class.is(classSingle, sc.toks[k-1].low)
}

// priceLead is a price that opens the words after an article: "$CAN406
// million", "€2.5bn", "US$ 100 million".
var priceLead = regexp.MustCompile(`^(?:\S{0,4}[$€£¥]\S{0,4}\s?\d[\d.,]*(?:\s?(?i:million|billion|mln|bln|bn|m)\b)?|\d[\d.,]*\s?(?i:million|billion|mln|bln|bn)\b)(?:-\w+)?\s+`)

// namedWithHead reports whether the phrase names a system and ends on a
// head noun after it: "an E-7A Wedgetail surveillance aircraft", "a
// Leopard 2 tank" are one weapon system each, as "a Patriot system" is.
func namedWithHead(sc *scan, p phrase) bool {
	n := len(p.ents)
	if n < 2 || p.modifierHead {
		return false
	}
	last := &sc.ents[p.ents[n-1]]
	if last.sys != nil || last.head == nil || last.t1-1 != p.lastTok {
		return false
	}
	for _, ei := range p.ents[:n-1] {
		if sc.ents[ei].sys != nil {
			return true
		}
	}
	return false
}

// namedAlone reports whether the phrase is a system's name alone, ending
// where the noun phrase does: "a Leopard 2A6," or "a Leopard 2A6 to
// Ukraine" is one tank, where "a HIMARS strike" is no system, and "an
// Archer howitzer is self-propelled" describes the kind.
func namedAlone(sc *scan, p phrase) bool {
	if len(p.ents) != 1 || p.modifierHead {
		return false
	}
	en := &sc.ents[p.ents[0]]
	if en.sys == nil || en.t1-1 != p.lastTok || en.t0 != p.t0 {
		return false
	}
	switch sc.toks[p.lastTok].low {
	case "missile", "rocket", "shell", "round", "interceptor", "munition":
		return false // a munition is no system: "a Patriot missile"
	}
	if strings.TrimSpace(sc.toks[p.lastTok].trail) != "" || p.lastTok+1 >= len(sc.toks) {
		return true // punctuation or the end follows
	}
	switch sc.toks[p.lastTok+1].low {
	case "and", "or", "to", "from", "for", "in", "on", "as", "with", "by", "which", "that", "was", "were", "will", "would", "had":
		return true
	}
	return false
}

var (
	caliberMM   = regexp.MustCompile(`(?i)(?:^|[^\w.])(\d{1,3}(?:\.\d{1,2})?)\s?-?\s?(?:mm|millimet(?:re|er)s?)\b`)
	caliberCal  = regexp.MustCompile(`(?i)(?:^|[^\w.])(\d{2,3})\s?-?\s?calib(?:er|re)\b`)
	caliberIn   = regexp.MustCompile(`(?i)(?:^|\s)\.(50|30)\s?-?\s?cal(?:iber|ibre)?\b`)
	caliberPost = regexp.MustCompile(`(?i)^\s*,?\s*(?:of\s+)?calib(?:er|re)\s+(\d{1,3}(?:\.\d{1,2})?)\s?-?\s?mm\b`)
)

// caliber returns the caliber stated in the mention (or right after its
// head: "howitzers caliber 155 mm"), or 0.
func caliber(text string, start, end int) float64 {
	span := text[start:end]
	if !cuewin.StartsWithFold(text[end:], " \t\n\f\r,", "of", "calib") {
		// caliberPost cannot match; nor can the others without a unit
		// after a digit
		if !unitAfterDigit(span) {
			return 0
		}
	} else if m := caliberPost.FindStringSubmatch(text[end:]); m != nil {
		span += " " + m[1] + " mm"
	}
	if fig, ok := caliberMMAt(span); ok {
		v, _ := strconv.ParseFloat(fig, 64)
		return v
	}
	if m := caliberCal.FindStringSubmatch(span); m != nil {
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}
	if m := caliberIn.FindStringSubmatch(span); m != nil {
		if m[1] == "50" {
			return 12.7
		}
		return 7.62
	}
	return 0
}

// caliberMMAt is caliberMM.FindStringSubmatch(s)[1], without the
// regexp: the first figure, after no word character nor point, followed
// by "mm" or "millimetre(s)". A rune outside ASCII before the figure is no
// word character unless it folds to one.
//
// The expression has one way to match at a figure: \d{1,3} and the
// decimals take every digit there, or fail (a digit cannot follow them),
// and the optional spaces and hyphen take what is there, since the unit
// starts with a letter. Of the letters of the unit, case folding maps
// only "s" to a rune outside ASCII, the long s, which is no word
// character: the unit matches before it with or without it.
func caliberMMAt(s string) (string, bool) {
	for d := 0; d < len(s); d++ {
		if !isDigit(s[d]) || d > 0 && (s[d-1] == '.' || isWordByte(s[d-1]) || s[d-1] >= utf8.RuneSelf && foldsToWord(s[:d])) {
			continue
		}
		p := d
		for p < len(s) && p-d < 3 && isDigit(s[p]) {
			p++
		}
		if p < len(s) && isDigit(s[p]) {
			continue
		}
		if p+1 < len(s) && s[p] == '.' && isDigit(s[p+1]) {
			q := p + 2
			if q < len(s) && isDigit(s[q]) {
				q++
			}
			if q < len(s) && isDigit(s[q]) {
				continue
			}
			p = q
		}
		fig := s[d:p]
		if p < len(s) && isSpaceRE(s[p]) {
			p++
		}
		if p < len(s) && s[p] == '-' {
			p++
		}
		if p < len(s) && isSpaceRE(s[p]) {
			p++
		}
		if mmAt(s[p:]) {
			return fig, true
		}
	}
	return "", false
}

// foldsToWord reports whether s ends with the Kelvin sign or the long s,
// which [^\w.] does not match under case folding: they fold to "k" and
// "s".
func foldsToWord(s string) bool {
	return strings.HasSuffix(s, "\u212a") || strings.HasSuffix(s, "\u017f")
}

// mmAt reports whether s starts with (?i:mm|millimet(?:re|er)s?)\b.
func mmAt(s string) bool {
	n := 0
	switch {
	case words.HasPrefixFold(s, "mm"):
		n = 2
	case words.HasPrefixFold(s, "millimetre"), words.HasPrefixFold(s, "millimeter"):
		n = len("millimetre")
		if n < len(s) && s[n]|0x20 == 's' {
			n++
		}
	default:
		return false
	}
	return n == len(s) || !isWordByte(s[n])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isWordByte reports whether b is a word character of \b: an ASCII
// letter, digit or underscore.
func isWordByte(b byte) bool { return isASCIILetter(b) || isDigit(b) || b == '_' }

// isSpaceRE reports whether b is a space of \s in a regular expression.
func isSpaceRE(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// unitAfterDigit reports whether s holds "mm", "millimet" or "cal" (any
// case; these letters fold only to ASCII) right after a digit (\d is
// ASCII), but for at most three spaces and hyphens: every match of
// caliberMM, caliberCal and caliberIn does.
func unitAfterDigit(s string) bool {
	for q := 1; q < len(s); q++ {
		if !words.HasPrefixFold(s[q:], "mm") && !words.HasPrefixFold(s[q:], "millimet") && !words.HasPrefixFold(s[q:], "cal") {
			continue
		}
		j := q
		for j > 0 && q-j < 3 && (s[j-1] == ' ' || s[j-1] == '-' || '\t' <= s[j-1] && s[j-1] <= '\r') {
			j--
		}
		if j > 0 && '0' <= s[j-1] && s[j-1] <= '9' {
			return true
		}
	}
	return false
}

// role is "other" when a cue of roles.tsv stands near the mention, else
// "aid": within the mention's clause (between semicolons), the last match
// of the cue before the mention, or its first match after it, is at most
// reach words away. A cue of role "aid" near it (a source of aid: "from
// DoD stocks") keeps it aid, whatever other cue is near.
func (e *Extractor) role(sc *scan, text string, start, end int) (role string, cued bool) {
	if !e.cueNear(&sc.tx, start, end, false) {
		return "aid", false
	}
	// the cues of aid only overrule: looked for when another is near
	if !sc.aidOn {
		sc.aidTx.Reset(text, e.aidSet)
		sc.aidOn = true
	}
	if e.cueNear(&sc.aidTx, start, end, true) {
		return "aid", true
	}
	return "other", true
}

// listGlue reports whether gap, the text between two counts, only joins
// them in a list: ", ", " and ", ", along with ", " as well as ".
func listGlue(gap string) bool {
	gap = strings.Trim(gap, " ,;")
	// the next count's qualifier: "with 11 missiles and more than 70 drones"
	for _, q := range [...]string{"more than", "fewer than", "less than", "at least", "up to", "about", "around", "some", "nearly", "almost", "over", "roughly", "approximately", "another", "a further"} {
		if g, ok := strings.CutSuffix(gap, q); ok && (g == "" || strings.HasSuffix(g, " ") || strings.HasSuffix(g, ",")) {
			gap = strings.Trim(g, " ,;")
			break
		}
	}
	switch gap {
	case "", "and", "or", "plus", "along with", "as well as", "together with", "alongside", "and also", "and another", "and a further":
		return true
	}
	return false
}

// cueNear reports whether a cue of roles.tsv of role aid (or not) stands
// near the mention.
func (e *Extractor) cueNear(tx *cuewin.Text, start, end int, aid bool) bool {
	for _, c := range e.cues {
		if c.aid != aid {
			continue
		}
		if c.side <= 0 {
			if _, ok := tx.Before(c.re, start, c.reach); ok {
				return true
			}
		}
		if c.side >= 0 {
			if _, ok := tx.After(c.re, end, c.reach); ok {
				return true
			}
		}
	}
	return false
}

// datesParen reports whether the parenthesis that opens at token i holds a
// date, not a name: "14 Leopard 2A6 tanks (January 2023)", "(2022)",
// "(26 February 2022)", "(Spring 2023)".
func datesParen(sc *scan, i int) bool {
	w := sc.text[sc.toks[i].start:sc.toks[i].end]
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && allDigits(w) {
		return true
	}
	if len(w) <= 2 && allDigits(w) && i+1 < len(sc.toks) && !strings.Contains(sc.toks[i].trail, ")") {
		w = sc.text[sc.toks[i+1].start:sc.toks[i+1].end]
	}
	return monthWords[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// allDigits reports whether s is digits and nothing else.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// monthWords open a date in a parenthesis.
var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "spring": true,
	"summer": true, "autumn": true, "fall": true, "winter": true, "early": true, "mid": true, "late": true}
