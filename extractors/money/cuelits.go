package money

import (
	"regexp/syntax"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/internal/words"
)

// Most cues are a short list of words ("so far|to date|in all",
// "cumulative(?:ly)?"). Anchored at a word of the clause, such a cue
// matches the first of its spellings, in the order the backtracker tries
// them, that the clause starts with and that ends at a word edge: cueLits
// lists them, and litEnd tries them, without running the backtracker.
//
// Like the cue filter, this takes case-insensitive matching to fold ASCII
// letters only into ASCII letters, which holds in the clauses role filters
// (see cues.go).

// maxCueLits bounds the spellings listed for one cue.
const maxCueLits = 64

// cueLits returns the spellings of expr, of the form \b(?:...)\b, in lower
// case and in the order of preference of the backtracker, when it has few
// and each runs from a word character to a word character in ASCII (its
// leading \b then holds at any word of a clause, and its trailing one
// holds when no word character follows).
func cueLits(expr string) ([]string, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 3 ||
		re.Sub[0].Op != syntax.OpWordBoundary || re.Sub[len(re.Sub)-1].Op != syntax.OpWordBoundary {
		return nil, false
	}
	lits, ok := spellings(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1 : len(re.Sub)-1]})
	if !ok {
		return nil, false
	}
	for _, l := range lits {
		if l == "" || !isASCIIWord(l[0]) || !isASCIIWord(l[len(l)-1]) {
			return nil, false
		}
	}
	return lits, true
}

// spellings lists the strings re matches, in order of preference, when
// they are few, of ASCII, and case-folded wherever they hold a letter.
func spellings(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		b := make([]byte, 0, len(re.Rune))
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return nil, false
			}
			c := byte(r)
			if isASCIILetter(c) {
				if re.Flags&syntax.FoldCase == 0 {
					return nil, false
				}
				c |= 0x20
			}
			b = append(b, c)
		}
		return []string{string(b)}, true
	case syntax.OpCharClass:
		// a class of letters in both cases: one spelling per letter
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= utf8.RuneSelf && foldHazard[r] {
					continue // folds to an ASCII letter: not in the clauses
				}
				if r >= utf8.RuneSelf || !isASCIILetter(byte(r)) || !inClass(re.Rune, rune(byte(r)^0x20)) {
					return nil, false
				}
				if 'a' <= r && r <= 'z' {
					out = append(out, string(rune(r)))
				}
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return spellings(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := spellings(re.Sub[0])
		if !ok {
			return nil, false
		}
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]string{""}, sub...), true
		}
		return append(sub, ""), true
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			sub, ok := spellings(s)
			if !ok || len(out)+len(sub) > maxCueLits {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			sub, ok := spellings(s)
			if !ok || len(out)*len(sub) > maxCueLits {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(sub))
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

var foldHazard = foldHazards()

func inClass(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= r && r <= ranges[i+1] {
			return true
		}
	}
	return false
}

// litEnd is the end of the match of a cue with spellings lits at the start
// of s, or -1.
func litEnd(s string, lits []string) int {
	for _, l := range lits {
		if words.HasPrefixFold(s, l) && (len(s) == len(l) || !isASCIIWord(s[len(l)])) {
			return len(l)
		}
	}
	return -1
}
