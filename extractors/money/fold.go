package money

import (
	"strings"
	"unicode/utf8"
)

// The qualifier and range checks read the words right before or after an
// amount in lower case, with every run of space as one space. Folding the
// whole rest of the sentence for that is wasted work: these helpers fold
// only a window next to the amount. Lower-casing and folding space work
// rune by rune (a run of space cut by the window edge still folds to one
// space), so the window folds to the matching end of the whole folded text.

// foldSpace is spaces.ReplaceAllString(s, " ") for \s = [\t\n\f\r ].
func foldSpace(s string) string {
	isSpace := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }
	clean := true
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) && (s[i] != ' ' || i+1 < len(s) && isSpace(s[i+1])) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if !isSpace(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteByte(' ')
		for i < len(s) && isSpace(s[i]) {
			i++
		}
	}
	return b.String()
}

func foldText(s string) string { return strings.ToLower(foldSpace(s)) }

// suffixWindow returns the end of f(s), at least n bytes of it unless f(s)
// is shorter, where f works rune by rune.
func suffixWindow(s string, n int, f func(string) string) string {
	for w := 2*n + 8; ; w *= 2 {
		if w >= len(s) {
			return f(s)
		}
		i := len(s) - w
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		if r := f(s[i:]); len(r) >= n {
			return r
		}
	}
}

// prefixWindow returns the start of f(s), at least n bytes of it unless
// f(s) is shorter, where f works rune by rune.
func prefixWindow(s string, n int, f func(string) string) string {
	for w := 2*n + 8; ; w *= 2 {
		if w >= len(s) {
			return f(s)
		}
		i := w
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		if r := f(s[:i]); len(r) >= n {
			return r
		}
	}
}

// foldSuffix is the end of foldText(s), at least n bytes of it.
func foldSuffix(s string, n int) string { return suffixWindow(s, n, foldText) }

// foldPrefix is the start of foldText(s), at least n bytes of it.
func foldPrefix(s string, n int) string { return prefixWindow(s, n, foldText) }

// lowerSuffix is the end of strings.ToLower(s), at least n bytes of it.
func lowerSuffix(s string, n int) string { return suffixWindow(s, n, strings.ToLower) }

// lowerPrefix is the start of strings.ToLower(s), at least n bytes of it.
func lowerPrefix(s string, n int) string { return prefixWindow(s, n, strings.ToLower) }

// foldASCII appends foldText(s) to dst when s is ASCII (ok false
// otherwise): each run of spaces as foldSpace takes them made one space,
// and the letters lower case.
func foldASCII(dst []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			dst = append(dst, ' ')
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
				i++
			}
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
		i++
	}
	return dst, true
}

// foldSuffixASCII appends the end of foldText(s), at least n bytes of it
// unless that is shorter, when every window it folds is ASCII (ok false
// otherwise). Its windows are smaller than foldSuffix's, since ASCII
// never folds to more bytes: the answer may be shorter than foldSuffix's,
// but is as long as that unless longer than n.
func foldSuffixASCII(dst []byte, s string, n int) (_ []byte, ok bool) {
	for w := n + 8; ; w *= 2 {
		if w >= len(s) {
			return foldASCII(dst, s)
		}
		i := len(s) - w
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		r, ok := foldASCII(dst, s[i:])
		if !ok || len(r)-len(dst) >= n {
			return r, ok
		}
	}
}

// foldPrefixASCII is foldSuffixASCII for the start of foldText(s).
func foldPrefixASCII(dst []byte, s string, n int) (_ []byte, ok bool) {
	for w := n + 8; ; w *= 2 {
		if w >= len(s) {
			return foldASCII(dst, s)
		}
		i := w
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		r, ok := foldASCII(dst, s[:i])
		if !ok || len(r)-len(dst) >= n {
			return r, ok
		}
	}
}
