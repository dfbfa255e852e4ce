package money

import (
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Finding where an amount may start.
//
// The prefix and suffix grammars are large alternations, and running them
// over every sentence costs far more than everything else together. Most
// sentences name no currency at all, and in those that do, an amount can
// only start at a few places. Extract therefore scans a sentence once,
// byte by byte, and notes:
//
//   - whether it holds a currency at all: a non-letter rune that ends a
//     currency surface ("$", "€") or a run of letters that is the last
//     word of one ("dollars", "EUR"); without one no rule can fire;
//   - where a sign may start: a rune that starts a sign ("$", "€"), or a
//     run of letters that is the first word of a sign ("US" of "US$",
//     "EUR"), does not follow a letter or digit, and is followed by what
//     the sign goes on with (a "$", a space, a digit);
//   - where a figure or number words may start: the first digit of a run
//     of digits, or a number word, not preceded by what would make the
//     amount part of something else (a letter, "$", "." ...).
//
// The first point is settled by a quicker pass (hasCurrency) over every
// sentence; the other two only for the sentences that pass it. Before the
// suffix grammar is tried at a figure, currencyAhead checks that a currency
// can start before anything the grammar cannot read.
//
// The grammars, anchored, are then tried at those places only (see
// match.go for how). A grammar
// anchored at p finds exactly the match that an unanchored search finds
// when its leftmost match starts at p, and every place skipped could only
// have produced a match the rules throw away, so the result is the same as
// searching the whole sentence. The one assertion that looks left of a
// match, the \b before number words, is given its real left context by
// starting the anchored suffix grammar one rune early (suffixCtx), except
// where the unanchored search itself starts (suffixAt).
//
// Case-insensitive matching makes a few non-ASCII runes (the Kelvin sign,
// the long s) equal to ASCII letters; a sentence holding one takes the
// full search instead, as does every sentence when the data files hold
// something the scan does not model (fast is false).

// token flags: what a lower-cased run of letters can be.
const (
	tokCurrency uint8 = 1 << iota // the last word of a currency surface
	tokSign                       // the first word of a sign
	tokCurStart                   // the first word of a currency surface
	tokNumeric                    // a number word, a magnitude, "a", "an", "and" or "to"
)

// rune flags: what a non-letter rune can be.
const (
	runeSign     uint8 = 1 << iota // starts a sign
	runeCurrency                   // ends a currency surface
	runeFigure                     // a digit: a figure may start here
	runeCurStart                   // starts a currency surface
	runeNumeric                    // may stand inside a figure or between figure and currency
)

// runPrefix is a currency or sign word ending in a non-ASCII letter ("zł"):
// a number word may follow it without a space, so the run of letters in
// the text only starts with it.
type runPrefix struct {
	word  string
	flags uint8
}

type scanner struct {
	fast     bool
	tokens   map[string]uint8
	prefixes []runPrefix
	maxToken int                  // longest key of tokens, in bytes
	ascii    [utf8.RuneSelf]uint8 // rune flags of ASCII non-letters
	other    map[rune]uint8       // rune flags of non-ASCII non-letters
	numWords map[string]bool
	maxNum   int
	hazard   map[rune]bool // non-ASCII runes that fold to ASCII letters
	// hazardBytes are the runes of hazard in UTF-8
	hazardBytes []string
	signLeads   map[string]*signLead
	// curWords[n][a] has bit b set when an ASCII currency word of n
	// letters starts with letter a and ends with letter b (lower case)
	curWords [][26]uint32
	// curSecond[n][a] has bit c set when an ASCII currency word of n
	// letters, n >= 2, starts with letters a and c (lower case)
	curSecond [][26]uint32
	signBloom wordBloom // ASCII first words of signs
	numBloom  wordBloom // number words
	prefixAt  *anchored
	suffixAt  *anchored
	suffixCtx *anchored
}

// signLead says what may follow the first word of a sign in a match of
// the prefix grammar.
type signLead struct {
	any    bool   // anything: the word ends in a non-ASCII letter
	figure bool   // a digit or a space: a whole sign, then the figure
	next   []rune // the rune after the word in the sign ("$" of "US$")
	spaced []rune // the same, after an optional space
}

// follows reports whether the text after a run of letters that is the
// first word of a sign (rest) may go on to match the prefix grammar.
func (l *signLead) follows(rest string) bool {
	if l.any {
		return true
	}
	if rest == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(rest)
	if l.figure && ('0' <= r && r <= '9' || isSpaceRune(r)) {
		return true
	}
	for _, z := range l.next {
		if r == z {
			return true
		}
	}
	if isSpaceRune(r) && len(l.spaced) > 0 {
		r2, _ := utf8.DecodeRuneInString(rest[n:])
		for _, z := range l.spaced {
			if r2 == z {
				return true
			}
		}
	}
	return false
}

// isSpaceRune is \s of the grammars.
func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }

// foldHazards lists the non-ASCII runes that case-insensitive matching
// treats as ASCII letters.
func foldHazards() map[rune]bool {
	h := map[rune]bool{}
	for c := rune('A'); c <= 'z'; c++ {
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			continue
		}
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf {
				h[f] = true
			}
		}
	}
	return h
}

// letterRuns splits s into maximal runs of letters.
func letterRuns(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

func (e *Extractor) compileScanner(prefixBody, suffixBody string) {
	sc := &e.scan
	sc.prefixAt = newAnchored(`^(?:` + prefixBody + `)`)
	sc.suffixAt = newAnchored(`^(?:` + suffixBody + `)`)
	sc.suffixCtx = newAnchored(`^(?s:.)(?:` + suffixBody + `)`)
	sc.tokens = map[string]uint8{}
	sc.other = map[rune]uint8{}
	setRune := func(r rune, f uint8) {
		if r < utf8.RuneSelf {
			sc.ascii[r] |= f
		} else {
			sc.other[r] |= f
		}
	}
	for c := '0'; c <= '9'; c++ {
		setRune(c, runeFigure)
	}
	sc.numWords = map[string]bool{}
	sc.hazard = foldHazards()
	sc.hazardBytes = sc.hazardBytes[:0]
	for r := range sc.hazard {
		sc.hazardBytes = append(sc.hazardBytes, string(r))
	}
	sort.Strings(sc.hazardBytes)
	sc.signLeads = map[string]*signLead{}
	sc.fast = true
	add := func(word string, flag uint8) {
		last, _ := utf8.DecodeLastRuneInString(word)
		if last >= utf8.RuneSelf {
			sc.prefixes = append(sc.prefixes, runPrefix{word, flag})
		}
		sc.tokens[word] |= flag
		sc.maxToken = max(sc.maxToken, len(word))
	}
	for _, c := range e.currencies {
		for _, r := range c.surface {
			if sc.hazard[r] || unicode.IsSpace(r) && r != ' ' {
				sc.fast = false
			}
			if unicode.IsLetter(r) && unicode.ToLower(unicode.ToUpper(r)) != unicode.ToLower(r) ||
				unicode.ToLower(unicode.ToLower(r)) != unicode.ToLower(r) {
				sc.fast = false
			}
		}
		first, _ := utf8.DecodeRuneInString(c.surface)
		last, _ := utf8.DecodeLastRuneInString(c.surface)
		runs := letterRuns(c.surface)
		if unicode.IsLetter(last) {
			add(strings.ToLower(runs[len(runs)-1]), tokCurrency)
		} else {
			setRune(last, runeCurrency)
		}
		if unicode.IsLetter(first) {
			if first >= utf8.RuneSelf {
				sc.fast = false // it could follow a number word without a space
			}
			add(strings.ToLower(runs[0]), tokCurStart)
		} else {
			setRune(first, runeCurStart)
		}
		if c.word {
			continue
		}
		if unicode.IsLetter(first) {
			lw := strings.ToLower(runs[0])
			add(lw, tokSign)
			l := sc.signLeads[lw]
			if l == nil {
				l = &signLead{}
				sc.signLeads[lw] = l
			}
			if lr, _ := utf8.DecodeLastRuneInString(lw); lr >= utf8.RuneSelf {
				l.any = true
			}
			if rest := c.surface[len(runs[0]):]; rest == "" {
				l.figure = true
			} else if z, _ := utf8.DecodeRuneInString(rest); c.spaced {
				l.next = append(l.next, z)
				l.spaced = append(l.spaced, z)
			} else {
				l.next = append(l.next, z)
			}
		} else {
			setRune(first, runeSign)
		}
	}
	// number words start a figure, and so does the article of "a billion
	// dollars" (numbers.Lexicon.ArticleScalePattern)
	starters := append(e.lex.NumberWords(), "a")
	for _, w := range starters {
		for i := 0; i < len(w); i++ {
			if !isASCIIWord(w[i]) {
				sc.fast = false
			}
		}
		sc.numWords[w] = true
		sc.maxNum = max(sc.maxNum, len(w))
	}
	sc.curWords = make([][26]uint32, sc.maxToken+1)
	sc.curSecond = make([][26]uint32, sc.maxToken+1)
	for w, f := range sc.tokens {
		if f&tokCurrency == 0 {
			continue
		}
		ascii := true
		for i := 0; i < len(w); i++ {
			ascii = ascii && 'a' <= w[i] && w[i] <= 'z'
		}
		if ascii {
			sc.curWords[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
			if len(w) >= 2 {
				sc.curSecond[len(w)][w[0]-'a'] |= 1 << (w[1] - 'a')
			}
		}
	}
	var signWords []string
	for w, f := range sc.tokens {
		if f&tokSign != 0 {
			signWords = append(signWords, w)
		}
	}
	sc.signBloom, _ = newWordBloom(signWords)
	var all bool
	if sc.numBloom, all = newWordBloom(starters); !all {
		sc.fast = false
	}
	// what the suffix grammar may read between a figure and its currency
	numeric := append(e.lex.NumberWords(), e.lex.MagnitudeWords()...)
	for _, w := range append(numeric, "a", "an", "and", "to") {
		sc.tokens[w] |= tokNumeric
		sc.maxToken = max(sc.maxToken, len(w))
	}
	for _, r := range "0123456789,.- \t\n\v\f\r" {
		setRune(r, runeNumeric)
	}
}

func isASCIIWord(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

func isASCIILetter(b byte) bool { return (b|0x20)-'a' < 26 } // b|0x20 maps A-Z to a-z and no other byte into a-z

// scratch is per-call working memory, pooled.
type scratch struct {
	pre, suf []int // where a sign, where a figure may start
	cands    []candidate
	buf      []byte
	toks     []cueToken
	// the last tail clause of role and what clauseCues found in it
	tailText string
	tailCues cueSet
	tailToks []cueToken
	tailKept bool
}

var scratchPool = sync.Pool{New: func() any { return &scratch{buf: make([]byte, 0, 64)} }}

// scan results
const (
	scanNone   = iota // no currency: nothing to find
	scanFound         // sc.pre and sc.suf hold every place worth trying
	scanHazard        // take the full search
)

// lowerInto appends the lower case of s to buf, stopping once it is longer
// than limit.
func lowerInto(buf []byte, s string, limit int) []byte {
	for i := 0; i < len(s); {
		if len(buf) > limit {
			return buf
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			buf = append(buf, b)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

// runFlags returns the token flags of a run of letters.
func (sc *scanner) runFlags(run string, buf []byte) (uint8, []byte) {
	buf = lowerInto(buf[:0], run, sc.maxToken)
	var f uint8
	if len(buf) <= sc.maxToken {
		f = sc.tokens[string(buf)]
	}
	for _, p := range sc.prefixes {
		if len(buf) >= len(p.word) && string(buf[:len(p.word)]) == p.word {
			f |= p.flags
		}
	}
	return f, buf
}

// figureMayStart reports whether an amount-currency match starting at i,
// after rune prev, could be kept: scanSuffix drops it otherwise.
func figureMayStart(text string, i int, prev rune) bool {
	return !(isAlnum(prev) || prev == '$' || prev == '€' || prev == '£' || prev == '.' ||
		prev == '-' && isAlnum(before(text, i-1)) ||
		prev == ',' && unicode.IsDigit(before(text, i-1))) // "50" of "1,50 euros"
}

// hasCurrency is the quick first look: it reports whether text may hold a
// currency (see find), and hazard when it holds a rune the scan does not
// model. Once it has found a currency, it only looks for such a rune in
// the rest (hazardIn).
func (s *scanner) hasCurrency(text string, buf []byte) (found, hazard bool) {
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if !isASCIILetter(b) {
				if s.ascii[b]&runeCurrency != 0 {
					return true, s.hazardIn(text[i+1:])
				}
				i++
				continue
			}
			j := letterEnd(text, i+1)
			if j == len(text) || text[j] < utf8.RuneSelf {
				// an ASCII run: most words are ruled out by length and
				// first and last letter
				if n := j - i; n < len(s.curWords) && s.curWords[n][b|0x20-'a']&(1<<(text[j-1]|0x20-'a')) != 0 &&
					(n < 2 || s.curSecond[n][b|0x20-'a']&(1<<(text[i+1]|0x20-'a')) != 0) {
					var f uint8
					if f, buf = s.runFlags(text[i:j], buf); f&tokCurrency != 0 {
						return true, s.hazardIn(text[j:])
					}
				}
				i = j
				continue
			}
		}
		// a run with non-ASCII letters, or a non-ASCII rune
		r, size := utf8.DecodeRuneInString(text[i:])
		if s.hazard[r] {
			return found, true
		}
		if !unicode.IsLetter(r) {
			if s.other[r]&runeCurrency != 0 {
				return true, s.hazardIn(text[i+size:])
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, n := utf8.DecodeRuneInString(text[j:])
			if s.hazard[r2] {
				return found, true
			}
			if !unicode.IsLetter(r2) {
				break
			}
			j += n
		}
		var f uint8
		if f, buf = s.runFlags(text[i:j], buf); f&tokCurrency != 0 {
			return true, s.hazardIn(text[j:])
		}
		i = j
	}
	return found, false
}

// hazardIn reports whether s holds a rune of hazard. Searching for their
// bytes finds what decoding s rune by rune finds: a rune outside ASCII
// starts with a byte that no other rune holds but as its first.
func (s *scanner) hazardIn(text string) bool {
	for _, h := range s.hazardBytes {
		if strings.Contains(text, h) {
			return true
		}
	}
	return false
}

// signFollows reports whether the text after a run of letters (lower-cased
// in word) may go on to match the prefix grammar.
func (s *scanner) signFollows(word []byte, rest string) bool {
	l := s.signLeads[string(word)]
	return l == nil || l.follows(rest)
}

// find scans text once; see the comment at the top of the file.
func (e *Extractor) find(text string, sc *scratch) int {
	s := &e.scan
	if !s.fast {
		return scanHazard
	}
	if found, hazard := s.hasCurrency(text, sc.buf); hazard {
		return scanHazard
	} else if !found {
		return scanNone
	}
	prev := ' '
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf && !isASCIILetter(b) {
			// the common case, taken first
			if f := s.ascii[b]; f != 0 {
				if f&runeFigure != 0 && figureMayStart(text, i, prev) {
					sc.suf = append(sc.suf, i)
				}
				if f&runeSign != 0 {
					sc.pre = append(sc.pre, i)
				}
			}
			prev = rune(b)
			i++
			continue
		}
		r, size := rune(b), 1
		if b >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if s.hazard[r] {
				return scanHazard
			}
		}
		if b < utf8.RuneSelf && !isASCIILetter(b) || b >= utf8.RuneSelf && !unicode.IsLetter(r) {
			var f uint8
			if b < utf8.RuneSelf {
				f = s.ascii[b]
			} else {
				f = s.other[r]
			}
			if f&runeFigure != 0 && figureMayStart(text, i, prev) {
				sc.suf = append(sc.suf, i)
			}
			if f&runeSign != 0 {
				sc.pre = append(sc.pre, i)
			}
			prev = r
			i += size
			continue
		}
		// a run of letters; its ASCII start read eight bytes at a time
		j := i + size
		last := r
		ascii := b < utf8.RuneSelf
		if ascii {
			j = letterEnd(text, j)
			last = rune(text[j-1])
		}
		asciiEnd := j // text[i:asciiEnd] are ASCII letters when ascii
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				last = rune(c)
				j++
				continue
			}
			r2, n := utf8.DecodeRuneInString(text[j:])
			if s.hazard[r2] {
				return scanHazard
			}
			if !unicode.IsLetter(r2) {
				break
			}
			ascii = false
			last = r2
			j += n
		}
		if !isAlnum(prev) {
			run := text[i:j]
			if !ascii || s.signBloom.mayHave(run) {
				var f uint8
				if f, sc.buf = s.runFlags(run, sc.buf); f&tokSign != 0 && s.signFollows(sc.buf, text[j:]) {
					sc.pre = append(sc.pre, i)
				}
			}
			if b < utf8.RuneSelf && figureMayStart(text, i, prev) {
				k := asciiEnd
				for k < len(text) && isASCIIWord(text[k]) {
					k++
				}
				if s.numBloom.mayHave(text[i:k]) {
					sc.buf = lowerInto(sc.buf[:0], text[i:k], s.maxNum)
					if s.numWords[string(sc.buf)] {
						sc.suf = append(sc.suf, i)
					}
				}
			}
		}
		prev = last
		i = j
	}
	return scanFound
}

// wordBloom rules out most words that are not in a set of lower-case
// ASCII words: bit l of [n][f] is set when a word of the set has n
// letters, first letter f and last letter l.
type wordBloom [][26]uint32

// newWordBloom returns the filter of the ASCII words of ws, and whether
// all of ws are lower-case ASCII letters.
func newWordBloom(ws []string) (wordBloom, bool) {
	var b wordBloom
	all := true
	for _, w := range ws {
		ascii := w != ""
		for i := 0; i < len(w); i++ {
			ascii = ascii && 'a' <= w[i] && w[i] <= 'z'
		}
		if !ascii {
			all = false
			continue
		}
		for len(b) <= len(w) {
			b = append(b, [26]uint32{})
		}
		b[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return b, all
}

// mayHave reports whether the word w, of ASCII word characters, may be in
// the set, in any case.
func (b wordBloom) mayHave(w string) bool {
	n := len(w)
	if n == 0 || n >= len(b) || !isASCIILetter(w[0]) || !isASCIILetter(w[n-1]) {
		return false
	}
	return b[n][w[0]|0x20-'a']&(1<<(w[n-1]|0x20-'a')) != 0
}

// shift moves the offsets of a match found in text[off:] to text.
func shift(loc []int, off int) {
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += off
		}
	}
}

// scanPrefixAt is scanPrefix tried only at the places in starts.
func (e *Extractor) scanPrefixAt(text string, starts []int, out []candidate) []candidate {
	pos := 0
	var locBuf [32]int // the matches' offsets, which no candidate keeps
	for _, p := range starts {
		if p < pos {
			continue
		}
		loc := e.scan.prefixAt.findInto(locBuf[:0], text[p:])
		if loc == nil {
			continue
		}
		shift(loc, p)
		if c, ok := e.prefixCandidate(text, loc); ok {
			out = append(out, c)
			pos = c.end
		}
	}
	return out
}

// currencyAhead reports whether a currency may start after the figure or
// number words at i before anything the suffix grammar cannot read between
// them: figures, number words, magnitudes, "to", "and", space and hyphens.
func (e *Extractor) currencyAhead(text string, i int, buf []byte) ([]byte, bool) {
	s := &e.scan
	for i < len(text) {
		b := text[i]
		if isASCIILetter(b) || b >= utf8.RuneSelf {
			r, size := rune(b), 1
			if b >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if !unicode.IsLetter(r) {
				return buf, s.other[r]&runeCurStart != 0
			}
			j := i + size
			for j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf {
					if !isASCIILetter(c) {
						break
					}
					j++
					continue
				}
				r2, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n
			}
			var f uint8
			f, buf = s.runFlags(text[i:j], buf)
			if f&tokCurStart != 0 {
				return buf, true
			}
			if f&tokNumeric == 0 {
				return buf, false
			}
			i = j
			continue
		}
		f := s.ascii[b]
		if f&runeCurStart != 0 {
			return buf, true
		}
		if f&runeNumeric == 0 {
			return buf, false
		}
		i++
	}
	return buf, false
}

// scanSuffixAt is scanSuffix tried only at the places in starts.
func (e *Extractor) scanSuffixAt(text string, starts []int, out []candidate, buf []byte) []candidate {
	pos := 0
	var locBuf [32]int // the matches' offsets, which no candidate keeps
	for _, p := range starts {
		if p < pos {
			continue
		}
		var ahead bool
		if buf, ahead = e.currencyAhead(text, p, buf); !ahead {
			continue
		}
		var loc []int
		if p == pos {
			loc = e.scan.suffixAt.findInto(locBuf[:0], text[p:])
			if loc == nil {
				continue
			}
			shift(loc, p)
		} else {
			_, w := utf8.DecodeLastRuneInString(text[:p])
			loc = e.scan.suffixCtx.findInto(locBuf[:0], text[p-w:])
			if loc == nil {
				continue
			}
			shift(loc, p-w)
			loc[0] = p
		}
		if c, ok := e.suffixCandidate(text, loc); ok {
			out = append(out, c)
			pos = c.end
		}
	}
	return out
}

// letterEnd returns the end of the run of ASCII letters in s from i. It
// reads eight bytes at a time: where a word ends is then found without a
// branch per letter, whose last outcome the processor cannot foresee.
func letterEnd(s string, i int) int {
	const (
		ones = 0x0101010101010101
		low7 = ones * 0x7f
		high = ones * 0x80
	)
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// per byte, lower-cased in y: the high bit of letters is set
		// when 'a' <= y <= 'z' (and so y < 0x80); no sum or difference
		// reaches into the next byte
		y := x | ones*0x20
		letters := (ones*(0x80+'z') - y&low7) & (y&low7 + ones*(0x80-'a')) &^ y & high
		if letters != high {
			return i + bits.TrailingZeros64(^letters&high)/8
		}
	}
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}
