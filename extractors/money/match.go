package money

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"
)

// anchored runs one grammar anchored at the start of its input.
//
// regexp runs a grammar as large as prefix or suffix (over a thousand
// instructions) with its breadth-first engine, which keeps every
// alternative of every word list alive at every step. Anchored, a match is
// usually decided within a few runes, and a depth-first search that tries
// the alternatives in order of preference, as regexp's own backtracker
// does for small programs, finds it with a fraction of the work. The
// search below is that backtracker: it runs the program regexp compiles
// from the same expression, visits each (instruction, position) pair at
// most once, and returns the first match in order of preference, which is
// the match regexp returns. Visited pairs are kept per position, allocated
// on first use, so that a long input costs nothing where the search does
// not go.
type anchored struct {
	re    *regexp.Regexp // the same grammar, for inputs the search does not model
	prog  *syntax.Prog
	words int // bitset words per position
	ok    bool
	pool  sync.Pool
	// first[pc] holds the ASCII runes that a path from pc can read first;
	// a path from pc may also read a non-ASCII rune first, or match
	// without reading, when open[pc]
	first []asciiSet
	open  []bool
	// match[pc] holds the ASCII runes an InstRune at pc matches: its
	// MatchRune for them, without the search through its ranges
	match []asciiSet
	// reads[pc] is set when pc reads a rune: the search does not mark it
	// visited (see try)
	reads []bool
}

type asciiSet [2]uint64

func (s *asciiSet) add(r rune)     { s[r/64] |= 1 << (r % 64) }
func (s asciiSet) has(r rune) bool { return s[r/64]&(1<<(r%64)) != 0 }

type btJob struct {
	pc  uint32
	arg bool
	pos int
}

type btState struct {
	jobs     []btJob
	cap      []int
	matchcap []int
	bits     []uint64
	slot     []int32  // per position: offset of its bitset in bits
	gen      []uint32 // per position: run that allocated slot
	run      uint32
}

func newAnchored(expr string) *anchored {
	a := &anchored{re: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return a
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil || prog.StartCond()&syntax.EmptyBeginText == 0 {
		return a
	}
	for _, in := range prog.Inst {
		if in.Op == syntax.InstAltMatch {
			return a // only made for .*, which the grammars do not use
		}
	}
	a.prog, a.words, a.ok = prog, (len(prog.Inst)+63)/64, true
	a.pool.New = func() any { return &btState{} }
	a.firstSets()
	return a
}

// firstSets computes first and open by following the instructions that
// read nothing from every instruction (assertions are taken to hold).
func (a *anchored) firstSets() {
	n := len(a.prog.Inst)
	a.first, a.open, a.match = make([]asciiSet, n), make([]bool, n), make([]asciiSet, n)
	a.reads = make([]bool, n)
	for pc := range a.prog.Inst {
		switch a.prog.Inst[pc].Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			a.reads[pc] = true
		}
		if in := &a.prog.Inst[pc]; in.Op == syntax.InstRune {
			for r := rune(0); r < utf8.RuneSelf; r++ {
				if in.MatchRune(r) {
					a.match[pc].add(r)
				}
			}
		}
	}
	seen := make([]int, n)
	for pc := range a.prog.Inst {
		var set asciiSet
		open := false
		stack := []uint32{uint32(pc)}
		for len(stack) > 0 {
			q := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[q] == pc+1 {
				continue
			}
			seen[q] = pc + 1
			in := &a.prog.Inst[q]
			switch in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				stack = append(stack, in.Out, in.Arg)
			case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
				stack = append(stack, in.Out)
			case syntax.InstFail:
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				for r := rune(0); r < utf8.RuneSelf; r++ {
					if in.MatchRune(r) {
						set.add(r)
					}
				}
				open = open || in.Op != syntax.InstRune1 && in.Op != syntax.InstRune || in.MatchRunePos(utf8.RuneSelf) >= 0 || hasNonASCII(in.Rune)
			default: // InstMatch
				open = true
			}
		}
		a.first[pc], a.open[pc] = set, open
	}
}

// hasNonASCII reports whether a rune class reaches beyond ASCII.
func hasNonASCII(ranges []rune) bool {
	for _, r := range ranges {
		if r >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// cannot reports whether no path from pc can go on at pos of s: it would
// have to read a rune it cannot read first.
func (a *anchored) cannot(pc uint32, s string, pos int) bool {
	if a.open[pc] {
		return false
	}
	if pos >= len(s) {
		return true
	}
	c := s[pos]
	return c < utf8.RuneSelf && !a.first[pc].has(rune(c))
}

// find returns the submatch offsets of the match at the start of s, as
// regexp.FindStringSubmatchIndex would, or nil.
func (a *anchored) find(s string) []int { return a.findInto(nil, s) }

// findInto is find, its answer in dst's memory when that holds it.
func (a *anchored) findInto(dst []int, s string) []int {
	if !a.ok {
		return a.re.FindStringSubmatchIndex(s)
	}
	st := a.pool.Get().(*btState)
	defer a.pool.Put(st)
	if !a.run(st, s) {
		return nil
	}
	n := 2 * (a.re.NumSubexp() + 1)
	out := dst[:0]
	if cap(out) < n {
		out = make([]int, n)
	}
	out = out[:n]
	for i := range out {
		out[i] = -1
	}
	copy(out, st.matchcap)
	return out
}

// end returns the end of the match at the start of s, or -1.
func (a *anchored) end(s string) int {
	if !a.ok {
		if loc := a.re.FindStringIndex(s); loc != nil {
			return loc[1]
		}
		return -1
	}
	st := a.pool.Get().(*btState)
	defer a.pool.Put(st)
	if !a.run(st, s) {
		return -1
	}
	return st.matchcap[1]
}

// run searches s, leaving the match in st.matchcap.
func (a *anchored) run(st *btState, s string) bool {
	ncap := a.prog.NumCap
	if cap(st.cap) < ncap {
		st.cap, st.matchcap = make([]int, ncap), make([]int, ncap)
	}
	st.cap, st.matchcap = st.cap[:ncap], st.matchcap[:ncap]
	for i := range st.cap {
		st.cap[i], st.matchcap[i] = -1, -1
	}
	if len(st.gen) < len(s)+1 {
		st.gen = make([]uint32, len(s)+1)
		st.slot = make([]int32, len(s)+1)
		st.run = 0
	}
	if st.run++; st.run == 0 {
		clear(st.gen)
		st.run = 1
	}
	st.bits = st.bits[:0]
	st.jobs = st.jobs[:0]
	if len(st.cap) > 0 {
		st.cap[0] = 0
	}
	return a.try(st, s)
}

func (a *anchored) shouldVisit(st *btState, pc uint32, pos int) bool {
	if st.gen[pos] != st.run {
		st.gen[pos] = st.run
		n := len(st.bits)
		st.slot[pos] = int32(n)
		st.bits = slices.Grow(st.bits, a.words)[:n+a.words]
		clear(st.bits[n:])
	}
	w := int(st.slot[pos]) + int(pc/64)
	bit := uint64(1) << (pc % 64)
	if st.bits[w]&bit != 0 {
		return false
	}
	st.bits[w] |= bit
	return true
}

func (a *anchored) push(st *btState, pc uint32, pos int, arg bool) {
	if a.prog.Inst[pc].Op != syntax.InstFail && (arg || a.shouldVisit(st, pc, pos)) {
		st.jobs = append(st.jobs, btJob{pc: pc, arg: arg, pos: pos})
	}
}

// step returns the rune at pos and its width, or -1 at the end.
func step(s string, pos int) (rune, int) {
	if pos >= len(s) {
		return -1, 0
	}
	if c := s[pos]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[pos:])
}

// context returns the empty-width conditions that hold at pos.
func context(s string, pos int) syntax.EmptyOp {
	r1, r2 := rune(-1), rune(-1)
	if pos > 0 && pos <= len(s) {
		r1, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if pos < len(s) {
		r2, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}

// try is regexp's tryBacktrack for a first match at position 0.
//
// Unlike tryBacktrack, it does not mark the instructions that read a rune
// visited: a mark only saves going again where the search has been, and
// failed (a match ends it), and from one of those the search goes on past
// the rune it reads, to an instruction that is marked, or fails at once.
// Nor can it loop: reading moves it on. Most instructions read a rune,
// and most are reached once.
func (a *anchored) try(st *btState, s string) bool {
	prog := a.prog
	a.push(st, uint32(prog.Start), 0, false)
	for len(st.jobs) > 0 {
		l := len(st.jobs) - 1
		pc, pos, arg := st.jobs[l].pc, st.jobs[l].pos, st.jobs[l].arg
		st.jobs = st.jobs[:l]
		goto Skip
	CheckAndLoop:
		if !a.reads[pc] && !a.shouldVisit(st, pc, pos) {
			continue
		}
	Skip:
		inst := &prog.Inst[pc]
		switch inst.Op {
		default:
			panic("money: unexpected instruction")
		case syntax.InstAlt:
			if arg {
				arg = false
				pc = inst.Arg
				goto CheckAndLoop
			}
			if a.cannot(inst.Out, s, pos) {
				// the preferred branch fails at once: take the other
				// (marking nothing the search would not have found
				// failing)
				pc = inst.Arg
				goto CheckAndLoop
			}
			if !a.cannot(inst.Arg, s, pos) {
				// (else the other branch would fail at once: it is not
				// left to try)
				a.push(st, pc, pos, true)
			}
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRune:
			r, w := step(s, pos)
			if 0 <= r && r < utf8.RuneSelf {
				if !a.match[pc].has(r) {
					continue
				}
			} else if !inst.MatchRune(r) {
				continue
			}
			pos += w
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRune1:
			r, w := step(s, pos)
			if r != inst.Rune[0] {
				continue
			}
			pos += w
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRuneAnyNotNL:
			r, w := step(s, pos)
			if r == '\n' || r == -1 {
				continue
			}
			pos += w
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstRuneAny:
			r, w := step(s, pos)
			if r == -1 {
				continue
			}
			pos += w
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstCapture:
			if arg {
				st.cap[inst.Arg] = pos // done with inst.Out: restore
				continue
			}
			if inst.Arg < uint32(len(st.cap)) {
				a.push(st, pc, st.cap[inst.Arg], true)
				st.cap[inst.Arg] = pos
			}
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(inst.Arg)&^context(s, pos) != 0 {
				continue
			}
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstNop:
			pc = inst.Out
			goto CheckAndLoop
		case syntax.InstMatch:
			if len(st.cap) == 0 {
				return true
			}
			if len(st.cap) > 1 {
				st.cap[1] = pos
			}
			copy(st.matchcap, st.cap)
			return true
		}
	}
	return false
}
