package numbers

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// The cheap tests and hand-written matchers of CountScanner must agree
// with the regular expressions they stand in for.
func TestFastPathsMatchRegexps(t *testing.T) {
	c := newCounts(t)
	pieces := []string{
		"1", "12", "123", "1234", "12,345", "1,234,567", "1,23", "12,3456", ".", ".5", "3.25", ",", "-", " - ", " ", "  ", "\t", "\n",
		"million", "Million", "MILLION", "billion", "bn", "thousand", "thousands", "lakh", "la\u212ah", "crore", "trillion", "millionaire",
		"a", "A", "an", "An", "and", "one", "two", "twenty", "hundred", "dozen", "half", "five", "fivefold", "five5", "\u017fix", "six",
		"dozens", "of", "\"", "\"hundreds\"", "several", "tens", "few", "scores", "x", "_", "é", "\u00a0", "apples",
		"Several", "severally", "thousandsé", "tensx", "A few", "\u017feveral", "a\u00a0few", "5", "millions",
		"AND", "And", "AN", "twenty-one", "Twenty", "-one", "one_", "ONE", "\t-\t", "-", "anda", "a\t", "an\u00a0", "andé", "oneé",
		"hundred and", "one and a half", "half a", "thou\u017fand", "\u212aeen", "seven", "eighty", "Ninety-nine",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 6000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			want := c.num.FindStringIndex(s[i:])
			var cnt Count
			ok := c.vagueAt(s, i, &cnt)
			if got, want := fmtCount(cnt, ok), fmtCount(naiveVagueAt(c, s, i)); got != want {
				t.Fatalf("vagueAt(%q, %d) = %s, want %s", s, i, got, want)
			}
			if !c.mayStartNumber(s, i) {
				if want != nil {
					t.Fatalf("mayStartNumber(%q, %d) = false, num matches %q", s, i, s[i:i+want[1]])
				}
				continue
			}
			if n, ok := c.numAt(s, i); ok != (want != nil) || ok && !reflect.DeepEqual([]int{0, n}, want) {
				t.Fatalf("numAt(%q, %d) = %v %v, want %v", s, i, n, ok, want)
			}
			for _, p := range c.vague {
				want := -1
				if loc := p.re.FindStringIndex(s[i:]); loc != nil {
					want = loc[1]
				}
				if got, sure := vagueMatch(s[i:], p.words); sure && got != want {
					t.Fatalf("vagueMatch(%q, %q) = %d, want %d", s[i:], p.phrase, got, want)
				}
			}
		}
	}
}

func fmtCount(c Count, ok bool) string {
	if !ok {
		return "none"
	}
	return fmt.Sprintf("%+v", c)
}

// naiveVagueAt is vagueAt as it was before its cheap tests: every phrase's
// regular expression at i.
func naiveVagueAt(c *CountScanner, text string, i int) (Count, bool) {
	for _, p := range c.vague {
		loc := p.re.FindStringIndex(text[i:])
		if loc == nil {
			continue
		}
		end := i + loc[1]
		if end < len(text) && text[end] == '"' {
			end++
		}
		if isAlnumRune(runeAt(text, end)) {
			continue
		}
		cnt := Count{Start: i, End: end, QualStart: i, Qualifier: "vague", Vague: p.value,
			Rule: fmt.Sprintf("counts/vague@%s:%d", CountsFile, p.line)}
		c.fill(text, &cnt)
		return cnt, true
	}
	return Count{}, false
}

// rangeTailAt and the per-byte lists of measures and fillers must not
// rule out what the regexp and the full lists find.
func TestRangeTailAndPhraseGates(t *testing.T) {
	c := newCounts(t)
	pieces := []string{
		"1", "12", "1,234", "3.5", "-", " - ", " ", "  ", "\t", "\n", "to", "To", "TO", "or", "OR", "and", "And", "tò", "ór", "\u212a",
		"a", "an", "A", "one", "two", "Twenty", "hundred", "dozen", "million", "toward", "order", "andes", "five-year", "\"",
		"ſix", "toſix", "six", "Seven", "to5", "tofive", "_", "2.5 million", "a dozen", "and a half", "mm", "km", "km/h", "per cent", "percent", "%", "years", "Years", "more", "additional", "of the", "of those", "brand-new", "x", "é",
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			checkRangeTailAt(t, c, s, i)
			for _, list := range []struct {
				all []countPhrase
				by  *[256][]countPhrase
			}{{c.measures, &c.measuresBy}, {c.fillers, &c.fillersBy}} {
				want, got := "", ""
				for _, p := range list.all {
					if n := phraseAt(s, i, p.phrase); n > 0 {
						want = p.phrase
						break
					}
				}
				for _, p := range startingAt(list.by, s, i) {
					if n := phraseAt(s, i, p.phrase); n > 0 {
						got = p.phrase
						break
					}
				}
				if got != want {
					t.Fatalf("phrase at %q %d: got %q, want %q", s, i, got, want)
				}
			}
		}
	}
}

// naiveScan is scan without its gate in front of countAt.
func naiveScan(c *CountScanner, text string) []Count {
	var out []Count
	for pos := 0; pos < len(text); {
		r, n := utf8.DecodeRuneInString(text[pos:])
		ok := false
		var cnt Count
		skip := 0
		if isAlnumRune(r) || r == '"' {
			skip, ok = c.countAt(text, pos, &cnt)
		}
		if !ok {
			pos += max(n, skip)
			for isAlnumRune(r) && pos < len(text) {
				r2, n := utf8.DecodeRuneInString(text[pos:])
				if !isAlnumRune(r2) {
					break
				}
				pos += n
			}
			continue
		}
		out = append(out, cnt)
		pos = cnt.End
	}
	return out
}

// scan must find what countAt finds at every word.
func TestScanGate(t *testing.T) {
	c := newCounts(t)
	pieces := []string{
		"1", "12", "1,234", "3.5", "-", " - ", " ", "  ", "\n", "to", "or", "and", "a", "an", "A", "An", "one", "One", "two", "ten",
		"the", "The", "then", "Twenty", "hundred", "hundreds", "dozen", "dozens", "of", "million", "thousands", "tens", "scores",
		"several", "Several", "few", "more", "tanks", "soldiers", "\"", "'", "é", "Łone", "ſeveral", "se\u212aeral", "thr", "three",
		"threé", "x", "oneé", "about", "up to", "more than", "$", "km", "years", "five-year", "(", ")", ",", ".", "troops", "Ukraine",
		"abcdefghijklmnopqrstuvwxyzabcdefghij", "half", "a few", "a dozen",
	}
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if got, want := c.scan(s), naiveScan(c, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("scan(%q) = %+v, want %+v", s, got, want)
		}
	}
	text, err := os.ReadFile("../../testdata/corpus/seed.txt")
	if err != nil {
		t.Skip(err)
	}
	for _, l := range strings.Split(string(text), "\n") {
		if got, want := c.scan(l), naiveScan(c, l); !reflect.DeepEqual(got, want) {
			t.Fatalf("scan(%q) = %+v, want %+v", l, got, want)
		}
	}
}

// wordsAt must agree with num wherever it is sure, and be sure of plain
// ASCII text.
func TestWordsAtMatchesRegexp(t *testing.T) {
	c := newCounts(t)
	if !c.wordsFast {
		t.Fatal("wordsFast is false for the default lexicon")
	}
	pieces := []string{"one", "One", "TWENTY", "twenty", "-", " - ", " ", "  ", "\t", "\n", "\v", "and", "AND", "a", "an", "An", "half",
		"hundred", "thousand", "million", "dozen", "dozens", "the", "x", "_", "1", "5", ",", ".", "oneself", "é", "\u017fix", "six", "k", "\u212a"}
	r := rand.New(rand.NewPCG(5, 6))
	sure := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(9) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for i := 0; i < len(s); i++ {
			if isDigit(s[i]) {
				continue
			}
			n, ok, isSure := c.wordsAt(s[i:])
			if !isSure {
				continue
			}
			sure++
			want := c.num.FindStringIndex(s[i:])
			if ok != (want != nil) || ok && want[1] != n {
				t.Fatalf("wordsAt(%q) = %d %v, want %v", s[i:], n, ok, want)
			}
		}
	}
	if sure == 0 {
		t.Fatal("wordsAt was never sure")
	}
	for _, s := range []string{"one hundred and twenty-one tanks", "a dozen", "An  half - a million"} {
		if _, _, sure := c.wordsAt(s); !sure {
			t.Errorf("wordsAt(%q) not sure", s)
		}
	}
}

func TestGluedBefore(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if gluedBefore(r) != strings.ContainsRune("-.$€£¥#/+_&'", r) {
			t.Fatalf("gluedBefore(%q) = %v", r, gluedBefore(r))
		}
	}
	if gluedBefore(utf8.RuneError) {
		t.Fatal("gluedBefore(RuneError)")
	}
}

// firstWordEntry must look up what the fields it stands in for would.
func TestFirstWordEntrySameAsFields(t *testing.T) {
	c := newCounts(t)
	pieces := []string{"one", "One", "ONE", "hundred", "Hundred", "million", "Million", "dozen", "half", "a", "A", " ", "-", "  ", "--",
		"é", "\u212a", "\u017f", "\xff", "\xc3", "twenty", "Twenty-one", "thousand", "ſix", "K", "x", "thirty-fivethousandthousandthousand"}
	r := rand.New(rand.NewPCG(5, 6))
	hits := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' })
		if len(f) == 0 {
			continue
		}
		want, wok := c.lex.words[f[0]]
		got, gok := c.firstWordEntry(s)
		if wok != gok || !reflect.DeepEqual(want, got) {
			t.Fatalf("firstWordEntry(%q) = %v, %v; want %v, %v", s, got, gok, want, wok)
		}
		if wok {
			hits++
		}
	}
	if hits < 1000 {
		t.Errorf("only %d words found: too few to tell", hits)
	}
}

// letterRunEnd must end where a loop over isASCIILetter does.
func TestLetterRunEnd(t *testing.T) {
	ref := func(s string, i int) int {
		for i < len(s) && isASCIILetter(s[i]) {
			i++
		}
		return i
	}
	for b := range 256 {
		for _, s := range []string{string([]byte{byte(b)}), "abcdefg" + string([]byte{byte(b)}) + "xyz", "ABCDEFGHIJKLMNOP" + string([]byte{byte(b)}) + "q"} {
			for i := range len(s) + 1 {
				if got, want := letterRunEnd(s, i), ref(s, i); got != want {
					t.Fatalf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 40)
	for range 100000 {
		for k := range buf {
			const soup = "aZ@[`{\x80\xff -1"
			buf[k] = soup[r.IntN(len(soup))]
			if r.IntN(4) == 0 {
				buf[k] = byte(r.IntN(256))
			}
		}
		s := string(buf[:r.IntN(len(buf))])
		for i := range len(s) + 1 {
			if got, want := letterRunEnd(s, i), ref(s, i); got != want {
				t.Fatalf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// checkRangeTailAt fails t unless rangeTailAt(s, i) is what rangeTail
// finds in s[i:].
func checkRangeTailAt(t *testing.T, c *CountScanner, s string, i int) bool {
	t.Helper()
	got, ok := c.rangeTailAt(s, i)
	loc := c.rangeTail.FindStringSubmatchIndex(s[i:])
	if ok != (loc != nil) || ok && got != [4]int{i + loc[2], i + loc[3], i + loc[4], i + loc[5]} {
		t.Fatalf("rangeTailAt(%q, %d) = %v, %v; rangeTail finds %v", s, i, got, ok, loc)
	}
	return ok
}

func TestRangeTailAtCorpus(t *testing.T) {
	c := newCounts(t)
	found := 0
	files, _ := filepath.Glob("../../testdata/corpus/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for i := range len(s) {
			if isDigit(s[i]) || isASCIILetter(s[i]) && (i == 0 || !isASCIILetter(s[i-1])) {
				for j := i + 1; j <= min(len(s), i+12); j++ {
					if checkRangeTailAt(t, c, s[:min(len(s), j+40)], j) {
						found++
					}
				}
			}
		}
	}
	if found < 100 {
		t.Fatalf("only %d ranges", found)
	}
}

func FuzzRangeTailAt(f *testing.F) {
	for _, s := range []string{"5 to 6", "two or three", "1,000-2,000 million", "5 toſix", "5 to5", "5 tofive", "between 5 and a dozen"} {
		f.Add(s, 1)
	}
	c, err := NewCountScanner()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		checkRangeTailAt(t, c, s, i)
	})
}

// parseWord must read a word as Parse does wherever it is sure, and be
// sure of every word of ASCII letters up to 16 long.
func TestParseWordSameAsParse(t *testing.T) {
	c := newCounts(t)
	words := []string{"", "a", "A", "an", "AN", "and", "And", "bn", "m", "K", "half", "dozen", "x", "tanks", "the", "ſix", "se\u212aen", "six-ty", "two three", "1", "abcdefghijklmnopq"}
	for w := range c.lex.words {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1])
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		b := make([]byte, 1+r.IntN(10))
		for k := range b {
			b[k] = "aeinorstuvwxyhdlAEN"[r.IntN(19)]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		v, ok, sure := c.parseWord(w)
		ascii := w != "" && len(w) <= 16 && strings.IndexFunc(w, func(r rune) bool { return !isASCIILetter(byte(r)) || r >= utf8.RuneSelf }) < 0
		if sure != ascii {
			t.Fatalf("parseWord(%q): sure = %v", w, sure)
		}
		if !sure {
			continue
		}
		want, err := c.lex.Parse(w)
		if ok != (err == nil) || ok && v != want {
			t.Fatalf("parseWord(%q) = %v, %v; Parse gives %v, %v", w, v, ok, want, err)
		}
	}
}

// FuzzScanFastPaths checks the word-skipping gate of scan, markedBefore
// and parseWord against the code they replace.
func FuzzScanFastPaths(f *testing.F) {
	for _, s := range []string{"No. 5 and model 2022 tanks", "in Sept. 2023, two or THREE", "ſeven abcdefghijklmnopqrstuvwxyz 1,000", "a dozen \xff 12"} {
		f.Add(s)
	}
	c, err := NewCountScanner()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := c.scan(s), naiveScan(c, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("scan(%q) = %+v, want %+v", s, got, want)
		}
		for i := 0; i <= len(s); i++ {
			for _, year := range []bool{false, true} {
				if got, want := c.markedBefore(s, i, year), markedBeforeRef(c, s, i, year); got != want {
					t.Fatalf("markedBefore(%q, %d, %v) = %v, want %v", s, i, year, got, want)
				}
			}
		}
		if v, ok, sure := c.parseWord(s); sure {
			want, err := c.lex.Parse(s)
			if ok != (err == nil) || ok && v != want {
				t.Fatalf("parseWord(%q) = %v, %v; Parse gives %v, %v", s, v, ok, want, err)
			}
		}
	})
}
