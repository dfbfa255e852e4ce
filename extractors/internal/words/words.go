// Package words splits a sentence into words the way the counting
// extractors read it: runs of non-space text, with opening brackets and
// quotes before a word and closing punctuation after it split off.
package words

import (
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

// Each calls fn with every word of text, in order. Runs of punctuation
// alone are not words.
func Each(text string, fn func(Word)) {
	i := 0
	for i < len(text) {
		r, n := decode(text, i)
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := decode(text, j)
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

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
