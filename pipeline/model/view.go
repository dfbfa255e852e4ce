package model

import (
	"strings"
	"unicode/utf8"
)

// View is the matching view of a text: the text with typography folded
// (non-breaking and thin spaces, dashes, curly quotes) and citation marks
// removed, so that extractors match one spelling of each thing. pos maps
// every byte of Text back to the code point of the original it came from;
// it is the only place where offsets are converted.
type View struct {
	Text string
	orig string
	pos  []int32 // code point of the original, per byte of Text; len(Text)+1 entries
	ob   []int32 // byte offset in the original, per byte of Text; len(Text)+1 entries
}

// NewView builds the matching view of orig.
func NewView(orig string) *View {
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
		if n := citationLen(runes, i); n > 0 {
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

// Span converts a byte span of the view into a code-point span of the
// original text.
func (v *View) Span(start, end int) (int, int) {
	if end <= start {
		p := int(v.pos[start])
		return p, p
	}
	return int(v.pos[start]), int(v.pos[end-1]) + 1
}

// Original returns the code-point span of the original text that the view's
// byte span [start, end) came from, and that original text.
func (v *View) Original(start, end int) (cpStart, cpEnd int, text string) {
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
func (v *View) Len() int { return int(v.pos[len(v.pos)-1]) }

func isWordRune(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && !isSuperscript(r)
}

// isSuperscript reports whether r is a superscript digit or modifier letter,
// the characters citation marks such as "⁴:¹⁷" and "ᵉˣᶜᵉˢˢⁱᵛᵉ" are made of.
func isSuperscript(r rune) bool {
	switch {
	case r == '\u00b2' || r == '\u00b3' || r == '\u00b9':
		return true
	case r >= '\u2070' && r <= '\u209c':
		return true
	case r >= '\u1d2c' && r <= '\u1d6a', r >= '\u1d9b' && r <= '\u1dbf':
		return true
	case r >= '\u02b0' && r <= '\u02b8', r >= '\u02e0' && r <= '\u02e4':
		return true
	}
	return false
}

// citationLen returns the length in runes of the citation mark starting at
// i, or 0: a run of superscripts, possibly joined by ':', ',', '-' or single
// spaces ("¹⁵:¹⁵ᵐⁱⁿᵘᵗᵉ ²⁰:²⁵"), or a bracketed reference ("[12]", "[a]",
// "[citation needed]", "[note 3]").
func citationLen(rs []rune, i int) int {
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

func isCitation(s string) bool {
	switch s {
	case "citation needed", "clarification needed", "dubious", "failed verification", "better source needed", "when?", "who?", "according to whom?":
		return true
	}
	s = strings.TrimPrefix(s, "note ")
	s = strings.TrimPrefix(s, "nb ")
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' {
		return true
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(s) > 0 && len(s) <= 4
}
