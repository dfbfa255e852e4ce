package events

import (
	"cmp"
	"slices"
	"sort"

	"github.com/aidextract/aidextract/pipeline/model"
)

// Per-sentence indexes for the lookups every statement makes. A sentence
// can hold a thousand amounts, each a statement: scanning all of the
// sentence's triggers, cues, dates and items per statement made such a
// sentence quadratic. Hits come in token order (tableSet.find), so a byte
// span is a range of them; mentions are indexed by their start.

// hitsFrom returns the index of the first hit of hs whose first token
// starts at or after byte pos: hs is in token order.
func (st *sentence) hitsFrom(hs []hit, pos int) int {
	return sort.Search(len(hs), func(k int) bool { return st.toks[hs[k].from].start >= pos })
}

// hitsIn returns the range [lo, hi) of hs that starts in the byte span
// [from, to). A hit that ends inside the span starts inside it, so the
// hits within the span are among these.
func (st *sentence) hitsIn(hs []hit, from, to int) (int, int) {
	lo := st.hitsFrom(hs, from)
	return lo, lo + st.hitsFrom(hs[lo:], to)
}

// itemsSorted returns st.items in order of start: itself when it is (it
// usually is), else a stable sort of it, made once.
func (st *sentence) itemsSorted() []*model.Mention {
	byStart := func(a, b *model.Mention) int { return cmp.Compare(a.Start, b.Start) }
	if st.itemsBy == nil {
		st.itemsBy = st.items
		if !slices.IsSortedFunc(st.items, byStart) {
			st.itemsBy = slices.Clone(st.items)
			slices.SortStableFunc(st.itemsBy, byStart)
		}
	}
	return st.itemsBy
}

// itemsIn returns the items that start in the byte span [from, to), in
// order of start.
func (st *sentence) itemsIn(from, to int) []*model.Mention {
	ms := st.itemsSorted()
	lo := mentionsFrom(ms, from)
	return ms[lo : lo+mentionsFrom(ms[lo:], to)]
}

// mentionsFrom returns the index of the first of ms, in order of start,
// that starts at or after pos.
func mentionsFrom(ms []*model.Mention, pos int) int {
	k, _ := slices.BinarySearchFunc(ms, pos, func(m *model.Mention, pos int) int { return cmp.Compare(m.Start, pos) })
	return k
}

// spanMemo remembers one answer for a byte span: the statements of a
// clause come one after another and ask about the same clause.
type spanMemo struct {
	from, to, v int
	ok          bool
}

func (m *spanMemo) get(from, to int) (int, bool) {
	return m.v, m.ok && m.from == from && m.to == to
}

func (m *spanMemo) set(from, to, v int) { *m = spanMemo{from, to, v, true} }

// dateIndex is what dateFor needs of the sentence's dates beyond those of
// a statement's segment, computed once.
type dateIndex struct {
	done bool
	// sorted: the dates come in order of start, and are many enough to
	// index. When they do not, dateFor scans them all, as the order
	// decides ties; a few it scans anyway, sparing an allocation.
	sorted bool
	// firstSince is the first "since" date; -1 none
	firstSince int
	// earlier[i] and earlierBound[i] are dateFor's choice among the
	// dates before i that do not bound and that bound; -1 none
	earlier, earlierBound []int32
}

// fewDates is as many dates as dateFor scans rather than index.
const fewDates = 8

// datesIndex returns the sentence's dateIndex.
func (st *sentence) datesIndex() *dateIndex {
	x := &st.dix
	if x.done {
		return x
	}
	n := len(st.dates)
	x.done, x.firstSince = true, -1
	x.sorted = n > fewDates && slices.IsSortedFunc(st.dates, func(a, b *model.Mention) int { return cmp.Compare(a.Start, b.Start) })
	for k, m := range st.dates {
		if m.Date.Modifier == "since" {
			x.firstSince = k
			break
		}
	}
	if x.sorted {
		// the same fold as dateFor's: the best rank, the last on a tie
		both := make([]int32, 2*(n+1)) // one allocation for the two
		x.earlier, x.earlierBound = both[:n+1], both[n+1:]
		x.earlier[0], x.earlierBound[0] = -1, -1
		for k, m := range st.dates {
			e, eb := x.earlier[k], x.earlierBound[k]
			if !st.dateSince(k) {
				if st.dateBound(k) {
					if eb < 0 || rank(m.Date) >= rank(st.dates[eb].Date) {
						eb = int32(k)
					}
				} else if e < 0 || rank(m.Date) >= rank(st.dates[e].Date) {
					e = int32(k)
				}
			}
			x.earlier[k+1], x.earlierBound[k+1] = e, eb
		}
	}
	return x
}

// dateAt returns st.dates[k], or nil for k < 0.
func (st *sentence) dateAt(k int32) *model.Mention {
	if k < 0 {
		return nil
	}
	return st.dates[k]
}

// fewTriggers is as many triggers as anyTrigger scans rather than index.
const fewTriggers = 8

// anyTrigger reports whether a trigger other than a contents marker lies
// within the byte span [from, to): whether strongest(st, from, to, false)
// finds one. Of the triggers that start in the span, the one that ends
// first decides: trigMinTo[k] is the least end token of those from k on.
func (st *sentence) anyTrigger(l *Linker, from, to int) bool {
	if len(st.trig) <= fewTriggers {
		return l.strongest(st, from, to, false) >= 0 // spares an allocation
	}
	if st.trigMinTo == nil {
		st.trigMinTo = make([]int, len(st.trig)+1)
		st.trigMinTo[len(st.trig)] = -1
		for k := len(st.trig) - 1; k >= 0; k-- {
			e := st.trigMinTo[k+1]
			if h := st.trig[k]; l.data.triggers[h.idx].kind != kindContents && (e < 0 || h.to < e) {
				e = h.to
			}
			st.trigMinTo[k] = e
		}
	}
	e := st.trigMinTo[st.hitsFrom(st.trig, from)]
	return e >= 0 && st.toks[e-1].end <= to
}
