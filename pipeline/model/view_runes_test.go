package model

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// denseView is View as it was first written, with the code point and
// the byte offset of the original stored for every byte of Text: the
// reference for View's marks.
type denseView struct {
	Text string
	orig string
	pos  []int32 // code point of the original, per byte of Text; len(Text)+1 entries
	ob   []int32 // byte offset in the original, per byte of Text; len(Text)+1 entries
}

// newViewDense is NewView building a denseView.
func newViewDense(orig string) *denseView {
	var b strings.Builder
	b.Grow(len(orig))
	pos := make([]int32, 0, len(orig)+1)
	ob := make([]int32, 0, len(orig)+1)
	cp := 0 // code point index of orig[i]
	width := wrapWidth(orig)
	// emit writes s for the code point at byte i (code point cp).
	emit := func(s string, i, cp int) {
		b.WriteString(s)
		for range len(s) {
			pos = append(pos, int32(cp))
			ob = append(ob, int32(i))
		}
	}
	for i := 0; i < len(orig); {
		c := orig[i]
		if c < utf8.RuneSelf && c >= ' ' && c != '[' {
			// the common case: printable ASCII stays as it is
			b.WriteByte(c)
			pos = append(pos, int32(cp))
			ob = append(ob, int32(i))
			i++
			cp++
			continue
		}
		if nb, nr := citationLen(orig, i); nb > 0 {
			prev := rune(' ')
			if b.Len() > 0 {
				prev, _ = utf8.DecodeLastRuneInString(b.String())
			}
			next := rune(' ')
			if i+nb < len(orig) {
				next, _ = utf8.DecodeRuneInString(orig[i+nb:])
			}
			// A mark glued to the next word still separates it from what
			// came before ("Hodges.ᵉˣᶜᵉˢˢⁱᵛᵉ ᶜⁱᵗᵃᵗⁱᵒⁿˢTo reach").
			if isWordRune(next) && prev != ' ' && prev != '\n' {
				emit(" ", i, cp)
			}
			i += nb
			cp += nr
			continue
		}
		r, size := utf8.DecodeRuneInString(orig[i:])
		switch {
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u205f' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			emit(" ", i, cp)
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width and soft hyphen: dropped
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\ufe63' || r == '\uff0d':
			emit("-", i, cp)
		case r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b' || r == '\u2032' || r == '\u02bc':
			emit("'", i, cp)
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u201f' || r == '\u2033' || r == '\u00ab' || r == '\u00bb':
			emit("\"", i, cp)
		case r == '\r':
			if i+1 < len(orig) && orig[i+1] == '\n' {
				// CRLF: the \n stands for both
			} else {
				emit("\n", i, cp)
			}
		case r == '\n' && joinsLines(orig, i, width):
			emit(" ", i, cp) // a hard wrap inside a sentence
		case r == '\t' || r == '\v' || r == '\f':
			emit(" ", i, cp)
		case r == utf8.RuneError:
			emit(" ", i, cp)
		default:
			emit(orig[i:i+size], i, cp)
		}
		i += size
		cp++
	}
	pos = append(pos, int32(cp))
	ob = append(ob, int32(len(orig)))
	return &denseView{Text: b.String(), orig: orig, pos: pos, ob: ob}
}

// Span converts a byte span of the view into a code-point span of the
// original text.
func (v *denseView) Span(start, end int) (int, int) {
	if end <= start {
		p := int(v.pos[start])
		return p, p
	}
	return int(v.pos[start]), int(v.pos[end-1]) + 1
}

// Original returns the code-point span of the original text that the view's
// byte span [start, end) came from, and that original text.
func (v *denseView) Original(start, end int) (cpStart, cpEnd int, text string) {
	cpStart, cpEnd = v.Span(start, end)
	if end <= start {
		return cpStart, cpEnd, ""
	}
	bs := int(v.ob[start])
	// the end of the last original rune covered
	be := int(v.ob[end-1])
	_, size := utf8.DecodeRuneInString(v.orig[be:])
	return cpStart, cpEnd, v.orig[bs : be+size]
}

// Len is the original's length in code points.
func (v *denseView) Len() int { return int(v.pos[len(v.pos)-1]) }

// newViewRunes is NewView as it was first written, over a slice of runes:
// the reference the byte-walking newViewDense must agree with.
func newViewRunes(orig string) *denseView {
	var b strings.Builder
	b.Grow(len(orig))
	pos := make([]int32, 0, len(orig)+1)
	ob := make([]int32, 0, len(orig)+1)
	runes := []rune(orig)
	width := wrapWidth(orig)
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
		case r == '\n' && joinsLines(orig, int(byteAt[i]), width):
			emit(" ", i) // a hard wrap inside a sentence
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
	return &denseView{Text: b.String(), orig: orig, pos: pos, ob: ob}
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
		// A few long texts, with many marks to search.
		pieceCount := 30
		if n%1000 == 0 {
			pieceCount = 5000
		}
		var sb strings.Builder
		for k := rng.Intn(pieceCount); k >= 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkViewsAgree(t, sb.String())
	}
}

func checkViewsAgree(t *testing.T, s string) {
	t.Helper()
	dense, runes := newViewDense(s), newViewRunes(s)
	if dense.Text != runes.Text || !slicesEqual(dense.pos, runes.pos) || !slicesEqual(dense.ob, runes.ob) {
		t.Fatalf("newViewDense(%q) = %q %v %v, want %q %v %v", s, dense.Text, dense.pos, dense.ob, runes.Text, runes.pos, runes.ob)
	}
	if !utf8.ValidString(dense.Text) && utf8.ValidString(s) {
		t.Fatalf("NewView(%q): invalid UTF-8 %q", s, dense.Text)
	}
	checkMarks(t, s, NewView(s), dense)
}

// checkMarks compares the view of s with the dense one.
func checkMarks(t *testing.T, s string, v *View, dense *denseView) {
	t.Helper()
	if v.Text != dense.Text {
		t.Fatalf("NewView(%q).Text = %q, want %q", s, v.Text, dense.Text)
	}
	for j := range len(v.Text) + 1 {
		if cp, ob := v.origin(j); cp != int(dense.pos[j]) || ob != int(dense.ob[j]) {
			t.Fatalf("NewView(%q).origin(%d) = %d, %d, want %d, %d (marks %v)", s, j, cp, ob, dense.pos[j], dense.ob[j], v.marks)
		}
	}
	if got, want := v.Len(), dense.Len(); got != want {
		t.Fatalf("NewView(%q).Len() = %d, want %d", s, got, want)
	}
	// Every span of a short view, and a sample of the spans of a long one.
	step := 1 + len(v.Text)/16
	for start := 0; start <= len(v.Text); start += 1 + start%step {
		for end := max(0, start-1); end <= len(v.Text); end += 1 + end%step {
			gs, ge := v.Span(start, end)
			ws, we := dense.Span(start, end)
			if gs != ws || ge != we {
				t.Fatalf("NewView(%q).Span(%d, %d) = %d, %d, want %d, %d", s, start, end, gs, ge, ws, we)
			}
			gs, ge, gt := v.Original(start, end)
			ws, we, wt := dense.Original(start, end)
			if gs != ws || ge != we || gt != wt {
				t.Fatalf("NewView(%q).Original(%d, %d) = %d, %d, %q, want %d, %d, %q", s, start, end, gs, ge, gt, ws, we, wt)
			}
		}
	}
	// Marks cost memory only for what is not printable ASCII: at most two
	// per such byte of the original.
	special := 0
	for i := range len(s) {
		if !isPlain(s[i]) {
			special++
		}
	}
	if len(v.marks) > 2*special {
		t.Fatalf("NewView(%q): %d marks for %d special bytes", s, len(v.marks), special)
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
