package materiel

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// lookupPhrase must answer as the three look-ups it stands in for.
func TestLookupPhraseSameAsLookups(t *testing.T) {
	l, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var forms []string
	for _, s := range l.Systems {
		forms = append(forms, s.Canonical)
		forms = append(forms, s.Aliases...)
		forms = append(forms, s.CaseSensitive...)
	}
	for _, h := range l.Heads {
		forms = append(forms, h.Singular, h.Plural)
	}
	var phrases []string
	for _, f := range forms {
		phrases = append(phrases, f, f+"s", f+"-s", f+" s", strings.ToUpper(f), strings.ToUpper(f)+"s", f+"ss",
			strings.ReplaceAll(f, " ", "-"), strings.ReplaceAll(f, " ", "  ")+"s", f+"és", "s", "ss", "-s")
	}
	for _, raw := range phrases {
		var wantS *System
		var wantH *Head
		if s, ok := l.Lookup(raw); ok {
			wantS = s
		} else if h, ok := l.LookupHead(raw); ok {
			wantH = h
		} else if len(raw) > 3 && strings.HasSuffix(raw, "s") && !strings.HasSuffix(raw, "ss") {
			if s, ok := l.Lookup(raw[:len(raw)-1]); ok {
				wantS = s
			}
		}
		if s, h := l.lookupPhrase(raw); s != wantS || h != wantH {
			t.Errorf("lookupPhrase(%q) = %v, %v; want %v, %v", raw, s, h, wantS, wantH)
		}
	}
}

func TestSingleSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "é b", "a\nb"} {
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("singleSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}

// naiveCaliber is caliber without its cheap test.
func naiveCaliber(text string, start, end int) float64 {
	span := text[start:end]
	if m := caliberPost.FindStringSubmatch(text[end:]); m != nil {
		span += " " + m[1] + " mm"
	}
	for _, re := range []*regexp.Regexp{caliberMM, caliberCal} {
		if m := re.FindStringSubmatch(span); m != nil {
			v, _ := strconv.ParseFloat(m[1], 64)
			return v
		}
	}
	if m := caliberIn.FindStringSubmatch(span); m != nil {
		if m[1] == "50" {
			return 12.7
		}
		return 7.62
	}
	return 0
}

func TestCaliberSameAsNaive(t *testing.T) {
	pieces := []string{"155", "7", "12.7", ".50", ".30", "30", "mm", "MM", "Mm", "millimetres", "Millimeter", "calibre", "caliber", "cal",
		"CAL", " ", "  ", "-", " - ", "\t", ",", "of", "howitzers", "x", "5", "m", "c", "é", "\u212a"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		start := r.IntN(len(s) + 1)
		end := start + r.IntN(len(s)-start+1)
		if got, want := caliber(s, start, end), naiveCaliber(s, start, end); got != want {
			t.Fatalf("caliber(%q, %d, %d) = %v, want %v", s, start, end, got, want)
		}
	}
}

// checkCaliberMMAt fails t unless caliberMMAt(s) is what caliberMM finds.
func checkCaliberMMAt(t *testing.T, s string) {
	t.Helper()
	fig, ok := caliberMMAt(s)
	m := caliberMM.FindStringSubmatch(s)
	if ok != (m != nil) || ok && fig != m[1] {
		t.Fatalf("caliberMMAt(%q) = %q, %v; caliberMM finds %q", s, fig, ok, m)
	}
}

func TestCaliberMMAtSameAsRegexp(t *testing.T) {
	pieces := []string{"155", "7", "12.7", "1.25", "1.234", "1234", ".5", "5.", "mm", "MM", "mM", "millimetres", "MILLIMETER", "millimetreſ", "millimeterſx",
		"millimetress", "millimetre_", "mmx", "mm_", " ", "  ", "-", "--", " - ", "\t", "\v", ",", ".", "_", "x", "é", "\u212a", "\xff", "\xe2\x80", "a5"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkCaliberMMAt(t, b.String())
	}
	for _, s := range scanSentences(t) {
		for i := range len(s) {
			if isDigit(s[i]) {
				checkCaliberMMAt(t, s[max(0, i-3):min(len(s), i+20)])
			}
		}
	}
}

func FuzzCaliberMMAt(f *testing.F) {
	for _, s := range []string{"155 mm", "a 12.7-mm gun", "5 millimetres", "x5mm 7 MM", "1.234mm", "2 millimetreſx"} {
		f.Add(s)
	}
	f.Fuzz(checkCaliberMMAt)
}

// isDigitTok must answer as the regular expression it stands in for.
func TestIsDigitTokSameAsRegexp(t *testing.T) {
	digitTok := regexp.MustCompile(`^\.?\d+(?:\.\d+)?(mm)?$`)
	pieces := []string{"", ".", "0", "5", "12", "mm", "m", "x", "-", "é", "١", "MM", " "}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := isDigitTok(s), digitTok.MatchString(s); got != want {
			t.Fatalf("isDigitTok(%q) = %v, want %v", s, got, want)
		}
	}
}

// maxWords and maxWordsBytes, with their gates, must answer as the map.
func TestMaxWordsSameAsMap(t *testing.T) {
	l, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var ws []string
	for k := range l.first {
		ws = append(ws, k, k+"s", k+",", strings.ToUpper(k), k[:len(k)-1], "x"+k)
	}
	ws = appendRandomWords(ws, rand.New(rand.NewPCG(9, 10)), 10, "abcdefghijklmnopqrstuvwxyz0123456789-.,'é")
	for _, w := range ws {
		want := l.first[w].most()
		if got, ok := l.maxWords(w); !ok || got != want {
			t.Fatalf("maxWords(%q) = %d %v, want %d", w, got, ok, want)
		}
		if got := l.maxWordsBytes([]byte(w)); got != want {
			t.Fatalf("maxWordsBytes(%q) = %d, want %d", w, got, want)
		}
	}
}

// articleTokens returns the words of text's tokens that are articles.
func articleTokens(e *Extractor, text string) []string {
	sc := e.newScan(text)
	defer putScan(sc)
	var out []string
	for _, tk := range sc.toks {
		if _, ok := e.gram["article"][tk.low]; ok {
			out = append(out, tk.low)
		}
	}
	return out
}

// mayHaveArticle may say yes wrongly, never no: a sentence it turns away
// must have no token that is an article.
func TestMayHaveArticle(t *testing.T) {
	e := newExtractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"Germany sent tanks.", false},
		{"Germany sent a tank.", true},
		{"AN IRIS-T system", true},
		{"(another) Patriot", true},
		{"anti-aircraft guns and banana", false},
		{"a-", true},  // a token, though joined by a hyphen
		{"éan", true}, // a run of letters between non-letters: a false yes
		{"Wanted", false},
	} {
		if got := e.mayHaveArticle(tc.text); got != tc.want {
			t.Errorf("mayHaveArticle(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzMayHaveArticle(f *testing.F) {
	for _, s := range []string{"a Leopard 2 tank", "An E-7A", "«an» ANOTHER", "éa-an\u00a0A", "Q&A. a.k.a."} {
		f.Add(s)
	}
	e := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if arts := articleTokens(e, text); len(arts) > 0 && !e.mayHaveArticle(text) {
			t.Fatalf("mayHaveArticle(%q) = false, but its tokens hold %q", text, arts)
		}
	})
}

// wordClasses must answer as the grammar's maps, kind by kind.
func TestWordClassesSameAsGrammar(t *testing.T) {
	e := newExtractor(t)
	var ws []string
	for _, words := range e.gram {
		for w := range words {
			ws = append(ws, w, w+"s", strings.ToUpper(w), w[:len(w)-1], "x"+w)
		}
	}
	for _, s := range scanSentences(t)[:2000] {
		ws = append(ws, strings.Fields(strings.ToLower(s))...)
	}
	ws = append(ws, "")
	for _, w := range ws {
		for kind, k := range classKinds {
			if got, want := e.class.is(k, w), e.gram.is(kind, w); got != want {
				t.Fatalf("class.is(%s, %q) = %v, want %v", kind, w, got, want)
			}
		}
	}
	if len(classKinds) != len(grammarKinds) {
		t.Fatalf("%d classes for %d kinds", len(classKinds), len(grammarKinds))
	}
}

// keyAt, with its gates, must answer as the map.
func TestKeyAtSameAsMap(t *testing.T) {
	l, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var ws []string
	for k := range l.keys {
		ws = append(ws, k, k+"s", k+" s", strings.ToUpper(k), k[:len(k)-1], "x"+k, k+" "+k)
	}
	for _, s := range scanSentences(t)[:3000] {
		f := strings.Fields(strings.ToLower(s))
		for i := range f {
			for j := i + 1; j <= len(f) && j <= i+4; j++ {
				ws = append(ws, strings.Join(f[i:j], " "))
			}
		}
	}
	ws = appendRandomWords(ws, rand.New(rand.NewPCG(15, 16)), 16, "abcdefghijklmnopqrstuvwxyz0123456789 -.,'é")
	for _, w := range ws {
		want, wok := l.keys[w]
		if got, ok := l.keyAt([]byte(w)); got != want || ok != wok {
			t.Fatalf("keyAt(%q) = %v %v, want %v %v", w, got, ok, want, wok)
		}
	}
}

// appendRandomWords appends 20,000 words of 1 to maxLen bytes drawn from
// alphabet (bytes, so that a letter of two splits too).
func appendRandomWords(ws []string, r *rand.Rand, maxLen int, alphabet string) []string {
	for range 20000 {
		b := make([]byte, 1+r.IntN(maxLen))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		ws = append(ws, string(b))
	}
	return ws
}
