package model

import "strings"

// Hard-wrapped text (press releases reprinted from e-mail, text copied out
// of PDFs) breaks its lines inside sentences: "Canada will provide $3.02" /
// "billion in ...". The view joins such a line break with a space, so that
// a sentence, and an amount, is read whole. A break is taken for a wrap
// when the line before it does not end a sentence and either
//
//   - the next line goes on in lower case and the line before is not a
//     short item of a list ("so far to" / "assistance for ..."), or
//   - the text is wrapped at a width throughout, the line before reaches
//     near that width or reads as part of a sentence, and the next line
//     does not open a list item.
//
// Blank lines, headings, list items and lines ending in a period, a colon
// and the like keep their breaks.

// minWrappedLine is the length in bytes below which a line going on in lower
// case is more likely an item of a list than a wrapped line.
const minWrappedLine = 20

// wrapWidth returns the width at which s is hard-wrapped, or 0 when it is
// not: the length most of its lines reach and none of its lines pass by
// much, when that is the length of a line of text rather than a paragraph.
func wrapWidth(s string) int {
	var lens [128]int // how many lines have each length; longer ones in the last
	lines := 0
	for rest := s; len(rest) > 0; {
		line := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		n := len(strings.TrimRight(line, " \t\r"))
		if n == 0 {
			continue
		}
		lines++
		lens[min(n, len(lens)-1)]++
	}
	if lines < 6 {
		return 0
	}
	// the 90th percentile of the lengths
	p90, seen := 0, 0
	for n, c := range lens {
		seen += c
		if seen*10 >= lines*9 {
			p90 = n
			break
		}
	}
	if p90 < 40 || p90 >= len(lens)-8 {
		return 0 // short lines (a list), or paragraphs on lines of their own
	}
	// most lines should come close to the width
	near := 0
	for n := p90 * 6 / 10; n <= p90+8 && n < len(lens); n++ {
		near += lens[n]
	}
	if near*2 < lines || lens[len(lens)-1]*20 > lines {
		return 0 // lines of many lengths, or more than a few long ones
	}
	return p90
}

// joinsLines reports whether the line break at s[i] is a wrap inside a
// sentence, width being wrapWidth(s).
func joinsLines(s string, i, width int) bool {
	start := strings.LastIndexByte(s[:i], '\n') + 1
	prev := strings.TrimRight(s[start:i], " \t\r")
	if prev == "" || endsLine(prev) {
		return false
	}
	next := strings.TrimLeft(s[i+1:], " \t")
	if next == "" || next[0] == '\n' || next[0] == '\r' || opensItem(next) {
		return false
	}
	item := opensItem(strings.TrimLeft(prev, " \t"))
	long := width > 0 && len(prev) >= width*7/10
	if c := next[0]; c >= 'a' && c <= 'z' && len(prev) >= minWrappedLine && (!item || long) {
		return true
	}
	// in wrapped text, a line that reaches near the width ran on; so did a
	// short one that reads as part of a sentence, as the first line of a
	// paragraph set after an indent often is ("In addition, the Prime" /
	// "Minister announced"), where a heading is in title case ("Overview
	// of Programs Since 2014") and a list's item ends short
	return long || width > 0 && !item && sentenceLike(prev)
}

// sentenceLike reports whether line holds a lower-case word of four
// letters or more: a word of a sentence, not of a title ("Minister for
// Defence").
func sentenceLike(line string) bool {
	n := 0 // the length of the lower-case run at k
	for k := 0; k < len(line); k++ {
		c := line[k]
		switch {
		case c >= 'a' && c <= 'z' && (n > 0 || k == 0 || line[k-1] == ' '):
			if n++; n >= 4 {
				return true
			}
		default:
			n = 0
		}
	}
	return false
}

// endsLine reports whether a line ending in line's last character ends
// there: a sentence, a heading's colon, a list item's semicolon, a table
// row's bar.
func endsLine(line string) bool {
	c := line[len(line)-1]
	for (c == '"' || c == '\'' || c == ')') && len(line) > 1 {
		line = line[:len(line)-1]
		c = line[len(line)-1]
	}
	switch c {
	case '.', '!', '?', ':', ';', '|':
		return true
	}
	// a closing curly quote: the view folds it later
	return strings.HasSuffix(line, "\u201d") || strings.HasSuffix(line, "\u2019")
}

// opensItem reports whether a line starting with line opens an item of a
// list: a bullet or a number followed by a period or bracket.
func opensItem(line string) bool {
	switch line[0] {
	case '-', '*', '+', '#', '>', '|':
		return true
	}
	if strings.HasPrefix(line, "\u2022") || strings.HasPrefix(line, "\u2013") || strings.HasPrefix(line, "\u2014") || strings.HasPrefix(line, "\u25aa") || strings.HasPrefix(line, "\u25cf") {
		return true
	}
	k := 0
	for k < len(line) && k < 3 && (line[k] >= '0' && line[k] <= '9' || k == 0 && line[k] >= 'a' && line[k] <= 'z') {
		k++
	}
	return k > 0 && k < len(line) && (line[k] == '.' || line[k] == ')') && (k+1 == len(line) || line[k+1] == ' ')
}
