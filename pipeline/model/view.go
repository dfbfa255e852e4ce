package model

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// View is the matching view of a text: the text with typography folded
// (non-breaking and thin spaces, dashes, curly quotes) and citation marks
// removed, so that extractors match one spelling of each thing. It maps
// every byte of Text back to the code point of the original it came from;
// it is the only place where offsets are converted.
type View struct {
	Text  string
	orig  string
	marks []viewMark // sorted by at
}

// A viewMark starts a run of Text that follows the original: up to the
// next mark, the character at byte at+k of Text comes from code point
// cp+k, at byte ob+k, of the original. Text before the first mark is the
// original's own. The bytes of a multi-byte character of Text all come
// from where its first byte does. Most text is printable ASCII, which the
// view keeps, so there are few marks: one where a character is dropped or
// replaced by one of another length, and after a multi-byte character.
type viewMark struct{ at, cp, ob int32 }

// NewView builds the matching view of orig.
func NewView(orig string) *View {
	var w viewWriter
	w.text.Grow(len(orig))
	cp := 0     // code point index of orig[i]
	width := -1 // wrapWidth(orig), worked out at the first line break
	for i := 0; i < len(orig); {
		if isPlain(orig[i]) {
			// the common case: printable ASCII stays as it is
			j := i + 1
			for j < len(orig) && isPlain(orig[j]) {
				j++
			}
			w.write(orig[i:j], i, cp)
			cp += j - i
			i = j
			continue
		}
		if nb, nr := citationLen(orig, i); nb > 0 {
			prev := rune(' ')
			if w.text.Len() > 0 {
				prev, _ = utf8.DecodeLastRuneInString(w.text.String())
			}
			next := rune(' ')
			if i+nb < len(orig) {
				next, _ = utf8.DecodeRuneInString(orig[i+nb:])
			}
			// A mark glued to the next word still separates it from what
			// came before ("Hodges.ᵉˣᶜᵉˢˢⁱᵛᵉ ᶜⁱᵗᵃᵗⁱᵒⁿˢTo reach").
			if isWordRune(next) && prev != ' ' && prev != '\n' {
				w.write(" ", i, cp)
			}
			i += nb
			cp += nr
			continue
		}
		r, size := utf8.DecodeRuneInString(orig[i:])
		switch {
		case r == '\u00a0' || r == '\u2007' || r == '\u202f' || r == '\u205f' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			w.write(" ", i, cp)
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width and soft hyphen: dropped
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2015' || r == '\u2212' || r == '\ufe63' || r == '\uff0d':
			w.write("-", i, cp)
		case r == '\u2018' || r == '\u2019' || r == '\u201a' || r == '\u201b' || r == '\u2032' || r == '\u02bc':
			w.write("'", i, cp)
		case r == '\u201c' || r == '\u201d' || r == '\u201e' || r == '\u201f' || r == '\u2033' || r == '\u00ab' || r == '\u00bb':
			w.write("\"", i, cp)
		case r == '\r':
			if i+1 < len(orig) && orig[i+1] == '\n' {
				// CRLF: the \n stands for both
			} else {
				w.write("\n", i, cp)
			}
		case r == '\n':
			if width < 0 {
				width = wrapWidth(orig)
			}
			if joinsLines(orig, i, width) {
				w.write(" ", i, cp)
			} else {
				w.write("\n", i, cp)
			}
		case r == '\t' || r == '\v' || r == '\f':
			w.write(" ", i, cp)
		case r == utf8.RuneError:
			w.write(" ", i, cp)
		default:
			w.write(orig[i:i+size], i, cp)
		}
		i += size
		cp++
	}
	w.follow(len(orig), cp) // the end of Text stands for the end of orig
	return &View{Text: w.text.String(), orig: orig, marks: w.marks}
}

// isPlain reports whether the view keeps c, and c alone, for the byte c
// of the original.
func isPlain(c byte) bool {
	return c < utf8.RuneSelf && c >= ' ' && c != '['
}

// viewWriter writes the text and the marks of a view.
type viewWriter struct {
	text  strings.Builder
	marks []viewMark
	// The original's code point and byte offset minus the byte offset in
	// text, in the current run.
	dcp, dob int
}

// write appends s, which is either one character or ASCII the original
// holds as is, and which comes from code point cp at byte i of the
// original.
func (w *viewWriter) write(s string, i, cp int) {
	w.follow(i, cp)
	w.text.WriteString(s)
}

// follow records that the next byte of text comes from code point cp at
// byte i of the original, adding a mark unless that is where the current
// run is.
func (w *viewWriter) follow(i, cp int) {
	at := w.text.Len()
	if cp-at != w.dcp || i-at != w.dob {
		w.marks = append(w.marks, viewMark{at: int32(at), cp: int32(cp), ob: int32(i)})
		w.dcp, w.dob = cp-at, i-at
	}
}

// origin returns the code point and the byte offset of the original that
// byte j of Text comes from. j may be len(Text), for the end of the
// original.
func (v *View) origin(j int) (cp, ob int) {
	if j < 0 || j > len(v.Text) {
		panic("model: view offset out of range")
	}
	for j > 0 && j < len(v.Text) && !utf8.RuneStart(v.Text[j]) {
		j--
	}
	k := sort.Search(len(v.marks), func(k int) bool { return int(v.marks[k].at) > j })
	if k == 0 {
		return j, j
	}
	m := v.marks[k-1]
	return int(m.cp) + j - int(m.at), int(m.ob) + j - int(m.at)
}

// Span converts a byte span of the view into a code-point span of the
// original text.
func (v *View) Span(start, end int) (int, int) {
	cpStart, _ := v.origin(start)
	if end <= start {
		return cpStart, cpStart
	}
	cpLast, _ := v.origin(end - 1)
	return cpStart, cpLast + 1
}

// Original returns the code-point span of the original text that the view's
// byte span [start, end) came from, and that original text.
func (v *View) Original(start, end int) (cpStart, cpEnd int, text string) {
	cpStart, bs := v.origin(start)
	if end <= start {
		return cpStart, cpStart, ""
	}
	cpLast, be := v.origin(end - 1)
	// the end of the last original rune covered
	_, size := utf8.DecodeRuneInString(v.orig[be:])
	return cpStart, cpLast + 1, v.orig[bs : be+size]
}

// Len is the original's length in code points.
func (v *View) Len() int {
	n, _ := v.origin(len(v.Text))
	return n
}

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
