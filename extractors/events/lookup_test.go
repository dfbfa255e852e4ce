package events

import (
	"cmp"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/pipeline/model"
)

// The per-statement lookups of lookup.go against the loops they replaced,
// kept here as the reference, on random sentences and spans.

// randSentence makes a sentence of random words, clause cuts, actors,
// hits (in token order, as find makes them), dates and items (in text
// order or not).
func randSentence(r *rand.Rand, l *Linker) *sentence {
	vocab := []string{"x", "y", "and", "to", "the", "but", "from", "of", "while"}
	n := 1 + r.IntN(60)
	var sb strings.Builder
	toks := make([]token, n)
	for i := range n {
		if i > 0 {
			switch r.IntN(8) {
			case 0:
				sb.WriteString("; ")
			case 1:
				sb.WriteString(", ")
			default:
				sb.WriteString(" ")
			}
		}
		w := vocab[r.IntN(len(vocab))]
		toks[i] = token{start: sb.Len(), end: sb.Len() + len(w), low: w}
		sb.WriteString(w)
	}
	t := sb.String()
	st := &sentence{s: model.Sentence{Start: 0, End: len(t)}, toks: toks, text: t}
	for i := range len(t) {
		if t[i] == ';' {
			st.cuts = append(st.cuts, i)
		}
	}
	hits := func(tableLen, density int) []hit {
		var hs []hit
		for i := range n {
			for r.IntN(density) == 0 {
				hs = append(hs, hit{from: i, to: min(n, i+1+r.IntN(3)), idx: r.IntN(tableLen)})
			}
		}
		return hs
	}
	st.trig = hits(len(l.data.triggers), 3)
	st.cues = hits(len(l.data.cues), 4)
	st.pkgs = hits(len(l.data.packages), 8)
	for i := 0; i < n; i++ {
		if r.IntN(4) == 0 {
			to := min(n, i+1+r.IntN(2))
			st.actors = append(st.actors, actor{from: i, to: to, group: t[toks[i].start:toks[to-1].end]})
			i = to
		}
	}
	precs := []string{model.Day, model.Month, model.Quarter, model.Year}
	mods := []string{"", "", "", "since", "by", "as_of"}
	for range r.IntN(3 * fewDates) { // few or many: see datesIndex
		tk := toks[r.IntN(n)]
		st.dates = append(st.dates, &model.Mention{Start: tk.start, End: tk.end, Date: &model.Date{
			Y: 2023, M: 1 + r.IntN(12), Precision: precs[r.IntN(len(precs))], Modifier: mods[r.IntN(len(mods))]}})
	}
	for range r.IntN(12) {
		tk := toks[r.IntN(n)]
		st.items = append(st.items, &model.Mention{Start: tk.start, End: tk.end, Materiel: &model.Materiel{}})
	}
	if r.IntN(2) == 0 {
		byStart := func(a, b *model.Mention) int { return cmp.Compare(a.Start, b.Start) }
		slices.SortStableFunc(st.dates, byStart)
		slices.SortStableFunc(st.items, byStart)
	}
	return st
}

// randSpan is a byte span of st, at times empty or reversed.
func randSpan(r *rand.Rand, st *sentence) (int, int) {
	a, b := r.IntN(st.s.End+2)-1, r.IntN(st.s.End+2)-1
	if r.IntN(4) != 0 && a > b {
		a, b = b, a
	}
	return a, b
}

func forRandom(t *testing.T, fn func(r *rand.Rand, l *Linker, st *sentence)) {
	t.Helper()
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		fn(r, l, randSentence(r, l))
	}
}

func refClauseOf(st *sentence, pos int) (int, int) {
	start, end := st.s.Start, st.s.End
	for _, c := range st.cuts {
		if c < pos {
			start = c + 1
		} else {
			end = c
			break
		}
	}
	return start, end
}

func TestClauseOfMatchesLoop(t *testing.T) {
	forRandom(t, func(r *rand.Rand, l *Linker, st *sentence) {
		for pos := -1; pos <= st.s.End+1; pos++ {
			a, b := st.clauseOf(pos)
			if ra, rb := refClauseOf(st, pos); a != ra || b != rb {
				t.Fatalf("clauseOf(%d) = %d, %d; want %d, %d (cuts %v)", pos, a, b, ra, rb, st.cuts)
			}
		}
	})
}

func refStrongest(l *Linker, st *sentence, from, to int, forMoney bool) int {
	best, bs := -1, 0
	for k, h := range st.trig {
		if st.toks[h.from].start < from || st.toks[h.to-1].end > to {
			continue
		}
		tr := l.data.triggers[h.idx]
		if tr.kind == kindContents || forMoney && tr.kind == KindTotal {
			continue
		}
		if tr.strength > bs || tr.strength == bs && best >= 0 && h.from == st.trig[best].from && h.to > st.trig[best].to {
			best, bs = k, tr.strength
		}
	}
	return best
}

func TestStrongestMatchesLoop(t *testing.T) {
	forRandom(t, func(r *rand.Rand, l *Linker, st *sentence) {
		for range 20 {
			from, to := randSpan(r, st)
			for _, forMoney := range []bool{false, true} {
				if got, want := l.strongest(st, from, to, forMoney), refStrongest(l, st, from, to, forMoney); got != want {
					t.Fatalf("strongest(%d, %d, %v) = %d; want %d", from, to, forMoney, got, want)
				}
			}
			if got, want := st.anyTrigger(l, from, to), refStrongest(l, st, from, to, false) >= 0; got != want {
				t.Fatalf("anyTrigger(%d, %d) = %v; want %v", from, to, got, want)
			}
		}
	})
}

// refParts is parts with the loops it had: strongest over all triggers,
// and a scan of all of them for the next.
func refParts(l *Linker, st *sentence, cs, ce int, t string) []int {
	out := []int{cs}
	for ai, a := range st.actors {
		as := st.toks[a.from].start
		if as <= cs || as >= ce || a.from == 0 {
			continue
		}
		if refStrongest(l, st, out[len(out)-1], as, false) < 0 && !st.itemAt(a.to) {
			continue
		}
		next := -1
		for k, h := range st.trig {
			if h.from >= a.to {
				if h.from <= a.to+3+st.dateToks(a.to, h.from) && st.toks[h.from].start < ce {
					next = k
				}
				break
			}
		}
		if next < 0 && !st.itemAt(a.to) {
			continue
		}
		if next >= 0 && l.data.triggers[st.trig[next].idx].kind == kindContents {
			continue
		}
		switch st.toks[a.from-1].low {
		case "to", "in", "at", "into", "from", "of", "for", "with", "by", "against", "via":
			continue
		}
		if st.inList(ai, t) && (next >= 0 || !st.itemAt(a.to)) && !(next >= 0 && st.receiverBefore(ai, t)) {
			continue
		}
		before := a.from - 1
		if st.toks[before].low == "the" && before > 0 {
			before-- // "and the Netherlands"
		}
		joined := st.joinsAt(before, out[len(out)-1], t)
		if j := st.dateEndingAt(before); !joined && j > 0 && st.joinsAt(j-1, out[len(out)-1], t) {
			joined, as = true, st.toks[j].start
		}
		if joined && as > out[len(out)-1] {
			out = append(out, as)
		}
	}
	return l.verbParts(out, st, cs, ce)
}

func TestPartsMatchesLoop(t *testing.T) {
	forRandom(t, func(r *rand.Rand, l *Linker, st *sentence) {
		for range 10 {
			cs, ce := randSpan(r, st)
			cs = max(cs, 0)
			if got, want := l.parts(st, cs, ce, st.text), refParts(l, st, cs, ce, st.text); !slices.Equal(got, want) {
				t.Fatalf("parts(%d, %d) = %v; want %v", cs, ce, got, want)
			}
		}
	})
}

func TestItemsInMatchesLoop(t *testing.T) {
	forRandom(t, func(r *rand.Rand, l *Linker, st *sentence) {
		for range 20 {
			from, to := randSpan(r, st)
			// the same items, in no matter which order
			var want []*model.Mention
			for _, m := range st.items {
				if m.Start >= from && m.Start < to {
					want = append(want, m)
				}
			}
			got := slices.Clone(st.itemsIn(from, to))
			byAddr := func(a, b *model.Mention) int { return cmp.Compare(a.End*1000+a.Start, b.End*1000+b.Start) }
			slices.SortStableFunc(got, byAddr)
			slices.SortStableFunc(want, byAddr)
			if !slices.Equal(got, want) {
				t.Fatalf("itemsIn(%d, %d) = %v; want %v", from, to, got, want)
			}
		}
	})
}

// refAidType is aidType with its collect scanning the whole sentence.
func refAidType(l *Linker, st *sentence, sm *statement) string {
	const (
		military     = aidMilitaryBit
		financial    = aidFinancialBit
		humanitarian = aidHumanitarianBit
		training     = aidTrainingBit
	)
	collect := func(from, to int) int {
		seen := 0
		armsAt, trainAt, listedAt := to, to, false
		for _, h := range st.cues {
			if st.toks[h.from].start >= from && st.toks[h.to-1].end <= to {
				masked := false
				for _, o := range st.cues {
					if o != h && st.toks[o.from].start >= from && o.from <= h.from && o.to >= h.to && masks(l.data.cues[o.idx].aidType, o, h) {
						masked = true
					}
				}
				if !masked && !besides(st.toks, h.from) {
					b := aidTypeBit(l.data.cues[h.idx].aidType)
					if b == training && seen&training == 0 {
						trainAt, listedAt = st.toks[h.from].start, trainingInList(st, h.from)
					}
					if b == military && seen&military == 0 {
						armsAt = st.toks[h.from].start
					}
					seen |= b
				}
			}
		}
		civil, other := false, false
		firstOther := to
		for _, m := range st.items {
			if m.Start >= from && m.Start < to {
				if l.civilItem(m) {
					civil = true
				} else {
					other = true
					firstOther = min(firstOther, m.Start)
				}
			}
		}
		if other {
			seen |= military
		}
		if listedAt && min(armsAt, firstOther) < trainAt || firstOther < trainAt {
			seen |= aidArmsFirstBit
		}
		for _, h := range st.pkgs {
			if p := l.data.packages[h.idx]; p.numbered && p.donor == "" && (seen&(financial|humanitarian) != 0 || l.ordinalBefore(st, h.from, st.text) == 0 || st.namesOrganisation()) {
				continue
			}
			if st.toks[h.from].start >= from && st.toks[h.to-1].end <= to {
				seen |= military
				break
			}
		}
		if civil && !other {
			seen |= aidCivilBit
			if seen == aidCivilBit {
				seen = humanitarian
			}
		}
		return seen
	}
	cs, ce := refClauseOf(st, sm.pos)
	seen := 0
	if sm.to > sm.from && (sm.from > cs || sm.to < ce) {
		seen = collect(sm.from, sm.to)
	}
	if seen == 0 {
		seen = collect(cs, ce)
	} else if seen&(military|financial|humanitarian|training) == 0 && seen&aidMeansBit != 0 && (sm.from > cs || sm.to < ce) {
		if c := collect(cs, ce); c&(military|financial|humanitarian|training) != 0 {
			seen = c
		}
	}
	if seen == 0 {
		seen = collect(st.s.Start, st.s.End)
	}
	if seen&aidUseBit != 0 && seen&(military|financial|humanitarian|aidMeansBit) == 0 {
		seen |= aidCivilBit
	}
	if seen&aidGearBit != 0 && seen&aidCivilBit == 0 {
		seen |= military
	}
	if seen&aidCivilBit != 0 && seen&military == 0 {
		seen |= humanitarian
	}
	if seen&aidMeansBit != 0 && seen&(military|humanitarian|training) == 0 {
		seen |= financial
	}
	has := func(b int) bool { return seen&b != 0 }
	switch {
	case bits.OnesCount(uint(seen&(military|financial|humanitarian))) > 1:
		return AidMixed
	case has(training) && !has(financial) && !has(humanitarian):
		if has(military) && (sm.money != nil || has(aidArmsFirstBit)) {
			return AidMilitary
		}
		return AidTraining
	case has(military):
		return AidMilitary
	case has(financial):
		return AidFinancial
	case has(humanitarian):
		return AidHumanitarian
	}
	return AidUnspecified
}

// masks reports whether cue o of aid type a covers cue h it spans: none
// and civil cues cover all they span, means cues only shorter ones.
func masks(a string, o, h hit) bool {
	return a == cueNone || a == cueCivil || a == cueMeans && o.to-o.from > h.to-h.from
}

func TestAidTypeMatchesLoop(t *testing.T) {
	money := &model.Mention{Money: &model.Money{}}
	forRandom(t, func(r *rand.Rand, l *Linker, st *sentence) {
		// statements in text order, as sentenceEvents asks, then any
		pos := make([]int, 30)
		for k := range pos {
			pos[k] = r.IntN(st.s.End + 1)
		}
		slices.Sort(pos[:20])
		for _, p := range pos {
			sm := &statement{pos: p}
			if r.IntN(2) == 0 {
				sm.money = money
			}
			if r.IntN(2) == 0 {
				// a segment of the clause around pos
				cs, ce := refClauseOf(st, p)
				sm.from = cs + r.IntN(max(p-cs, 0)+1)
				sm.to = p + r.IntN(max(ce-p, 0)+1)
			}
			got, _ := l.aidType(st, sm)
			if want := refAidType(l, st, sm); got != want {
				t.Fatalf("aidType(pos %d) = %q; want %q", p, got, want)
			}
		}
	})
}

// refDateFor is dateFor with its loop over all of the sentence's dates.
func refDateFor(d *model.Doc, st *sentence, sm *statement, c claims, all []*model.Mention, heads []int) *model.Date {
	t := d.View.Text
	cs, ce := sm.from, sm.to
	total := sm.kind == KindTotal
	var asOf, own, ownAfter, earlier, earlierBound, since *model.Mention
	better := func(cur, m *model.Mention) bool { return cur == nil || rank(m.Date) >= rank(cur.Date) }
	for k, m := range st.dates {
		if m.Date.Modifier == "since" {
			if since == nil {
				since = m
			}
			continue
		}
		if !c.mine(m) {
			continue
		}
		if sinceLike(st.text, m) {
			continue
		}
		bound := st.dateBound(k)
		if bound && asOf == nil && m.Start >= sm.from && m.Start < sm.to && (m.Start <= sm.pos || total) {
			asOf = m
		}
		switch {
		case m.Start >= cs && m.Start < ce && m.Start <= sm.pos:
			if better(own, m) {
				own = m
			}
		case m.Start >= cs && m.Start < ce:
			if ownAfter == nil {
				ownAfter = m
			}
		case m.Start < cs && bound:
			if better(earlierBound, m) {
				earlierBound = m
			}
		case m.Start < cs:
			if better(earlier, m) {
				earlier = m
			}
		}
	}
	if since != nil && !c.mine(since) {
		since = nil
	}
	m := cmp.Or(asOf, own, ownAfter, earlier, earlierBound, since)
	if m != nil {
		return endOf(m.Date, total)
	}
	if m = narrativeDate(t, st, all, heads); m != nil {
		return notAfterDoc(d, endOf(m.Date, false))
	}
	return docDate(d)
}

func TestDateForMatchesLoop(t *testing.T) {
	forRandom(t, func(r *rand.Rand, l *Linker, st *sentence) {
		d := &model.Doc{View: model.NewView(st.text)}
		st.view = d.View
		for range 20 {
			from, to := randSpan(r, st)
			sm := &statement{from: from, to: to, pos: r.IntN(st.s.End + 1)}
			if r.IntN(3) == 0 {
				sm.kind = KindTotal
			}
			c := noClaims
			if r.IntN(2) == 0 {
				// as claimed makes them: lo <= hi, and to after pos and
				// the segment's start
				c.lo, c.hi = randSpan(r, st)
				c.lo, c.hi = min(c.lo, c.hi), max(c.lo, c.hi)
				c.to = max(sm.pos, sm.from) + 1 + r.IntN(st.s.End+2)
			}
			got, want := l.dateWithin(d, st, sm, c, st.dates, nil), refDateFor(d, st, sm, c, st.dates, nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("dateWithin(%+v, %+v) = %+v; want %+v", *sm, c, got, want)
			}
		}
	})
}
