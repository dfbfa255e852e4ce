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
	"regexp"
	"regexp/syntax"
	"sort"
	"unicode"
	"unicode/utf8"
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
	return c, nil
}

// Regexp returns the compiled pattern, (?i)\b(?:pattern)\b.
func (c *Cue) Regexp() *regexp.Regexp { return c.re }

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

// Text is one sentence searched for cues. It remembers the clauses and
// the matches of every cue in every clause searched so far; it is not
// safe for concurrent use.
type Text struct {
	s      string
	semis  []int // offsets of ';'
	chains map[chainKey][][]int
}

type chainKey struct {
	c  *Cue
	ls int
}

// NewText prepares s for searching.
func NewText(s string) *Text {
	t := &Text{s: s}
	for i := 0; i < len(s); i++ {
		if s[i] == ';' {
			t.semis = append(t.semis, i)
		}
	}
	return t
}

// clauseStart is the offset after the last ';' before pos, or 0.
func (t *Text) clauseStart(pos int) int {
	k := sort.SearchInts(t.semis, pos) // first ';' at or after pos
	if k == 0 {
		return 0
	}
	return t.semis[k-1] + 1
}

// clauseEnd is the offset of the first ';' at or after pos, or len(s).
func (t *Text) clauseEnd(pos int) int {
	k := sort.SearchInts(t.semis, pos)
	if k == len(t.semis) {
		return len(t.s)
	}
	return t.semis[k]
}

// chain returns the matches of c in the clause that starts at ls, as
// FindAllStringIndex finds them, in offsets of s.
func (t *Text) chain(c *Cue, ls int) [][]int {
	k := chainKey{c, ls}
	if ms, ok := t.chains[k]; ok {
		return ms
	}
	ms := c.re.FindAllStringIndex(t.s[ls:t.clauseEnd(ls)], -1)
	for _, m := range ms {
		m[0] += ls
		m[1] += ls
	}
	if t.chains == nil {
		t.chains = map[chainKey][][]int{}
	}
	t.chains[k] = ms
	return ms
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
	s := t.s
	ls := t.clauseStart(start)
	last := -1
	if c.maxLen < 0 {
		if ms := c.re.FindAllStringIndex(s[ls:start], -1); ms != nil {
			last = ls + ms[len(ms)-1][1]
		}
	} else {
		ms := t.chain(c, ls)
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
		if y < start {
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
	tail := t.s[end:t.clauseEnd(end)]
	w := len(tail)
	if c.maxLen >= 0 {
		w = min(w, fieldStart(tail, reach)+c.maxLen+1)
	}
	m := c.re.FindStringIndex(tail[:w])
	if m == nil {
		return 0, false
	}
	n := countFields(tail[:m[0]], reach)
	return n, n <= reach
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
	for _, r := range s {
		if unicode.IsSpace(r) {
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
	for i, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if k == n {
				return i
			}
			in = true
			k++
		}
	}
	return len(s)
}
