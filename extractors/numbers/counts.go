package numbers

import (
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed counts.tsv
var countsTSV []byte

// CountsFile is the name of the embedded count table, used in errors and
// rule ids.
const CountsFile = "counts.tsv"

// Count is a count of things or people found in a text: a figure, number
// words, a range or a vague phrase, with the qualifier before it and the
// fillers after it. Offsets are byte offsets into the scanned text.
type Count struct {
	// Start and End delimit the count as written, qualifier excluded:
	// "17,000", "5,000 to 6,000", "a dozen", "dozens of", "\"hundreds\" of".
	Start, End int
	// QualStart is where the qualifier starts ("more than 17,000"); it is
	// Start when there is none.
	QualStart int
	// HeadStart is where the counted noun phrase may start: after the
	// fillers ("four more HIMARS" -> the offset of "HIMARS").
	HeadStart int
	// Value is the count, Max the upper end of a range (0 otherwise).
	// HasValue is false for vague counts.
	Value, Max float64
	HasValue   bool
	// Qualifier is exact, up_to, more_than, at_least, approx, less_than, or
	// vague for a vague count.
	Qualifier string
	// Vague is the normalised vague word ("dozens", "hundreds of
	// thousands") of a vague count.
	Vague string
	// Fillers are the filler words between count and head, lower case
	// ("more", "additional").
	Fillers []string
	// Words is true when the count is written in words ("four", "a dozen").
	Words bool
	// Rule names what matched: "counts/figure", "counts/words",
	// "counts/vague@counts.tsv:42".
	Rule string
}

type countPhrase struct {
	phrase string // lower case, single spaces
	kind   string
	value  string
	line   int
	re     *regexp.Regexp // vague phrases only
}

// CountScanner finds counts in text. Build it with NewCountScanner; it is
// read-only afterwards and safe for concurrent use.
type CountScanner struct {
	lex        *Lexicon
	num        *regexp.Regexp // one number: figure with scale, or words
	rangeTail  *regexp.Regexp // separator and second number, anchored
	qualifiers []countPhrase  // longest first
	vague      []countPhrase  // longest first
	fillers    []countPhrase  // longest first
	measures   []countPhrase  // longest first
	prefixes   map[string]bool
	dateWords  map[string]bool
}

var countKinds = map[string]bool{"qualifier": true, "vague": true, "filler": true, "measure": true, "prefix": true, "date": true}

var countQualifiers = map[string]bool{"exact": true, "up_to": true, "more_than": true, "at_least": true, "approx": true, "less_than": true}

// NewCountScanner loads the embedded counts.tsv and the default number
// lexicon. A malformed table is an error of the form "counts.tsv:12: why".
func NewCountScanner() (*CountScanner, error) {
	lex, err := Default()
	if err != nil {
		return nil, err
	}
	return ParseCountScanner(lex, CountsFile, countsTSV)
}

// ParseCountScanner builds a scanner from a table in the counts.tsv format
// (header "phrase<TAB>kind<TAB>value"). name is used in error messages.
func ParseCountScanner(lex *Lexicon, name string, data []byte) (*CountScanner, error) {
	c := &CountScanner{lex: lex, prefixes: map[string]bool{}, dateWords: map[string]bool{}}
	header := false
	seen := map[string]int{}
	for i, raw := range strings.Split(string(data), "\n") {
		line := i + 1
		raw = strings.TrimRight(raw, "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		cols := strings.Split(raw, "\t")
		if !header {
			if raw != "phrase\tkind\tvalue" {
				return nil, fmt.Errorf("%s:%d: header must be phrase, kind, value; got %q", name, line, raw)
			}
			header = true
			continue
		}
		if len(cols) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 columns, got %d", name, line, len(cols))
		}
		p := countPhrase{phrase: strings.Join(strings.Fields(strings.ToLower(cols[0])), " "), kind: cols[1], value: cols[2], line: line}
		if p.phrase == "" || p.phrase != strings.ToLower(cols[0]) {
			return nil, fmt.Errorf("%s:%d: phrase %q is empty or not single-spaced", name, line, cols[0])
		}
		if !countKinds[p.kind] {
			return nil, fmt.Errorf("%s:%d: unknown kind %q (want qualifier, vague, filler, measure, prefix or date)", name, line, p.kind)
		}
		switch p.kind {
		case "qualifier":
			if !countQualifiers[p.value] {
				return nil, fmt.Errorf("%s:%d: unknown qualifier %q", name, line, p.value)
			}
		case "vague":
			if p.value == "" || p.value == "-" {
				return nil, fmt.Errorf("%s:%d: a vague phrase needs its vague word", name, line)
			}
		default:
			if p.value != "-" {
				return nil, fmt.Errorf("%s:%d: kind %s takes value \"-\", got %q", name, line, p.kind, p.value)
			}
		}
		key := p.phrase + "\t" + p.kind
		if first, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate %s %q (first on line %d)", name, line, p.kind, p.phrase, first)
		}
		seen[key] = line
		switch p.kind {
		case "qualifier":
			c.qualifiers = append(c.qualifiers, p)
		case "vague":
			// quotes may stand around the words: "\"hundreds\" of"
			words := strings.Split(p.phrase, " ")
			for j, w := range words {
				words[j] = regexp.QuoteMeta(w)
			}
			p.re = regexp.MustCompile(`^(?i:"?` + strings.Join(words, `"?\s+"?`) + `)`)
			c.vague = append(c.vague, p)
		case "filler":
			c.fillers = append(c.fillers, p)
		case "measure":
			c.measures = append(c.measures, p)
		case "prefix":
			c.prefixes[p.phrase] = true
		case "date":
			c.dateWords[p.phrase] = true
		}
	}
	if !header {
		return nil, fmt.Errorf("%s:1: no header", name)
	}
	for _, ps := range [][]countPhrase{c.qualifiers, c.vague, c.fillers, c.measures} {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].phrase) > len(ps[j].phrase) })
	}
	scale := `(?:(?:\s+|\s*-\s*)(?i:` + lex.alternation(Scale) + `)\b)?`
	one := `(?:` + DigitsPattern + scale + `|(?i:\ban?\s+)?` + lex.WordsPattern() + `)`
	c.num = regexp.MustCompile(`^` + one)
	c.rangeTail = regexp.MustCompile(`^\s*(-|(?i:to|or|and))\s*(` + one + `)`)
	return c, nil
}

func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func runeBefore(s string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// wordBefore returns the lower-cased word that ends right before i,
// skipping spaces and opening brackets or quotes.
func wordBefore(s string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' && r != '\n' && r != '(' && r != '"' {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' {
			break
		}
		k -= n
	}
	return strings.ToLower(strings.TrimRight(s[k:j], ","))
}

// phraseAt reports the length in bytes of phrase at s[i:] (a space in the
// phrase matches any run of white space), or -1. The phrase must end at a
// word boundary when its last character is a letter or digit.
func phraseAt(s string, i int, phrase string) int {
	j := i
	for k := 0; k < len(phrase); k++ {
		if phrase[k] == ' ' {
			n := j
			for n < len(s) && (s[n] == ' ' || s[n] == '\n') {
				n++
			}
			if n == j {
				return -1
			}
			j = n
			continue
		}
		if j >= len(s) || lowerByte(s[j]) != phrase[k] {
			return -1
		}
		j++
	}
	if last := rune(phrase[len(phrase)-1]); isAlnumRune(last) && isAlnumRune(runeAt(s, j)) {
		return -1
	}
	return j - i
}

// phraseBefore reports where phrase starts when it ends right before i
// (spaces between allowed), or -1. It must start at a word boundary.
func phraseBefore(s string, i int, phrase string) int {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\n') {
		j--
	}
	for k := len(phrase) - 1; k >= 0; k-- {
		if phrase[k] == ' ' {
			n := j
			for n > 0 && (s[n-1] == ' ' || s[n-1] == '\n') {
				n--
			}
			if n == j {
				return -1
			}
			j = n
			continue
		}
		if j <= 0 || lowerByte(s[j-1]) != phrase[k] {
			return -1
		}
		j--
	}
	if isAlnumRune(runeBefore(s, j)) {
		return -1
	}
	return j
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

var yearRe = regexp.MustCompile(`^(?:1[89]|20)\d\d$`)

// Scan returns the counts in text, in order, without overlaps.
func (c *CountScanner) Scan(text string) []Count {
	var out []Count
	for pos := 0; pos < len(text); {
		r := runeAt(text, pos)
		ok := false
		var cnt Count
		skip := 0
		if isAlnumRune(r) || r == '"' {
			cnt, skip, ok = c.countAt(text, pos)
		}
		if !ok {
			// step over the whole rejected number or word, so that its
			// tail ("million" of "$350 million") is not read again
			_, n := utf8.DecodeRuneInString(text[pos:])
			pos += max(n, skip)
			for isAlnumRune(r) && pos < len(text) && isAlnumRune(runeAt(text, pos)) {
				_, n := utf8.DecodeRuneInString(text[pos:])
				pos += n
			}
			continue
		}
		out = append(out, cnt)
		pos = cnt.End
	}
	return out
}

// countAt reads a count that starts exactly at i, if any. When a number
// is there but is not a count, skip is its length.
func (c *CountScanner) countAt(text string, i int) (cnt Count, skip int, ok bool) {
	loc := c.num.FindStringIndex(text[i:])
	if loc != nil {
		skip = loc[1]
	}
	prev := runeBefore(text, i)
	if isAlnumRune(prev) || strings.ContainsRune("-.$€£¥#/+_&'", prev) {
		return Count{}, skip, false
	}
	if cnt, ok := c.vagueAt(text, i); ok {
		return cnt, 0, true
	}
	if loc == nil {
		return Count{}, 0, false
	}
	cnt, ok = c.numberAt(text, i, i+loc[1])
	return cnt, skip, ok
}

// numberAt reads the number text[start:end] and what surrounds it.
func (c *CountScanner) numberAt(text string, start, end int) (Count, bool) {
	s := text[start:end]
	words := !unicode.IsDigit(rune(s[0]))
	if words {
		// "million tanks", "hundred": a bare magnitude is not a count
		f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' })
		if e, ok := c.lex.words[f[0]]; ok && (e.kind == Scale || e.kind == Hundred || e.kind == Dozen || e.kind == Fraction) {
			return Count{}, false
		}
	}
	v, err := c.lex.Parse(s)
	if err != nil && words {
		// "a five": drop the article and let the next position try
		return Count{}, false
	}
	if err != nil || !c.goodValue(v) {
		return Count{}, false
	}
	cnt := Count{Start: start, End: end, QualStart: start, Value: v, HasValue: true, Qualifier: "exact", Words: words, Rule: "counts/figure"}
	if words {
		cnt.Rule = "counts/words"
	}
	// a figure glued to letters is a designator or an ordinal ("2A4", "21st")
	if !words && isAlnumRune(runeAt(text, end)) {
		return Count{}, false
	}
	if !words && c.prefixes[wordBefore(text, start)] {
		return Count{}, false
	}
	if !words && yearRe.MatchString(s) {
		wb := wordBefore(text, start)
		if c.dateWords[wb] || c.dateWords[strings.TrimSuffix(wb, ".")] || isDigits(wb) {
			return Count{}, false
		}
	}
	// a range: "5,000 to 6,000", "20-25", "two or three", "between 5 and 10"
	if m := c.rangeTail.FindStringSubmatchIndex(text[end:]); m != nil {
		sep := strings.ToLower(text[end+m[2] : end+m[3]])
		s2 := text[end+m[4] : end+m[5]]
		v2, err2 := c.lex.Parse(s2)
		after := end + m[1]
		lead := strings.ToLower(strings.TrimRight(text[:start], " "))
		ok := err2 == nil && c.goodValue(v2) && !isAlnumRune(runeAt(text, after)) &&
			(unicode.IsDigit(rune(s2[0])) == !words || strings.HasSuffix(lead, "between"))
		if ok {
			// a shared magnitude: "2 to 3 million"
			if mag := c.trailingScale(s2); mag > 0 && c.trailingScale(s) == 0 && v*mag < v2 {
				v *= mag
			}
			switch {
			case v2 <= v:
				ok = false
			case sep == "and":
				ok = strings.HasSuffix(lead, "between")
			case sep == "to":
				ok = !strings.HasSuffix(lead, "from") && !strings.HasSuffix(lead, "rose")
			}
			if yearRe.MatchString(s) && yearRe.MatchString(s2) {
				return Count{}, false // "2014-2021"
			}
		}
		if ok {
			cnt.Value, cnt.Max, cnt.End = v, v2, after
		}
	}
	// a measurement, not a count: "155 mm", "150-km", "20%", "three years"
	rest := cnt.End
	for rest < len(text) && (text[rest] == ' ' || text[rest] == '-') {
		rest++
	}
	if runeAt(text, cnt.End) == '%' {
		return Count{}, false
	}
	for _, m := range c.measures {
		if phraseAt(text, rest, m.phrase) > 0 {
			return Count{}, false
		}
	}
	// a compound adjective: "a 12-tank company", "two-thirds"
	if runeAt(text, cnt.End) == '-' && isAlnumRune(runeAt(text, cnt.End+1)) {
		return Count{}, false
	}
	c.qualify(text, &cnt)
	c.fill(text, &cnt)
	return cnt, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (c *CountScanner) goodValue(v float64) bool {
	return v >= 1 && v == math.Trunc(v) && v < 1e13
}

// trailingScale is the multiplier of the scale word that ends s, or 0.
func (c *CountScanner) trailingScale(s string) float64 {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(f) < 2 {
		return 0
	}
	if e, ok := c.lex.words[strings.ToLower(f[len(f)-1])]; ok && e.kind == Scale {
		return e.value
	}
	return 0
}

func (c *CountScanner) vagueAt(text string, i int) (Count, bool) {
	for _, p := range c.vague {
		loc := p.re.FindStringIndex(text[i:])
		if loc == nil {
			continue
		}
		end := i + loc[1]
		if end < len(text) && text[end] == '"' {
			end++
		}
		if isAlnumRune(runeAt(text, end)) {
			continue
		}
		cnt := Count{Start: i, End: end, QualStart: i, Qualifier: "vague", Vague: p.value,
			Rule: fmt.Sprintf("counts/vague@%s:%d", CountsFile, p.line)}
		c.fill(text, &cnt)
		return cnt, true
	}
	return Count{}, false
}

// qualify finds a qualifier phrase that ends right before the count.
func (c *CountScanner) qualify(text string, cnt *Count) {
	for _, q := range c.qualifiers {
		if j := phraseBefore(text, cnt.Start, q.phrase); j >= 0 {
			cnt.Qualifier = q.value
			if q.value != "exact" {
				cnt.QualStart = j
			}
			return
		}
	}
}

// fill skips the filler words after the count and sets HeadStart.
func (c *CountScanner) fill(text string, cnt *Count) {
	j := cnt.End
	for range 3 {
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		found := false
		for _, f := range c.fillers {
			if n := phraseAt(text, k, f.phrase); n > 0 {
				cnt.Fillers = append(cnt.Fillers, f.phrase)
				j = k + n
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	cnt.HeadStart = j
}
