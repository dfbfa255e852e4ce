package words

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestEach(t *testing.T) {
	text := `Germany ("the donor") sent 16 M777s, 5,000 rounds; and — "more".  ...`
	var got []string
	Each(text, func(w Word) {
		if text[w.Start-len(w.Lead):w.Start] != w.Lead || text[w.End:w.End+len(w.Trail)] != w.Trail {
			t.Errorf("word %+v: lead or trail is not beside it", w)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s", w.Lead, text[w.Start:w.End], w.Trail))
	})
	want := []string{"|Germany|", `("|the|`, `|donor|")`, "|sent|", "|16|", "|M777s|,", "|5,000|", "|rounds|;", "|and|", "|—|", `"|more|".`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestNextMatchesEach(t *testing.T) {
	for _, text := range []string{"", "   ", " a  b\u00a0c\u2003d\te\n", `("x") -- ... 'y'`, "é É\u0085z", "\xff \xc3 a\xe2\x80"} {
		var each, next []Word
		eachRef(text, func(w Word) { each = append(each, w) })
		for i := 0; ; {
			w, j, ok := Next(text, i)
			if !ok {
				break
			}
			next, i = append(next, w), j
		}
		if fmt.Sprint(each) != fmt.Sprint(next) {
			t.Errorf("%q: Each %v, Next %v", text, each, next)
		}
	}
}

func TestLowerASCII(t *testing.T) {
	if b, ok := LowerASCII(nil, "M777 Howitzers"); !ok || string(b) != "m777 howitzers" {
		t.Errorf("got %q %v", b, ok)
	}
	if _, ok := LowerASCII(nil, "Café"); ok {
		t.Error("non-ASCII reported as ASCII")
	}
}

// eachRef is Each as first written, rune by rune.
func eachRef(text string, fn func(Word)) {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		fs, fe := i, j
		for fs < fe && strings.IndexByte("(\"'[", text[fs]) >= 0 {
			fs++
		}
		for fe > fs && strings.IndexByte(",;:.)\"'!?]", text[fe-1]) >= 0 {
			fe--
		}
		if fe > fs {
			fn(Word{Start: fs, End: fe, Lead: text[i:fs], Trail: text[fe:j]})
		}
		i = j
	}
}
