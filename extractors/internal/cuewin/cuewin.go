// Package cuewin answers the questions the role columns ask of a cue
// pattern around a mention: how many words lie between the last match of
// the cue before the mention and the mention, and between the mention and
// the first match after it. Both are counted within the mention's clause
// (between semicolons).
//
// The answers are exactly those of the plain computation
//
//	lead := text[ls:start]        // ls: after the last ';' before start
//	ms := re.FindAllStringIndex(lead, -1)
//	words := len(strings.Fields(lead[ms[len(ms)-1][1]:]))
//
//	tail := text[end:te]          // te: the first ';' after end
//	m := re.FindStringIndex(tail)
//	words := len(strings.Fields(tail[:m[0]]))
//
// but they take time that depends on the reach asked for and on the
// longest match of the cue, not on the length of the sentence: a sentence
// with a thousand mentions is searched once per cue and clause, not a
// thousand times. (See Text.Before for why the windows give the same
// matches.)
package cuewin

import (
	"fmt"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/words"
)

// Cue is a cue pattern compiled as (?i)\b(?:pattern)\b.
type Cue struct {
	re *regexp.Regexp
	// at matches a cue that starts exactly at the start of its input:
	// ^(?i)(?:pattern)\b. The leading \b of re is checked by hand.
	at *regexp.Regexp
	// maxLen is the most bytes a match can span, or -1 when it is not
	// bounded or the pattern can match the empty string: then every
	// search runs on the whole clause.
	maxLen int
	// prefixes, when not nil, are the lower-case ASCII strings of one to
	// three bytes that every match starts with, without regard to case: a
	// stretch of text where none starts at a word boundary has no match
	// (see Set).
	prefixes []string
	// set and index are the first set the cue was put in and its place
	// there: the set asks for the cue's bit without a map look-up.
	set   *Set
	index int
}

// Compile compiles a cue pattern.
func Compile(pattern string) (*Cue, error) {
	re, err := regexp.Compile(`(?i)\b(?:` + pattern + `)\b`)
	if err != nil {
		return nil, err
	}
	c := &Cue{re: re, maxLen: -1}
	at, err := regexp.Compile(`^(?i)(?:` + pattern + `)\b`)
	if err != nil {
		return c, nil
	}
	p, err := syntax.Parse(`(?i)(?:`+pattern+`)`, syntax.Perl)
	if err != nil {
		return c, nil
	}
	p = p.Simplify()
	if n, ok := maxBytes(p); ok && minRunes(p) > 0 && !hasBegin(p) {
		c.at, c.maxLen = at, n
	}
	if parts, ok := starts(p); ok {
		for _, pt := range parts {
			if pt.s == "" {
				return c, nil
			}
			c.prefixes = append(c.prefixes, pt.s)
		}
	}
	return c, nil
}

// prefixLen is the length of the prefixes of a cue.
const prefixLen = 3

// part is the start of some matches: s, and whether s is all of them.
type part struct {
	s        string
	complete bool
}

// starts returns the lower-case strings, up to prefixLen bytes, that the
// matches of re start with; ok is false when it cannot tell.
func starts(re *syntax.Regexp) (parts []part, ok bool) {
	const most = 64
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []part{{"", true}}, true
	case syntax.OpLiteral:
		var b []byte
		for i, r := range re.Rune {
			if i == prefixLen {
				return []part{{string(b), false}}, true
			}
			r = unicode.ToLower(r)
			if r >= utf8.RuneSelf || re.Flags&syntax.FoldCase == 0 && unicode.IsUpper(re.Rune[i]) {
				return nil, false
			}
			b = append(b, byte(r))
		}
		return []part{{string(b), true}}, true
	case syntax.OpCharClass:
		var out []part
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= most {
					return nil, false
				}
				if r == '\u212a' || r == '\u017f' {
					continue // folds of k and s: Set looks for them apart
				}
				if r >= utf8.RuneSelf {
					return nil, false
				}
				l := unicode.ToLower(r)
				if !slices.Contains(out, part{string(rune(l)), true}) {
					out = append(out, part{string(rune(l)), true})
				}
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return starts(re.Sub[0])
	case syntax.OpQuest:
		ps, ok := starts(re.Sub[0])
		return append(ps, part{"", true}), ok
	case syntax.OpAlternate:
		var out []part
		for _, sub := range re.Sub {
			ps, ok := starts(sub)
			if !ok || len(out)+len(ps) > most {
				return nil, false
			}
			out = append(out, ps...)
		}
		return out, true
	case syntax.OpConcat:
		out := []part{{"", true}}
		for _, sub := range re.Sub {
			ps, ok := starts(sub)
			var next []part
			for _, o := range out {
				if !o.complete || len(o.s) >= prefixLen {
					next = append(next, part{o.s, false})
					continue
				}
				if !ok {
					next = append(next, part{o.s, false})
					continue
				}
				for _, p := range ps {
					s := o.s + p.s
					complete := p.complete
					if len(s) > prefixLen {
						s, complete = s[:prefixLen], false
					}
					next = append(next, part{s, complete})
				}
			}
			if len(next) > most {
				return nil, false
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// maxBytes is the most bytes a match of re can span.
func maxBytes(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			w := utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					w = max(w, utf8.RuneLen(f))
				}
			}
			if w < 0 {
				w = utf8.UTFMax
			}
			n += w
		}
		return n, true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpCapture:
		return maxBytes(re.Sub[0])
	case syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return 0, false
		}
		n, ok := maxBytes(re.Sub[0])
		return n * re.Max, ok
	case syntax.OpConcat:
		total := 0
		for _, s := range re.Sub {
			n, ok := maxBytes(s)
			if !ok {
				return 0, false
			}
			total += n
		}
		return total, true
	case syntax.OpAlternate:
		most := 0
		for _, s := range re.Sub {
			n, ok := maxBytes(s)
			if !ok {
				return 0, false
			}
			most = max(most, n)
		}
		return most, true
	}
	return 0, false // star, plus
}

// minRunes is the fewest runes a match of re spans.
func minRunes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minRunes(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minRunes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minRunes(s)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, s := range re.Sub {
			if m := minRunes(s); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// hasBegin reports whether re asserts the start of a line or of the text,
// which a window would move.
func hasBegin(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, s := range re.Sub {
		if hasBegin(s) {
			return true
		}
	}
	return false
}

// Set is the cues of one table. It knows the prefixes every match of a
// cue starts with, so that a sentence is scanned once for where any cue
// may match; the regular expression of a cue runs only where it may.
type Set struct {
	cues  []*Cue
	index map[*Cue]int
	// prefixes maps a prefix to the cues (bits) whose matches may start
	// with it; first holds the first bytes of the prefixes.
	prefixes map[string]uint64
	first    [256]bool
	// class holds, by byte, isWord if it is a word byte of \b and isFirst
	// if its lower case is in first
	class [256]byte
	// one holds the cues of the one-byte prefixes, by byte, and two a bit
	// for each pair of first bytes of the longer prefixes: startsAt asks
	// prefixes only about the pairs it has.
	one [256]uint64
	two [256 * 256 / 64]uint64
	// longer holds a bit for each prefix of two bytes or more, at its
	// prefixHash: startsAt asks prefixes only about those it has.
	longer [prefixHashSize / 64]uint64
	// always are the cues without prefixes: they may match anywhere.
	always uint64
}

// prefixHashSize is the number of bits of Set.longer.
const prefixHashSize = 4096

// prefixHash mixes the bytes of a prefix into a bit of Set.longer.
func prefixHash(p []byte) int {
	h := len(p)
	for _, b := range p {
		h = h*131 + int(b)
	}
	return h & (prefixHashSize - 1)
}

// NewSet groups cues. A set of more than 64 cues searches every cue
// everywhere.
func NewSet(cues ...*Cue) *Set {
	st := &Set{cues: cues, index: map[*Cue]int{}, prefixes: map[string]uint64{}}
	for i, c := range cues {
		st.index[c] = i
		if c.set == nil || c.set == st {
			c.set, c.index = st, i
		}
		if i >= 64 {
			continue
		}
		if c.prefixes == nil {
			st.always |= 1 << i
			continue
		}
		for _, p := range c.prefixes {
			st.prefixes[p] |= 1 << i
			st.first[p[0]] = true
			if len(p) == 1 {
				st.one[p[0]] |= 1 << i
			} else {
				k := int(p[0])<<8 | int(p[1])
				st.two[k/64] |= 1 << (k % 64)
				h := prefixHash([]byte(p))
				st.longer[h/64] |= 1 << (h % 64)
			}
		}
	}
	if len(cues) > 64 {
		st.always = ^uint64(0)
	}
	for b := range st.class {
		if isWordByte(byte(b)) {
			st.class[b] |= isWord
		}
		if st.first[lowerASCII(byte(b))] {
			st.class[b] |= isFirst
		}
	}
	return st
}

// The bits of Set.class.
const (
	isWord  = 1
	isFirst = 2
)

var noCues = NewSet()

// Text is one sentence searched for the cues of a set. It remembers the
// clauses, where cues may match, and the matches of every cue in every
// clause searched so far; it is not safe for concurrent use.
type Text struct {
	s     string
	set   *Set
	semis []int // offsets of ';'
	// chains holds the chains of the cues the set knows, by clause and
	// cue (see chainAt); others, the chains of the cues it does not know
	chains []chainMemo
	others map[chainKey][][2]int
	// matches backs the chains' matches of FindAll (see chain)
	matches [][2]int
	// cands are the offsets where \b holds and a prefix of some cue
	// starts, with the cues (bits); all is set when s holds a rune that
	// folds to an ASCII letter (K, ſ), and every cue may match anywhere.
	cands []cand
	all   bool
	// clauses holds, by clause, the cues that may match in it, and
	// whether that was counted
	clauses []clauseMemo
	// present are the cues of all cands: one not there matches nowhere
	// (unless all, or it is always or unknown to the set).
	present uint64
	// the last answer of startsAt at an end (After): callers ask about
	// one end several times in a row
	lastEnd        int
	lastEndStarts  uint64
	lastEndCounted bool
	// fields are the field starts of the tail after an end (After), as
	// far as they have been asked for: callers ask about one end for
	// several cues in a row
	fields fieldMemo
}

// fieldMemo holds fieldStart(tail, n) for the tail t.s[end:clauseEnd(end)]
// for every n below len(starts), and where the count of fields stopped.
type fieldMemo struct {
	ok     bool
	end    int
	starts []int
	i      int  // offset in the tail the count reached
	in     bool // whether it is in a field there
}

// fieldStartAfter is fieldStart(tail, n) for the tail after end.
func (t *Text) fieldStartAfter(end int, tail string, n int) int {
	m := &t.fields
	if !m.ok || m.end != end {
		*m = fieldMemo{ok: true, end: end, starts: m.starts[:0]}
	}
	if n < 0 {
		return len(tail)
	}
	for len(m.starts) <= n && m.i < len(tail) {
		space, size := spaceAt(tail, m.i)
		if space {
			m.in = false
		} else if !m.in {
			m.starts = append(m.starts, m.i)
			m.in = true
		}
		m.i += size
	}
	if n < len(m.starts) {
		return m.starts[n]
	}
	return len(tail)
}

type cand struct {
	pos  int
	cues uint64
}

type chainKey struct {
	c  *Cue
	ls int
}

type chainMemo struct {
	ms [][2]int
	ok bool
}

type clauseMemo struct {
	cues uint64
	ok   bool
}

// NewText prepares s for searching the cues of set.
func NewText(s string, set *Set) *Text {
	t := new(Text)
	t.Reset(s, set)
	return t
}

// Reset makes t NewText(s, set), keeping the memory it has grown: a
// caller that searches one sentence after another may keep one Text.
func (t *Text) Reset(s string, set *Set) {
	if set == nil {
		set = noCues
	}
	clear(t.others)
	*t = Text{s: s, set: set, semis: t.semis[:0], cands: t.cands[:0], chains: t.chains[:0], others: t.others, clauses: t.clauses[:0], matches: t.matches[:0],
		fields: fieldMemo{starts: t.fields.starts[:0]}}
	t.all = strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")
	for i := 0; ; {
		k := strings.IndexByte(s[i:], ';')
		if k < 0 {
			break
		}
		t.semis = append(t.semis, i+k)
		i += k + 1
	}
	if t.all {
		return
	}
	// candidates: where a cue's prefix may start and \b holds, the
	// wordness of the byte before and the byte differing; that is, at the
	// start of each run of word bytes or of other bytes
	var buf [256]int
	for i := 0; i < len(s); {
		var starts []int
		starts, i = set.runStarts(buf[:], s, i)
		for _, p := range starts {
			if m := set.startsAt(s, p); m != 0 {
				t.cands = append(t.cands, cand{p, m})
				t.present |= m
			}
		}
	}
}

// runStarts writes to buf the offsets in s, from i on, that start a run
// of word bytes or of other bytes and hold a byte of st.first (without
// regard to ASCII case), and returns them with the offset it stopped at,
// when buf may be full. It writes every offset and keeps those: runs are
// too short and irregular for a branch per run to be predicted.
func (st *Set) runStarts(buf []int, s string, i int) ([]int, int) {
	end := min(len(s), i+len(buf))
	var prev byte // the wordness of the byte before i
	if i == 0 {
		prev = st.class[s[0]]&isWord ^ isWord // s[0] starts a run
	} else {
		prev = st.class[s[i-1]] & isWord
	}
	n := 0
	for ; i < end; i++ {
		c := st.class[s[i]]
		buf[n] = i
		n += int((c ^ prev) & (c >> 1) & 1)
		prev = c & isWord
	}
	return buf[:n], end
}

// startsAt returns the cues with a prefix that starts at s[i:], without
// regard to ASCII case.
func (st *Set) startsAt(s string, i int) uint64 {
	var buf [prefixLen]byte
	buf[0] = lowerASCII(s[i])
	m := st.one[buf[0]]
	if i+1 >= len(s) {
		return m
	}
	buf[1] = lowerASCII(s[i+1])
	if k := int(buf[0])<<8 | int(buf[1]); st.two[k/64]&(1<<(k%64)) == 0 {
		return m // no longer prefix starts with these two bytes
	}
	for n := 1; n < prefixLen && i+n < len(s); n++ {
		buf[n] = lowerASCII(s[i+n])
		if h := prefixHash(buf[:n+1]); st.longer[h/64]&(1<<(h%64)) != 0 {
			m |= st.prefixes[string(buf[:n+1])]
		}
	}
	return m
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// bit returns the bit of c in its set, or 0 when the set does not know c
// (then c is searched everywhere).
func (t *Text) bit(c *Cue) uint64 {
	i, ok := c.index, c.set == t.set
	if !ok {
		i, ok = t.set.index[c]
	}
	if ok && i < 64 {
		return 1 << i
	}
	return 0
}

// absent reports whether c, of bit b, matches nowhere in the text: the
// set knows it, it has prefixes, and none starts at a word boundary.
func (t *Text) absent(b uint64) bool {
	return b != 0 && !t.all && t.set.always&b == 0 && t.present&b == 0
}

// startsAtEnd is t.set.startsAt(t.s, end), remembered for the last end.
func (t *Text) startsAtEnd(end int) uint64 {
	if !t.lastEndCounted || t.lastEnd != end {
		t.lastEnd, t.lastEndStarts, t.lastEndCounted = end, t.set.startsAt(t.s, end), true
	}
	return t.lastEndStarts
}

// mayMatch reports whether a match of c may start in [from, to) of s.
func (t *Text) mayMatch(c *Cue, from, to int) bool {
	b := t.bit(c)
	if b == 0 || t.all || t.set.always&b != 0 {
		return true
	}
	if t.present&b == 0 {
		return false
	}
	k := sort.Search(len(t.cands), func(i int) bool { return t.cands[i].pos >= from })
	for ; k < len(t.cands) && t.cands[k].pos < to; k++ {
		if t.cands[k].cues&b != 0 {
			return true
		}
	}
	return false
}

// mayMatchClause is mayMatch for clause number k, which starts at ls.
func (t *Text) mayMatchClause(c *Cue, k, ls int) bool {
	b := t.bit(c)
	if b == 0 || t.all || t.set.always&b != 0 {
		return true
	}
	if t.present&b == 0 {
		return false
	}
	if len(t.clauses) == 0 {
		t.clauses = slices.Grow(t.clauses, len(t.semis)+1)[:len(t.semis)+1]
		clear(t.clauses)
	}
	m := &t.clauses[k]
	if !m.ok {
		end := t.clauseEnd(ls)
		i := sort.Search(len(t.cands), func(i int) bool { return t.cands[i].pos >= ls })
		for ; i < len(t.cands) && t.cands[i].pos < end; i++ {
			m.cues |= t.cands[i].cues
		}
		m.ok = true
	}
	return m.cues&b != 0
}

// clauseStart is the offset after the last ';' before pos, or 0, and the
// number of the clause there.
func (t *Text) clauseStart(pos int) (ls, k int) {
	k = sort.SearchInts(t.semis, pos) // first ';' at or after pos
	if k == 0 {
		return 0, 0
	}
	return t.semis[k-1] + 1, k
}

// chainAt returns where the chain of the cue of bit b in clause number k
// is kept, or nil for a cue the set does not know.
func (t *Text) chainAt(b uint64, k int) *chainMemo {
	if b == 0 {
		return nil
	}
	n := min(len(t.set.cues), 64)
	if len(t.chains) == 0 {
		t.chains = slices.Grow(t.chains, n*(len(t.semis)+1))[:n*(len(t.semis)+1)]
		clear(t.chains)
	}
	return &t.chains[k*n+bits.TrailingZeros64(b)]
}

// clauseEnd is the offset of the first ';' at or after pos, or len(s).
func (t *Text) clauseEnd(pos int) int {
	k := sort.SearchInts(t.semis, pos)
	if k == len(t.semis) {
		return len(t.s)
	}
	return t.semis[k]
}

// chain returns the matches of c in clause number k, which starts at ls,
// as FindAllStringIndex finds them, in offsets of s.
func (t *Text) chain(c *Cue, clause, ls int) [][2]int {
	b := t.bit(c)
	if t.absent(b) {
		return nil // what mayMatchClause says below
	}
	memo := t.chainAt(b, clause)
	if memo != nil && memo.ok {
		return memo.ms
	}
	if memo == nil {
		if ms, ok := t.others[chainKey{c, ls}]; ok {
			return ms
		}
	}
	var ms [][2]int
	end := t.clauseEnd(ls)
	switch {
	case !t.mayMatchClause(c, clause, ls):
	case b != 0 && !t.all && t.set.always&b == 0 && c.at != nil:
		// the matches are appended to t.matches, after those of other
		// chains, which later appends may move but never overwrite
		base := len(t.matches)
		t.candMatches(c, b, ls, end, true)
		if len(t.matches) > base {
			ms = t.matches[base:len(t.matches):len(t.matches)]
		}
	default:
		base := len(t.matches)
		for _, m := range c.re.FindAllStringIndex(t.s[ls:end], -1) {
			t.matches = append(t.matches, [2]int{m[0] + ls, m[1] + ls})
		}
		if len(t.matches) > base {
			ms = t.matches[base:len(t.matches):len(t.matches)]
		}
	}
	if memo != nil {
		*memo = chainMemo{ms, true}
		return ms
	}
	if t.others == nil {
		t.others = map[chainKey][][2]int{}
	}
	t.others[chainKey{c, ls}] = ms
	return ms
}

// candMatches finds the matches of c, of bit b, in s[from:to] read as a
// text of its own, as FindAllStringIndex finds them, for a cue with
// prefixes (c.at set) in a text without folds to ASCII (not t.all).
// Matches start only at candidates: the chain is the first candidate
// where c matches, then the first after that match, and so on. A match at
// p is tried in a window of the longest match and one byte more, for the
// \b that ends it. With keep, it appends the matches to t.matches. It
// returns the end of the last match, or -1.
func (t *Text) candMatches(c *Cue, b uint64, from, to int, keep bool) int {
	last := -1
	q := from
	k := sort.Search(len(t.cands), func(i int) bool { return t.cands[i].pos >= from })
	for ; k < len(t.cands) && t.cands[k].pos < to; k++ {
		p := t.cands[k].pos
		if p < q || t.cands[k].cues&b == 0 {
			continue
		}
		if (p > from && isWordByte(t.s[p-1])) == isWordByte(t.s[p]) {
			continue // no \b at p, from read as the text's start
		}
		if m := c.at.FindStringIndex(t.s[p:min(to, p+c.maxLen+1)]); m != nil {
			q = p + m[1]
			last = q
			if keep {
				t.matches = append(t.matches, [2]int{p, q})
			}
		}
	}
	return last
}

// Before reports whether c matches in the clause before start with at
// most reach words between the end of its last match there and start,
// and how many words.
//
// The last match is that of FindAllStringIndex on the clause up to start
// (lead). It is found in three steps. (1) The matches of the whole clause
// that start more than maxLen bytes before start are matches of lead too:
// deciding them never looks at a byte past start. (2) After the last of
// them, nothing matches before start-maxLen, so the search of lead goes on
// from a point in between whose preceding character is not a word
// character, since a window starting there reads \b as lead does. (3)
// When there is no such point, the search goes on from the end of the
// last match, q; if a word character precedes q, the window would read a
// word boundary at q that lead does not, so a match at q is tried by hand
// first.
func (t *Text) Before(c *Cue, start, reach int) (int, bool) {
	if t.absent(t.bit(c)) {
		// most cues are nowhere in a sentence; a match in a window below
		// starts at a candidate of c too, since the window starts where
		// the clause does or after a non-word byte
		return 0, false
	}
	s := t.s
	ls, clause := t.clauseStart(start)
	last := -1
	if c.maxLen < 0 {
		if !t.mayMatch(c, ls, start) {
			// no match
		} else if ms := c.re.FindAllStringIndex(s[ls:start], -1); ms != nil {
			last = ls + ms[len(ms)-1][1]
		}
	} else {
		ms := t.chain(c, clause, ls)
		k := sort.Search(len(ms), func(i int) bool { return ms[i][0]+c.maxLen >= start })
		q := ls
		if k > 0 {
			q = ms[k-1][1]
			last = q
		}
		y := max(q, start-c.maxLen)
		for y > q && !asciiNonWord(s[y-1]) {
			y--
		}
		if y == q && q > ls {
			// the chain goes on at q, whose preceding rune may be a word
			// character; then \b holds at q only before a non-word rune
			for q < start && wordBefore(s, q) && !wordAt(s, q) {
				m := c.at.FindStringIndex(s[q:min(start, q+c.maxLen+1)])
				if m == nil || m[1] == 0 {
					break
				}
				q += m[1]
				last = q
			}
			y = q
			if q < start && wordBefore(s, q) && wordAt(s, q) {
				// cannot follow a match; searched in full all the same
				y, last = ls, -1
			}
		}
		switch b := t.bit(c); {
		case y >= start:
		case b != 0 && !t.all && t.set.always&b == 0 && c.at != nil:
			// y is where the clause starts or follows a non-word byte:
			// when a match may start there, it is a candidate
			if e := t.candMatches(c, b, y, start, false); e >= 0 {
				last = e
			}
		case t.mayMatch(c, y, start):
			if ms := c.re.FindAllStringIndex(s[y:start], -1); ms != nil {
				last = y + ms[len(ms)-1][1]
			}
		}
	}
	if last < 0 {
		return 0, false
	}
	n := countFields(s[last:start], reach)
	return n, n <= reach
}

// After reports whether c matches in the clause after end with at most
// reach words between end and the start of its first match there, and how
// many words. Only a window of the clause is searched: the reach words and
// the longest match after them, and one byte more for the \b that ends
// it; the first match starting within reach is the same in the window as
// in the clause.
func (t *Text) After(c *Cue, end, reach int) (int, bool) {
	if b := t.bit(c); t.absent(b) && (end >= len(t.s) || t.startsAtEnd(end)&b == 0) {
		// the test below, before the words of the window are counted:
		// most cues are nowhere in a sentence
		return 0, false
	}
	tail := t.s[end:t.clauseEnd(end)]
	w := len(tail)
	if c.maxLen >= 0 {
		w = min(w, t.fieldStartAfter(end, tail, reach)+c.maxLen+1)
	}
	// The tail starts a text of its own: \b holds at its start before a
	// word character, whatever precedes it.
	if !t.mayMatch(c, end, end+w) && !(t.bit(c) != 0 && end < len(t.s) && t.startsAtEnd(end)&t.bit(c) != 0) {
		return 0, false
	}
	var first int
	if b := t.bit(c); b != 0 && !t.all && t.set.always&b == 0 && c.at != nil {
		first = t.firstAt(c, b, end, end+w) - end
	} else if m := c.re.FindStringIndex(tail[:w]); m != nil {
		first = m[0]
	} else {
		first = -1
	}
	if first < 0 {
		return 0, false
	}
	n := countFields(tail[:first], reach)
	return n, n <= reach
}

// firstAt returns where the first match of c in s[from:to], read as a
// text of its own, starts, or -1. As in chain, matches start only at
// candidates of c, where \b holds, and the first is where c.at matches
// first; from itself is tried apart, since \b holds there before a word
// character whatever precedes it. Only the candidates are tried, not
// every byte of the window.
func (t *Text) firstAt(c *Cue, b uint64, from, to int) int {
	if from < to && isWordByte(t.s[from]) && c.at.MatchString(t.s[from:to]) {
		return from
	}
	k := sort.Search(len(t.cands), func(i int) bool { return t.cands[i].pos > from })
	for ; k < len(t.cands) && t.cands[k].pos < to; k++ {
		if p := t.cands[k].pos; t.cands[k].cues&b != 0 && c.at.MatchString(t.s[p:to]) {
			return p
		}
	}
	return -1
}

// asciiNonWord reports whether b is an ASCII byte that is not a word
// character of \b.
func asciiNonWord(b byte) bool { return b < utf8.RuneSelf && !isWordByte(b) }

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// wordBefore reports whether the rune before i is a word character of \b
// (ASCII letters, digits and underscore).
func wordBefore(s string, i int) bool { return i > 0 && isWordByte(s[i-1]) }

// wordAt reports whether the rune at i is a word character of \b.
func wordAt(s string, i int) bool { return i < len(s) && isWordByte(s[i]) }

// countFields is len(strings.Fields(s)), but stops counting past limit.
func countFields(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		i += size
		if space {
			in = false
			continue
		}
		if !in {
			in = true
			n++
			if n > limit {
				return n
			}
		}
	}
	return n
}

// fieldStart is the offset where field number n (from 0) of s starts, as
// strings.Fields splits s, or len(s) when s has no more than n fields.
func fieldStart(s string, n int) int {
	k := 0
	in := false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if space {
			in = false
		} else if !in {
			if k == n {
				return i
			}
			in = true
			k++
		}
		i += size
	}
	return len(s)
}

// spaceAt reports whether the rune at s[i:] is a space (unicode.IsSpace)
// and its length, quickly for ASCII.
func spaceAt(s string, i int) (space bool, size int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r', 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// StartsWithFold reports whether s, after the leading bytes that are in
// skip, may start with one of ws (lower case), compared without regard
// to ASCII case. A byte outside ASCII counts as a possible match, since
// case folding may match it. It is a cheap test to run before an anchored
// regular expression that needs one of the words there.
func StartsWithFold(s, skip string, ws ...string) bool {
	i := 0
	for i < len(s) && strings.IndexByte(skip, s[i]) >= 0 {
		i++
	}
	s = s[i:]
	for _, w := range ws {
		if words.MayHavePrefixFold(s, w) {
			return true
		}
	}
	return false
}

// ParseSide reads the side column of a cue table: where a cue stands from
// the mention it tells about, -1 before, 1 after, 0 either ("any").
func ParseSide(s string) (int, error) {
	switch s {
	case "before":
		return -1, nil
	case "after":
		return 1, nil
	case "any":
		return 0, nil
	}
	return 0, fmt.Errorf("unknown side %q (want before, after or any)", s)
}
