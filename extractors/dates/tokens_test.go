package dates

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"math/rand"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/pipeline/model"
)

// refTokenize is the plain tokenizer: every word lower-cased with
// strings.ToLower and looked up with lexicon.lookup.
func refTokenize(s string, lx *lexicon) []token {
	var toks []token
	sp := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < utf8.RuneSelf && (r == ' ' || r >= '\t' && r <= '\r') || r >= utf8.RuneSelf && unicode.IsSpace(r):
			sp = true
			i += size
			continue
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, token{low: s[i:j], start: int32(i), end: int32(j), info: lx.lookup(s[i:j], 'n'), kind: 'n', sp: sp})
			i = j
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !(r2 >= 'a' && r2 <= 'z' || r2 >= 'A' && r2 <= 'Z' || r2 >= utf8.RuneSelf && unicode.IsLetter(r2)) {
					break
				}
				j += n
			}
			low := strings.ToLower(s[i:j])
			toks = append(toks, token{low: low, start: int32(i), end: int32(j), info: lx.lookup(low, 'w'), kind: 'w', sp: sp})
			i = j
		default:
			toks = append(toks, token{low: s[i : i+size], start: int32(i), end: int32(i + size), info: lx.lookup(s[i:i+size], 'p'), kind: 'p', sp: sp})
			i += size
		}
		sp = false
	}
	return toks
}

// randomCase rewrites the letters of s in one of several ways.
func randomCase(rng *rand.Rand, s string) string {
	switch rng.Intn(5) {
	case 0:
		return s
	case 1:
		return strings.ToUpper(s)
	case 2:
		if s == "" {
			return s
		}
		return strings.ToUpper(s[:1]) + s[1:]
	case 3:
		return strings.ToLower(s)
	}
	b := []byte(s)
	for i, c := range b {
		if c < utf8.RuneSelf && unicode.IsLetter(rune(c)) && rng.Intn(2) == 0 {
			b[i] = c ^ 0x20
		}
	}
	return string(b)
}

// vocabulary: the lexicon's words and phrase words, the grammar's words,
// other words, numbers and punctuation.
func testVocabulary() []string {
	lx := sharedLexicon
	var v []string
	for _, e := range lx.table {
		if e.key != "" {
			v = append(v, e.key)
		}
	}
	v = append(v, "Kyiv", "NATO", "aid", "package", "soldiers", "May", "march", "Fy", "FY", "Q", "q", "é", "Ünder", "straße",
		"ÉTÉ", "ıi", "K", "ſt", "Σ", "day's", "mid-", "-", "–", "—", ",", ".", "/", ":", "(", ")", "'", "’", "%", "$", "€", "&", "#",
		"1", "3", "12", "24", "31", "2022", "2023", "1999", "22", "99", "5000", "13th", "1st", "2nd", "3rd")
	for i := 0; i < 40; i++ {
		v = append(v, strconv.Itoa(rand.Intn(3000)))
	}
	return v
}

func compareTokenizers(t *testing.T, e *Extractor, text string) {
	t.Helper()
	d := model.Prepare(&model.Document{ID: "x", Text: text})
	for _, s := range d.Sentences {
		got := e.Extract(d, s)
		sc := &scanner{lx: e.lx, text: d.View.Text[s.Start:s.End], heading: isHeading(d.View.Text, s)}
		sc.toks = refTokenize(sc.text, e.lx)
		want := sc.mentions(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %+v, want %+v", sc.text, got, want)
		}
		// the fast tokens: same offsets, kinds, info; low as documented
		fast := tokenizeInto(nil, sc.text, e.lx)
		if len(fast) != len(sc.toks) {
			t.Fatalf("%q: %d tokens, want %d", sc.text, len(fast), len(sc.toks))
		}
		for i, f := range fast {
			r := sc.toks[i]
			if f.start != r.start || f.end != r.end || f.kind != r.kind || f.sp != r.sp || f.info != r.info {
				t.Fatalf("%q: token %d = %+v, want %+v", sc.text, i, f, r)
			}
			if f.low != r.low {
				w := sc.text[f.start:f.end]
				k, _, ok := e.lx.findFold(w, keyHash(r.low))
				if f.low != w || ok || k != "" || f.kind != 'w' {
					t.Fatalf("%q: token %d low %q, want %q", sc.text, i, f.low, r.low)
				}
			}
		}
	}
}

// TestTokenizerSameAsPlain: the mentions read from the tokenizer's tokens
// are those read from plainly lower-cased ones.
func TestTokenizerSameAsPlain(t *testing.T) {
	e := New()
	rng := rand.New(rand.NewSource(1))
	vocab := testVocabulary()
	seps := []string{" ", " ", " ", "", "\n", "\u00a0", ", ", "-", ". "}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for k := 0; k < n; k++ {
		var b strings.Builder
		for w := rng.Intn(30); w >= 0; w-- {
			b.WriteString(randomCase(rng, vocab[rng.Intn(len(vocab))]))
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		compareTokenizers(t, e, b.String())
	}
	for _, f := range []string{"../../testdata/corpus/seed.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Skip(err)
		}
		compareTokenizers(t, e, string(raw))
		compareTokenizers(t, e, strings.ToUpper(string(raw)))
		for k := 0; k < 5; k++ {
			compareTokenizers(t, e, randomCase(rng, string(raw)))
		}
	}
}

// TestGrammarWordsInterned: every lower-case word that dates.go spells out
// is interned, so that a capitalised token that is this word gets it as its
// low (see token.low).
func TestGrammarWordsInterned(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "dates.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if _, ok := n.(*ast.ImportSpec); ok {
			return false
		}
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != gotoken.STRING {
			return true
		}
		w, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		// a token's low is a whole word: only literals that are one can
		// equal it
		if len(w) < 2 || w == lowerLetters || strings.TrimLeft(w, lowerLetters) != "" {
			return true
		}
		if _, _, ok := sharedLexicon.findFold(w, keyHash(w)); !ok {
			t.Errorf("%s is not interned", lit.Value)
		}
		return true
	})
}

// TestGates: where a gate of atomAt says no, the reader it guards finds
// nothing.
func TestGates(t *testing.T) {
	e := New()
	rng := rand.New(rand.NewSource(2))
	vocab := testVocabulary()
	vocab = append(vocab, "Q3", "Q", "FY24", "FY 2024", "fiscal year 2023", "financial 2022", "the second quarter of 2024",
		"3rd quarter", "2023 Q3", "Q3/2023", "first quarter", "last quarter", "fiscal year (FY) 2024", "Fy2023",
		"2022-02-24", "24.02.2022", "24/02/2022", "3 days later", "two days ago", "one day after", "the eve of the summit",
		"18-20 January", "2014-2021", "2014-15", "the day before", "the next day")
	seps := []string{" ", " ", "", "/", "-", ", ", "\n"}
	checked := 0
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for w := rng.Intn(20); w >= 0; w-- {
			b.WriteString(randomCase(rng, vocab[rng.Intn(len(vocab))]))
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		text := b.String()
		sc := &scanner{lx: e.lx, text: text}
		sc.toks = tokenizeInto(nil, text, e.lx)
		for i, tk := range sc.toks {
			if tk.kind == 'w' && !(tk.info != nil && tk.info.fiscal) {
				if _, ok := sc.fiscalAt(i); ok {
					t.Fatalf("%q: fiscalAt(%d) found a year past its gate", text, i)
				}
			}
			if tk.kind != 'p' && !sc.quarterGate(i) {
				if _, ok := sc.quarterAt(i); ok {
					t.Fatalf("%q: quarterAt(%d) found a quarter past its gate", text, i)
				}
			}
			if !sc.relativeGate(i) {
				if _, ok := sc.relativeAt(i); ok {
					t.Fatalf("%q: relativeAt(%d) found a phrase past its gate", text, i)
				}
			}
			if !sc.numericGate(i) {
				if _, ok := sc.numericAt(i); ok {
					t.Fatalf("%q: numericAt(%d) found a date past its gate", text, i)
				}
			}
			if tk.kind == 'n' && len(tk.low) > 2 {
				if _, ok := sc.dayFirstAt(i); ok {
					t.Fatalf("%q: dayFirstAt(%d) found a date at %d digits", text, i, len(tk.low))
				}
			}
			if tk.kind == 'n' && len(tk.low) != 4 {
				if _, ok := sc.bareYearAt(i); ok {
					t.Fatalf("%q: bareYearAt(%d) found a year at %d digits", text, i, len(tk.low))
				}
			}
			if tk.kind != 'p' {
				if _, ok := sc.quarterAt(i); ok {
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no quarter found at all")
	}
}
