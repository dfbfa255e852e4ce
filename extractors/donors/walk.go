package donors

import "strings"

// Walk answers MayStart for a window that grows a word at a time, without
// folding and searching the whole surface again at each step: it keeps the
// range of the sorted starts that begin with the surface walked so far and
// narrows it by the bytes each step adds. It also tells, per step, whether
// Lookup or IsNotDonor can hold at all (MayName), so that a caller tries
// them only on the few windows that equal a start.
//
// The walk is exact only for plain surfaces in lower case (see isPlain),
// where fold is the identity; on any other surface it defers to MayStart
// for that step and every later one. A zero Walk is not ready: use
// Gazetteer.Walk.
type Walk struct {
	g        *Gazetteer
	n        int  // bytes of the surface walked
	slow     bool // a surface was not plain: defer to MayStart
	whole    span // starts beginning with the surface
	rest     span // starts beginning with the surface after "the "
	restOn   bool // the surface begins with "the "
	possess  bool // the surface ends like a possessive
	lastSurf string
}

// span is starts[lo:hi]: the starts that begin with the first n bytes of
// the string walked.
type span struct{ lo, hi, n int32 }

// Walk returns a walk over an empty surface.
func (g *Gazetteer) Walk() Walk {
	return Walk{g: g, whole: span{0, int32(len(g.starts)), 0}}
}

// Grow reports MayStart(surface). Each surface must begin with the one
// before it in the same walk (the window grown by a word), and be in lower
// case as far as ASCII goes.
func (w *Walk) Grow(surface string) bool {
	w.lastSurf = surface
	if !w.slow && !plainFrom(surface, w.n) {
		w.slow = true
	}
	if w.slow {
		return w.g.MayStart(surface)
	}
	g := w.g
	w.n = len(surface)
	w.whole = g.narrow(w.whole, surface)
	if !w.restOn && len(surface) >= 4 && surface[:4] == "the " {
		w.restOn, w.rest = true, span{0, int32(len(g.starts)), 0}
	}
	if w.restOn {
		w.rest = g.narrow(w.rest, surface[4:])
	}
	w.possess = stripPossessive(surface) != surface
	if surface == "the" || w.whole.lo < w.whole.hi || w.restOn && w.rest.lo < w.rest.hi {
		return true
	}
	if w.possess { // rare: search as MayStart does
		p := stripPossessive(surface)
		return g.hasPrefix(p) || strings.HasPrefix(p, "the ") && g.hasPrefix(p[len("the "):])
	}
	return false
}

// MayName reports whether Lookup or IsNotDonor could hold for the surface
// last grown, as written in any case: false only when none of the strings
// they try, folded, is a start.
func (w *Walk) MayName() bool {
	if w.slow {
		return true
	}
	g, s := w.g, w.lastSurf
	if g.isWhole(w.whole, len(s)) || w.restOn && len(s) > 4 && g.isWhole(w.rest, len(s)-4) {
		return true
	}
	if w.possess { // rare: fold what Lookup tries ("nato 's" tries "nato ")
		cs, n := candidates(s)
		for _, c := range cs[:n] {
			if g.isStart(fold(c)) {
				return true
			}
		}
	}
	return false
}

// Mark is what a walk knows of a surface it grew, for ClassifyMark: the
// starts that the strings Lookup and IsNotDonor try for it fold to.
type Mark struct {
	// the surface's start, and that of what follows its "the "; -1 none
	at [2]int32
	// the walk knows none of it: ClassifyMark classifies in full
	full bool
}

// Mark returns what the walk knows of the surface it grew last; a later
// step does not keep it. On a plain surface that is no possessive, the
// strings Lookup and IsNotDonor try are the surface and, after "the ",
// the rest, and the walk has found which of them, folded, are starts.
func (w *Walk) Mark() Mark {
	if w.slow || w.possess {
		return Mark{full: true}
	}
	g, n := w.g, len(w.lastSurf)
	m := Mark{at: [2]int32{-1, -1}}
	if g.isWhole(w.whole, n) {
		m.at[0] = w.whole.lo
	}
	if w.restOn && n > 4 && g.isWhole(w.rest, n-4) {
		m.at[1] = w.rest.lo
	}
	return m
}

// ClassifyMark is Classify(surface) for a surface a walk grew and marked
// m: lowering its ASCII letters gives the string Grow was given. It reads
// the entries of the starts m holds by index rather than look them up.
func (g *Gazetteer) ClassifyMark(surface string, m Mark) (e *Entry, notDonor bool) {
	if m.full {
		return g.Classify(surface)
	}
	for _, i := range m.at {
		if i >= 0 && g.info[i].notDonor {
			return nil, true
		}
	}
	for k, i := range m.at {
		if i < 0 {
			continue
		}
		if g.info[i].exact {
			if j, ok := g.exact[surface[len("the ")*k:]]; ok {
				return &g.Entries[j], false
			}
		}
		if j := g.info[i].folded; j >= 0 {
			return &g.Entries[j], false
		}
	}
	return nil, false
}

// isWhole reports whether the span's first start is n bytes long: the
// string walked itself, for the starts in the span begin with it and the
// shortest sorts first.
func (g *Gazetteer) isWhole(sp span, n int) bool {
	return sp.lo < sp.hi && len(g.starts[sp.lo]) == n
}

// isStart reports whether the folded word w is a start.
func (g *Gazetteer) isStart(w string) bool {
	sp := g.narrow(span{0, int32(len(g.starts)), 0}, w)
	return g.isWhole(sp, len(w))
}

// narrow narrows sp, the starts that begin with s[:sp.n], to those that
// begin with s.
func (g *Gazetteer) narrow(sp span, s string) span {
	n := int(sp.n)
	if n == 0 && len(s) >= 2 { // the first two bytes by table
		p := int(s[0])<<8 | int(s[1])
		sp = span{g.byPair[p], g.byPair[p+1], 2}
		n = 2
	}
	for ; n < len(s) && sp.lo < sp.hi; n++ {
		if sp.hi-sp.lo == 1 { // one start left: it begins with s or none does
			if !strings.HasPrefix(g.starts[sp.lo][n:], s[n:]) {
				sp.hi = sp.lo
			}
			break
		}
		c := s[n]
		// in the span, the starts of n bytes come first (none can begin
		// with s), then the longer ones in order of their byte n
		lo, hi := sp.lo, sp.hi
		for lo < hi {
			m := int32(uint32(lo+hi) >> 1)
			if t := g.starts[m]; len(t) > n && t[n] >= c {
				hi = m
			} else {
				lo = m + 1
			}
		}
		first := lo
		hi = sp.hi
		for lo < hi {
			m := int32(uint32(lo+hi) >> 1)
			if g.starts[m][n] > c {
				hi = m
			} else {
				lo = m + 1
			}
		}
		sp.lo, sp.hi = first, lo
	}
	sp.n = int32(len(s))
	return sp
}

// plainFrom reports whether s is plain (isPlain) given that s[:from] is:
// only the bytes from the last one of s[:from] on need a look.
func plainFrom(s string, from int) bool {
	if from == 0 {
		return isPlain(s)
	}
	for i := from - 1; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' || c == ' ' && (i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

// Heads returns the strings a first word can be for a window that opens
// with it to be named: every s[:k] of a folded start s that holds no space,
// where k is len(s), or s[k] is no ASCII letter or digit, or s[k-1] is '.'
// (a word may end with the period of an abbreviation, "U.S.", and a letter
// follow it), each once.
//
// A caller may skip the windows that open with a word w, as tokenized by
// the events linker (a run of letters, digits and apostrophes, with '.'
// and ',' inside), when w is ASCII in lower case, holds no apostrophe, is
// not "the" and is not a head: then no string Lookup or IsNotDonor tries for
// such a window folds to a start. (The window's surface, normalised and
// folded, is w followed by the end or by a byte that is no ASCII letter or
// digit, or by anything when w ends with '.'; taking a possessive off the
// end leaves w or more, and no leading
// article is taken off, for w is not "the".)
func (g *Gazetteer) Heads() []string { return g.headsAfter("") }

// ArticleHeads is Heads for the windows that open with "the" and a single
// space, as written in any case: a caller may skip them when the word after
// the space is neither a head (see Heads) nor one of heads, and alone is
// false. heads are Heads of the starts that begin with "the ", with that
// taken off; alone tells whether "the" is itself a start. (Such a window's
// surface, normalised, is "the " and the rest from the next word: what
// Lookup and IsNotDonor try for it is the rest, which opens with a word
// that is no head, or "the " and the rest, which folds to a start only if
// the next word is one of heads.)
func (g *Gazetteer) ArticleHeads() (heads []string, alone bool) {
	return g.headsAfter("the "), g.isStart("the")
}

// headsAfter is Heads of the starts that begin with prefix, prefix taken
// off.
func (g *Gazetteer) headsAfter(prefix string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range g.starts {
		if !strings.HasPrefix(s, prefix) {
			continue
		}
		s = s[len(prefix):]
		for k := 1; k <= len(s); k++ {
			if k < len(s) && isAlnum(s[k]) && s[k-1] != '.' {
				continue
			}
			if h := s[:k]; !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
			if k < len(s) && s[k] == ' ' {
				break
			}
		}
	}
	return out
}

func isAlnum(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' }
