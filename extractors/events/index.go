package events

import (
	"slices"
	"strings"
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
		if e, ok := x.phrases[k].match(toks, i, isNumberWord); ok {
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

// tableSet finds the matches of several tables in one pass: one lookup per
// token for all of them, rather than one per table.
type tableSet struct {
	tables  []*phraseIndex
	byWord  map[string][]ref
	byStem  map[string][]ref
	numbers []ref
}

// ref is phrase k of table t.
type ref struct{ t, k int }

func newTableSet(tables ...*phraseIndex) *tableSet {
	s := &tableSet{tables: tables, byWord: map[string][]ref{}, byStem: map[string][]ref{}}
	for t, x := range tables {
		for w, ks := range x.byWord {
			for _, k := range ks {
				s.byWord[w] = append(s.byWord[w], ref{t, k})
			}
		}
		for w, ks := range x.byStem {
			for _, k := range ks {
				s.byStem[w] = append(s.byStem[w], ref{t, k})
			}
		}
		for _, k := range x.numbers {
			s.numbers = append(s.numbers, ref{t, k})
		}
	}
	// each list in (table, phrase) order, so that the merge below keeps
	// every table's matches in its own order
	less := func(a, b ref) int {
		if a.t != b.t {
			return a.t - b.t
		}
		return a.k - b.k
	}
	for _, m := range []map[string][]ref{s.byWord, s.byStem} {
		for _, rs := range m {
			slices.SortFunc(rs, less)
		}
	}
	return s
}

// find returns, for each table, what its find would.
func (s *tableSet) find(toks []token) [][]hit {
	out := make([][]hit, len(s.tables))
	for i := range toks {
		w := toks[i].low
		var lists [3][]ref
		lists[0] = s.byWord[w]
		if len(w) >= 2 {
			lists[1] = s.byStem[w[:2]]
		}
		if len(s.numbers) > 0 && isNumberWord(w) {
			lists[2] = s.numbers
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
			if e, ok := s.tables[r.t].phrases[r.k].match(toks, i, isNumberWord); ok {
				out[r.t] = append(out[r.t], hit{from: i, to: e, idx: r.k})
			}
		}
	}
	return out
}
