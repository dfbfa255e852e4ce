package materiel

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/words"
)

// tokenizeRef is tokenize as it was: the whole sentence lowered when it
// is ASCII, every token lowered by strings.ToLower when it is not.
func tokenizeRef(text string) []token {
	var toks []token
	for i := 0; ; {
		w, next, ok := words.Next(text, i)
		if !ok {
			break
		}
		i = next
		first := len(toks)
		fs, fe := w.Start, w.End
		for k := fs; k <= fe; {
			h := k
			for h < fe && text[h] != '-' {
				h++
			}
			end := h
			if h == fe {
				h = -1
			}
			if end > k {
				toks = append(toks, token{start: k, end: end, hyphBefore: k > fs && text[k-1] == '-', hyphAfter: end < fe})
			}
			if h < 0 {
				break
			}
			k = end + 1
		}
		if len(toks) > first {
			toks[first].lead = w.Lead
			toks[len(toks)-1].trail = w.Trail
		}
	}
	low, ascii := words.LowerASCII(nil, text)
	for t := range toks {
		if ascii {
			toks[t].low = string(low)[toks[t].start:toks[t].end]
		} else {
			toks[t].low = strings.ToLower(text[toks[t].start:toks[t].end])
		}
	}
	return toks
}

func TestTokenizeSameAsRef(t *testing.T) {
	sents := scanSentences(t)
	sents = append(sents, "", "-", "A-B-C", "ÉCOLE Anti-TANK", "a--b", "X-", "-Y", "\u212a-9 K-9 \u0130stanbul İ", "ALL CAPS SENTENCE, WITH-HYPHENS.")
	capped := 0
	for _, s := range sents {
		sc := getScan()
		sc.text = s
		sc.tokenize()
		want := tokenizeRef(s)
		if !slices.Equal(sc.toks, want) {
			t.Fatalf("tokenize(%q):\n got  %+v\n want %+v", s, sc.toks, want)
		}
		capped += len(sc.capped)
		putScan(sc)
	}
	if capped < 1000 {
		t.Fatalf("only %d tokens with capitals", capped)
	}
}

// Byte soup of what the tokenizer splits at: spaces (some outside
// ASCII), hyphens, the punctuation split off words, capitals, runes
// outside ASCII and invalid UTF-8.
func TestTokenizeSoup(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2003", "\u3000", "-", "--", "(", "[", "\"", "'", ",", ";", ":", ".", ")", "]", "!", "?",
		"a", "Ab", "XY", "tank", "T-72", "é", "É", "\u212a", "\u0130", "\xff", "\xc3", "\xe2\x80", "1", "155mm", "_", "/"}
	r := rand.New(rand.NewPCG(7, 8))
	sc := getScan()
	defer putScan(sc)
	for range 200000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		sc.text = s
		sc.tokenize()
		if want := tokenizeRef(s); !slices.Equal(sc.toks, want) {
			t.Fatalf("tokenize(%q):\n got  %+v\n want %+v", s, sc.toks, want)
		}
	}
}

// plainEnd must stop where a loop over the bytes that tokenize steps
// over does, or, within the last eight bytes, before.
func TestPlainEnd(t *testing.T) {
	plain := func(c byte) bool {
		return c < utf8.RuneSelf && c > ' ' && c != '-' && !('A' <= c && c <= 'Z')
	}
	check := func(s string, i int) {
		t.Helper()
		want := i
		for want < len(s) && plain(s[want]) {
			want++
		}
		got := plainEnd(s, i)
		if got != want && (got < i || got > want || got+8 <= len(s)) {
			t.Fatalf("plainEnd(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
	for b := range 256 {
		for at := range 8 {
			s := []byte("abcdefghijklmnopqrst")
			s[at] = byte(b)
			s[at+9] = byte(b)
			for i := range len(s) + 1 {
				check(string(s), i)
			}
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	s := make([]byte, 30)
	for range 100000 {
		for k := range s {
			s[k] = "az09.,'AZ@[-` \t\x80\xff"[r.IntN(17)]
			if r.IntN(4) == 0 {
				s[k] = byte(r.IntN(256))
			}
		}
		w := string(s[:r.IntN(len(s))])
		for i := range len(w) + 1 {
			check(w, i)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Anti-TANK missiles, (HIMARS) and 155mm shells.", "ÉCOLE \u212a-9\tx--y", "abcdefghijklmnop-QRSTUVWX yz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sc := getScan()
		defer putScan(sc)
		sc.text = s
		sc.tokenize()
		if want := tokenizeRef(s); !slices.Equal(sc.toks, want) {
			t.Fatalf("tokenize(%q):\n got  %+v\n want %+v", s, sc.toks, want)
		}
	})
}
