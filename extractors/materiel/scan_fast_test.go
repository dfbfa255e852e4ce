package materiel

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/aidextract/aidextract/extractors/internal/words"
	"github.com/aidextract/aidextract/pipeline/model"
	"github.com/aidextract/aidextract/pipeline/model/modeltest"
)

// newScanRef is newScan as it was, folding every window apart.
func (e *Extractor) newScanRef(text string) *scan {
	sc := getScan()
	sc.text = text
	sc.tokenize()
	sc.ents = sc.ents[:0]
	sc.cover = slices.Grow(sc.cover[:0], len(sc.toks))[:len(sc.toks)]
	for i := range sc.cover {
		sc.cover[i] = -1
	}
	var buf [64]byte
	for i := 0; i < len(sc.toks); {
		best := entity{}
		found := false
		// Only phrases whose first word starts a key of the lexicon can
		// match, and only as many words as its longest such key has
		// (one more for the plural "s" dropped).
		one, most := true, maxAliasTokens
		if tk := sc.toks[i]; true {
			low := tk.low
			m1, indexed := e.lex.maxWords(low)
			if indexed {
				one = m1 > 0
				if !one && len(low) > 1 && low[len(low)-1] == 's' {
					m, _ := e.lex.maxWords(low[:len(low)-1])
					one = m > 0
				}
				// the first word of a longer phrase: the token with the
				// punctuation glued to it, up to the next space or hyphen
				mn := m1
				if !tk.hyphAfter && tk.trail != "" {
					mn = e.lex.maxWordsBytes(append(append(buf[:0], low...), tk.trail...))
				}
				most = mn + 1
			}
		}
		// windows longer than most are skipped: start at the longest
		// that may match
		for n := min(maxAliasTokens, len(sc.toks)-i, max(most, 1)); n >= 1 && !found; n-- {
			if n == 1 && !one {
				continue
			}
			ok := true
			for k := i; k < i+n-1; k++ {
				if strongBreak(sc.toks[k].trail) || strings.ContainsAny(sc.toks[k+1].lead, "([") {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			raw := text[sc.toks[i].start:sc.toks[i+n-1].end]
			en := entity{t0: i, t1: i + n, start: sc.toks[i].start, end: sc.toks[i+n-1].end}
			en.sys, en.head = e.lex.lookupPhraseRef(raw)
			found = en.sys != nil || en.head != nil
			if found {
				best = en
			}
		}
		if !found {
			i++
			continue
		}
		t0, t1 := best.t0, best.t1
		if t1 < len(sc.toks) && sc.toks[t1-1].hyphAfter {
			best.modifier = true // "truck-mounted", "Stinger-based"
		}
		if t0 > 0 && sc.toks[t0].hyphBefore && e.gram.is("prefix", sc.toks[t0-1].low) {
			best.modifier = true // "anti-aircraft", "counter-drone"
		}
		sc.ents = append(sc.ents, best)
		for k := t0; k < t1; k++ {
			sc.cover[k] = len(sc.ents) - 1
		}
		i = t1
	}
	return sc
}

// lookupPhraseRef is lookupPhrase as it was.
func (l *Lexicon) lookupPhraseRef(raw string) (*System, *Head) {
	if i, ok := l.exactAt(raw); ok {
		return &l.Systems[i], nil
	}
	plural := len(raw) > 3 && strings.HasSuffix(raw, "s") && !strings.HasSuffix(raw, "ss")
	var buf [64]byte
	key, ascii := words.FoldASCII(buf[:0], raw)
	if !ascii || l.keys == nil {
		if s, ok := l.Lookup(raw); ok {
			return s, nil
		}
		if h, ok := l.LookupHead(raw); ok {
			return nil, h
		}
		if plural {
			if s, ok := l.Lookup(raw[:len(raw)-1]); ok {
				return s, nil
			}
		}
		return nil, nil
	}
	if r, ok := l.keyAt(key); ok {
		if r.sys >= 0 {
			return &l.Systems[r.sys], nil
		}
		return nil, &l.Heads[r.head]
	}
	if !plural {
		return nil, nil
	}
	if i, ok := l.exactAt(raw[:len(raw)-1]); ok {
		return &l.Systems[i], nil
	}
	// Fold of raw without its "s": key without it, and without the space
	// a hyphen or space before the "s" became
	key = key[:len(key)-1]
	if n := len(key); n > 0 && key[n-1] == ' ' {
		key = key[:n-1]
	}
	if r, ok := l.keyAt(key); ok && r.sys >= 0 {
		return &l.Systems[r.sys], nil
	}
	return nil, nil
}

// scanSentences are sentences to scan: the test corpus's, and random
// ones made of lexicon words, punctuation and spacing.
func scanSentences(t *testing.T) []string {
	var out []string
	files, _ := filepath.Glob("../../testdata/corpus/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, s := range strings.FieldsFunc(string(b), func(r rune) bool { return r == '\n' || r == '.' }) {
			out = append(out, s)
		}
	}
	l, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var vocab []string
	for _, s := range l.Systems {
		vocab = append(vocab, s.Canonical)
		vocab = append(vocab, s.Aliases...)
		vocab = append(vocab, s.CaseSensitive...)
	}
	for _, h := range l.Heads {
		vocab = append(vocab, h.Singular, h.Plural)
	}
	vocab = append(vocab, "the", "and", "of", "16", "155", "mm", "anti", "(", ")", "[", "é", "Ü", "s", "-", "--", ",", ".", ";", "\"", "'s", "K")
	seps := []string{" ", " ", " ", "  ", "-", "\t", "\n", ", ", ". ", " (", ") ", "; ", "\u00a0", "é", "s ", "S-"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(14); n >= 0; n-- {
			w := vocab[r.IntN(len(vocab))]
			switch r.IntN(6) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = strings.ReplaceAll(w, " ", "-")
			case 2:
				w = strings.ReplaceAll(w, " ", seps[r.IntN(len(seps))])
			}
			b.WriteString(w)
			b.WriteString(seps[r.IntN(len(seps))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestNewScanSameAsRef(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ents, nonASCII := 0, 0
	for _, s := range scanSentences(t) {
		got := e.newScan(s)
		for t := 0; t < len(got.toks); t += 1 + len(s)%4 {
			e.entsThrough(got, t) // in pieces, as callers look further
		}
		e.entsThrough(got, len(got.toks))
		ents += len(got.ents)
		if strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 }) && len(got.ents) > 0 {
			nonASCII++
		}
		want := e.newScanRef(s)
		if !slices.Equal(got.ents, want.ents) || !slices.Equal(got.cover, want.cover) || !slices.Equal(got.toks, want.toks) {
			t.Fatalf("newScan(%q):\n got  %+v\n want %+v", s, got.ents, want.ents)
		}
		putScan(got)
		putScan(want)
	}
	if ents < 10000 || nonASCII < 1000 {
		t.Errorf("%d entities, %d in sentences not ASCII: too few to tell", ents, nonASCII)
	}
}

// extractBoth extracts the mentions of text with the entity pass run on
// demand and run whole at once, as it was.
func extractBoth(e *Extractor, text string) (lazy, eager []model.Mention) {
	_, lazy = modeltest.Extract(e, text)
	whole := *e
	whole.eagerScan = true
	_, eager = modeltest.Extract(&whole, text)
	return lazy, eager
}

// The entity pass run on demand must find what it found run whole, in
// sentences of the corpus and random ones, a few to a document so that
// counts without heads look back into the sentence before.
func TestLazyScanSameAsEager(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	files, _ := filepath.Glob("../../testdata/corpus/*")
	more, _ := filepath.Glob("../../testdata/holdout/corpus/*")
	for _, f := range append(files, more...) {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	// a count or an article before most random sentences
	counts := []string{"", "12 ", "two ", "5,000 ", "hundreds of ", "a ", "an ", "another ", "20-25 ", "the 40 "}
	ss := scanSentences(t)
	for i := 0; i < len(ss); i += 3 {
		var b strings.Builder
		for k, s := range ss[i:min(i+3, len(ss))] {
			b.WriteString(counts[(i+k)%len(counts)])
			b.WriteString(s)
			b.WriteString(". ")
		}
		texts = append(texts, b.String())
	}
	mentions := 0
	for _, text := range texts {
		lazy, eager := extractBoth(e, text)
		if !reflect.DeepEqual(lazy, eager) {
			t.Fatalf("Extract(%q):\n lazy  %+v\n eager %+v", text, lazy, eager)
		}
		mentions += len(lazy)
	}
	if mentions < 5000 {
		t.Errorf("only %d mentions: too few to tell", mentions)
	}
}

func FuzzLazyScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if lazy, eager := extractBoth(e, text); !reflect.DeepEqual(lazy, eager) {
			t.Fatalf("Extract(%q):\n lazy  %+v\n eager %+v", text, lazy, eager)
		}
	})
}
