package money

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// findRef is the find that find replaces: it reads letters byte by byte.
func (e *Extractor) findRef(text string, sc *scratch) int {
	s := &e.scan
	if !s.fast {
		return scanHazard
	}
	if found, hazard := s.hasCurrency(text, sc.buf); hazard {
		return scanHazard
	} else if !found {
		return scanNone
	}
	prev := ' '
	for i := 0; i < len(text); {
		b := text[i]
		r, size := rune(b), 1
		if b >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if s.hazard[r] {
				return scanHazard
			}
		}
		if b < utf8.RuneSelf && !isASCIILetter(b) || b >= utf8.RuneSelf && !unicode.IsLetter(r) {
			var f uint8
			if b < utf8.RuneSelf {
				f = s.ascii[b]
			} else {
				f = s.other[r]
			}
			if f&runeFigure != 0 && figureMayStart(text, i, prev) {
				sc.suf = append(sc.suf, i)
			}
			if f&runeSign != 0 {
				sc.pre = append(sc.pre, i)
			}
			prev = r
			i += size
			continue
		}
		// a run of letters
		j := i + size
		last := r
		ascii := b < utf8.RuneSelf
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				last = rune(c)
				j++
				continue
			}
			r2, n := utf8.DecodeRuneInString(text[j:])
			if s.hazard[r2] {
				return scanHazard
			}
			if !unicode.IsLetter(r2) {
				break
			}
			ascii = false
			last = r2
			j += n
		}
		if !isAlnum(prev) {
			run := text[i:j]
			if !ascii || s.signBloom.mayHave(run) {
				var f uint8
				if f, sc.buf = s.runFlags(run, sc.buf); f&tokSign != 0 && s.signFollows(sc.buf, text[j:]) {
					sc.pre = append(sc.pre, i)
				}
			}
			if b < utf8.RuneSelf && figureMayStart(text, i, prev) {
				k := i
				for k < len(text) && isASCIIWord(text[k]) {
					k++
				}
				if s.numBloom.mayHave(text[i:k]) {
					sc.buf = lowerInto(sc.buf[:0], text[i:k], s.maxNum)
					if s.numWords[string(sc.buf)] {
						sc.suf = append(sc.suf, i)
					}
				}
			}
		}
		prev = last
		i = j
	}
	return scanFound
}

func checkFind(t *testing.T, e *Extractor, text string) {
	t.Helper()
	var got, want scratch
	g, w := e.find(text, &got), e.findRef(text, &want)
	if g != w || g == scanFound && (!slices.Equal(got.pre, want.pre) || !slices.Equal(got.suf, want.suf)) {
		t.Fatalf("find(%q) = %d %v %v, want %d %v %v", text, g, got.pre, got.suf, w, want.pre, want.suf)
	}
}

// findTexts are random texts of currency words, number words, figures,
// signs and letters, and the sentences of the reference article.
func findTexts() []string {
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"$", "US$", "€", "£", "EUR", "eur", "dollars", "million", "five", "Five", "zł", "kr", "a", "to",
		"and", "1", "25", "2,5", ".", "-", " ", " ", "aid", "é", "Ukraine", "ſ", "\u212a", "x", "_", "\xff", "(", "5x"}
	var texts []string
	for range 20000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	if raw, err := os.ReadFile("../../testdata/corpus/seed.txt"); err == nil {
		texts = append(texts, strings.Split(string(raw), ".")...)
		texts = append(texts, strings.Split(strings.ToUpper(string(raw)), ".")...)
	}
	return texts
}

// TestFind compares find with findRef on random and real text.
func TestFind(t *testing.T) {
	e := newExtractor(t)
	for _, s := range findTexts() {
		checkFind(t, e, s)
	}
}

// TestFindCorpus compares find with findRef on the bench corpus, when
// AIDEXTRACT_BENCH_CORPUS names one.
func TestFindCorpus(t *testing.T) {
	if os.Getenv("AIDEXTRACT_BENCH_CORPUS") == "" {
		t.Skip("AIDEXTRACT_BENCH_CORPUS not set")
	}
	docs, _ := modeltest.BenchDocs(t)
	e := newExtractor(t)
	for _, d := range docs {
		for _, s := range d.Sentences {
			checkFind(t, e, d.View.Text[s.Start:s.End])
		}
	}
}

func FuzzFind(f *testing.F) {
	e := newExtractor(f)
	for _, s := range findTexts()[:300] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFind(t, e, s)
	})
}
