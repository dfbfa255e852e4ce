package cuewin

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// naive is the plain computation the package stands for.
func naiveBefore(re *regexp.Regexp, text string, start, reach int) (int, bool) {
	lead := text[:start]
	if k := strings.LastIndexAny(lead, ";"); k >= 0 {
		lead = lead[k+1:]
	}
	ms := re.FindAllStringIndex(lead, -1)
	if ms == nil {
		return 0, false
	}
	n := len(strings.Fields(lead[ms[len(ms)-1][1]:]))
	return n, n <= reach
}

func naiveAfter(re *regexp.Regexp, text string, end, reach int) (int, bool) {
	tail := text[end:]
	if k := strings.IndexAny(tail, ";"); k >= 0 {
		tail = tail[:k]
	}
	m := re.FindStringIndex(tail)
	if m == nil {
		return 0, false
	}
	n := len(strings.Fields(tail[:m[0]]))
	return n, n <= reach
}

var testCues = []string{
	`kill(?:ed|ing|s)?|wounded|lost their lives|casualt(?:y|ies)`,
	`held|holds|hold|had in storage|in storage|available`,
	`per (?:day|week)|a (?:day|week)|daily`,
	`train(?:ed|ing|s)?|in Russia|to the front`,
	`stocks?|stockpiles?|s`,
	`\(x\)|-a|a-|\.`,
	`a\w*b`, // unbounded: no windows
	`ab|b`,
	`[a-c]x|q[^z]`,
	`(?:un)?train`,
}

// compileTestCues compiles testCues, anew for every set made of them (a
// set records its place in each cue).
func compileTestCues(tb testing.TB) []*Cue {
	tb.Helper()
	var cues []*Cue
	for _, p := range testCues {
		c, err := Compile(p)
		if err != nil {
			tb.Fatal(err)
		}
		cues = append(cues, c)
	}
	return cues
}

var pieces = []string{
	"killed", "Killed", "\u212Ailled", "kills", "held", "hold", "had in storage", "in storage", "storage",
	"per day", "a day", "a week", "daily", "trained", "in Russia", "to the front", "stock", "stocks",
	"stockpile", "s", "(x)", "-a", "a-", ".", "ab", "b", "a", "x", "500", "troops", "the", "and",
	" ", " ", " ", "  ", ";", ",", "-", "_", "é", "\u00a0", "\n", "'", "\"", "bx", "qa", "untrain", "\u017ftock", "TRAINED", "trainX",
}

func randText(r *rand.Rand) string {
	var b strings.Builder
	n := r.IntN(60)
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
		if r.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func TestSameAsPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cues := compileTestCues(t)
	for i, want := range [][]string{
		{"kil", "wou", "los", "cas"},
		{"hel", "hol", "had", "in ", "ava"},
	} {
		if !slicesEqualSet(cues[i].prefixes, want) {
			t.Errorf("prefixes of %q = %q, want %q", cues[i].re, cues[i].prefixes, want)
		}
	}
	if cues[6].maxLen >= 0 {
		t.Errorf("unbounded cue got maxLen %d", cues[6].maxLen)
	}
	set := NewSet(cues...)
	var reused Text // Reset from text to text: it must answer as a new one
	for range 5000 {
		s := randText(r)
		tx := NewText(s, set)
		switch r.IntN(4) {
		case 0:
			tx = NewText(s, NewSet()) // cues unknown to the set: no prefilter
		case 1, 2:
			reused.Reset(s, set)
			tx = &reused
		}
		for _, c := range cues {
			for range 4 {
				i, j := r.IntN(len(s)+1), r.IntN(len(s)+1)
				if i > j {
					i, j = j, i
				}
				reach := r.IntN(8)
				if n, ok := tx.Before(c, i, reach); true {
					wn, wok := naiveBefore(c.re, s, i, reach)
					if ok != wok || ok && n != wn {
						t.Fatalf("Before(%q, %q, %d, %d) = %d, %v; want %d, %v", c.re, s, i, reach, n, ok, wn, wok)
					}
				}
				if n, ok := tx.After(c, j, reach); true {
					wn, wok := naiveAfter(c.re, s, j, reach)
					if ok != wok || ok && n != wn {
						t.Fatalf("After(%q, %q, %d, %d) = %d, %v; want %d, %v", c.re, s, j, reach, n, ok, wn, wok)
					}
				}
			}
		}
	}
}

// BenchmarkThousandMentions asks about a thousand mentions of one long
// sentence: the time per mention must not grow with the sentence.
func BenchmarkThousandMentions(b *testing.B) {
	c, _ := Compile(testCues[3])
	var sb strings.Builder
	for i := range 1000 {
		sb.WriteString("they trained 500 troops and sent them ")
		if i%7 == 0 {
			sb.WriteString("in Russia ")
		}
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	set := NewSet(c)
	for b.Loop() {
		tx := NewText(s, set)
		for i := 0; i+13 < len(s); i += 48 {
			tx.Before(c, i+13, 6)
			tx.After(c, i+13, 6)
		}
	}
}

func slicesEqualSet(a, b []string) bool {
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	if len(m) != len(b) {
		return false
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

func TestParseSide(t *testing.T) {
	for s, want := range map[string]int{"before": -1, "after": 1, "any": 0} {
		if got, err := ParseSide(s); err != nil || got != want {
			t.Errorf("ParseSide(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	if _, err := ParseSide("left"); err == nil || err.Error() != `unknown side "left" (want before, after or any)` {
		t.Errorf("ParseSide(left): %v", err)
	}
}

// FuzzSameAsPlain checks Before and After against the plain computation
// on a text, asked about every offset in turn, so that the chains and
// clauses a Text remembers are reused across mentions and clauses.
func FuzzSameAsPlain(f *testing.F) {
	cues := compileTestCues(f)
	set := NewSet(cues...)
	for _, s := range []string{"", ";", "killed 5; held a day", "trained in Russia;; stocks s", "\u212aILLED", "ab b;bx qa"} {
		f.Add(s, uint8(3))
	}
	var tx Text
	f.Fuzz(func(t *testing.T, s string, reach uint8) {
		if len(s) > 200 {
			return
		}
		tx.Reset(s, set)
		r := int(reach % 8)
		for i := 0; i <= len(s); i++ {
			for _, c := range cues {
				n, ok := tx.Before(c, i, r)
				if wn, wok := naiveBefore(c.re, s, i, r); ok != wok || ok && n != wn {
					t.Fatalf("Before(%q, %q, %d, %d) = %d, %v; want %d, %v", c.re, s, i, r, n, ok, wn, wok)
				}
				n, ok = tx.After(c, i, r)
				if wn, wok := naiveAfter(c.re, s, i, r); ok != wok || ok && n != wn {
					t.Fatalf("After(%q, %q, %d, %d) = %d, %v; want %d, %v", c.re, s, i, r, n, ok, wn, wok)
				}
			}
		}
	})
}
