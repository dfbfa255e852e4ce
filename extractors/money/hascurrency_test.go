package money

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hasCurrencyRef is hasCurrency as it was: it reads the whole text
// whatever it has found.
func (s *scanner) hasCurrencyRef(text string, buf []byte) (found, hazard bool) {
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if !isASCIILetter(b) {
				if s.ascii[b]&runeCurrency != 0 {
					found = true
				}
				i++
				continue
			}
			j := i + 1
			for j < len(text) && isASCIILetter(text[j]) {
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf {
				// an ASCII run: most words are ruled out by length and
				// first and last letter
				if n := j - i; n < len(s.curWords) && s.curWords[n][b|0x20-'a']&(1<<(text[j-1]|0x20-'a')) != 0 &&
					(n < 2 || s.curSecond[n][b|0x20-'a']&(1<<(text[i+1]|0x20-'a')) != 0) {
					var f uint8
					if f, buf = s.runFlags(text[i:j], buf); f&tokCurrency != 0 {
						found = true
					}
				}
				i = j
				continue
			}
		}
		// a run with non-ASCII letters, or a non-ASCII rune
		r, size := utf8.DecodeRuneInString(text[i:])
		if s.hazard[r] {
			return found, true
		}
		if !unicode.IsLetter(r) {
			if s.other[r]&runeCurrency != 0 {
				found = true
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, n := utf8.DecodeRuneInString(text[j:])
			if s.hazard[r2] {
				return found, true
			}
			if !unicode.IsLetter(r2) {
				break
			}
			j += n
		}
		var f uint8
		if f, buf = s.runFlags(text[i:j], buf); f&tokCurrency != 0 {
			found = true
		}
		i = j
	}
	return found, false
}

func TestHasCurrencySameAsRef(t *testing.T) {
	e := newExtractor(t)
	s := &e.scan
	if len(s.hazardBytes) < 2 {
		t.Fatalf("hazards: %q", s.hazardBytes)
	}
	var pieces []string
	for _, c := range e.currencies {
		pieces = append(pieces, c.surface, strings.ToUpper(c.surface))
	}
	pieces = append(pieces, " ", "  ", "the", "aid", "5", "million", "é", "É", "\u212a", "\u017f", "\xe2", "\x84", "\xaa", "\xc5", "\xbf", "\xff", "-", ",", "$", "€", "£", "¥", "US", "dollars", "kroner", "x")
	r := rand.New(rand.NewPCG(67, 68))
	var found, hazard, none int
	for range 200000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		gf, gh := s.hasCurrency(text, nil)
		wf, wh := s.hasCurrencyRef(text, nil)
		if gh != wh || !gh && gf != wf {
			t.Fatalf("hasCurrency(%q) = %v, %v; want %v, %v", text, gf, gh, wf, wh)
		}
		if gf && !gh {
			found++
		}
		if gh {
			hazard++
		}
		if !gf && !gh {
			none++
		}
	}
	if found < 10000 || hazard < 3000 || none < 1000 {
		t.Fatalf("%d found, %d hazards, %d neither: too few", found, hazard, none)
	}
}
