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
	cp := 0 // code point index of orig[i]
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

// citationLen returns the length, in bytes and in code points, of the
// citation mark starting at byte i of s, or 0, 0: a run of superscripts,
// possibly joined by ':', ',', '-' or single spaces ("¹⁵:¹⁵ᵐⁱⁿᵘᵗᵉ ²⁰:²⁵"),
// or a bracketed reference ("[12]", "[a]", "[citation needed]",
// "[note 3]").
func citationLen(s string, i int) (nb, nr int) {
	if s[i] == '[' {
		j, n := i+1, 1 // j: byte after the runes read; n: runes read, '[' included
		for j < len(s) && n <= 20 && s[j] != ']' && s[j] != '\n' {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
			n++
		}
		if j >= len(s) || s[j] != ']' || j == i+1 {
			return 0, 0
		}
		if isCitation(s[i+1 : j]) {
			return j + 1 - i, n + 1
		}
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if !isSuperscript(r) {
		return 0, 0
	}
	j, n := i+size, 1
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isSuperscript(r) {
			j += size
			n++
			continue
		}
		if r == ':' || r == ',' || r == '-' || r == ' ' || r == '\u2013' {
			if r2, size2 := utf8.DecodeRuneInString(s[j+size:]); j+size < len(s) && isSuperscript(r2) {
				j += size + size2
				n += 2
				continue
			}
		}
		break
	}
	return j - i, n
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
