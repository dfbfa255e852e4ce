package words

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNext(t *testing.T) {
	text := `Germany ("the donor") sent 16 M777s, 5,000 rounds; and — "more".  ...`
	var got []string
	for i := 0; ; {
		w, next, ok := Next(text, i)
		if !ok {
			break
		}
		i = next
		if text[w.Start-len(w.Lead):w.Start] != w.Lead || text[w.End:w.End+len(w.Trail)] != w.Trail {
			t.Errorf("word %+v: lead or trail is not beside it", w)
		}
		got = append(got, fmt.Sprintf("%s|%s|%s", w.Lead, text[w.Start:w.End], w.Trail))
	}
	want := []string{"|Germany|", `("|the|`, `|donor|")`, "|sent|", "|16|", "|M777s|,", "|5,000|", "|rounds|;", "|and|", "|—|", `"|more|".`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestNextMatchesRef(t *testing.T) {
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
			t.Errorf("%q: reference %v, Next %v", text, each, next)
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

// eachRef is the word splitter as first written, rune by rune, with a
// callback: the reference Next must agree with.
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

// LowerASCII must agree with strings.ToLower on ASCII, refuse anything
// else, and keep what dst held.
func TestLowerASCIIRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "Z", "M", "7", " ", "-", "\t", "é", "\u212a", "[", "@", "`", "{"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(20) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		prefix := []byte("Xy")[:r.IntN(3)]
		dst := append(make([]byte, 0, r.IntN(8)), prefix...)
		got, ok := LowerASCII(dst, s)
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < utf8.RuneSelf
		}
		want := string(prefix)
		if ascii {
			want += strings.ToLower(s)
		}
		if ok != ascii || string(got) != want {
			t.Fatalf("LowerASCII(%q, %q) = %q, %v; want %q, %v", prefix, s, got, ok, want, ascii)
		}
	}
}

func TestPrefixFold(t *testing.T) {
	for _, tc := range []struct {
		s, w     string
		has, may bool
	}{
		{"MM gun", "mm", true, true},
		{"Millimetre", "millimet", true, true},
		{"m", "mm", false, false},
		{"by 2024", "by ", true, true},
		{"By\t2024", "by ", false, false},
		{"cal.", "cal", true, true},
		{"@", "`", false, false},     // '@' is not the upper case of '`'
		{"\u212a", "k", false, true}, // the Kelvin sign folds to k
		{"été", "et", false, true},
		{"", "", true, true},
	} {
		if got := HasPrefixFold(tc.s, tc.w); got != tc.has {
			t.Errorf("HasPrefixFold(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.has)
		}
		if got := MayHavePrefixFold(tc.s, tc.w); got != tc.may {
			t.Errorf("MayHavePrefixFold(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.may)
		}
	}
}

func TestFounding(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the EBRD, which was founded in 1991", true},
		{"a fund established 2014", true},
		{"the bank, set up in  1991", true},
		{"since its creation in 2021", true},
		{"Germany pledged in 2023", false},
		{"the unfounded in 2023", false},
		{"", false},
	}
	for _, tt := range tests {
		pos := strings.LastIndexAny(tt.text, "0123456789")
		if pos >= 0 {
			pos -= 3
		} else {
			pos = len(tt.text)
		}
		if got := Founding(tt.text, pos); got != tt.want {
			t.Errorf("Founding(%q, %d) = %v, want %v", tt.text, pos, got, tt.want)
		}
	}
}

func TestTitleLine(t *testing.T) {
	text := "Remarks by President Biden (excerpt)\n\nWe sent tanks. We sent guns.\nA list item\r\nLast line"
	tests := []struct {
		start, end int
		want       bool
	}{
		{0, 36, true},   // the title
		{38, 52, false}, // a sentence of text, ended by its full stop
		{53, 67, false}, // another that ends its line
		{67, 78, true},  // a line before a CRLF
		{80, 89, true},  // the last line
		{38, 44, false}, // part of a line
		{-1, 5, false},
		{5, 200, false},
	}
	for _, tt := range tests {
		if got := TitleLine(text, tt.start, tt.end); got != tt.want {
			t.Errorf("TitleLine(%q) = %v, want %v", text[max(0, tt.start):min(len(text), tt.end)], got, tt.want)
		}
	}
}
