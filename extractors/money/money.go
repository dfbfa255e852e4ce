package money

import (
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aidextract/aidextract/extractors/numbers"
	"github.com/aidextract/aidextract/pipeline/model"
)

//go:embed currencies.tsv
var currenciesTSV []byte

//go:embed qualifiers.tsv
var qualifiersTSV []byte

//go:embed roles.tsv
var rolesTSV []byte

// Rule ids: what fired, written into Mention.Rule together with the line
// of currencies.tsv that named the currency.
const (
	RuleSignAmount     = "money/sign-amount"     // "$5 million", "EUR 9.6 million", "$1-2 billion"
	RuleAmountCurrency = "money/amount-currency" // "500 million euros", "9.6 million EUR", "billion-dollar"
)

// Extractor finds money amounts in a sentence. Build it with New; it is
// read-only afterwards and safe for concurrent use.
type Extractor struct {
	lex        *numbers.Lexicon
	currencies map[string]*currency // lower-cased surface (spaces folded) -> currency
	prefix     *regexp.Regexp       // sign, figure, magnitude, optional range
	suffix     *regexp.Regexp       // figure or number words, magnitude, optional range, currency
	qualifiers []qualifier          // longest phrase first
	cues       []cue
}

type currency struct {
	surface   string
	iso       string
	word      bool // kind word: only after the figure
	spaced    bool
	cased     bool
	ambiguous bool
	line      int
}

type qualifier struct {
	phrase string // lower case, single spaces
	value  string
	after  bool
}

type cue struct {
	re     *regexp.Regexp
	role   string
	side   int // -1 before, 1 after, 0 any
	reach  int
	weight int
	line   int
}

// New loads the embedded currencies.tsv, qualifiers.tsv and roles.tsv and
// compiles the grammar. A malformed data file is an error of the form
// "file:line: why".
func New() (*Extractor, error) {
	lex, err := numbers.Default()
	if err != nil {
		return nil, err
	}
	return build(lex, currenciesTSV, qualifiersTSV, rolesTSV)
}

func build(lex *numbers.Lexicon, cur, qual, roles []byte) (*Extractor, error) {
	e := &Extractor{lex: lex, currencies: map[string]*currency{}}
	if err := e.loadCurrencies("currencies.tsv", cur); err != nil {
		return nil, err
	}
	if err := e.loadQualifiers("qualifiers.tsv", qual); err != nil {
		return nil, err
	}
	if err := e.loadCues("roles.tsv", roles); err != nil {
		return nil, err
	}
	e.compile()
	return e, nil
}

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "money" }

// readTSV calls row for every data line of a TSV file whose header must be
// exactly want; blank lines and '#' comments are skipped.
func readTSV(name string, data []byte, want []string, row func(line int, cols []string) error) error {
	header := false
	for i, raw := range strings.Split(string(data), "\n") {
		line := i + 1
		raw = strings.TrimRight(raw, "\r")
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		cols := strings.Split(raw, "\t")
		if !header {
			if strings.Join(cols, "\t") != strings.Join(want, "\t") {
				return fmt.Errorf("%s:%d: header must be %s; got %q", name, line, strings.Join(want, ", "), raw)
			}
			header = true
			continue
		}
		if len(cols) != len(want) {
			return fmt.Errorf("%s:%d: want %d columns, got %d", name, line, len(want), len(cols))
		}
		for j, c := range cols {
			if c == "" || strings.TrimSpace(c) != c {
				return fmt.Errorf("%s:%d: column %s is empty or padded", name, line, want[j])
			}
		}
		if err := row(line, cols); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	if !header {
		return fmt.Errorf("%s:1: no header", name)
	}
	return nil
}

func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func (e *Extractor) loadCurrencies(name string, data []byte) error {
	return readTSV(name, data, []string{"surface", "iso", "kind", "flags"}, func(line int, c []string) error {
		cu := &currency{surface: c[0], iso: c[1], line: line}
		if len(c[1]) != 3 || strings.ToUpper(c[1]) != c[1] || strings.IndexFunc(c[1], func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			return fmt.Errorf("iso %q is not a three-letter ISO 4217 code", c[1])
		}
		switch c[2] {
		case "sign":
		case "word":
			cu.word = true
		default:
			return fmt.Errorf("unknown kind %q (want sign or word)", c[2])
		}
		if c[3] != "-" {
			for _, f := range strings.Split(c[3], ",") {
				switch f {
				case "spaced":
					cu.spaced = true
				case "cased":
					cu.cased = true
				case "ambiguous":
					cu.ambiguous = true
				default:
					return fmt.Errorf("unknown flag %q (want spaced, cased or ambiguous)", f)
				}
			}
		}
		if cu.spaced && cu.word {
			return fmt.Errorf("flag spaced is for signs only")
		}
		if strings.ContainsFunc(c[0], unicode.IsDigit) {
			return fmt.Errorf("surface %q has a digit", c[0])
		}
		key := fold(c[0])
		if prev, dup := e.currencies[key]; dup {
			return fmt.Errorf("duplicate surface %q (first on line %d)", c[0], prev.line)
		}
		e.currencies[key] = cu
		return nil
	})
}

var qualifierValues = map[string]bool{
	model.Exact: true, model.UpTo: true, model.MoreThan: true, model.AtLeast: true, model.Approx: true, model.LessThan: true,
}

func (e *Extractor) loadQualifiers(name string, data []byte) error {
	seen := map[string]int{}
	err := readTSV(name, data, []string{"phrase", "qualifier", "side"}, func(line int, c []string) error {
		q := qualifier{phrase: fold(c[0]), value: c[1]}
		if !qualifierValues[c[1]] {
			return fmt.Errorf("unknown qualifier %q", c[1])
		}
		switch c[2] {
		case "before":
		case "after":
			q.after = true
		default:
			return fmt.Errorf("unknown side %q (want before or after)", c[2])
		}
		key := q.phrase + "\t" + c[2]
		if first, dup := seen[key]; dup {
			return fmt.Errorf("duplicate phrase %q (first on line %d)", c[0], first)
		}
		seen[key] = line
		e.qualifiers = append(e.qualifiers, q)
		return nil
	})
	sort.SliceStable(e.qualifiers, func(i, j int) bool { return len(e.qualifiers[i].phrase) > len(e.qualifiers[j].phrase) })
	return err
}

var roleValues = map[string]bool{"new": true, "total": true, "other": true}

func (e *Extractor) loadCues(name string, data []byte) error {
	seen := map[string]int{}
	return readTSV(name, data, []string{"cue", "role", "side", "reach", "weight"}, func(line int, c []string) error {
		re, err := regexp.Compile(`(?i)\b(?:` + c[0] + `)\b`)
		if err != nil {
			return fmt.Errorf("bad cue %q: %v", c[0], err)
		}
		k := cue{re: re, role: c[1], line: line}
		if !roleValues[c[1]] {
			return fmt.Errorf("unknown role %q (want new, total or other)", c[1])
		}
		switch c[2] {
		case "before":
			k.side = -1
		case "after":
			k.side = 1
		case "any":
		default:
			return fmt.Errorf("unknown side %q (want before, after or any)", c[2])
		}
		if k.reach, err = strconv.Atoi(c[3]); err != nil || k.reach < 0 || k.reach > 50 {
			return fmt.Errorf("reach %q is not a number of words 0-50", c[3])
		}
		if k.weight, err = strconv.Atoi(c[4]); err != nil || k.weight < 1 || k.weight > 9 {
			return fmt.Errorf("weight %q is not 1-9", c[4])
		}
		key := c[0] + "\t" + c[1] + "\t" + c[2]
		if first, dup := seen[key]; dup {
			return fmt.Errorf("duplicate cue %q for %s %s (first on line %d)", c[0], c[1], c[2], first)
		}
		seen[key] = line
		e.cues = append(e.cues, k)
		return nil
	})
}

// surfacePattern turns a currency surface into a regexp: letters match
// case-insensitively unless cased, spaces match any run of space, and a
// spaced sign may have a space between its letters and its symbol.
func surfacePattern(c *currency) string {
	var b strings.Builder
	prevLetter := false
	for i, r := range c.surface {
		letter := unicode.IsLetter(r)
		if i > 0 && c.spaced && letter != prevLetter {
			b.WriteString(`\s?`)
		}
		switch {
		case r == ' ':
			b.WriteString(`\s+`)
		case letter && !c.cased && unicode.ToUpper(r) != unicode.ToLower(r):
			b.WriteString("[" + string(unicode.ToUpper(r)) + string(unicode.ToLower(r)) + "]")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		prevLetter = letter
	}
	return b.String()
}

func alternation(cs []*currency) string {
	sort.Slice(cs, func(i, j int) bool {
		if len(cs[i].surface) != len(cs[j].surface) {
			return len(cs[i].surface) > len(cs[j].surface)
		}
		return cs[i].surface < cs[j].surface
	})
	ps := make([]string, len(cs))
	for i, c := range cs {
		ps[i] = surfacePattern(c)
	}
	return strings.Join(ps, "|")
}

func (e *Extractor) compile() {
	var signs, all []*currency
	for _, c := range e.currencies {
		if !c.word {
			signs = append(signs, c)
		}
		all = append(all, c)
	}
	sign := `(?:` + alternation(signs) + `)`
	any := `(?:` + alternation(all) + `)`
	words := e.lex.WordsPattern()
	mag := `(?:\s*-\s*|\s*)(` + e.lex.MagnitudePattern() + `)`
	sep := `\s*(-|(?i:to|and))\s*`
	// groups: 1 sign, 2 figure, 3 magnitude, 4 separator, 5 second sign,
	// 6 second figure, 7 second magnitude
	num := `(` + numbers.SpacedDigitsPattern + `|` + words + `)`
	e.prefix = regexp.MustCompile(`(` + sign + `)\s?` + num + `(?:` + mag + `)?` +
		`(?:` + sep + `(` + sign + `)?\s?` + num + `(?:` + mag + `)?)?`)
	// groups: 1 figure, 2 magnitude, 3 separator, 4 second figure,
	// 5 second magnitude, 6 currency
	num = `(` + numbers.DigitsPattern + `|` + words + `)`
	e.suffix = regexp.MustCompile(num + `(?:` + mag + `)?` +
		`(?:` + sep + num + `(?:` + mag + `)?)?` +
		`(?:\s*-\s*|\s?)(` + any + `)`)
}

// candidate is an amount before qualifier, role and pairing are decided.
type candidate struct {
	start, end int // in the sentence text
	value, max float64
	cur        *currency
	rule       string
	magnitude  bool
	prefix     bool
}

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	if s.Start < 0 || s.End > len(d.View.Text) || s.Start >= s.End {
		return nil
	}
	text := d.View.Text[s.Start:s.End]
	cands := e.resolve(append(e.scanPrefix(text), e.scanSuffix(text)...))
	if len(cands) == 0 {
		return nil
	}
	out := make([]model.Mention, len(cands))
	for i, c := range cands {
		out[i] = model.Mention{
			Kind: model.KindMoney, Start: s.Start + c.start, End: s.Start + c.end, Sentence: s.Index,
			Rule:  fmt.Sprintf("%s@currencies.tsv:%d", c.rule, c.cur.line),
			Money: &model.Money{Value: c.value, ValueMax: c.max, Currency: c.cur.iso, Qualifier: e.qualify(text, c)},
		}
	}
	e.pairAndRole(text, cands, out)
	return out
}

func (e *Extractor) lookup(surface string) *currency {
	key := fold(strings.ReplaceAll(surface, " ", ""))
	if c, ok := e.currencies[key]; ok {
		return c
	}
	return e.currencies[fold(surface)]
}

func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if i > 0 && !utf8.RuneStart(s[i]) {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// before returns the rune that ends just before byte i of s.
func before(s string, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// value parses a figure and its magnitude.
func (e *Extractor) value(num, mag string) (float64, bool) {
	v, err := e.lex.Parse(num + " " + mag)
	if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func group(s string, loc []int, g int) string {
	if loc[2*g] < 0 {
		return ""
	}
	return s[loc[2*g]:loc[2*g+1]]
}

// rangeOK decides whether "A sep B" is one range: a hyphen always, "to"
// unless both ends are whole amounts after "from" (a change, not a range),
// "and" only after "between".
func rangeOK(text string, start int, sep string, v1, v2 float64, sharedMag bool, secondSign bool) bool {
	if v2 <= v1 {
		return false
	}
	lead := strings.ToLower(strings.TrimRight(text[:start], " "))
	switch strings.ToLower(sep) {
	case "-":
		return true
	case "to":
		if strings.HasSuffix(lead, "from") || strings.HasSuffix(lead, "rose") {
			return sharedMag
		}
		return sharedMag || secondSign
	case "and":
		return strings.HasSuffix(lead, "between")
	}
	return false
}

func (e *Extractor) scanPrefix(text string) []candidate {
	var out []candidate
	for pos := 0; pos < len(text); {
		loc := e.prefix.FindStringSubmatchIndex(text[pos:])
		if loc == nil {
			break
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += pos
			}
		}
		start := loc[0]
		next := start + 1
		for next < len(text) && !utf8.RuneStart(text[next]) {
			next++
		}
		c := candidate{start: start, rule: RuleSignAmount, prefix: true}
		c.cur = e.lookup(group(text, loc, 1))
		first, _ := utf8.DecodeRuneInString(text[start:])
		if c.cur == nil || unicode.IsLetter(first) && isAlnum(before(text, start)) {
			pos = next
			continue
		}
		n1, m1 := group(text, loc, 2), group(text, loc, 3)
		v1, ok := e.value(n1, m1)
		if !ok || !e.figureEnds(text, loc[5], m1) {
			pos = next
			continue
		}
		c.value, c.magnitude = v1, m1 != "" || e.hasScale(n1)
		c.end = loc[5]
		if loc[7] >= 0 {
			c.end = loc[7]
		}
		if loc[8] >= 0 && loc[12] >= 0 {
			n2, m2 := group(text, loc, 6), group(text, loc, 7)
			sc := e.lookup(group(text, loc, 5))
			v2, ok2 := e.value(n2, m2)
			shared := m1 == "" && m2 != ""
			if ok2 && shared {
				if v := v1 * e.lex.Magnitude(m2); v < v2 {
					v1 = v
				}
			}
			end := loc[1]
			if ok2 && (sc == nil || sc.iso == c.cur.iso) && e.figureEnds(text, end, m2) &&
				rangeOK(text, start, group(text, loc, 4), v1, v2, shared, sc != nil) {
				c.value, c.max, c.end = v1, v2, end
				c.magnitude = c.magnitude || m2 != ""
			}
		}
		out = append(out, c)
		pos = c.end
	}
	return out
}

// figureEnds reports whether a figure without a magnitude really ends at
// i: "$5x" or "$1,2" is not an amount.
func (e *Extractor) figureEnds(text string, i int, mag string) bool {
	if mag != "" || i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !isAlnum(r)
}

func (e *Extractor) hasScale(words string) bool {
	for _, w := range strings.FieldsFunc(words, func(r rune) bool { return r == ' ' || r == '-' }) {
		if e.lex.Magnitude(w) > 0 {
			return true
		}
	}
	return false
}

var yearLike = regexp.MustCompile(`^(?:1[89]|20)\d\d$`)

func (e *Extractor) scanSuffix(text string) []candidate {
	var out []candidate
	for pos := 0; pos < len(text); {
		loc := e.suffix.FindStringSubmatchIndex(text[pos:])
		if loc == nil {
			break
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += pos
			}
		}
		start := loc[0]
		next := start + 1
		for next < len(text) && !utf8.RuneStart(text[next]) {
			next++
		}
		c := candidate{start: start, end: loc[1], rule: RuleAmountCurrency}
		c.cur = e.lookup(group(text, loc, 6))
		n1, m1 := group(text, loc, 1), group(text, loc, 2)
		n2, m2 := group(text, loc, 4), group(text, loc, 5)
		prev := before(text, start)
		bad := c.cur == nil || isAlnum(prev) || prev == '$' || prev == '€' || prev == '£' || prev == '.' ||
			prev == '-' && isAlnum(before(text, start-1)) ||
			isAlnum(afterRune(text, loc[1])) && unicode.IsLetter(lastRune(group(text, loc, 6)))
		if !bad {
			c.magnitude = m1 != "" || m2 != "" || e.hasScale(n1) || e.hasScale(n2)
			if yearLike.MatchString(n1) && !c.magnitude && n2 == "" {
				bad = true
			}
			if c.cur.ambiguous && (!c.magnitude || strings.HasPrefix(strings.ToLower(strings.TrimLeft(text[loc[1]:], " ")), "of ")) {
				bad = true
			}
		}
		v1, ok := e.value(n1, m1)
		if bad || !ok {
			pos = next
			continue
		}
		c.value = v1
		if n2 != "" {
			v2, ok2 := e.value(n2, m2)
			shared := m1 == "" && m2 != "" && !e.hasScale(n1)
			if ok2 && shared {
				if v := v1 * e.lex.Magnitude(m2); v < v2 {
					v1 = v
				}
			}
			if !ok2 || !rangeOK(text, start, group(text, loc, 3), v1, v2, shared || e.hasScale(n2), false) {
				pos = next // the first figure is not part of an amount; the second may be
				continue
			}
			c.value, c.max = v1, v2
		}
		out = append(out, c)
		pos = c.end
	}
	return out
}

func afterRune(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// resolve orders candidates and drops overlaps, keeping the better of two
// overlapping readings: one with a magnitude, then a sign before the figure,
// then the longer.
func (e *Extractor) resolve(cs []candidate) []candidate {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		return cs[i].end > cs[j].end
	})
	better := func(a, b candidate) bool {
		if a.magnitude != b.magnitude {
			return a.magnitude
		}
		if a.prefix != b.prefix {
			return a.prefix
		}
		return a.end-a.start > b.end-b.start
	}
	var out []candidate
	for _, c := range cs {
		if n := len(out); n > 0 && c.start < out[n-1].end {
			if better(c, out[n-1]) {
				out[n-1] = c
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

var spaces = regexp.MustCompile(`\s+`)

// qualify finds a qualifier phrase right before (or after) the amount.
func (e *Extractor) qualify(text string, c candidate) string {
	lead := strings.ToLower(spaces.ReplaceAllString(strings.TrimRight(text[:c.start], " "), " "))
	tail := strings.ToLower(spaces.ReplaceAllString(strings.TrimLeft(text[c.end:], " "), " "))
	for _, q := range e.qualifiers {
		if q.after {
			if strings.HasPrefix(tail, q.phrase) && !isWordByte(tail, len(q.phrase)) {
				return q.value
			}
			continue
		}
		if strings.HasSuffix(lead, q.phrase) && !isWordByte(lead, len(lead)-len(q.phrase)-1) {
			return q.value
		}
	}
	return model.Exact
}

// pairs are what may stand between an amount and its conversion.
var pairGap = regexp.MustCompile(`^\s*(?:[(\[]\s*(?:or\s+|i\.e\.\s+)?` + approxWords + `?|,?\s*(?:or|i\.e\.|equivalent to|equal to)\s+` + approxWords + `?|,\s*` + approxWords + `|\s*/\s*)$`)

const approxWords = `(?:(?:about|approximately|around|roughly|some|nearly|almost|approx\.)\s+|~\s*)`

var including = regexp.MustCompile(`(?i)\b(?:including|includ(?:ed|es)|of which|among them|comprising|with)\s*(?:(?:some|nearly|about|around|up to|more than|over|almost|roughly|approximately)\s+)?$`)

// pairAndRole marks side-by-side conversions and decides each amount's role.
func (e *Extractor) pairAndRole(text string, cs []candidate, out []model.Mention) {
	for i := 0; i+1 < len(cs); i++ {
		if cs[i].cur.iso != cs[i+1].cur.iso && pairGap.MatchString(text[cs[i].end:cs[i+1].start]) {
			out[i].Money.Paired, out[i+1].Money.Paired = true, true
			if out[i+1].Money.Qualifier == model.Exact {
				out[i+1].Money.Qualifier = out[i].Money.Qualifier
			}
		}
	}
	for i := range cs {
		if i > 0 && out[i].Money.Paired && out[i-1].Money.Paired && pairGap.MatchString(text[cs[i-1].end:cs[i].start]) {
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		if i > 0 && including.MatchString(text[cs[i-1].end:cs[i].start]) {
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		lo, hi := 0, len(text)
		if i > 0 {
			lo = cs[i-1].end
		}
		if i+1 < len(cs) {
			hi = cs[i+1].start
		}
		if k := strings.LastIndexByte(text[lo:cs[i].start], ';'); k >= 0 {
			lo += k + 1
		}
		if k := strings.IndexByte(text[cs[i].end:hi], ';'); k >= 0 {
			hi = cs[i].end + k
		}
		out[i].Money.Role = e.role(text[lo:cs[i].start], text[cs[i].end:hi], out[i].Money.Qualifier)
	}
}

// role sums the weights of the cues found in the clause around an amount.
func (e *Extractor) role(lead, tail, qual string) string {
	score := map[string]int{}
	near := map[string]int{}
	note := func(role string, w, dist int) {
		score[role] += w
		if d, ok := near[role]; !ok || dist < d {
			near[role] = dist
		}
	}
	if qual == model.MoreThan {
		note("total", 1, 0) // "more than $40 billion": aggregates are stated as floors
	}
	for _, k := range e.cues {
		if k.side <= 0 {
			if ms := k.re.FindAllStringIndex(lead, -1); ms != nil {
				if d := wordCount(lead[ms[len(ms)-1][1]:]); d <= k.reach {
					note(k.role, k.weight, d)
				}
			}
		}
		if k.side >= 0 {
			if m := k.re.FindStringIndex(tail); m != nil {
				if d := wordCount(tail[:m[0]]); d <= k.reach {
					note(k.role, k.weight, d)
				}
			}
		}
	}
	best, bestScore, bestNear := "new", 0, 1<<30
	for _, r := range []string{"other", "total", "new"} {
		s, ok := score[r]
		if !ok {
			continue
		}
		if s > bestScore || s == bestScore && near[r] < bestNear {
			best, bestScore, bestNear = r, s, near[r]
		}
	}
	return best
}

func wordCount(s string) int { return len(strings.Fields(s)) }
