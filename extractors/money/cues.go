package money

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Skipping role cues that cannot match.
//
// role tries every cue of roles.tsv on the clause before and the clause
// after each amount; most cues are absent from most clauses. A cue is
// compiled as (?i)\b(?:cue)\b, so every run of word characters
// ([0-9A-Za-z_]) inside a match that the match itself delimits (by a
// non-word character or by one of its ends, which the \b assertions make
// word edges) is a whole word of the clause. cueAnchors walks the cue's
// syntax and picks, for every way the cue can match, one such word that
// the pattern spells out; a clause that has none of a cue's anchors cannot
// match the cue, and role skips it. A cue where some way of matching spells
// out no whole word is always tried.
//
// The reasoning needs case-insensitive matching to fold only ASCII letters
// into ASCII letters; sentences with the Kelvin sign or the long s take
// every cue (see scan.go).

// maxCueStates bounds the work of cueAnchors.
const maxCueStates = 512

// cueState is one way of reading a cue so far: the best whole word found
// and the word being read.
type cueState struct {
	best    string
	cur     string
	unknown bool // cur holds characters the pattern does not spell out
	first   string
	firstAt uint8 // firstOpen, firstKnown or firstUnknown
}

// what is known of the first word of a match
const (
	firstOpen    = iota // being read, in cur
	firstKnown          // it is first
	firstUnknown        // the match may start otherwise
)

// word adds a word character to the word being read.
func (s cueState) word(w rune) cueState {
	s.cur += string(w)
	return s
}

// opaqueWord adds characters the pattern does not spell out.
func (s cueState) opaqueWord() cueState {
	s.unknown = true
	if s.firstAt == firstOpen {
		s.firstAt = firstUnknown
	}
	return s
}

// done closes the word being read at a non-word character.
func (s cueState) done() cueState {
	if s.firstAt == firstOpen {
		s.firstAt = firstUnknown
		if !s.unknown && s.cur != "" {
			s.first, s.firstAt = s.cur, firstKnown
		}
	}
	if !s.unknown && len(s.cur) > len(s.best) {
		s.best = s.cur
	}
	s.cur, s.unknown = "", false
	return s
}

// cueAnchors returns, lower-cased, one whole word for every way expr can
// match (ok false when some way has none), and the words a match can start
// with (firstOK false when a match may start otherwise, or when expr looks
// at the start of the text).
func cueAnchors(expr string) (words []string, ok bool, firsts []string, firstOK bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false, nil, false
	}
	re = re.Simplify()
	ss, ok := walkCue(re, []cueState{{}})
	if !ok {
		return nil, false, nil, false
	}
	seen := map[string]bool{}
	firstOK = !looksAtStart(re)
	for _, st := range ss {
		st = st.done() // the trailing \b ends the last word
		if st.best == "" {
			return nil, false, nil, false
		}
		if !seen[st.best] {
			seen[st.best] = true
			words = append(words, st.best)
		}
		if st.firstAt != firstKnown {
			firstOK = false
		} else if !seen["\x00"+st.first] {
			seen["\x00"+st.first] = true
			firsts = append(firsts, st.first)
		}
	}
	if !firstOK {
		firsts = nil
	}
	return words, true, firsts, firstOK
}

// looksAtStart reports whether re asserts the start of the text or line,
// which a search from inside the text sees differently.
func looksAtStart(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, sub := range re.Sub {
		if looksAtStart(sub) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return r < utf8.RuneSelf && isASCIIWord(byte(r)) }

func lowerASCII(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// wordOf returns the lower-cased ASCII word character that r matches, or
// 0 when r matches only non-word characters.
func wordOf(r rune, fold bool) rune {
	if isWordRune(r) {
		return lowerASCII(r)
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if isWordRune(f) {
				return lowerASCII(f)
			}
		}
	}
	return 0
}

// kind of the characters a part of a pattern can match
const (
	kindNonWord = 1 << iota
	kindWord
)

// charKinds tells whether re can match word and non-word characters.
func charKinds(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		k := 0
		for _, r := range re.Rune {
			if wordOf(r, re.Flags&syntax.FoldCase != 0) != 0 {
				k |= kindWord
			} else {
				k |= kindNonWord
			}
		}
		return k
	case syntax.OpCharClass:
		k := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if isWordRune(r) {
					k |= kindWord
					continue
				}
				k |= kindNonWord
				if r >= utf8.RuneSelf {
					break // the rest of the range is non-ASCII too
				}
			}
		}
		return k
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return kindWord | kindNonWord
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	}
	k := 0
	for _, sub := range re.Sub {
		k |= charKinds(sub)
	}
	return k
}

// classWords lists the lower-cased word characters of a class when there
// are few, and whether it also matches non-word characters.
func classWords(re *syntax.Regexp) (words []rune, nonWord, ok bool) {
	seen := map[rune]bool{}
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if !isWordRune(r) {
				nonWord = true
				if r >= utf8.RuneSelf {
					break // the rest of the range is non-ASCII too
				}
				continue
			}
			if w := lowerASCII(r); !seen[w] {
				if seen[w] = true; len(seen) > 4 {
					return nil, false, false
				}
				words = append(words, w)
			}
		}
	}
	return words, nonWord, true
}

// opaque is what a part of a pattern that cannot be spelled out does to
// the word being read: it may add unknown characters to it, and it may
// end it.
func opaque(ss []cueState, kinds int) []cueState {
	out := make([]cueState, 0, len(ss))
	for _, s := range ss {
		if kinds&kindWord != 0 {
			s = s.opaqueWord()
		} else if kinds&kindNonWord != 0 {
			s = s.done()
		}
		out = append(out, s)
	}
	return out
}

// walkCue advances every state over re.
func walkCue(re *syntax.Regexp, ss []cueState) ([]cueState, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return ss, true // zero width: reading past it keeps every state possible
	case syntax.OpLiteral:
		out := make([]cueState, 0, len(ss))
		for _, s := range ss {
			for _, r := range re.Rune {
				if w := wordOf(r, re.Flags&syntax.FoldCase != 0); w != 0 {
					s = s.word(w)
				} else {
					s = s.done()
				}
			}
			out = append(out, s)
		}
		return dedupeStates(out), true
	case syntax.OpCharClass:
		words, nonWord, ok := classWords(re)
		if !ok {
			return dedupeStates(opaque(ss, charKinds(re))), true
		}
		var out []cueState
		for _, s := range ss {
			for _, w := range words {
				t := s
				t = t.word(w)
				out = append(out, t)
			}
			if nonWord {
				out = append(out, s.done())
			}
		}
		return capStates(dedupeStates(out))
	case syntax.OpCapture:
		return walkCue(re.Sub[0], ss)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			var ok bool
			if ss, ok = walkCue(sub, ss); !ok {
				return nil, false
			}
		}
		return ss, true
	case syntax.OpAlternate:
		var out []cueState
		for _, sub := range re.Sub {
			ts, ok := walkCue(sub, ss)
			if !ok {
				return nil, false
			}
			out = append(out, ts...)
		}
		return capStates(dedupeStates(out))
	case syntax.OpQuest:
		ts, ok := walkCue(re.Sub[0], ss)
		if !ok {
			return nil, false
		}
		return capStates(dedupeStates(append(ts, ss...)))
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		k := charKinds(re.Sub[0])
		if k == kindNonWord {
			// a run of separators: it ends the word, if it matches anything
			done := opaque(ss, kindNonWord)
			if re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && re.Min > 0 {
				return dedupeStates(done), true
			}
			return capStates(dedupeStates(append(done, ss...)))
		}
		return dedupeStates(opaque(ss, k)), true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return dedupeStates(opaque(ss, kindWord|kindNonWord)), true
	}
	return nil, false
}

func capStates(ss []cueState) ([]cueState, bool) {
	if len(ss) > maxCueStates {
		return nil, false
	}
	return ss, true
}

func dedupeStates(ss []cueState) []cueState {
	seen := make(map[cueState]bool, len(ss))
	out := ss[:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// cueSet is a set of cue indexes below maxFiltered.
type cueSet [4]uint64

// maxFiltered is how many cues the filter knows; the rest are always tried,
// at a cost that doubled the extractor's time when roles.tsv outgrew it
// (TestCuesFiltered keeps the table within it).
const maxFiltered = 256

func (s *cueSet) add(i int)      { s[i/64] |= 1 << (i % 64) }
func (s *cueSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s *cueSet) union(t cueSet) {
	for k := range s {
		s[k] |= t[k]
	}
}

// cueFilter maps words to the cues they are anchors or first words of.
type cueFilter struct {
	words   map[string]cueWords
	always  cueSet                // cues tried in every clause
	at      []*anchored           // per cue: anchored at the start, when it is known where a match can start
	lits    [][]string            // per cue with at: its spellings, when it has few (see cuelits.go)
	byChar  [utf8.RuneSelf]cueSet // cues a match of which may start with a word starting so
	maxWord int
	// bloom[n][first] holds the last characters of the keys of words of
	// n characters that start with first (characters as wordIndex maps
	// them): a word of the clause that is not there is not a key
	bloom [][37]uint64
}

// wordIndex maps the ASCII word characters in lower case (a-z, 0-9, _) to
// 1..37 and anything else to 0.
var wordIndex = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c-'a') + 1
		t[c-'a'+'A'] = uint8(c-'a') + 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = uint8(c-'0') + 27
	}
	t['_'] = 37
	return t
}()

// addBloom notes the key w in bloom, when it can be the lower case of a
// word of ASCII word characters (no other key is ever looked up).
func (f *cueFilter) addBloom(w string) {
	if w == "" {
		return
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; wordIndex[c] == 0 || 'A' <= c && c <= 'Z' {
			return
		}
	}
	for len(f.bloom) <= len(w) {
		f.bloom = append(f.bloom, [37]uint64{})
	}
	f.bloom[len(w)][wordIndex[w[0]]-1] |= 1 << (wordIndex[w[len(w)-1]] - 1)
}

// mayBeKey reports whether the word w, of ASCII word characters in any
// case, may be a key of words once lowered.
func (f *cueFilter) mayBeKey(w string) bool {
	n := len(w)
	return n < len(f.bloom) && f.bloom[n][wordIndex[w[0]]-1]&(1<<(wordIndex[w[n-1]]-1)) != 0
}

type cueWords struct {
	anchor cueSet // cues that cannot match without this word
	first  cueSet // cues a match of which may start with this word
}

// cueToken is a word of a clause that may start a match of some cue.
type cueToken struct {
	pos   int
	first cueSet
}

func (e *Extractor) compileCues(exprs []string) {
	f := &e.cueFilter
	f.words = map[string]cueWords{}
	f.at = make([]*anchored, len(exprs))
	f.lits = make([][]string, len(exprs))
	for i, expr := range exprs {
		if i >= maxFiltered {
			break // tried every time: see role
		}
		ws, ok, firsts, firstOK := cueAnchors(expr)
		if !ok {
			f.always.add(i)
			continue
		}
		for _, w := range ws {
			cw := f.words[w]
			cw.anchor.add(i)
			f.words[w] = cw
			f.maxWord = max(f.maxWord, len(w))
		}
		if looksAtStart(mustParse(expr)) {
			continue
		}
		at := newAnchored(`^(?:` + expr + `)`)
		if !firstOK {
			// A cue whose first words cannot be listed may still start
			// with word characters only ("\d+th"): then it starts at a
			// word with one of them first.
			if !at.ok || at.open[at.prog.Start] || !wordChars(at.first[at.prog.Start]) {
				continue
			}
			f.at[i] = at
			for c := rune(0); c < utf8.RuneSelf; c++ {
				if at.first[at.prog.Start].has(c) {
					f.byChar[c].add(i)
				}
			}
			continue
		}
		f.at[i] = at
		f.lits[i], _ = cueLits(expr)
		for _, w := range firsts {
			cw := f.words[w]
			cw.first.add(i)
			f.words[w] = cw
			f.maxWord = max(f.maxWord, len(w))
		}
	}
	for w := range f.words {
		f.addBloom(w)
	}
}

func mustParse(expr string) *syntax.Regexp {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	return re
}

// wordChars reports whether every rune of s is a word character.
func wordChars(s asciiSet) bool {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if s.has(c) && !isWordRune(c) {
			return false
		}
	}
	return s != asciiSet{}
}

// clauseCues returns the cues that may match somewhere in clause, and
// appends to toks the words where a match of a cue may start.
func (e *Extractor) clauseCues(clause string, buf []byte, toks []cueToken) (cueSet, []byte, []cueToken) {
	f := &e.cueFilter
	set := f.always
	for i := 0; i < len(clause); {
		if !isASCIIWord(clause[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(clause) && isASCIIWord(clause[j]) {
			j++
		}
		first := f.byChar[clause[i]]
		if j-i <= f.maxWord && f.mayBeKey(clause[i:j]) {
			buf = lowerInto(buf[:0], clause[i:j], f.maxWord)
			if cw, ok := f.words[string(buf)]; ok {
				set.union(cw.anchor)
				first.union(cw.first)
			}
		}
		if first != (cueSet{}) {
			toks = append(toks, cueToken{i, first})
		}
		i = j
	}
	return set, buf, toks
}

// lastMatchEnd is the end of the last of k.re.FindAllStringIndex(clause),
// or -1, found by trying the cue only where a match can start.
func (f *cueFilter) lastMatchEnd(i int, clause string, toks []cueToken) int {
	last, pos := -1, 0
	for _, t := range toks {
		if t.pos < pos || !t.first.has(i) {
			continue
		}
		if end := f.end(i, clause[t.pos:]); end >= 0 {
			last = t.pos + end
			pos = last
		}
	}
	return last
}

// firstMatchStart is the start of k.re.FindStringIndex(clause), or -1,
// found by trying the cue only where a match can start.
func (f *cueFilter) firstMatchStart(i int, clause string, toks []cueToken) int {
	for _, t := range toks {
		if t.first.has(i) && f.end(i, clause[t.pos:]) >= 0 {
			return t.pos
		}
	}
	return -1
}

// end returns the end of the match of cue i at the start of s, or -1.
func (f *cueFilter) end(i int, s string) int {
	if f.lits[i] != nil {
		return litEnd(s, f.lits[i])
	}
	return f.at[i].end(s)
}
