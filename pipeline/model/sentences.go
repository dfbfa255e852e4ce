package model

import "strings"

// Prepare builds the matching view and the sentences of d.
func Prepare(d *Document) *Doc {
	v := NewView(d.Text)
	return &Doc{Document: d, View: v, Sentences: SplitSentences(v.Text)}
}

// abbreviations end with a period that does not end a sentence. Keys are
// the token before the period, without it.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true, "Jr": true, "Sr": true,
	"Lt": true, "Gen": true, "Col": true, "Maj": true, "Capt": true, "Sgt": true, "Adm": true, "Cmdr": true, "Brig": true, "Cpl": true, "Pvt": true,
	"Gov": true, "Sen": true, "Rep": true, "Pres": true, "Rev": true, "Hon": true,
	"No": true, "Nos": true, "Vol": true, "vol": true, "pp": true, "p": true, "para": true, "Art": true, "art": true, "Sec": true, "ch": true, "fig": true, "Fig": true,
	"Inc": true, "Ltd": true, "Co": true, "Corp": true, "Bros": true, "Dept": true, "Univ": true, "Assn": true,
	"vs": true, "etc": true, "approx": true, "est": true, "ca": true, "cf": true, "al": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mt": true, "Ft": true, "Ave": true, "Blvd": true, "Rd": true,
	"Rs": true, "Div": true, // "Rs. 50 crore"; "P.L. 117-103, Div. N"
	"e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// dotted abbreviations of countries and bodies ("U.S.", "U.K.", "E.U.") end a
// sentence only when the next word plainly starts one.
var sentenceStarters = map[string]bool{
	"The": true, "On": true, "In": true, "By": true, "As": true, "This": true, "That": true, "These": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "A": true, "An": true, "At": true, "After": true, "Before": true,
	"However": true, "Since": true, "During": true, "Its": true, "Their": true, "His": true, "Her": true, "According": true,
	"Meanwhile": true, "Also": true, "But": true, "And": true, "Later": true, "From": true, "For": true, "With": true,
}

// SplitSentences splits the view text into sentences. Line breaks always
// end a sentence (headings, list items and table cells are lines of their
// own); a period, question or exclamation mark ends one when followed by
// space and an upper-case letter, digit, quote or bracket, unless it closes an
// abbreviation, an initial or a decimal.
func SplitSentences(t string) []Sentence {
	var out []Sentence
	start := 0
	add := func(s, e int) {
		// trim surrounding space
		for s < e && isSpaceByte(t[s]) {
			s++
		}
		for e > s && isSpaceByte(t[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Sentence{Index: len(out), Start: s, End: e})
		}
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '\n' {
			add(start, i)
			start = i + 1
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// include closing quotes and brackets
		j := i + 1
		for j < len(t) && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']' || t[j] == '.' && c == '.') {
			j++
		}
		if j < len(t) && t[j] != ' ' {
			continue // "3.5", "U.S.-led", end of text handled below
		}
		k := j
		for k < len(t) && t[k] == ' ' {
			k++
		}
		if k >= len(t) {
			continue
		}
		if t[k] == '\n' {
			continue // the line break will end it
		}
		if !startsSentence(t[k]) {
			continue
		}
		if c == '.' && !endsSentence(t[start:i], nextWord(t[k:])) {
			continue
		}
		add(start, j)
		start = j
		i = j - 1
	}
	add(start, len(t))
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func startsSentence(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c == '\'' || c == '(' || c == '[' || c >= 0x80
}

func nextWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return s[:i]
		}
	}
	return s
}

// endsSentence decides whether the period after before ends the sentence.
func endsSentence(before, next string) bool {
	k := strings.LastIndexAny(before, " \n(\"")
	tok := before[k+1:]
	if tok == "" {
		return true
	}
	if abbreviations[tok] {
		return false
	}
	// An initial ("J. Smith") or a dotted abbreviation ("U.S", "U.K").
	if len(tok) == 1 && tok[0] >= 'A' && tok[0] <= 'Z' {
		return false
	}
	if strings.Contains(tok, ".") && isDotted(tok) {
		return sentenceStarters[next]
	}
	return true
}

// isDotted reports whether tok looks like "U.S" or "e.g": single letters
// joined by periods.
func isDotted(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if i%2 == 1 {
			if tok[i] != '.' {
				return false
			}
		} else if !(tok[i] >= 'A' && tok[i] <= 'Z' || tok[i] >= 'a' && tok[i] <= 'z') {
			return false
		}
	}
	return true
}
