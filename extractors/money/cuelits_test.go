package money

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCueLits checks litEnd against the backtracker it stands in for, on
// every word start of real and random clauses.
func TestCueLits(t *testing.T) {
	e := newExtractor(t)
	f := &e.cueFilter
	n := 0
	for i := range f.lits {
		if f.lits[i] != nil {
			n++
		}
	}
	if n < len(f.lits)/2 {
		t.Errorf("only %d of %d cues have spellings", n, len(f.lits))
	}
	texts := cueLitTexts(e)
	for _, s := range texts {
		checkCueLits(t, f, s)
	}
}

// cueLitTexts are the test texts: the cues' own spellings in varied case
// and surroundings, and random strings of their letters.
func cueLitTexts(e *Extractor) []string {
	f := &e.cueFilter
	var texts []string
	rng := rand.New(rand.NewSource(1))
	var all []string
	for _, ls := range f.lits {
		all = append(all, ls...)
	}
	for _, l := range all {
		for _, suffix := range []string{"", " ", "s", "_", "é", ",", "ly", "K", "\u212a", "ſ"} {
			texts = append(texts, l+suffix, strings.ToUpper(l)+suffix, "x "+l+suffix)
		}
	}
	const alphabet = "abcdefghiklmnoprstuvwyADEFKLNORST _,.-1"
	for range 5000 {
		var b strings.Builder
		for range rng.Intn(30) {
			if rng.Intn(3) == 0 {
				b.WriteString(all[rng.Intn(len(all))])
				continue
			}
			if rng.Intn(20) == 0 {
				b.WriteString("é")
				continue
			}
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func checkCueLits(t *testing.T, f *cueFilter, s string) {
	t.Helper()
	if strings.ContainsAny(s, "ſ\u212a") {
		return // the filter is never used on such clauses
	}
	for p := 0; p < len(s); p++ {
		if !isASCIIWord(s[p]) || p > 0 && isASCIIWord(s[p-1]) {
			continue
		}
		for i, ls := range f.lits {
			if ls == nil {
				continue
			}
			if got, want := litEnd(s[p:], ls), f.at[i].end(s[p:]); got != want {
				t.Fatalf("cue %d at %d of %q: litEnd %d, backtracker %d", i, p, s, got, want)
			}
		}
	}
}

func FuzzCueLits(f *testing.F) {
	e := newExtractor(f)
	for _, s := range cueLitTexts(e)[:200] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCueLits(t, &e.cueFilter, s)
	})
}
