package model

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// newViewRunes is NewView as it was first written, over a slice of runes:
// the reference the byte-walking NewView must agree with.
func newViewRunes(orig string) *View {
	var b strings.Builder
	b.Grow(len(orig))
	pos := make([]int32, 0, len(orig)+1)
	ob := make([]int32, 0, len(orig)+1)
	runes := []rune(orig)
	// byteAt[i] is the byte offset of rune i in orig.
	byteAt := make([]int32, len(runes)+1)
	{
		i := 0
		for off := range orig {
			byteAt[i] = int32(off)
			i++
		}
		byteAt[len(runes)] = int32(len(orig))
	}
	emit := func(s string, cp int) {
		b.WriteString(s)
		for range len(s) {
			pos = append(pos, int32(cp))
			ob = append(ob, byteAt[cp])
		}
	}
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		if r < 0x80 && r >= ' ' && r != '[' {
			// the common case: printable ASCII stays as it is
			b.WriteByte(byte(r))
			pos = append(pos, int32(i))
			ob = append(ob, byteAt[i])
			continue
		}
		if n := citationLenRunes(runes, i); n > 0 {
			prev := rune(' ')
			if b.Len() > 0 {
				prev, _ = utf8.DecodeLastRuneInString(b.String())
			}
			next := rune(' ')
			if i+n < len(runes) {
				next = runes[i+n]
			}
			// A mark glued to the next word still separates it from what
			// came before ("Hodges.ᵉˣᶜᵉˢˢⁱᵛᵉ ᶜⁱᵗᵃᵗⁱᵒⁿˢTo reach").
			if isWordRune(next) && prev != ' ' && prev != '\n' {
				emit(" ", i)
			}
			i += n - 1
			continue
		}
		switch {
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u205f' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			emit(" ", i)
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width and soft hyphen: dropped
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\ufe63' || r == '\uff0d':
			emit("-", i)
		case r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b' || r == '\u2032' || r == '\u02bc':
			emit("'", i)
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u201f' || r == '\u2033' || r == '\u00ab' || r == '\u00bb':
			emit("\"", i)
		case r == '\r':
			if i+1 < len(runes) && runes[i+1] == '\n' {
				continue // CRLF: the \n stands for both
			}
			emit("\n", i)
		case r == '\t' || r == '\v' || r == '\f':
			emit(" ", i)
		case r == utf8.RuneError:
			emit(" ", i)
		default:
			emit(string(r), i)
		}
	}
	pos = append(pos, int32(len(runes)))
	ob = append(ob, int32(len(orig)))
	return &View{Text: b.String(), orig: orig, pos: pos, ob: ob}
}

// citationLen returns the length in runes of the citation mark starting at
// i, or 0: a run of superscripts, possibly joined by ':', ',', '-' or single
// spaces ("¹⁵:¹⁵ᵐⁱⁿᵘᵗᵉ ²⁰:²⁵"), or a bracketed reference ("[12]", "[a]",
// "[citation needed]", "[note 3]").
func citationLenRunes(rs []rune, i int) int {
	if isSuperscript(rs[i]) {
		j := i + 1
		for j < len(rs) {
			if isSuperscript(rs[j]) {
				j++
				continue
			}
			if (rs[j] == ':' || rs[j] == ',' || rs[j] == '-' || rs[j] == ' ' || rs[j] == '\u2013') && j+1 < len(rs) && isSuperscript(rs[j+1]) {
				j += 2
				continue
			}
			break
		}
		return j - i
	}
	if rs[i] == '[' {
		j := i + 1
		for j < len(rs) && j-i <= 20 && rs[j] != ']' && rs[j] != '\n' {
			j++
		}
		if j >= len(rs) || rs[j] != ']' || j == i+1 {
			return 0
		}
		inner := string(rs[i+1 : j])
		if isCitation(inner) {
			return j - i + 1
		}
	}
	return 0
}

// TestNewViewMatchesRunes compares NewView with newViewRunes on texts made
// of the characters the view treats specially.
func TestNewViewMatchesRunes(t *testing.T) {
	pieces := []string{"a", "Z", "7", " ", "\n", "\r", "\r\n", "\t", ".", "[", "]", "[1]", "[12]", "[a]", "[note 3]",
		"[citation needed]", "[abcdefghijklmnopqrstuvwxyz]", "¹", "²³", "ᵉˣᶜᵉ", ":", ",", "-", "\u2013", "\u00a0", "\u200b",
		"\u00ad", "\u2019", "\u201c", "é", "日本", "\xff", "\xe2\x80", "\u2070", "\x00", "\x7f", "ü"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkViewsAgree(t, sb.String())
	}
}

func checkViewsAgree(t *testing.T, s string) {
	t.Helper()
	got, want := NewView(s), newViewRunes(s)
	if got.Text != want.Text || !slicesEqual(got.pos, want.pos) || !slicesEqual(got.ob, want.ob) {
		t.Fatalf("NewView(%q) = %q %v %v, want %q %v %v", s, got.Text, got.pos, got.ob, want.Text, want.pos, want.ob)
	}
	if !utf8.ValidString(got.Text) && utf8.ValidString(s) {
		t.Fatalf("NewView(%q): invalid UTF-8 %q", s, got.Text)
	}
}

func slicesEqual(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzNewViewMatchesRunes: NewView and newViewRunes agree on any input.
func FuzzNewViewMatchesRunes(f *testing.F) {
	for _, s := range []string{"a[1]b", "x¹:²y", "[citation needed]", "\r\n\u00a0\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkViewsAgree(t, s) })
}
