package events

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aidextract/aidextract/pipeline/model"
)

// The rule table answers as the concatenation does, for every base and
// every way of finding a donor, and for a way it does not list.
func TestRuleTable(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.rules) != 1+len(l.data.triggers) {
		t.Fatalf("%d rule rows for %d triggers", len(l.rules), len(l.data.triggers))
	}
	for ri := range l.rules {
		base := "events/amount"
		if ri > 0 {
			base = l.trigRules[ri-1]
		}
		for _, how := range append(hows[:], "", "other", "Before", "before ") {
			if got, want := l.ruleOf(ri, how), base+"+donor:"+how; got != want {
				t.Fatalf("ruleOf(%d, %q) = %q, want %q", ri, how, got, want)
			}
		}
	}
}

// findInto with one buffer shared by many sentences returns what find
// does for each, and a later sentence leaves an earlier one's lists alone.
func TestFindIntoSharedBuffer(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, x := range l.set.tables {
		for _, p := range x.phrases {
			for _, pt := range p.toks {
				if !isGap(pt) && pt != numberToken {
					words = append(words, strings.TrimSuffix(pt, "*"))
				}
			}
		}
	}
	words = append(words, "12", "1,500", "the", "and", "x", "delivered", "Ukraine")
	rng := rand.New(rand.NewPCG(11, 12))
	var buf []hit
	type done struct {
		got  [numTables][]hit
		want string
	}
	var all []done
	for range 3000 {
		var b strings.Builder
		for k := range rng.IntN(30) {
			if k > 0 {
				b.WriteString(" ")
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		text := b.String()
		toks, _ := tokenize(text, 0, len(text))
		var want, got [numTables][]hit
		l.set.find(toks, want[:], new(findScratch))
		l.set.findInto(toks, got[:], new(findScratch), &buf)
		if g, w := fmt.Sprint(got), fmt.Sprint(want); g != w {
			t.Fatalf("%q: findInto found %s, want %s", text, g, w)
		}
		for k := range got {
			if cap(got[k]) != len(got[k]) {
				t.Fatalf("%q: list %d has room to grow into the buffer", text, k)
			}
		}
		all = append(all, done{got, fmt.Sprint(want)})
		if rng.IntN(200) == 0 {
			buf = buf[:0] // as Link does for the next document
			all = all[:0]
		}
	}
	for _, x := range all {
		if g := fmt.Sprint(x.got); g != x.want {
			t.Fatalf("a later sentence changed the lists: %s, want %s", g, x.want)
		}
	}
}

// Link with its shared buffers gives the events and the links that it
// gives without them (noScratch), on the bundled texts and on documents
// made of their paragraphs shuffled, linked one after another so that
// each reuses what the last left.
func TestLinkScratchMatchesFresh(t *testing.T) {
	s := newStages(t)
	fresh := *s.l
	fresh.noScratch = true
	names, _ := filepath.Glob("../../testdata/holdout/corpus/*.txt")
	names = append([]string{"../../testdata/corpus/seed.txt"}, names...)
	var texts, paras []string
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Skip(err)
		}
		texts = append(texts, string(b))
		paras = append(paras, strings.Split(string(b), "\n\n")...)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 60 {
		var b strings.Builder
		for k := range 1 + rng.IntN(25) {
			if k > 0 {
				b.WriteString([]string{"\n\n", "\n", " ", "\n\n"}[rng.IntN(4)])
			}
			b.WriteString(paras[rng.IntN(len(paras))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, "", "x", "$5 million.")
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	ids := func(ms []model.Mention) []string {
		var out []string
		for i := range ms {
			if m := ms[i].Money; m != nil {
				out = append(out, m.EventID)
				m.EventID = ""
			}
			if m := ms[i].Materiel; m != nil {
				out = append(out, m.EventID)
				m.EventID = ""
			}
		}
		return out
	}
	events := 0
	for _, k := range rng.Perm(len(texts)) {
		d, ms, _ := s.run(texts[k], day)
		ids(ms)
		want := fresh.Link(d, ms)
		wantIDs := ids(ms)
		for range 2 {
			got := s.l.Link(d, ms)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("text %d: Link gave\n%+v\nwant\n%+v", k, got, want)
			}
			if gotIDs := ids(ms); !reflect.DeepEqual(gotIDs, wantIDs) {
				t.Fatalf("text %d: Link linked %q, want %q", k, gotIDs, wantIDs)
			}
		}
		events += len(want)
	}
	if events < 200 {
		t.Errorf("only %d events: the texts no longer exercise the linker", events)
	}
}

// lowerASCIIRef is lowerASCII a byte at a time.
func lowerASCIIRef(s string) string {
	b := []byte(s)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// lowerASCII, eight bytes at a time, lowers as a byte at a time does: for
// every byte value at every offset, and for random texts of every length
// around its block sizes.
func TestLowerASCIIMatchesBytewise(t *testing.T) {
	check := func(s string) {
		if got, want := lowerASCII(s), lowerASCIIRef(s); got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
	for c := range 256 {
		for off := range 17 {
			check(strings.Repeat("Ab", off) + string([]byte{byte(c)}) + strings.Repeat("Zé", 3))
			check(strings.Repeat("x", off) + string([]byte{byte(c)}))
		}
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := range 1100 {
		for range 3 {
			check(randomBytes(rng, n))
		}
	}
	check("")
}

// stemList gives, for every key of byStem, the map's own list.
func TestStemListMatchesMap(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p := range 1 << 16 {
		key := string([]byte{byte(p >> 8), byte(p)})
		want, ok := l.set.byStem[key]
		if on := l.set.stems[p/64]&(1<<(p%64)) != 0; on != ok {
			t.Fatalf("pair %q: bit %v, in the map %v", key, on, ok)
		}
		if !ok {
			continue
		}
		n++
		if got := l.set.stemList(p); !reflect.DeepEqual(got, want) {
			t.Fatalf("pair %q: stemList %v, want %v", key, got, want)
		}
	}
	if n != len(l.set.byStem) || n == 0 {
		t.Fatalf("%d keys checked of %d", n, len(l.set.byStem))
	}
}

// isNumberWordRef is isNumberWord without its first-byte table.
func isNumberWordRef(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "dozen", "dozens", "several":
		return true
	}
	if w == "" || !isDigit(w[0]) && w[0] != ',' && w[0] != '+' && w[0] != '-' || isYear(w) {
		return false
	}
	_, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
	return err == nil
}

// isNumberWord, turning words down by their first byte, answers as the
// switch and the conversion do: for the number words, their cases and
// prefixes, every first byte, and random numbers and near-numbers.
func TestIsNumberWordMatchesRef(t *testing.T) {
	check := func(w string) {
		if got, want := isNumberWord(w), isNumberWordRef(w); got != want {
			t.Fatalf("isNumberWord(%q) = %v, want %v", w, got, want)
		}
	}
	words := []string{"two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "dozen", "dozens", "several", "", "1,500", "+3", "-", ",", "12345678901234567890"}
	for _, w := range words {
		check(w)
		check(strings.ToUpper(w))
		check(w + "s")
		for k := range len(w) {
			check(w[:k])
			check(w[k:])
		}
		for c := range 256 {
			check(string([]byte{byte(c)}) + w)
		}
	}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 100000 {
		b := make([]byte, rng.IntN(24))
		for k := range b {
			b[k] = "0123456789,+-ax"[rng.IntN(15)]
		}
		check(string(b))
	}
}
