// Package words splits a sentence into words the way the counting
// extractors read it: runs of non-space text, with opening brackets and
// quotes before a word and closing punctuation after it split off.
package words

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is text[Start:End], with the punctuation split off before it (Lead)
// and after it (Trail).
type Word struct {
	Start, End  int
	Lead, Trail string
}

// Next returns the first word of text at or after offset i and the offset
// to go on from; ok is false when there is none. A loop over Next sees
// the words of Each, without a callback in the way.
func Next(text string, i int) (w Word, next int, ok bool) {
	for i < len(text) {
		// skip spaces
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		if i >= len(text) {
			break
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		fs, fe := i, j
		for fs < fe && leadPunct[text[fs]] {
			fs++
		}
		for fe > fs && trailPunct[text[fe-1]] {
			fe--
		}
		if fe > fs {
			return Word{Start: fs, End: fe, Lead: text[i:fs], Trail: text[fe:j]}, j, true
		}
		i = j
	}
	return Word{}, len(text), false
}

// leadPunct and trailPunct hold the punctuation split off before and
// after a word.
var leadPunct, trailPunct = byteSet("(\"'["), byteSet(",;:.)\"'!?]")

func byteSet(s string) (set [256]bool) {
	for i := 0; i < len(s); i++ {
		set[s[i]] = true
	}
	return set
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// LowerASCII appends s in lower case to dst when s is all ASCII (ok false,
// and dst unchanged, otherwise). For ASCII, the lower case of a word is
// then the same slice of the lowered sentence.
func LowerASCII(dst []byte, s string) (_ []byte, ok bool) {
	// one pass: lower while checking, and drop what was appended at the
	// first byte outside ASCII
	n := len(dst)
	dst = slices.Grow(dst, len(s))
	out := dst[n : n+len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst[:n], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return dst[:n+len(s)], true
}

// FoldASCII appends s folded to b, when s is ASCII (ok false otherwise):
// lower case, hyphens and white space as single spaces between words, none
// at either end. It is how the lexicons of materiel and personnel key their
// phrases, done without allocating.
func FoldASCII(b []byte, s string) (_ []byte, ok bool) {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return b, true
}

// HasPrefixFold reports whether s starts with w, a lower-case ASCII word,
// without regard to ASCII case.
func HasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerASCII(s[k]) != w[k] {
			return false
		}
	}
	return true
}

// MayHavePrefixFold is HasPrefixFold for a cheap test in front of a
// case-insensitive regular expression: a byte outside ASCII, in s or w,
// counts as a match, since under Unicode case folding some non-ASCII
// letters match ASCII ones (the Kelvin sign K, the long s ſ).
func MayHavePrefixFold(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if k >= len(s) {
			return false
		}
		if s[k] >= utf8.RuneSelf || w[k] >= utf8.RuneSelf {
			return true
		}
		if lowerASCII(s[k]) != w[k] {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// IsASCIISpace reports whether the ASCII byte c is white space, as
// unicode.IsSpace says (false for any byte outside ASCII).
func IsASCIISpace(c byte) bool { return c < utf8.RuneSelf && asciiSpace[c] }

// IsLead and IsTrail report whether Next splits the byte c off before
// and after a word.
func IsLead(c byte) bool  { return leadPunct[c] }
func IsTrail(c byte) bool { return trailPunct[c] }

// foundingWords end the phrase that tells when a body came to be.
var foundingWords = [...]string{"founded in", "established in", "created in", "set up in", "formed in", "founded", "established", "its founding in", "its creation in", "its establishment in"}

// Founding reports whether the words right before byte offset pos tell
// when something was founded: "which was founded in 1991", "established
// in 2014". A date there is a body's background, not a point the story
// has reached, and anchors nothing.
func Founding(t string, pos int) bool {
	if pos > len(t) {
		return false
	}
	s := strings.TrimRight(t[max(0, pos-32):pos], " \t")
	for _, w := range foundingWords {
		if n := len(s) - len(w); n >= 0 && strings.EqualFold(s[n:], w) && (n == 0 || s[n-1] == ' ') {
			return true
		}
	}
	return false
}

// TitleLine reports whether text[start:end], a sentence, is a line of its
// own that does not end as a sentence of running text does: a line of a
// title block ("Remarks by President Biden on the Passage of H.R. 815",
// "Prime Minister Anthony Albanese, press conference with President
// Zelenskyy, Kyiv").
func TitleLine(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end || start > 0 && text[start-1] != '\n' || end < len(text) && text[end] != '\n' && text[end] != '\r' {
		return false
	}
	switch text[end-1] {
	case '.', '!', '?':
		return false
	}
	return true
}
