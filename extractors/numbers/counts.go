package numbers

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/aidextract/aidextract/extractors/internal/words"
)

//go:embed counts.tsv
var countsTSV []byte

// CountsFile is the name of the embedded count table, used in errors and
// rule ids.
const CountsFile = "counts.tsv"

// Count is a count of things or people found in a text: a figure, number
// words, a range or a vague phrase, with the qualifier before it and the
// fillers after it. Offsets are byte offsets into the scanned text.
type Count struct {
	// Start and End delimit the count as written, qualifier excluded:
	// "17,000", "5,000 to 6,000", "a dozen", "dozens of", "\"hundreds\" of".
	Start, End int
	// QualStart is where the qualifier starts ("more than 17,000"); it is
	// Start when there is none.
	QualStart int
	// HeadStart is where the counted noun phrase may start: after the
	// fillers ("four more HIMARS" -> the offset of "HIMARS").
	HeadStart int
	// Value is the count, Max the upper end of a range (0 otherwise).
	// HasValue is false for vague counts.
	Value, Max float64
	HasValue   bool
	// Qualifier is exact, up_to, more_than, at_least, approx, less_than, or
	// vague for a vague count.
	Qualifier string
	// Vague is the normalised vague word ("dozens", "hundreds of
	// thousands") of a vague count.
	Vague string
	// Fillers are the filler words between count and head, lower case
	// ("more", "additional").
	Fillers []string
	// Words is true when the count is written in words ("four", "a dozen").
	Words bool
	// Rule names what matched: "counts/figure", "counts/words",
	// "counts/vague@counts.tsv:42".
	Rule string
}

type countPhrase struct {
	phrase string // lower case, single spaces
	kind   string
	value  string
	line   int
	re     *regexp.Regexp // vague phrases only
	first  string         // vague phrases only: the first word, a cheap test before re
	// vague phrases only: first is ASCII letters, so that a match takes
	// the whole run of letters at its start (see vagueAt)
	firstLetters bool
	words        []string // vague phrases only: the words
	rule         string   // vague phrases only: the Rule of a count it matches
}

// CountScanner finds counts in text. Build it with NewCountScanner; it is
// read-only afterwards and safe for concurrent use.
type CountScanner struct {
	lex        *Lexicon
	num        *regexp.Regexp // one number: figure with scale, or words
	rangeTail  *regexp.Regexp // separator and second number, anchored
	qualifiers []countPhrase  // longest first
	vague      []countPhrase  // longest first
	fillers    []countPhrase  // longest first
	measures   []countPhrase  // longest first
	prefixes   map[string]bool
	dateWords  map[string]bool
	// numStarts are the number words of WordsPattern, in lower case: a
	// position that starts with none of them (nor a digit, nor an article
	// before one) is not tried with num.
	numStarts map[string]bool
	// numLens holds, for each first byte of a number word, a bit for
	// each of their lengths: most words fail it without a map look-up.
	numLens [256]uint32
	// wordLens holds, for the first two letters of a word (see pairIndex),
	// a bit for each length of a number word, vague phrase's first word
	// or article starting with them: countAt finds nothing at a word of
	// ASCII letters without its bit (see scan).
	wordLens [27 * 27]uint32
	// endLens is wordLens for the first and the last letter of a word: a
	// second gate, which most words that pass the first fail ("military",
	// "training" and "since" look like "millions", "trillion" and "sixty"
	// by their first letters).
	endLens [27 * 27]uint32
	// vagueLead holds the first bytes (lower case) of the vague phrases.
	vagueLead [256]bool
	// vagueBy lists, for each such byte, the indexes of the vague phrases
	// that start with it, in the order of vague.
	vagueBy  [256][]int
	vagueAll []int // 0, 1, ... len(vague)-1
	// measuresBy and fillersBy list, for each byte, the measures and
	// fillers (in table order) whose phrase starts with it: phraseAt
	// compares the first byte before anything else.
	measuresBy, fillersBy [256][]countPhrase
	// qualifiersByLast lists, for each byte, the qualifiers (longest
	// first) whose phrase ends with it.
	qualifiersByLast [256][]countPhrase
	// scaleWords are the scale words of num, in the order it tries them;
	// abbrevWords the abbreviations it takes glued to a figure ("4m").
	scaleWords, abbrevWords []string
	// wordsSet holds the words of WordsPattern, lower case; wordsFast
	// says that wordsAt may read num's words branch without the regexp:
	// every word is ASCII letters, at most 16, and none is "and", "a" or
	// "an".
	wordsSet  map[string]bool
	wordsFast bool

	// recent holds the last texts scanned and their counts, so that a
	// second extractor asking about the same sentence gets them for free.
	// Each entry is published whole through an atomic pointer: readers,
	// most callers, take no lock and write nothing.
	recent [8]atomic.Pointer[scanned]
	_      [64]byte // keep next off the cache line of recent
	next   atomic.Uint32
}

// scanned is a text and its counts. Texts are compared by identity: the
// same bytes at the same address.
type scanned struct {
	text   string
	counts []Count
}

var countKinds = map[string]bool{"qualifier": true, "vague": true, "filler": true, "measure": true, "prefix": true, "date": true}

var countQualifiers = map[string]bool{"exact": true, "up_to": true, "more_than": true, "at_least": true, "approx": true, "less_than": true}

// NewCountScanner loads the embedded counts.tsv and the default number
// lexicon. A malformed table is an error of the form "counts.tsv:12: why".
//
// Every call returns the same scanner, which is read-only but for its
// cache of recent results (see Scan): the extractors that read counts
// (materiel, personnel) scan each sentence once between them.
func NewCountScanner() (*CountScanner, error) { return defaultCountScanner() }

var defaultCountScanner = sync.OnceValues(func() (*CountScanner, error) {
	lex, err := Default()
	if err != nil {
		return nil, err
	}
	return ParseCountScanner(lex, CountsFile, countsTSV)
})

// ParseCountScanner builds a scanner from a table in the counts.tsv format
// (header "phrase<TAB>kind<TAB>value"). name is used in error messages.
func ParseCountScanner(lex *Lexicon, name string, data []byte) (*CountScanner, error) {
	c := &CountScanner{lex: lex, prefixes: map[string]bool{}, dateWords: map[string]bool{}, numStarts: map[string]bool{}}
	for _, w := range lex.NumberWords() {
		c.numStarts[w] = true
		if len(w) < 32 {
			c.numLens[w[0]] |= 1 << len(w)
		}
	}
	header := false
	seen := map[string]int{}
	for i, raw := range strings.Split(string(data), "\n") {
		line := i + 1
		raw = strings.TrimRight(raw, "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		cols := strings.Split(raw, "\t")
		if !header {
			if raw != "phrase\tkind\tvalue" {
				return nil, fmt.Errorf("%s:%d: header must be phrase, kind, value; got %q", name, line, raw)
			}
			header = true
			continue
		}
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 columns, got %d", name, line, len(cols))
		}
		p := countPhrase{phrase: strings.Join(strings.Fields(strings.ToLower(cols[0])), " "), kind: cols[1], value: cols[2], line: line}
		if p.phrase == "" || p.phrase != strings.ToLower(cols[0]) {
			return nil, fmt.Errorf("%s:%d: phrase %q is empty or not single-spaced", name, line, cols[0])
		}
		if !countKinds[p.kind] {
			return nil, fmt.Errorf("%s:%d: unknown kind %q (want qualifier, vague, filler, measure, prefix or date)", name, line, p.kind)
		}
		switch p.kind {
		case "qualifier":
			if !countQualifiers[p.value] {
				return nil, fmt.Errorf("%s:%d: unknown qualifier %q", name, line, p.value)
			}
		case "vague":
			if p.value == "" || p.value == "-" {
				return nil, fmt.Errorf("%s:%d: a vague phrase needs its vague word", name, line)
			}
		default:
			if p.value != "-" {
				return nil, fmt.Errorf("%s:%d: kind %s takes value \"-\", got %q", name, line, p.kind, p.value)
			}
		}
		key := p.phrase + "\t" + p.kind
		if first, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate %s %q (first on line %d)", name, line, p.kind, p.phrase, first)
		}
		seen[key] = line
		switch p.kind {
		case "qualifier":
			c.qualifiers = append(c.qualifiers, p)
		case "vague":
			// quotes may stand around the words: "\"hundreds\" of"
			words := strings.Split(p.phrase, " ")
			for j, w := range words {
				words[j] = regexp.QuoteMeta(w)
			}
			p.re = regexp.MustCompile(`^(?i:"?` + strings.Join(words, `"?\s+"?`) + `)`)
			p.words = strings.Split(p.phrase, " ")
			p.first = p.words[0]
			p.firstLetters = true
			for k := 0; k < len(p.first); k++ {
				p.firstLetters = p.firstLetters && isASCIILetter(p.first[k])
			}
			p.rule = fmt.Sprintf("counts/vague@%s:%d", CountsFile, line)
			c.vagueLead[p.first[0]] = true
			c.vague = append(c.vague, p)
		case "filler":
			c.fillers = append(c.fillers, p)
		case "measure":
			c.measures = append(c.measures, p)
		case "prefix":
			c.prefixes[p.phrase] = true
		case "date":
			c.dateWords[p.phrase] = true
		}
	}
	if !header {
		return nil, fmt.Errorf("%s:1: no header", name)
	}
	for _, ps := range [][]countPhrase{c.qualifiers, c.vague, c.fillers, c.measures} {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].phrase) > len(ps[j].phrase) })
	}
	for i, p := range c.vague {
		c.vagueBy[p.first[0]] = append(c.vagueBy[p.first[0]], i)
		c.vagueAll = append(c.vagueAll, i)
	}
	for w := range c.numStarts {
		c.markWord(w)
	}
	c.markWord("a")
	c.markWord("an")
	for _, p := range c.vague {
		if p.firstLetters {
			c.markWord(p.first)
		} else if isASCIILetter(p.first[0]) {
			// no gate for words starting with its first letter
			for b := 0; b < 27; b++ {
				c.wordLens[pairIndex(p.first[0], byte('a'+b))] = ^uint32(0)
				c.endLens[pairIndex(p.first[0], byte('a'+b))] = ^uint32(0)
			}
			c.wordLens[pairIndex(p.first[0], 0)] = ^uint32(0)
		}
	}
	for _, q := range c.qualifiers {
		last := q.phrase[len(q.phrase)-1]
		c.qualifiersByLast[last] = append(c.qualifiersByLast[last], q)
	}
	for _, p := range c.measures {
		c.measuresBy[p.phrase[0]] = append(c.measuresBy[p.phrase[0]], p)
	}
	for _, p := range c.fillers {
		c.fillersBy[p.phrase[0]] = append(c.fillersBy[p.phrase[0]], p)
	}
	c.scaleWords = strings.Split(lex.alternation(Scale), "|")
	c.abbrevWords = strings.Split(lex.alternation(Abbrev), "|")
	c.wordsSet = map[string]bool{}
	c.wordsFast = true
	for _, w := range strings.Split(lex.alternation(Unit, Tens, Hundred, Scale, Fraction, Dozen), "|") {
		lw := strings.ToLower(w)
		c.wordsSet[lw] = true
		ok := lw != "" && len(lw) <= 16 && lw != "and" && lw != "a" && lw != "an"
		for k := 0; k < len(lw); k++ {
			ok = ok && 'a' <= lw[k] && lw[k] <= 'z'
		}
		c.wordsFast = c.wordsFast && ok
	}
	// a magnitude glued to the figure counts too: "4m rounds", "10k drones"
	scale := `(?:(?i:` + lex.alternation(Abbrev) + `)\b|(?:\s+|\s*-\s*)(?i:` + lex.alternation(Scale) + `)\b)?`
	one := `(?:` + DigitsPattern + scale + `|(?i:\ban?\s+)?` + lex.WordsPattern() + `)`
	c.num = regexp.MustCompile(`^` + one)
	c.rangeTail = regexp.MustCompile(`^\s*(-|(?i:to|or|and))\s*(` + one + `)`)
	return c, nil
}

// pairIndex indexes wordLens by the first two bytes of a word, ASCII
// letters of any case; b1 is anything else for a one-letter word.
func pairIndex(b0, b1 byte) int {
	i1 := 26
	if isASCIILetter(b1) {
		i1 = int(b1 | 0x20 - 'a')
	}
	return int(b0|0x20-'a')*27 + i1
}

// markWord sets the bit of wordLens for w, when it is ASCII letters (a
// word with anything else never equals a run of letters).
func (c *CountScanner) markWord(w string) {
	for k := 0; k < len(w); k++ {
		if !isASCIILetter(w[k]) {
			return
		}
	}
	var b1 byte
	if len(w) > 1 {
		b1 = w[1]
	}
	c.wordLens[pairIndex(w[0], b1)] |= lenBit32(len(w))
	c.endLens[pairIndex(w[0], w[len(w)-1])] |= lenBit32(len(w))
}

// lenBit32 is the bit of length n in wordLens; lengths from 31 up share
// the last bit.
func lenBit32(n int) uint32 { return 1 << min(n, 31) }

// findsNothingAt reports whether countAt surely finds nothing at i, where
// a word of ASCII letters ends in ASCII, and whose first two letters and
// length, or first and last letters and length, no number word, article
// or vague phrase has. For a word whose run of letters ends at a byte
// outside ASCII it says false.
//
// It also returns the end of the run of letters.
func (c *CountScanner) findsNothingAt(text string, i int) (bool, int) {
	j := letterRunEnd(text, i+1)
	if j < len(text) && text[j] >= utf8.RuneSelf {
		return false, j
	}
	var b1 byte
	if j > i+1 {
		b1 = text[i+1]
	}
	n := lenBit32(j - i)
	return c.wordLens[pairIndex(text[i], b1)]&n == 0 || c.endLens[pairIndex(text[i], text[j-1])]&n == 0, j
}

// letterRunEnd returns the end of the run of ASCII letters at s[i:]. It
// reads eight bytes at a time: most words end within the first eight, and
// so without a branch on each letter, which mispredicts at the end of
// every word.
//
// Each byte, cleared of its top bit and set to lower case, is a letter
// when adding 0x80-'a' sets its top bit and adding 0x80-'z'-1 does not
// (neither sum carries into the next byte); a byte outside ASCII is no
// letter.
func letterRunEnd(s string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(s) {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		y := (x | 0x20*lo) &^ hi
		letter := (y + (0x80-'a')*lo) &^ (y + (0x80-'z'-1)*lo) &^ x & hi
		if letter != hi {
			return i + bits.TrailingZeros64(^letter&hi)/8
		}
		i += 8
	}
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// rawWordBefore returns the word that ends right before i, skipping
// spaces and opening brackets or quotes.
func rawWordBefore(s string, i int) string {
	j := i
	for j > 0 {
		// (the runes looked for are ASCII, and no byte of a rune outside
		// ASCII is)
		if c := s[j-1]; c != ' ' && c != '\n' && c != '(' && c != '"' {
			break
		}
		j--
	}
	k := j
	for k > 0 {
		r, n := rune(s[k-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s[:k])
		} else if r > ' ' && r != '(' && r != '"' {
			k-- // not a space (ASCII spaces are \t-\r and ' ')
			continue
		}
		if unicode.IsSpace(r) || r == '(' || r == '"' {
			break
		}
		k -= n
	}
	return strings.TrimRight(s[k:j], ",")
}

// phraseAt reports the length in bytes of phrase at s[i:] (a space in the
// phrase matches any run of white space), or -1. The phrase must end at a
// word boundary when its last character is a letter or digit.
func phraseAt(s string, i int, phrase string) int {
	j := i
	for k := 0; k < len(phrase); k++ {
		if phrase[k] == ' ' {
			n := j
			for n < len(s) && (s[n] == ' ' || s[n] == '\n') {
				n++
			}
			if n == j {
				return -1
			}
			j = n
			continue
		}
		if j >= len(s) || lowerByte(s[j]) != phrase[k] {
			return -1
		}
		j++
	}
	if last := rune(phrase[len(phrase)-1]); isAlnumRune(last) && isAlnumRune(runeAt(s, j)) {
		return -1
	}
	return j - i
}

// phraseBefore reports where phrase starts when it ends right before i
// (spaces between allowed), or -1. It must start at a word boundary.
func phraseBefore(s string, i int, phrase string) int {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\n') {
		j--
	}
	for k := len(phrase) - 1; k >= 0; k-- {
		if phrase[k] == ' ' {
			n := j
			for n > 0 && (s[n-1] == ' ' || s[n-1] == '\n') {
				n--
			}
			if n == j {
				return -1
			}
			j = n
			continue
		}
		if j <= 0 || lowerByte(s[j-1]) != phrase[k] {
			return -1
		}
		j--
	}
	if isAlnumRune(runeBefore(s, j)) {
		return -1
	}
	return j
}

// startingAt returns the phrases of by that phraseAt(s, i, phrase) may
// find: those whose first byte is s[i] in lower case.
func startingAt(by *[256][]countPhrase, s string, i int) []countPhrase {
	if i >= len(s) {
		return nil
	}
	return by[lowerByte(s[i])]
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// isYear reports whether s is a year, 1800 to 2099: what
// ^(?:1[89]|20)\d\d$ matches.
func isYear(s string) bool {
	return len(s) == 4 && (s[0] == '1' && (s[1] == '8' || s[1] == '9') || s[0] == '2' && s[1] == '0') && isDigit(s[2]) && isDigit(s[3])
}

// Scan returns the counts in text, in order, without overlaps.
//
// The scanner remembers its last results: scanning the same string
// again (the same bytes in memory, as two extractors do with one
// sentence) returns a copy of them.
func (c *CountScanner) Scan(text string) []Count {
	return cloneCounts(c.ScanShared(text))
}

// ScanShared is Scan without the copy: the counts returned are shared
// with the scanner's cache and with other callers, who may be running
// concurrently, so the caller must not modify them (nor their Fillers).
// It saves a copy per call for callers that only read the counts.
func (c *CountScanner) ScanShared(text string) []Count {
	if len(text) == 0 {
		return nil
	}
	for i := range c.recent {
		if r := c.recent[i].Load(); r != nil && len(r.text) == len(text) && unsafe.StringData(r.text) == unsafe.StringData(text) {
			return r.counts
		}
	}
	var buf [8]Count
	var r *scanned
	// One allocation for the cache's entry and up to two counts, as most
	// sentences have; each slice clipped, so that an append by a caller
	// cannot write into it.
	switch out := c.scanInto(text, &buf); len(out) {
	case 0:
		r = &scanned{text: text}
	case 1:
		e := &struct {
			scanned
			counts [1]Count
		}{}
		e.counts[0] = out[0]
		e.scanned = scanned{text, e.counts[:]}
		r = &e.scanned
	case 2:
		e := &struct {
			scanned
			counts [2]Count
		}{}
		copy(e.counts[:], out)
		e.scanned = scanned{text, e.counts[:]}
		r = &e.scanned
	default:
		r = &scanned{text, slices.Clip(slices.Clone(out))}
	}
	k := c.next.Add(1) % uint32(len(c.recent))
	c.recent[k].Store(r)
	return r.counts
}

// cloneCounts copies counts, so that no two callers share a slice.
func cloneCounts(cs []Count) []Count {
	if cs == nil {
		return nil
	}
	out := make([]Count, len(cs))
	copy(out, cs)
	for i := range out {
		out[i].Fillers = slices.Clone(out[i].Fillers)
	}
	return out
}

func (c *CountScanner) scan(text string) []Count {
	// gathered on the stack, then copied once at their final size
	var buf [8]Count
	out := c.scanInto(text, &buf)
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// scanInto is scan, its answer in buf's memory when that holds it.
func (c *CountScanner) scanInto(text string, buf *[8]Count) []Count {
	out := buf[:0]
	for pos := 0; pos < len(text); {
		r, n := rune(text[pos]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[pos:])
		} else if isASCIILetter(byte(r)) {
			// most words are not worth a call of countAt; those are
			// stepped over from the end of their letters
			if nothing, end := c.findsNothingAt(text, pos); nothing {
				pos = alnumEnd(text, end)
				continue
			}
		} else if !isDigit(byte(r)) && r != '"' {
			pos++ // starts nothing
			continue
		}
		// the count is read in place, in the next slot of out: a Count is
		// large, and copying it out of each call costs more than reading it
		if len(out) == cap(out) {
			out = slices.Grow(out, 1)
		}
		cnt := &out[:len(out)+1][len(out)]
		skip, ok := 0, false
		if isAlnumRune(r) || r == '"' {
			skip, ok = c.countAt(text, pos, cnt)
		}
		if !ok {
			// step over the whole rejected number or word, so that its
			// tail ("million" of "$350 million") is not read again
			pos += max(n, skip)
			if isAlnumRune(r) {
				pos = alnumEnd(text, pos)
			}
			continue
		}
		out = out[:len(out)+1]
		pos = cnt.End
	}
	return out
}

// alnumEnd returns the end of the run of letters and digits at text[pos:].
func alnumEnd(text string, pos int) int {
	for pos < len(text) {
		if b := text[pos]; b < utf8.RuneSelf {
			if !isASCIIAlnum(b) {
				break
			}
			pos++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[pos:])
		if !isAlnumRune(r) {
			break
		}
		pos += n
	}
	return pos
}

// isASCIIAlnum is isAlnumRune for an ASCII byte.
func isASCIIAlnum(b byte) bool { return isASCIILetter(b) || isDigit(b) }

// countAt reads a count that starts exactly at i, if any, into cnt,
// which it overwrites whole when there is one (and may write into when
// there is none). When a number is there but is not a count, skip is its
// length.
func (c *CountScanner) countAt(text string, i int, cnt *Count) (skip int, ok bool) {
	numEnd, isNum := 0, false
	if c.mayStartNumber(text, i) {
		numEnd, isNum = c.numAt(text, i)
	}
	if isNum {
		skip = numEnd
	}
	prev := runeBefore(text, i)
	if isAlnumRune(prev) || gluedBefore(prev) {
		return skip, false
	}
	if c.mayVagueAt(text, i) && c.vagueAt(text, i, cnt) {
		return 0, true
	}
	if !isNum {
		return 0, false
	}
	if numEnd > 1 && text[i] == '0' && text[i+1] >= '0' && text[i+1] <= '9' {
		// a leading zero writes a code or a model, not a count:
		// "Leopard 02 A6 tanks"
		return skip, false
	}
	return skip, c.numberAt(text, i, i+numEnd, cnt)
}

// compoundTail extends a count that ends in a large magnitude by a
// smaller one written after it: "5 million 729 thousand refugees" is
// 5,729,000, not two counts.
func (c *CountScanner) compoundTail(text, s string, cnt *Count) {
	mag := c.trailingScale(s)
	at := cnt.End + 1
	if mag < 1e6 || at >= len(text) || text[cnt.End] != ' ' || !isDigit(text[at]) {
		return
	}
	n, ok := c.numAt(text, at)
	if !ok {
		return
	}
	s2 := text[at : at+n]
	m2 := c.trailingScale(s2)
	v2, err := c.parse(s2, false)
	if err != nil || m2 == 0 || m2 >= mag || v2 >= mag || isAlnumRune(runeAt(text, at+n)) {
		return
	}
	cnt.Value += v2
	cnt.End = at + n
}

// gluedBefore is strings.ContainsRune("-.$€£¥#/+_&'", r): a rune that
// makes what follows it part of something else.
func gluedBefore(r rune) bool {
	switch r {
	case '-', '.', '$', '€', '£', '¥', '#', '/', '+', '_', '&', '\'':
		return true
	}
	return false
}

// firstWordEntry is c.lex.words[f[0]] for f the fields of
// strings.ToLower(s) split at spaces and hyphens (s holds one), without
// building them: lower case maps rune by rune, so the first field of the
// lower case is the lower case of the first field.
func (c *CountScanner) firstWordEntry(s string) (entry, bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '-') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '-' {
		j++
	}
	w := s[i:j]
	var buf [32]byte
	if len(w) <= len(buf) {
		b := buf[:len(w)]
		ascii := true
		for k := 0; k < len(w); k++ {
			ch := w[k]
			if ch >= utf8.RuneSelf {
				ascii = false
				break
			}
			b[k] = lowerByte(ch)
		}
		if ascii {
			e, ok := c.lex.words[string(b)]
			return e, ok
		}
	}
	e, ok := c.lex.words[strings.ToLower(w)]
	return e, ok
}

// numberAt reads the number text[start:end] and what surrounds it into
// cnt, as countAt does.
func (c *CountScanner) numberAt(text string, start, end int, cnt *Count) bool {
	s := text[start:end]
	words := !unicode.IsDigit(rune(s[0]))
	if words {
		// "million tanks", "hundred": a bare magnitude is not a count
		// ("half" alone too; "half a million" is a number)
		if e, ok := c.firstWordEntry(s); ok && (e.kind == Scale || e.kind == Hundred || e.kind == Dozen || e.kind == Fraction && !strings.Contains(s, " ")) {
			return false
		}
	}
	v, err := c.parse(s, words)
	if err != nil && words {
		// "a five": drop the article and let the next position try
		return false
	}
	if err != nil || !c.goodValue(v) {
		return false
	}
	*cnt = Count{Start: start, End: end, QualStart: start, Value: v, HasValue: true, Qualifier: "exact", Words: words, Rule: "counts/figure"}
	if words {
		cnt.Rule = "counts/words"
	}
	// a figure glued to letters is a designator or an ordinal ("2A4", "21st")
	if !words && isAlnumRune(runeAt(text, end)) {
		return false
	}
	if !words && c.markedBefore(text, start, isYear(s)) {
		return false
	}
	// a range: "5,000 to 6,000", "20-25", "two or three", "between 5 and 10"
	if m, ok := c.rangeTailAt(text, end); ok {
		sep := strings.ToLower(text[m[0]:m[1]])
		s2 := text[m[2]:m[3]]
		v2, err2 := c.parse(s2, !isDigit(s2[0]))
		after := m[3]
		lead := lowerTail(strings.TrimRight(text[:start], " "))
		ok := err2 == nil && c.goodValue(v2) && !isAlnumRune(runeAt(text, after)) &&
			(unicode.IsDigit(rune(s2[0])) == !words || strings.HasSuffix(lead, "between"))
		if ok {
			// a shared magnitude: "2 to 3 million"
			if mag := c.trailingScale(s2); mag > 0 && c.trailingScale(s) == 0 && v*mag < v2 {
				v *= mag
			}
			switch {
			case v2 <= v:
				ok = false
			case sep == "and":
				ok = strings.HasSuffix(lead, "between")
			case sep == "to":
				ok = !strings.HasSuffix(lead, "from") && !strings.HasSuffix(lead, "rose")
			}
			if isYear(s) && isYear(s2) {
				return false // "2014-2021"
			}
		}
		if ok {
			cnt.Value, cnt.Max, cnt.End = v, v2, after
		}
	}
	if cnt.Max == 0 {
		c.compoundTail(text, s, cnt)
	}
	// a measurement, not a count: "155 mm", "150-km", "20%", "three years"
	rest := cnt.End
	for rest < len(text) && (text[rest] == ' ' || text[rest] == '-') {
		rest++
	}
	if runeAt(text, cnt.End) == '%' {
		return false
	}
	for _, m := range startingAt(&c.measuresBy, text, rest) {
		if phraseAt(text, rest, m.phrase) > 0 {
			return false
		}
	}
	// a compound adjective: "a 12-tank company", "two-thirds"
	if runeAt(text, cnt.End) == '-' && isAlnumRune(runeAt(text, cnt.End+1)) {
		return false
	}
	c.qualify(text, cnt)
	c.fill(text, cnt)
	return true
}

// parse is c.lex.Parse(s), quicker for a plain figure and for one word
// (see parseWord): s is a match of num, so digits and commas alone are
// digits grouped by commas, whose value Parse reads with
// strconv.ParseFloat; below 2^53 adding digit by digit is exact and gives
// the same value. Only whether the error is nil matters to the callers.
func (c *CountScanner) parse(s string, words bool) (float64, error) {
	if words {
		if v, ok, sure := c.parseWord(s); sure {
			if !ok {
				return 0, errNotNumber
			}
			return v, nil
		}
		return c.lex.Parse(s)
	}
	if len(s) > 15 {
		return c.lex.Parse(s)
	}
	v := 0.0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case isDigit(b):
			v = v*10 + float64(b-'0')
		case b == ',':
		default:
			return c.lex.Parse(s)
		}
	}
	return v, nil
}

// errNotNumber is what parse returns for a word that Parse rejects.
var errNotNumber = errors.New("not a number")

// parseWord is Parse for s one word of ASCII letters, as most counts in
// words are ("two", "seven"), without its regexp and fields: Parse reads
// such a word as the value of its entry, unless it is an abbreviation,
// "and" or an article, or has no entry. sure is false for anything else.
func (c *CountScanner) parseWord(s string) (v float64, ok, sure bool) {
	var buf [16]byte
	if s == "" || len(s) > len(buf) {
		return 0, false, false
	}
	w := buf[:len(s)]
	for k := range len(s) {
		if !isASCIILetter(s[k]) {
			return 0, false, false
		}
		w[k] = lowerByte(s[k])
	}
	switch string(w) {
	case "and", "a", "an":
		return 0, false, true
	}
	e, ok := c.lex.words[string(w)]
	if !ok || e.kind == Abbrev {
		return 0, false, true
	}
	return e.value, true, true
}

// markedBefore reports whether the word before the figure at text[i:]
// makes it no count: a prefix ("No. 5"), or, before a year, a date word
// ("in 2022", "Sept. 2023") or a figure ("5 2022"). The word is lowered
// once, in a buffer on the stack when it is short and ASCII.
func (c *CountScanner) markedBefore(text string, i int, year bool) bool {
	w := rawWordBefore(text, i)
	var buf [24]byte
	var lw []byte
	if len(w) > len(buf) {
		lw = []byte(strings.ToLower(w))
	} else {
		lw = buf[:len(w)]
		for k := range len(w) {
			if w[k] >= utf8.RuneSelf {
				lw = []byte(strings.ToLower(w))
				break
			}
			lw[k] = lowerByte(w[k])
		}
	}
	if c.prefixes[string(lw)] {
		return true
	}
	if !year {
		return false
	}
	// lower case maps no rune to a digit nor a digit to anything else
	trimmed := lw
	if n := len(lw); n > 0 && lw[n-1] == '.' {
		trimmed = lw[:n-1]
	}
	return c.dateWords[string(lw)] || c.dateWords[string(trimmed)] || isDigits(w)
}

// lowerTail returns the end of strings.ToLower(s), long enough for the
// suffix tests of numberAt ("between", "from", "rose"): lower-casing maps
// rune by rune, so the last bytes of the lower-cased text come from the
// last runes of s, and a few bytes more let decoding fall into step.
func lowerTail(s string) string {
	const keep = 4*len("between") + 8
	if len(s) > keep {
		s = s[len(s)-keep:]
	}
	return strings.ToLower(s)
}

// rangeTailAt is rangeTail.FindStringSubmatchIndex(text[end:]) without
// the regexp, as offsets into text: the separator is text[m[0]:m[1]] and
// the second number text[m[2]:m[3]], where the match ends.
//
// The expression has one way to match: the spaces are taken whole, since
// neither a separator nor a number starts with one, and the separators
// start with different letters, which fold to no byte outside ASCII. The
// second number is num's: the figure branch at a digit, else the words
// branch, whose \b sees the byte before the number, a word character
// when no space follows "to", "or" or "and". Where figureAt or wordsAt is
// not sure, the regexp decides.
func (c *CountScanner) rangeTailAt(text string, end int) (m [4]int, ok bool) {
	p := end
	for p < len(text) && isSpaceRE(text[p]) {
		p++
	}
	m[0] = p
	switch s := text[p:]; {
	case s == "":
		return m, false
	case s[0] == '-':
		p++
	case asciiPrefixFold(s, "to"), asciiPrefixFold(s, "or"):
		p += 2
	case asciiPrefixFold(s, "and"):
		p += 3
	default:
		return m, false
	}
	m[1] = p
	for p < len(text) && isSpaceRE(text[p]) {
		p++
	}
	if p == len(text) {
		return m, false
	}
	m[2] = p
	var n int
	sure := true
	switch b := text[p]; {
	case isDigit(b):
		n, sure = c.figureAt(text[p:])
	case isASCIIWordByte(b) && isASCIIWordByte(text[p-1]):
		return m, false // no \b before the words
	default:
		n, ok, sure = c.wordsAt(text[p:])
		if sure && !ok {
			return m, false
		}
	}
	if !sure {
		loc := c.rangeTail.FindStringSubmatchIndex(text[end:])
		if loc == nil {
			return m, false
		}
		return [4]int{end + loc[2], end + loc[3], end + loc[4], end + loc[5]}, true
	}
	m[3] = p + n
	return m, true
}

// asciiPrefixFold reports whether s starts with the lower-case ASCII word
// w, ASCII case aside.
func asciiPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerByte(s[k]) != w[k] {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (c *CountScanner) goodValue(v float64) bool {
	return v >= 1 && v == math.Trunc(v) && v < 1e13
}

// trailingScale is the multiplier of the scale word that ends s, or 0.
func (c *CountScanner) trailingScale(s string) float64 {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(f) < 2 {
		return 0
	}
	if e, ok := c.lex.words[strings.ToLower(f[len(f)-1])]; ok && e.kind == Scale {
		return e.value
	}
	return 0
}

// numAt is c.num.FindStringIndex(text[i:]), searched in a window of text
// that grows until it holds every byte the expression can read from i:
// the run of figures, then, after the match, what one more step of a
// scale or number word could read (spaces and hyphens, "and", an article,
// and a word). Searching a short window rather than the rest of the
// sentence keeps each search cheap.
func (c *CountScanner) numAt(text string, i int) (n int, ok bool) {
	if b := text[i]; b >= '0' && b <= '9' {
		if n, ok := c.figureAt(text[i:]); ok {
			return n, true
		}
	}
	if b := text[i]; b < '0' || b > '9' {
		if n, ok, sure := c.wordsAt(text[i:]); sure {
			return n, ok
		}
	}
	end := min(len(text), i+64)
	for {
		loc := c.num.FindStringIndex(text[i:end])
		if end == len(text) {
			return locEnd(loc)
		}
		bound := wordStepReach(text, i)
		if b := text[i]; b >= '0' && b <= '9' {
			j := i
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == ',' || text[j] == '.') {
				j++
			}
			bound = max(bound, wordStepReach(text, j))
		}
		if loc != nil {
			bound = max(bound, wordStepReach(text, i+loc[1]))
		}
		if bound <= end {
			return locEnd(loc)
		}
		end = min(len(text), max(bound, i+2*(end-i)))
	}
}

// wordsAt matches the words branch of num, (?i:\ban?\s+)? then
// WordsPattern, at the start of s, which does not start with a digit,
// without the regexp: the length of the match and whether there is one.
// sure is false when a byte outside ASCII is read (case folding may match
// it to a letter: the Kelvin sign, the long s), or when the lexicon is not
// what the reasoning below needs (wordsFast); the caller then asks the
// regexp.
//
// For ASCII text the expression has one way to match. A number word (\b,
// one of the words, \b) takes the whole run of word characters at its
// start, since the words are letters. Between two words, \s+ must be
// followed by a word or "and" or an article, none of which starts with a
// hyphen, so a hyphen after the spaces takes the branch \s*-\s*; "and"
// and an article, followed by spaces, are taken when there (not taking
// them leaves a word that is not a number word to read). The star is
// greedy: words are read until the next step fails.
func (c *CountScanner) wordsAt(s string) (n int, ok, sure bool) {
	if !c.wordsFast {
		return 0, false, false
	}
	p := 0
	// the leading article
	if k, sure := articleAt(s, 0); !sure {
		return 0, false, false
	} else if k > 0 {
		p = k
	}
	q, ok, sure := c.numberWordAt(s, p)
	if !sure {
		return 0, false, false
	}
	if !ok {
		return 0, false, true
	}
	for {
		// separator: \s+ or \s*-\s*
		r := q
		for r < len(s) && isSpaceRE(s[r]) {
			r++
		}
		if r < len(s) && s[r] == '-' {
			r++
			for r < len(s) && isSpaceRE(s[r]) {
				r++
			}
		} else if r == q {
			if r < len(s) && s[r] >= utf8.RuneSelf {
				return 0, false, false
			}
			return q, true, true
		}
		if r < len(s) && s[r] >= utf8.RuneSelf {
			return 0, false, false
		}
		// (?:and\s+)?
		if r+3 < len(s) && lowerByte(s[r]) == 'a' && lowerByte(s[r+1]) == 'n' && lowerByte(s[r+2]) == 'd' && isSpaceRE(s[r+3]) {
			r += 3
			for r < len(s) && isSpaceRE(s[r]) {
				r++
			}
		}
		// (?:an?\s+)?
		if k, sure := articleAt(s, r); !sure {
			return 0, false, false
		} else if k > 0 {
			r = k
		}
		e, ok, sure := c.numberWordAt(s, r)
		if !sure {
			return 0, false, false
		}
		if !ok {
			return q, true, true
		}
		q = e
	}
}

// articleAt reads an?\s+ at s[p:] (ASCII case aside): the offset after
// it, or 0 when it is not there. sure is false when a byte outside ASCII
// is read.
func articleAt(s string, p int) (end int, sure bool) {
	if p >= len(s) || lowerByte(s[p]) != 'a' {
		return 0, true
	}
	k := p + 1
	if k < len(s) && lowerByte(s[k]) == 'n' {
		k++
	}
	if k >= len(s) {
		return 0, true
	}
	if s[k] >= utf8.RuneSelf {
		return 0, false
	}
	if !isSpaceRE(s[k]) {
		return 0, true
	}
	for k < len(s) && isSpaceRE(s[k]) {
		k++
	}
	return k, true
}

// numberWordAt reads \b(?:word)\b at s[p:], where p is at the start of s
// or after a byte that is not a word character: the offset after the word,
// and whether there is one. sure is false when a byte outside ASCII is
// read.
func (c *CountScanner) numberWordAt(s string, p int) (end int, ok, sure bool) {
	j := p
	for j < len(s) && isASCIIWordByte(s[j]) {
		j++
	}
	if j < len(s) && s[j] >= utf8.RuneSelf {
		return 0, false, false
	}
	if j == p || j-p > 16 {
		return 0, false, true
	}
	var buf [16]byte
	w := buf[:j-p]
	for k := range w {
		w[k] = lowerByte(s[p+k])
	}
	return j, c.wordsSet[string(w)], true
}

func isASCIIWordByte(b byte) bool { return isASCIILetter(b) || isDigit(b) || b == '_' }

// locEnd is the end of an anchored match, loc[1], and whether there is one.
func locEnd(loc []int) (int, bool) {
	if loc == nil {
		return 0, false
	}
	return loc[1], true
}

// isSpaceRE reports whether b is a space of \s in a regular expression.
func isSpaceRE(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// figureAt matches the figure branch of num at the start of s, which
// starts with a digit, without the regexp: DigitsPattern, then an optional
// magnitude glued to it or scale word after spaces or a hyphen. It returns
// the length of the match;
// ok is false when a byte outside ASCII comes where a scale word may be
// (case folding might match it), and the caller asks the regexp.
//
// The regexp's choices, in its order of preference: \d{1,3}(?:,\d{3})+
// needs a run of at most three digits and a comma with three digits after
// it, and takes every such group; else \d+ takes the run. An optional
// decimal part takes a point and every digit after it. A magnitude glued
// to the figure ("4m") is taken when it ends at a word boundary; else the
// scale is taken when a scale word, tried in num's order, follows a run of
// spaces, or a hyphen with spaces around it, and ends at a word boundary.
func (c *CountScanner) figureAt(s string) (n int, ok bool) {
	run := 0
	for run < len(s) && isDigit(s[run]) {
		run++
	}
	n = run
	group := func(p int) bool {
		return p+4 <= len(s) && s[p] == ',' && isDigit(s[p+1]) && isDigit(s[p+2]) && isDigit(s[p+3])
	}
	if run <= 3 && group(run) {
		for group(n) {
			n += 4
		}
	}
	if n+1 < len(s) && s[n] == '.' && isDigit(s[n+1]) {
		n++
		for n < len(s) && isDigit(s[n]) {
			n++
		}
	}
	// a magnitude glued to it, then \b
	if m, sure := c.wordAt(c.abbrevWords, s, n); !sure {
		return 0, false
	} else if m > 0 {
		return n + m, true
	}
	// the scale: \s+ or \s*-\s*, then a word and \b
	p := n
	for p < len(s) && isSpaceRE(s[p]) {
		p++
	}
	if p > n {
		if m, sure := c.scaleAt(s, p); !sure {
			return 0, false
		} else if m > 0 {
			return p + m, true
		}
	}
	if p < len(s) && s[p] == '-' {
		p++
		for p < len(s) && isSpaceRE(s[p]) {
			p++
		}
		if m, sure := c.scaleAt(s, p); !sure {
			return 0, false
		} else if m > 0 {
			return p + m, true
		}
	}
	return n, true
}

// scaleAt returns the length of the first scale word, in num's order,
// that s[p:] starts with (without regard to case) and that ends at a word
// boundary, or 0. sure is false when a byte outside ASCII is compared.
func (c *CountScanner) scaleAt(s string, p int) (n int, sure bool) {
	return c.wordAt(c.scaleWords, s, p)
}

// wordAt returns the length of the first of words that s[p:] starts with
// (without regard to case) and that ends at a word boundary, or 0; see
// scaleAt.
func (c *CountScanner) wordAt(words []string, s string, p int) (n int, sure bool) {
	for _, w := range words {
		k := 0
		for k < len(w) && p+k < len(s) {
			b := s[p+k]
			if b >= utf8.RuneSelf {
				return 0, false
			}
			if lowerByte(b) != w[k] {
				break
			}
			k++
		}
		if k < len(w) {
			continue
		}
		if e := p + k; e < len(s) && (isASCIILetter(s[e]) || isDigit(s[e]) || s[e] == '_') {
			continue // no \b
		}
		return len(w), true
	}
	return 0, true
}

// wordStepReach bounds what one more step of a number expression can read
// from p: spaces and hyphens, then up to two short words ("and", "a",
// "an") each with the spaces after it, then one number or scale word and
// the character after it (48 bytes: the longest word, nine letters, in
// runes of up to three bytes that case folding may match, and more).
func wordStepReach(text string, p int) int {
	isSpace := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }
	for p < len(text) && (isSpace(text[p]) || text[p] == '-') {
		p++
	}
	for range 2 {
		j := p
		for j < len(text) && j-p < 3 && isASCIILetter(text[j]) {
			j++
		}
		if j == p || j < len(text) && isASCIILetter(text[j]) {
			break
		}
		p = j
		for p < len(text) && isSpace(text[p]) {
			p++
		}
	}
	return p + 48
}

// mayStartNumber reports whether num can match at text[i:]: a digit, a
// run of letters that is a number word, or an article, spaces and a
// number word. It is a cheap test before the regular expression and errs
// on the side of yes: a non-ASCII letter (which case folding may read as
// an ASCII one) always passes.
func (c *CountScanner) mayStartNumber(text string, i int) bool {
	b := text[i]
	if b >= '0' && b <= '9' || b >= utf8.RuneSelf {
		return true
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	if j == i {
		return false
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		return true
	}
	if j-i <= 2 && (text[i]|0x20 == 'a') && (j-i == 1 || text[i+1]|0x20 == 'n') && !c.numStarts["a"] && !c.numStarts["an"] {
		// "a" or "an": num matches only when spaces and a number word
		// follow (the article is not a number word itself)
		k := j
		for k < len(text) && isSpaceRE(text[k]) {
			k++
		}
		if k == j || k == len(text) {
			return false
		}
		if text[k] >= utf8.RuneSelf {
			return true
		}
		i, j = k, k
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j == i {
			return false
		}
		if j < len(text) && text[j] >= utf8.RuneSelf {
			return true
		}
	}
	var buf [16]byte
	if j-i > len(buf) {
		return false // longer than any number word
	}
	if c.numLens[lowerByte(text[i])]&(1<<(j-i)) == 0 {
		return false
	}
	w := buf[:j-i]
	for k := range w {
		w[k] = lowerByte(text[i+k])
	}
	return c.numStarts[string(w)]
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// vagueCandidates returns the indexes, in order, of the vague phrases
// that may start at a byte b: those that start with it in lower case, or
// every phrase for a byte outside ASCII, which case folding may match.
func (c *CountScanner) vagueCandidates(b byte) []int {
	if b >= utf8.RuneSelf {
		return c.vagueAll
	}
	return c.vagueBy[lowerByte(b)]
}

// mayVagueAt is the first test of vagueAt, apart so that it is inlined:
// whether a vague phrase may start at text[i:], after an opening quote.
func (c *CountScanner) mayVagueAt(text string, i int) bool {
	if i < len(text) && text[i] == '"' {
		i++
	}
	return i < len(text) && (text[i] >= utf8.RuneSelf || c.vagueLead[lowerByte(text[i])])
}

// vagueAt reads a vague count that starts at i into cnt, as countAt does.
func (c *CountScanner) vagueAt(text string, i int, cnt *Count) bool {
	if !c.mayVagueAt(text, i) {
		return false
	}
	k := i
	if text[k] == '"' {
		k++
	}
	// A match of a phrase whose first word is ASCII letters takes the
	// whole run of letters at k: a space or quote follows the word, or,
	// for a one-word phrase, no letter may. So the run's length rules out
	// most phrases ("and", "the", "said"), when the run ends in ASCII
	// (a byte outside it might be a letter that case folding matches).
	run := -1
	if text[k] < utf8.RuneSelf {
		j := k
		for j < len(text) && isASCIILetter(text[j]) {
			j++
		}
		if j == len(text) || text[j] < utf8.RuneSelf {
			run = j - k
		}
	}
	for _, pi := range c.vagueCandidates(text[k]) {
		p := &c.vague[pi]
		if run >= 0 && p.firstLetters && len(p.first) != run || !words.MayHavePrefixFold(text[k:], p.first) {
			continue
		}
		n, sure := vagueMatch(text[i:], p.words)
		if !sure {
			if loc := p.re.FindStringIndex(text[i:]); loc != nil {
				n = loc[1]
			}
		}
		if n < 0 {
			continue
		}
		end := i + n
		if end < len(text) && text[end] == '"' {
			end++
		}
		if isAlnumRune(runeAt(text, end)) {
			continue
		}
		*cnt = Count{Start: i, End: end, QualStart: i, Qualifier: "vague", Vague: p.value, Rule: p.rule}
		c.fill(text, cnt)
		return true
	}
	return false
}

// vagueMatch matches the expression of a vague phrase, ^(?i:"?w1"?\s+"?w2
// ...), at the start of s without the regexp: the length of the match, or
// -1. sure is false when a byte outside ASCII comes in the way, which case
// folding might match; the caller then asks the regexp. For ASCII text
// there is one way to match: an optional quote is taken when it is there,
// and a run of spaces is taken whole, since a word or a quote follows.
func vagueMatch(s string, words []string) (n int, sure bool) {
	p := 0
	for k, w := range words {
		if k > 0 {
			if p < len(s) && s[p] == '"' {
				p++
			}
			q := p
			for q < len(s) && isSpaceRE(s[q]) {
				q++
			}
			if q == p {
				return -1, p >= len(s) || s[p] < utf8.RuneSelf
			}
			p = q
		}
		if p < len(s) && s[p] == '"' {
			p++
		}
		for j := 0; j < len(w); j++ {
			if p >= len(s) {
				return -1, true
			}
			if s[p] >= utf8.RuneSelf || w[j] >= utf8.RuneSelf {
				return -1, false
			}
			if lowerByte(s[p]) != w[j] {
				return -1, true
			}
			p++
		}
	}
	return p, true
}

// qualify finds a qualifier phrase that ends right before the count.
func (c *CountScanner) qualify(text string, cnt *Count) {
	// phraseBefore first compares the phrase's last byte with the byte
	// before the spaces: only phrases that end with it can match
	b := cnt.Start
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '\n') {
		b--
	}
	if b == 0 {
		return
	}
	for _, q := range c.qualifiersByLast[lowerByte(text[b-1])] {
		if j := phraseBefore(text, cnt.Start, q.phrase); j >= 0 {
			cnt.Qualifier = q.value
			if q.value != "exact" {
				cnt.QualStart = j
			}
			return
		}
	}
}

// fill skips the filler words after the count and sets HeadStart.
func (c *CountScanner) fill(text string, cnt *Count) {
	j := cnt.End
	for range 3 {
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		found := false
		for _, f := range startingAt(&c.fillersBy, text, k) {
			if n := phraseAt(text, k, f.phrase); n > 0 && !placeName(text[k:]) {
				cnt.Fillers = append(cnt.Fillers, f.phrase)
				j = k + n
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	cnt.HeadStart = j
}

// placeName reports whether s starts with a place whose name begins with a
// filler word: "100 New Zealand personnel" are not 100 new ones.
func placeName(s string) bool {
	if !strings.HasPrefix(s, "New ") {
		return false
	}
	for _, p := range [...]string{"Zealand", "York", "Delhi", "Jersey", "Mexico", "Hampshire", "Brunswick", "Caledonia", "Guinea", "South Wales", "Orleans"} {
		if strings.HasPrefix(s[4:], p) {
			return true
		}
	}
	return false
}
