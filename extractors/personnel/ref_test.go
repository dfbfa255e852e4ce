package personnel

import (
	"fmt"
	"math/rand"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/extractors/internal/cuewin"
	wordsplit "github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/extractors/numbers"
	"github.com/aidextract/aidextract/pipeline/model"
)

// The reference: Extract as it was before words were split lazily, from
// the head of each count.

// words splits text into st.ws.
func (st *sentence) refWords(text string) []word {
	out := st.ws[:0]
	lowBuf, ascii := wordsplit.LowerASCII(nil, text)
	// one string for the sentence, which the words slice
	low := ""
	if ascii {
		low = string(lowBuf)
	}
	for i := 0; ; {
		w, next, ok := wordsplit.Next(text, i)
		if !ok {
			break
		}
		i = next
		lw := ""
		if ascii {
			lw = low[w.Start:w.End]
		} else {
			lw = strings.ToLower(text[w.Start:w.End])
		}
		out = append(out, word{start: w.Start, end: w.End, lead: w.Lead, trail: w.Trail, low: lw})
	}
	st.ws = out
	return out
}

// nounAt returns the longest noun of who.tsv that starts at word i: its
// end (exclusive word index) and entry.
func (e *Extractor) refNounAt(ws []word, text string, i int) (int, noun, bool) {
	if f, ok := firstField(ws[i].low); ok && !e.firsts[f] {
		return 0, noun{}, false
	}
	var buf [64]byte
	for n := min(e.longest, len(ws)-i); n >= 1; n-- {
		ok := true
		for k := i; k < i+n-1; k++ {
			if breaks(ws[k].trail) || breaks(ws[k+1].lead) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		phrase := text[ws[i].start:ws[i+n-1].end]
		if key, ascii := wordsplit.FoldASCII(buf[:0], phrase); ascii {
			if nn, found := e.nouns[string(key)]; found {
				return i + n, nn, true
			}
		} else if nn, found := e.nouns[fold(phrase)]; found {
			return i + n, nn, true
		}
	}
	return 0, noun{}, false
}

// Extract implements model.Extractor.
func (e *Extractor) refExtract(d *model.Doc, s model.Sentence) []model.Mention {
	if d == nil || d.View == nil || s.Start < 0 || s.End > len(d.View.Text) || s.Start >= s.End {
		return nil
	}
	text := d.View.Text[s.Start:s.End]
	counts := e.counts.ScanShared(text) // read only
	if len(counts) == 0 {
		return nil // most sentences: no need to split them into words
	}
	st := sentences.Get().(*sentence)
	defer st.release()
	ws := st.refWords(text)
	var out []model.Mention
	var tx *cuewin.Text
	for _, c := range counts {
		start, end, who, nn, rule, ok := e.refHead(ws, text, c)
		if !ok && bracketed(text, c) {
			// the last noun before the count, by every word
			for i := range ws {
				if ws[i].start >= c.Start {
					break
				}
				if nEnd, found, yes := e.refNounAt(ws, text, i); yes && ws[nEnd-1].end <= c.Start {
					start, end, nn, rule, ok = c.Start, c.End, found, RuleBracket, true
					who = text[ws[i].start:ws[nEnd-1].end]
				}
			}
		}
		if k := numberTo(text, c); !ok && k >= 0 {
			// the last noun before the count's qualifier, after "number of"
			for i := range ws {
				if ws[i].start >= c.QualStart {
					break
				}
				if nEnd, found, yes := e.refNounAt(ws, text, i); yes && ws[nEnd-1].end <= c.QualStart && ws[i].start > k {
					start, end, nn, rule, ok = c.Start, c.End, found, RuleCount, true
					who = text[ws[i].start:ws[nEnd-1].end]
				}
			}
		}
		if !ok && len(out) > 0 && runningTotal(text, c) {
			out = append(out, totalOf(out[len(out)-1], s, c))
			continue
		}
		if !ok || nn.role == notPeople {
			continue
		}
		p := &model.Personnel{Qualifier: c.Qualifier, Vague: c.Vague, Who: who}
		if c.HasValue {
			p.Quantity, p.HasQuantity, p.QuantityMax = int64(c.Value), true, int64(c.Max)
		}
		if tx == nil {
			tx = cuewin.NewText(text, e.cueSet)
		}
		p.Role = e.role(tx, c.QualStart, end, nn.role)
		if rule == RuleKilled {
			p.Role = "casualties"
		}
		out = append(out, model.Mention{Kind: model.KindPersonnel, Start: s.Start + start, End: s.Start + end, Sentence: s.Index,
			Rule: fmt.Sprintf("%s@who.tsv:%d", rule, nn.line), Personnel: p})
	}
	return out
}

// head finds the people a count counts: the noun phrase after it, which
// must end in a noun of who.tsv ("10,000 Ukrainian soldiers"), or a
// casualty verb right after a bare count ("over 20 were killed").
func (e *Extractor) refHead(ws []word, text string, c numbers.Count) (start, end int, who string, nn noun, rule string, ok bool) {
	if c.HeadStart >= len(text) {
		return
	}
	if c.HasValue {
		if !cuewin.StartsWithFold(text[c.End:], " \t\n\f\r", "were", "was", "have", "had", "has", "are", "got") {
			// casualtyVerb cannot match
		} else if m := casualtyVerb.FindStringSubmatchIndex(text[c.End:]); m != nil && c.HeadStart == c.End+strings.IndexFunc(text[c.End:], func(r rune) bool { return r != ' ' }) {
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
		if casualtyAfter(text, c) {
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
		if n := othersAfterCasualty(text, c); n > 0 {
			return c.Start, n, "others", noun{role: "casualties"}, RuleKilled, true
		}
		if bareAfterCasualty(text, c) {
			return c.Start, c.End, "", noun{role: "casualties"}, RuleKilled, true
		}
	}
	// only the first word that starts at or after HeadStart can be the
	// first of the phrase: words come in text order
	t := sort.Search(len(ws), func(i int) bool { return ws[i].start >= c.HeadStart })
	if t == len(ws) {
		return
	}
	if w := ws[t]; !(w.start == c.HeadStart || w.start-len(w.lead) == c.HeadStart && !strings.ContainsAny(w.lead, "([")) {
		return
	}
	rule = RuleCount
	// "two of them were British citizens", "one was a Moroccan national"
	if !cuewin.StartsWithFold(text[c.HeadStart:], "", "of ", "was ", "were ", "are ", "is ") {
		// copula cannot match
	} else if m := copula.FindStringIndex(text[c.HeadStart:]); m != nil {
		for t < len(ws) && ws[t].start < c.HeadStart+m[1] {
			t++
		}
		if t >= len(ws) {
			return
		}
		rule = RuleCopula
	}
	// walk up to seven words to the noun: "Ukrainian Armed Forces
	// personnel", "tank crew members", "\"North Korean mercenaries\"",
	// "Australian and New Zealand personnel"
	for i := t; i < len(ws) && i < t+8; i++ {
		w := ws[i]
		if i > t && acronymAside(w, text) {
			continue
		}
		if i > t && breaks(w.lead) || isNumber(w.low) {
			return
		}
		if e.stop[w.low] {
			if w.low == "and" && i > t && i+1 < len(ws) && (isUpper(ws[i+1].low, text[ws[i+1].start:]) || branchWords[ws[i-1].low] && branchWords[ws[i+1].low]) && !breaks(w.trail) {
				continue
			}
			return
		}
		if nEnd, found, yes := e.refNounAt(ws, text, i); yes {
			if found.role != "none" && i > t && modelName(ws[i-1].low) && ws[nEnd-1].low == "fighters" {
				return
			}
			for nEnd-1 > i && noLetters(ws[nEnd-1].low) {
				nEnd--
			}
			if !found.plural && c.Value > 1 && coordinatedAdjective(ws, nEnd) {
				return
			}
			last := ws[nEnd-1]
			// the noun heads the phrase only when nothing but a stop word,
			// punctuation or the end follows ("Ukrainian soldiers", not
			// "Ukrainian tanks")
			if nEnd == len(ws) || breaks(last.trail) || breaks(ws[nEnd].lead) || e.stop[ws[nEnd].low] || isNumber(ws[nEnd].low) ||
				found.plural && !e.refStartsNoun(ws, text, nEnd) && (!strings.HasSuffix(ws[nEnd].low, "s") || verbAfter(e, ws, nEnd)) {
				end := last.end
				if strings.HasPrefix(last.trail, "\"") && strings.HasPrefix(ws[t].lead, "\"") {
					end++
				}
				return c.Start, end, strings.Trim(text[ws[hedged(t, ws[t].low, i)].start:last.end], "\""), found, rule, true
			}
		}
		if breaks(w.trail) {
			return
		}
	}
	return
}

// startsNoun reports whether a noun of who.tsv starts at word i.
func (e *Extractor) refStartsNoun(ws []word, text string, i int) bool {
	_, _, ok := e.refNounAt(ws, text, i)
	return ok
}

func compareRef(t *testing.T, e *Extractor, text string) {
	t.Helper()
	d := model.Prepare(&model.Document{ID: "x", Text: text})
	for _, s := range d.Sentences {
		got, want := e.Extract(d, s), e.refExtract(d, s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %+v\nwant %+v", d.View.Text[s.Start:s.End], got, want)
		}
	}
}

// TestLazyWordsSameAsAll: Extract finds what the reference finds, on the
// reference article and on random sentences of counts, nouns, stop words,
// punctuation and spaces.
func TestLazyWordsSameAsAll(t *testing.T) {
	e := newExtractor(t)
	if raw, err := os.ReadFile("../../testdata/corpus/seed.txt"); err == nil {
		compareRef(t, e, string(raw))
	}
	for _, c := range corpus {
		compareRef(t, e, c.in)
	}
	var vocab []string
	for k := range e.nouns {
		vocab = append(vocab, k, strings.ToUpper(k[:1])+k[1:], strings.ReplaceAll(k, " ", "-"))
	}
	for k := range e.stop {
		vocab = append(vocab, k)
	}
	sort.Strings(vocab)
	vocab = append(vocab, "Ukrainian", "North", "Korean", "British", "were", "was", "killed", "wounded", "of", "them", "is", "an", "a",
		"trained", "deployed", "thousands", "dozens", "about", "over", "more", "than", "up", "to", "some", "nearly", "and", "or",
		"10", "2,000", "35", "1.5", "two", "Six", "hundreds", "12", "300,000", "é", "Ünder", "tanks", "carriers", "(", ")", "\"", "'",
		";", ",", ".", "[", "]", "-", "—", "personnel", "crew", "members", "Armed", "Forces")
	rng := rand.New(rand.NewSource(1))
	seps := []string{" ", " ", " ", " ", "  ", "\n", "\u00a0", "\u2003", ", ", "\"", " (", ") ", "; ", "-", "\t"}
	n := 30000
	if testing.Short() {
		n = 3000
	}
	for k := 0; k < n; k++ {
		var b strings.Builder
		for w := rng.Intn(25); w >= 0; w-- {
			b.WriteString(vocab[rng.Intn(len(vocab))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		compareRef(t, e, b.String())
	}
}

var _ = wordsplit.Next
var _ = cuewin.NewText
var _ numbers.Count

func TestRuleName(t *testing.T) {
	e := newExtractor(t)
	for line := -1; line < len(e.rules)+3; line++ {
		for _, id := range append(ruleIDs[:], "personnel/other") {
			if got, want := e.ruleName(id, line), fmt.Sprintf("%s@who.tsv:%d", id, line); got != want {
				t.Errorf("ruleName(%q, %d) = %q, want %q", id, line, got, want)
			}
		}
	}
}

// FuzzSameAsRef compares Extract with the reference on any text.
func FuzzSameAsRef(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		compareRef(t, e, text)
	})
}
