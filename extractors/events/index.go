package events

import (
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/aidextract/aidextract/extractors/donors"
)

// phraseIndex finds where the phrases of one table match in a sentence.
// Phrases are bucketed by how their first token can match (a word, the
// first two letters of a prefix such as "deliver*", or a number), so that
// each token is tried only against the phrases that can start there, not
// against the whole table.
type phraseIndex struct {
	phrases []phrase
	byWord  map[string][]int // first word -> phrases, in table order
	byStem  map[string][]int // first two letters of a first-token prefix -> phrases
	numbers []int            // phrases that start with a number
}

func newPhraseIndex(ps []phrase) *phraseIndex {
	x := &phraseIndex{phrases: ps, byWord: map[string][]int{}, byStem: map[string][]int{}}
	for k, p := range ps {
		switch first := p.toks[0]; {
		case first == numberToken:
			x.numbers = append(x.numbers, k)
		case strings.HasSuffix(first, "*"): // parsePhrase: at least two letters before '*'
			x.byStem[first[:2]] = append(x.byStem[first[:2]], k)
		default:
			x.byWord[first] = append(x.byWord[first], k)
		}
	}
	return x
}

// each calls fn with every phrase k that matches at token i and the token
// its match ends at, in table order.
func (x *phraseIndex) each(toks []token, i int, fn func(k, end int)) {
	w := toks[i].low
	var lists [3][]int
	lists[0] = x.byWord[w]
	if len(w) >= 2 && len(x.byStem) > 0 {
		lists[1] = x.byStem[w[:2]]
	}
	if len(x.numbers) > 0 && isNumberWord(w) {
		lists[2] = x.numbers
	}
	// merge the ascending lists, keeping table order
	for {
		best := -1
		for j := range lists {
			if len(lists[j]) > 0 && (best < 0 || lists[j][0] < lists[best][0]) {
				best = j
			}
		}
		if best < 0 {
			return
		}
		k := lists[best][0]
		lists[best] = lists[best][1:]
		if e, ok := x.phrases[k].match(toks, i); ok {
			fn(k, e)
		}
	}
}

// find returns every match of the table's phrases in toks, by start token
// and then table order.
func (x *phraseIndex) find(toks []token) []hit {
	var hits []hit
	for i := range toks {
		x.each(toks, i, func(k, e int) { hits = append(hits, hit{from: i, to: e, idx: k}) })
	}
	return hits
}

// tableSet finds the matches of several tables in one pass. Each token is
// looked up once, in a vocabulary of every word the phrases hold, which
// gives an id; the phrases that can start at a word (by the word, a prefix
// or a number) are listed per id at load time, with their first token
// already matched. Words outside the vocabulary can start only a phrase
// that opens with a prefix or a number.
type tableSet struct {
	tables []*phraseIndex
	vocab  map[string]int32 // every plain word of every phrase -> id
	starts [][]start        // by id: the phrases that start at that word
	// starts laid end to end, for find: those of id are
	// flat[at[id]:at[id+1]], and nexts holds their next ids apart, so
	// that the many turned down by their second word are turned down
	// without reading the rest of them
	flat    []start
	nexts   []int32
	at      []int32
	byStem  map[string][]start // first two letters of a first-token prefix -> phrases
	numbers []start            // phrases that start with a number
	// the two-byte keys of byStem as a bitset: most words start with no
	// stem, and testing a bit is cheaper than missing in the map
	stems [1 << 16 / 64]uint64
	// byStem's lists in order of key, for find: the list of key p is
	// stemLists[stemRank[p/64] + the bits of stems[p/64] below p's], the
	// number of keys before p, cheaper than hashing p into the map
	stemRank  [1 << 16 / 64]uint16
	stemLists [][]start
	// marked[id] has bit k set for the words of extra[k] newTableSet was
	// given (the gazetteer's heads), which the vocabulary holds too, so
	// that the one lookup per token answers both
	marked []uint8
	// ids is vocab as an open-addressed table, cheaper to ask than the map
	ids idTable
}

// idTable maps the words of a vocabulary to their ids: linear probing in a
// table of a power of two slots, at most a quarter of them used, hashed by
// wordHash. A slot is the hash's top 16 bits and the id plus one (0: an
// empty slot), so that the table is small and a word is compared only when
// the bits agree.
type idTable struct {
	slots []uint32
	words []string // by id
	mask  uint32
}

func newIDTable(vocab map[string]int32) idTable {
	if len(vocab) >= 1<<16-1 {
		panic("events: vocabulary too large for its table")
	}
	size := 64
	for size < 4*len(vocab) {
		size *= 2
	}
	x := idTable{slots: make([]uint32, size), words: make([]string, len(vocab)), mask: uint32(size - 1)}
	for w, id := range vocab {
		h := wordHash(w)
		i := h & x.mask
		for x.slots[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = h&^0xffff | uint32(id+1)
		x.words[id] = w
	}
	return x
}

// get returns the id of w, -1 when w is not in the vocabulary.
func (x *idTable) get(w string) int32 {
	h := wordHash(w)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		v := x.slots[i]
		if v == 0 {
			return -1
		}
		if (v^h)>>16 == 0 {
			if id := int32(v&0xffff) - 1; x.words[id] == w {
				return id
			}
		}
	}
}

// wordHash hashes w by its length and its first and last four bytes (all
// of a shorter word): cheap for any length, and words that share those
// are few.
func wordHash(w string) uint32 {
	n := len(w)
	x := uint64(n)
	switch {
	case n >= 4:
		x |= uint64(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16|uint32(w[3])<<24) << 8
		x ^= uint64(uint32(w[n-4])|uint32(w[n-3])<<8|uint32(w[n-2])<<16|uint32(w[n-1])<<24) << 32
	case n > 0:
		x |= (uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16) << 8
	}
	x *= 0x9e3779b97f4a7c15
	return uint32(x >> 32)
}

// ref is phrase k of table t.
type ref struct{ t, k int }

// start is a phrase whose first token matches a vocabulary word. When its
// second token is a plain word, next is that word's id, so that most
// phrases that fail are turned down by comparing ids; otherwise -1.
// rest are the phrase's tokens left to match, held here rather than
// reached through its table: in tableSet.starts, those after the first
// and, when next is set, the second; in byStem and numbers, all of them.
type start struct {
	ref
	next int32
	rest []string
}

// newTableSet indexes the tables. The extra words (at most eight lists)
// join the vocabulary, and marked tells them by id. A word that starts no
// phrase by itself is given the phrases a prefix or a number starts there,
// in table order, as it would be outside the vocabulary: find returns the
// same for any extra words.
func newTableSet(extra [][]string, tables ...*phraseIndex) *tableSet {
	if len(tables) > maxTables {
		panic("events: too many tables in a set")
	}
	s := &tableSet{tables: tables, vocab: map[string]int32{}, byStem: map[string][]start{}}
	plain := func(pt string) bool { return !isGap(pt) && pt != numberToken && !strings.HasSuffix(pt, "*") }
	for _, x := range tables {
		for _, p := range x.phrases {
			for _, pt := range p.toks {
				if _, ok := s.vocab[pt]; plain(pt) && !ok {
					s.vocab[pt] = int32(len(s.vocab))
				}
			}
		}
	}
	for _, ws := range extra {
		for _, w := range ws {
			if _, ok := s.vocab[w]; !ok {
				s.vocab[w] = int32(len(s.vocab))
			}
		}
	}
	s.marked = make([]uint8, len(s.vocab))
	for k, ws := range extra {
		for _, w := range ws {
			s.marked[s.vocab[w]] |= 1 << k
		}
	}
	s.ids = newIDTable(s.vocab)
	s.starts = make([][]start, len(s.vocab))
	// whole is the start of phrase k of table t that matches from its
	// first token; after its first word (and its second, by next) when
	// known is set
	whole := func(t, k int, known bool) start {
		pts := tables[t].phrases[k].toks
		st := start{ref: ref{t, k}, next: -1, rest: pts}
		if len(pts) > 1 && plain(pts[1]) {
			st.next = s.vocab[pts[1]]
		}
		if known {
			st.rest = pts[1:]
			if st.next >= 0 {
				st.rest = pts[2:]
			}
		}
		return st
	}
	for t, x := range tables {
		for w, ks := range x.byStem {
			p := pairOf(w)
			s.stems[p/64] |= 1 << (p % 64)
			for _, k := range ks {
				s.byStem[w] = append(s.byStem[w], whole(t, k, false))
			}
		}
		for _, k := range x.numbers {
			s.numbers = append(s.numbers, whole(t, k, false))
		}
		// the phrases each vocabulary word can start, in (table, phrase)
		// order as the tables are walked in order
		for k, p := range x.phrases {
			first := p.toks[0]
			if plain(first) { // the one word it is
				id := s.vocab[first]
				s.starts[id] = append(s.starts[id], whole(t, k, true))
				continue
			}
			for w, id := range s.vocab {
				switch {
				case first == numberToken && isNumberWord(w),
					strings.HasSuffix(first, "*") && strings.HasPrefix(w, first[:len(first)-1]):
				default:
					continue
				}
				s.starts[id] = append(s.starts[id], whole(t, k, true))
			}
		}
	}
	s.at = make([]int32, len(s.starts)+1)
	for id, rs := range s.starts {
		s.at[id] = int32(len(s.flat))
		for _, r := range rs {
			s.flat = append(s.flat, r)
			s.nexts = append(s.nexts, r.next)
		}
	}
	s.at[len(s.starts)] = int32(len(s.flat))
	less := func(a, b start) int {
		if a.t != b.t {
			return a.t - b.t
		}
		return a.k - b.k
	}
	for _, rs := range s.byStem {
		slices.SortFunc(rs, less)
	}
	for w := range s.stems {
		s.stemRank[w] = uint16(len(s.stemLists))
		for b := range 64 {
			if s.stems[w]&(1<<b) != 0 {
				p := w*64 + b
				s.stemLists = append(s.stemLists, s.byStem[string([]byte{byte(p >> 8), byte(p)})])
			}
		}
	}
	return s
}

// stemList returns byStem's list for the key of pairOf p, which must be
// one of its keys.
func (s *tableSet) stemList(p int) []start {
	word := s.stems[p/64]
	return s.stemLists[int(s.stemRank[p/64])+bits.OnesCount64(word&(1<<(p%64)-1))]
}

// pairOf is the first two bytes of w as a number.
func pairOf(w string) int { return int(w[0])<<8 | int(w[1]) }

// maxTables bounds the tables of a set, so that find counts on the stack.
const maxTables = 32

// tagged is a hit of table t.
type tagged struct {
	t int
	hit
}

// findScratch is find's scratch: the Linker is shared by goroutines, so
// scratch cannot live on it.
type findScratch struct {
	all []tagged
	ids []int32
	// scanInto's marks of a gazetteer walk
	marks [16]donors.Mark
}

var findPool = sync.Pool{New: func() any { return new(findScratch) }}

// find sets out[t] to what table t's find would return. The lists share
// one allocation, sized exactly. It leaves the tokens' vocabulary ids in
// sc.ids, -1 for a word outside it.
func (s *tableSet) find(toks []token, out [][]hit, sc *findScratch) { s.findInto(toks, out, sc, nil) }

// findInto is find, with the lists carved from the end of *buf, which it
// grows, when buf is not nil: Link keeps one such buffer for a document,
// rather than an allocation per sentence. Each list's capacity is cut at
// its length, so an append to one copies.
func (s *tableSet) findInto(toks []token, out [][]hit, sc *findScratch, buf *[]hit) {
	all := sc.all[:0]
	ids := slices.Grow(sc.ids[:0], len(toks))[:len(toks)]
	for i := range toks {
		ids[i] = s.ids.get(toks[i].low)
	}
	for i := range toks {
		if id := ids[i]; id >= 0 {
			next := int32(-2) // the id of the word after, none of a phrase's
			if i+1 < len(toks) {
				next = ids[i+1]
			}
			for k := s.at[id]; k < s.at[id+1]; k++ {
				j := i + 1 // the first token rest matches
				if nx := s.nexts[k]; nx >= 0 {
					if nx != next {
						continue
					}
					j++
				}
				st := &s.flat[k]
				if len(st.rest) > 0 {
					var ok bool
					if j, ok = matchFrom(st.rest, toks, j); !ok {
						continue
					}
				}
				all = append(all, tagged{st.t, hit{from: i, to: j, idx: st.k}})
			}
			continue
		}
		// a word no phrase holds: only a prefix or a number starts here
		w := toks[i].low
		var lists [2][]start
		if len(w) >= 2 {
			if p := pairOf(w); s.stems[p/64]&(1<<(p%64)) != 0 {
				lists[0] = s.stemList(p)
			}
		}
		if len(s.numbers) > 0 && isNumberWord(w) {
			lists[1] = s.numbers
		}
		if len(lists[0]) == 0 || len(lists[1]) == 0 {
			// one list, already in table order: most such words start
			// no number, and the merge below costs more than the matching
			all = s.fromStarts(all, toks, ids, i, lists[0])
			all = s.fromStarts(all, toks, ids, i, lists[1])
			continue
		}
		for {
			best := -1
			for j := range lists {
				if len(lists[j]) > 0 && (best < 0 || lists[j][0].t < lists[best][0].t ||
					lists[j][0].t == lists[best][0].t && lists[j][0].k < lists[best][0].k) {
					best = j
				}
			}
			if best < 0 {
				break
			}
			r := lists[best][0]
			lists[best] = lists[best][1:]
			if r.next >= 0 && (i+1 >= len(toks) || ids[i+1] != r.next) {
				continue // its second word is not there
			}
			if e, ok := matchFrom(r.rest, toks, i); ok {
				all = append(all, tagged{r.t, hit{from: i, to: e, idx: r.k}})
			}
		}
	}
	var n [maxTables]int
	for _, h := range all {
		n[h.t]++
	}
	var backing []hit
	switch {
	case len(all) == 0:
	case buf != nil:
		b := slices.Grow(*buf, len(all))
		at := len(b)
		b = b[:at+len(all)]
		backing, *buf = b[at:], b
	default:
		backing = make([]hit, len(all))
	}
	off := 0
	for t := range out {
		out[t] = nil
		if n[t] > 0 {
			out[t] = backing[off : off : off+n[t]]
			off += n[t]
		}
	}
	for _, h := range all {
		out[h.t] = append(out[h.t], h.hit)
	}
	sc.all, sc.ids = all, ids
}

// fromStarts appends the matches at token i of the phrases rs, which match
// from their first token, in the order of rs.
func (s *tableSet) fromStarts(all []tagged, toks []token, ids []int32, i int, rs []start) []tagged {
	for k := range rs {
		r := &rs[k]
		if r.next >= 0 && (i+1 >= len(toks) || ids[i+1] != r.next) {
			continue // its second word is not there
		}
		if e, ok := matchFrom(r.rest, toks, i); ok {
			all = append(all, tagged{r.t, hit{from: i, to: e, idx: r.k}})
		}
	}
	return all
}
