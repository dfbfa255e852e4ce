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

	"github.com/aidextract/aidextract/extractors/internal/cuewin"
	"github.com/aidextract/aidextract/extractors/internal/tsv"
	"github.com/aidextract/aidextract/extractors/internal/words"
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
	dollars    map[string]bool      // ISO codes written with "$" or called dollars
	prefix     *regexp.Regexp       // sign, figure, magnitude, optional range
	suffix     *regexp.Regexp       // figure or number words, magnitude, optional range, currency
	qualifiers []qualifier          // longest phrase first
	maxPhrase  int                  // longest qualifier phrase, in bytes
	cues       []cue
	cueFilter  cueFilter
	scan       scanner

	// qualByLast[c] and qualByFirst[c] list, in order, the qualifiers
	// before the amount whose phrase ends in c and those after it whose
	// phrase starts with c: the only ones that may match next to c
	qualByLast, qualByFirst [256][]int32
}

type currency struct {
	surface   string
	iso       string
	word      bool // kind word: only after the figure
	spaced    bool
	cased     bool
	ambiguous bool
	local     []localCue // countries that share the word (local.tsv)
	// the cues of local by the letters they start with (see localIn)
	localByWord map[string][]localRef
	suffixes    []suffix // codes written after the amount (suffixes.tsv)
	line        int
	rules       [2]string // Mention.Rule for RuleSignAmount and RuleAmountCurrency
}

type qualifier struct {
	phrase string // lower case, single spaces
	value  string
	after  bool
}

type cue struct {
	re     *regexp.Regexp
	role   string
	ri     int // index of role in roleOrder
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
	e, err := build(lex, currenciesTSV, qualifiersTSV, rolesTSV)
	if err != nil {
		return nil, err
	}
	if err := e.loadLocal("local.tsv", localTSV); err != nil {
		return nil, err
	}
	if err := e.loadSuffixes("suffixes.tsv", suffixesTSV); err != nil {
		return nil, err
	}
	return e, nil
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
	exprs := make([]string, len(e.cues))
	for i, k := range e.cues {
		exprs[i] = k.re.String()
	}
	e.compileCues(exprs)
	e.compile()
	return e, nil
}

// Name implements model.Extractor.
func (e *Extractor) Name() string { return "money" }

func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func (e *Extractor) loadCurrencies(name string, data []byte) error {
	return tsv.Read(name, data, []string{"surface", "iso", "kind", "flags"}, func(line int, c []string) error {
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
		if strings.Contains(key, "$") || strings.Contains(key, "dollar") {
			if e.dollars == nil {
				e.dollars = map[string]bool{}
			}
			e.dollars[cu.iso] = true
		}
		return nil
	})
}

var qualifierValues = map[string]bool{
	model.Exact: true, model.UpTo: true, model.MoreThan: true, model.AtLeast: true, model.Approx: true, model.LessThan: true,
}

func (e *Extractor) loadQualifiers(name string, data []byte) error {
	seen := map[string]int{}
	err := tsv.Read(name, data, []string{"phrase", "qualifier", "side"}, func(line int, c []string) error {
		q := qualifier{phrase: fold(c[0]), value: c[1]}
		if q.phrase == "" {
			return fmt.Errorf("empty phrase")
		}
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
		e.maxPhrase = max(e.maxPhrase, len(q.phrase))
		return nil
	})
	sort.SliceStable(e.qualifiers, func(i, j int) bool { return len(e.qualifiers[i].phrase) > len(e.qualifiers[j].phrase) })
	for i, q := range e.qualifiers {
		if q.after {
			e.qualByFirst[q.phrase[0]] = append(e.qualByFirst[q.phrase[0]], int32(i))
		} else {
			last := q.phrase[len(q.phrase)-1]
			e.qualByLast[last] = append(e.qualByLast[last], int32(i))
		}
	}
	return err
}

var roleValues = map[string]bool{"new": true, "total": true, "other": true}

// roleOrder is the order in which role breaks ties.
var roleOrder = [...]string{"other", "total", "new"}

func roleIndex(role string) int {
	for i, r := range roleOrder {
		if r == role {
			return i
		}
	}
	return -1
}

func (e *Extractor) loadCues(name string, data []byte) error {
	seen := map[string]int{}
	return tsv.Read(name, data, []string{"cue", "role", "side", "reach", "weight"}, func(line int, c []string) error {
		lead := `\b`
		if strings.HasPrefix(c[0], "^") {
			// a cue of the clause's start needs no word there: the
			// sentence may open with a quotation mark
			lead = ""
		}
		re, err := regexp.Compile(`(?i)` + lead + `(?:` + c[0] + `)\b`)
		if err != nil {
			return fmt.Errorf("bad cue %q: %v", c[0], err)
		}
		k := cue{re: re, role: c[1], ri: roleIndex(c[1]), line: line}
		if !roleValues[c[1]] {
			return fmt.Errorf("unknown role %q (want new, total or other)", c[1])
		}
		if k.side, err = cuewin.ParseSide(c[2]); err != nil {
			return err
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
	article := e.lex.ArticleScalePattern()
	mag := `(?:\s*-\s*|\s*)(` + e.lex.MagnitudePattern() + `)`
	sep := `\s*(-|(?i:to|and))\s*`
	// groups: 1 sign, 2 figure, 3 magnitude, 4 separator, 5 second sign,
	// 6 second figure, 7 second magnitude
	num := `(` + withDecimalComma(numbers.SpacedDigitsPattern) + `|` + article + `|` + words + `)`
	prefix := `(` + sign + `)\s?` + num + `(?:` + mag + `)?` +
		`(?:` + sep + `(` + sign + `)?\s?` + num + `(?:` + mag + `)?)?`
	e.prefix = regexp.MustCompile(prefix)
	// groups: 1 figure, 2 magnitude, 3 separator, 4 second figure,
	// 5 second magnitude, 6 currency
	num = `(` + withDecimalComma(numbers.DigitsPattern) + `|` + article + `|` + words + `)`
	suffix := num + `(?:` + mag + `)?` +
		`(?:` + sep + num + `(?:` + mag + `)?)?` +
		`(?:\s*-\s*|\s?)(` + any + `)`
	e.suffix = regexp.MustCompile(suffix)
	e.compileScanner(prefix, suffix)
	for _, c := range e.currencies {
		c.rules[0] = fmt.Sprintf("%s@currencies.tsv:%d", RuleSignAmount, c.line)
		c.rules[1] = fmt.Sprintf("%s@currencies.tsv:%d", RuleAmountCurrency, c.line)
	}
}

// candidate is an amount before qualifier, role and pairing are decided.
type candidate struct {
	start, end int // in the sentence text
	value, max float64
	cur        *currency
	rule       string
	magnitude  bool
	prefix     bool
	named      bool // a currency name after it says which currency its sign is
}

// Extract implements model.Extractor.
func (e *Extractor) Extract(d *model.Doc, s model.Sentence) []model.Mention {
	if s.Start < 0 || s.End > len(d.View.Text) || s.Start >= s.End {
		return nil
	}
	text := d.View.Text[s.Start:s.End]
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.pre, sc.suf, sc.cands = sc.pre[:0], sc.suf[:0], sc.cands[:0]
	full := false
	switch e.find(text, sc) {
	case scanNone:
		return nil
	case scanFound:
		sc.cands = e.scanPrefixAt(text, sc.pre, sc.cands)
		sc.cands = e.scanSuffixAt(text, sc.suf, sc.cands, sc.buf)
	default:
		full = true
		sc.cands = e.scanPrefix(text, sc.cands)
		sc.cands = e.scanSuffix(text, sc.cands)
	}
	cands := e.resolve(sc.cands)
	if len(cands) == 0 {
		return nil
	}
	var out []model.Mention
	var money []model.Money
	if len(cands) == 1 {
		// one amount, as most sentences have: one allocation for both
		one := new(struct {
			out   [1]model.Mention
			money [1]model.Money
		})
		out, money = one.out[:], one.money[:]
	} else {
		out, money = make([]model.Mention, len(cands)), make([]model.Money, len(cands))
	}
	for i, c := range cands {
		rule := c.cur.rules[1]
		if c.rule == RuleSignAmount {
			rule = c.cur.rules[0]
		}
		iso := c.cur.iso
		if c.cur.local != nil {
			iso = c.cur.localInDoc(d.View.Text, d.Sentences, s, c.start, c.end)
		}
		if c.cur.local != nil && !c.cur.word && c.rule == RuleSignAmount {
			// a code before the sign says which dollar it is: "(USD $500
			// million)"
			if code, n := codeBefore(text[:c.start]); n > 0 && (i == 0 || cands[i-1].end <= c.start-n) {
				iso = code
				c.start -= n
				cands[i].start = c.start
				cands[i].named = true
			}
		}
		if c.cur.suffixes != nil && c.rule == RuleSignAmount {
			// not into the next amount: "$5 USD 12 million"
			if code, n := c.cur.suffixAt(text[c.end:]); n < 0 || n > 0 && (i+1 == len(cands) || cands[i+1].start >= c.end+n) {
				iso = code
				cands[i].named = true
				if n > 0 {
					c.end += n
					cands[i].end = c.end
				}
			}
		}
		money[i] = model.Money{Value: c.value, ValueMax: c.max, Currency: iso, Qualifier: e.qualify(text, c)}
		out[i] = model.Mention{
			Kind: model.KindMoney, Start: s.Start + c.start, End: s.Start + c.end, Sentence: s.Index,
			Rule: rule, Money: &money[i],
		}
	}
	e.pairAndRole(text, cands, out, full, sc)
	for i, c := range cands {
		// a sign beside another currency is its conversion, in the
		// sign's own currency: "34 million Canadian dollars ($25.5
		// million)" states US dollars
		if !c.cur.word && c.cur.local != nil && money[i].Paired && !c.named && !namedBeside(cands, money, i) {
			money[i].Currency = c.cur.iso
		}
	}
	// the signs of a list of givers with their amounts in brackets are one
	// currency, whatever the givers' own: "the UK ($7.5bn), Germany
	// ($5.8bn) and Canada ($5.1bn)"
	forBracketRuns(text, cands, func(from, to int) {
		mixed := false
		for i := from; i < to; i++ {
			if cands[i].cur != cands[from].cur || cands[i].cur.word || cands[i].named {
				return
			}
			mixed = mixed || money[i].Currency != money[from].Currency
		}
		if mixed {
			for i := from; i < to; i++ {
				money[i].Currency = cands[i].cur.iso
			}
		}
	})
	return out
}

func (e *Extractor) lookup(surface string) *currency {
	var buf [16]byte
	if len(surface) <= len(buf) {
		// the common case: ASCII without space, where both keys below are
		// the surface in lower case
		simple := true
		for i := 0; i < len(surface); i++ {
			b := surface[i]
			if b >= utf8.RuneSelf || b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r' {
				simple = false
				break
			}
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			buf[i] = b
		}
		if simple {
			return e.currencies[string(buf[:len(surface)])]
		}
	}
	key := fold(strings.ReplaceAll(surface, " ", ""))
	if c, ok := e.currencies[key]; ok {
		return c
	}
	return e.currencies[fold(surface)]
}

// isWordByteOf is isWordByte, for bytes too, quickly for ASCII.
func isWordByteOf[T string | []byte](s T, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return isWordByte(string(s), i)
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

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// fractionOf reports whether lead ends with "of a" or "of an": a bare
// magnitude after it ("a quarter of a billion", "a fraction of a million")
// is a fraction of the amount, not the amount.
func fractionOf(lead string) bool {
	lead = strings.TrimRight(lead, " ")
	for _, end := range []string{" of a", " of an"} {
		if len(lead) >= len(end) && strings.EqualFold(lead[len(lead)-len(end):], end) {
			return true
		}
	}
	return false
}

// vagueBefore reports whether lead ends with a word that makes the number
// words after it vague: "several", "a few", "many", "a three-digit",
// "hundreds of".
func vagueBefore(lead string) bool {
	w := strings.ToLower(lastWord(lead))
	if w == "of" {
		lead = strings.TrimRight(lead, " ")
		switch strings.ToLower(lastWord(lead[:len(lead)-len("of")])) {
		case "tens", "dozens", "hundreds", "thousands", "millions", "billions":
			return true
		}
		return false
	}
	switch w {
	case "several", "few", "many", "multiple", "various":
		return true
	}
	return strings.HasSuffix(w, "-digit")
}

// lastWord returns the last word of lead, without the spaces after it.
func lastWord(lead string) string {
	lead = strings.TrimRight(lead, " ")
	return lead[strings.LastIndexAny(lead, " \t\n")+1:]
}

// afterNumberWord reports whether lead ends with "hundred" or a magnitude
// word: the rest of a number the grammar did not take ("several hundred").
func (e *Extractor) afterNumberWord(lead string) bool {
	w := lastWord(lead)
	return strings.EqualFold(w, "hundred") || e.lex.Magnitude(w) > 0
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// articleLen returns the length of the article and space that open number
// words ("a billion"), or 0.
func articleLen(n string) int {
	if len(n) < 2 || n[0] != 'a' && n[0] != 'A' || n[1] != ' ' && n[1] != '\t' && n[1] != '\n' {
		return 0
	}
	k := 1
	for k < len(n) && (n[k] == ' ' || n[k] == '\t' || n[k] == '\n') {
		k++
	}
	return k
}

// partOf reports whether lead ends with a part and "of": "a quarter of",
// "a third of", "a fraction of", not "just shy of" or "in excess of".
func partOf(lead string) bool {
	lead = strings.TrimRight(lead, " ")
	if len(lead) < 3 || !strings.EqualFold(lead[len(lead)-2:], "of") {
		return false
	}
	lead = strings.TrimRight(lead[:len(lead)-2], " ")
	i := strings.LastIndexByte(lead, ' ') + 1
	switch strings.ToLower(lead[i:]) {
	case "half", "quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth", "tenths",
		"fraction", "part", "share", "portion", "percent", "%":
		return true
	}
	return false
}

// decimalComma is a figure with a decimal comma, as much of Europe writes
// it: "1,5 billion", "€2,75 million". A thousands comma has three digits
// after it, so one or two can only be decimals.
const decimalComma = `\d{1,3},\d{1,2}`

// withDecimalComma adds decimalComma to a digits pattern of package
// numbers, "(?:A|B|\d+(?:\.\d+)?)", before its last alternative: tried
// after the thousands forms, and before a bare integer would take "1" of
// "1,5".
func withDecimalComma(digits string) string {
	const last = `|\d+(?:\.\d+)?)`
	if !strings.HasSuffix(digits, last) {
		panic("money: digits pattern changed: " + digits)
	}
	return strings.TrimSuffix(digits, last) + `|` + decimalComma + last
}

// isDecimalComma reports whether num is a figure with a decimal comma.
func isDecimalComma(num string) bool {
	i := strings.IndexByte(num, ',')
	return i >= 1 && i <= 3 && len(num)-i-1 >= 1 && len(num)-i-1 <= 2 && strings.IndexByte(num[i+1:], ',') < 0 && strings.IndexByte(num, '.') < 0
}

// firstValue is value for the first figure of a match: a decimal comma
// without a magnitude of its own takes the range's ("€1,5-2 billion"),
// which the caller then applies to it, as to "$1-2 billion".
func (e *Extractor) firstValue(num, mag, nextMag string) (float64, bool) {
	if mag == "" && nextMag != "" && isDecimalComma(num) {
		return e.value(strings.Replace(num, ",", ".", 1), "")
	}
	return e.value(num, mag)
}

// value parses a figure and its magnitude.
func (e *Extractor) value(num, mag string) (float64, bool) {
	if isDecimalComma(num) {
		// a decimal comma needs its magnitude: "€2,75 million", never "$1,5"
		if mag == "" {
			return 0, false
		}
		num = strings.Replace(num, ",", ".", 1)
	}
	if v, ok, known := e.plainValue(num, mag); known {
		return tidy(v), ok
	}
	v, err := e.lex.Parse(num + " " + mag)
	if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return tidy(v), true
}

// tidy rounds v to 12 significant digits: a figure times its magnitude
// is not exact in binary ("$8.45 billion" would be 8449999999.999999),
// and no amount written in a text has more digits than that.
func tidy(v float64) float64 {
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'g', 12, 64)), 64)
	if err != nil {
		return v
	}
	return r
}

// plainValue is value for the common case of a figure in plain digits,
// with or without thousands commas and a decimal part, and a magnitude
// word or none; known is false for anything else. For those Parse reads
// the whole figure (no other of its leading patterns fits one), drops the
// commas, and multiplies by the magnitude.
func (e *Extractor) plainValue(num, mag string) (v float64, ok, known bool) {
	if !plainFigure(num) {
		return 0, false, false
	}
	for i := 0; i < len(mag); i++ {
		if !isASCIILetter(mag[i]) {
			return 0, false, false
		}
	}
	m := 1.0
	if mag != "" {
		if m = e.lex.Magnitude(mag); m == 0 {
			return 0, false, false
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return 0, false, true
	}
	v = f * m
	if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false, true
	}
	return v, true, true
}

// plainFigure reports whether s is \d+(\.\d+)? or
// \d{1,3}(,\d{3})+(\.\d+)?.
func plainFigure(s string) bool {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(s) && s[i] == ',' {
		if i > 3 {
			return false
		}
		for i < len(s) && s[i] == ',' {
			if i+4 > len(s) {
				return false
			}
			for _, c := range []byte(s[i+1 : i+4]) {
				if c < '0' || c > '9' {
					return false
				}
			}
			i += 4
		}
	}
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	return i == len(s)
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
	lead := lowerSuffix(strings.TrimRight(text[:start], " "), len("between"))
	switch strings.ToLower(sep) {
	case "-":
		return true
	case "to":
		// a change, not a range: "from €2 billion to €3 billion", "will
		// increase its support by €2 billion to €8 billion"
		if strings.HasSuffix(lead, "from") || strings.HasSuffix(lead, "rose") || strings.HasSuffix(lead, " by") {
			return sharedMag
		}
		return sharedMag || secondSign
	case "and":
		return strings.HasSuffix(lead, "between")
	}
	return false
}

// scanPrefix searches the whole of text for sign-amount candidates.
func (e *Extractor) scanPrefix(text string, out []candidate) []candidate {
	for pos := 0; pos < len(text); {
		loc := e.prefix.FindStringSubmatchIndex(text[pos:])
		if loc == nil {
			break
		}
		shift(loc, pos)
		c, ok := e.prefixCandidate(text, loc)
		if !ok {
			pos = nextRune(text, loc[0])
			continue
		}
		out = append(out, c)
		pos = c.end
	}
	return out
}

// nextRune returns the start of the rune after the one at i.
func nextRune(text string, i int) int {
	next := i + 1
	for next < len(text) && !utf8.RuneStart(text[next]) {
		next++
	}
	return next
}

// prefixCandidate reads a match of the prefix grammar; ok is false when
// the match is not an amount.
func (e *Extractor) prefixCandidate(text string, loc []int) (candidate, bool) {
	start := loc[0]
	c := candidate{start: start, rule: RuleSignAmount, prefix: true}
	c.cur = e.lookup(group(text, loc, 1))
	first, _ := utf8.DecodeRuneInString(text[start:])
	if c.cur == nil || unicode.IsLetter(first) && isAlnum(before(text, start)) {
		return c, false
	}
	n1, m1 := group(text, loc, 2), group(text, loc, 3)
	v1, ok := e.firstValue(n1, m1, group(text, loc, 7))
	if !ok || !e.figureEnds(text, loc[5], m1) {
		return c, false
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
	return c, true
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
	if words == "" || words[0] >= '0' && words[0] <= '9' {
		return false // a figure: no token of it is a word
	}
	for _, w := range strings.FieldsFunc(words, func(r rune) bool { return r == ' ' || r == '-' }) {
		if e.lex.Magnitude(w) > 0 {
			return true
		}
	}
	return false
}

var yearLike = regexp.MustCompile(`^(?:1[89]|20)\d\d$`)

// scanSuffix searches the whole of text for amount-currency candidates.
func (e *Extractor) scanSuffix(text string, out []candidate) []candidate {
	for pos := 0; pos < len(text); {
		loc := e.suffix.FindStringSubmatchIndex(text[pos:])
		if loc == nil {
			break
		}
		shift(loc, pos)
		c, ok := e.suffixCandidate(text, loc)
		if !ok {
			pos = nextRune(text, loc[0]) // the first figure is not part of an amount; the second may be
			continue
		}
		out = append(out, c)
		pos = c.end
	}
	return out
}

// suffixCandidate reads a match of the suffix grammar; ok is false when
// the match is not an amount.
func (e *Extractor) suffixCandidate(text string, loc []int) (candidate, bool) {
	start := loc[0]
	c := candidate{start: start, end: loc[1], rule: RuleAmountCurrency}
	c.cur = e.lookup(group(text, loc, 6))
	n1, m1 := group(text, loc, 1), group(text, loc, 2)
	n2, m2 := group(text, loc, 4), group(text, loc, 5)
	prev := before(text, start)
	bad := c.cur == nil || !figureMayStart(text, start, prev) ||
		isAlnum(afterRune(text, loc[1])) && unicode.IsLetter(lastRune(group(text, loc, 6)))
	if !bad && e.lex.Magnitude(n1) > 0 && fractionOf(text[:start]) {
		bad = true // "a quarter of a billion dollars" is no billion
	}
	if !bad && n1 != "" && !isDigitByte(n1[0]) && (vagueBefore(text[:start]) || e.afterNumberWord(text[:start])) {
		bad = true // "several hundred million euros", "a three-digit million euro sum" are vague
	}
	if k := articleLen(n1); !bad && k > 0 {
		// "a billion dollars", but "a quarter of a billion dollars" is no
		// billion, and in "a billion-dollar package" the article is the
		// package's
		if partOf(text[:start]) {
			bad = true
		} else if figEnd := max(loc[3], loc[5]); strings.HasPrefix(strings.TrimLeft(text[figEnd:], " "), "-") {
			start += k
			c.start = start
			n1 = n1[k:]
		}
	}
	if !bad {
		c.magnitude = m1 != "" || m2 != "" || e.hasScale(n1) || e.hasScale(n2)
		if !c.magnitude && n2 == "" && yearLike.MatchString(n1) {
			bad = true
		}
		if c.cur.ambiguous && (!c.magnitude || strings.HasPrefix(lowerPrefix(strings.TrimLeft(text[loc[1]:], " "), len("of ")), "of ")) {
			bad = true
		}
	}
	if bad {
		return c, false
	}
	v1, ok := e.firstValue(n1, m1, m2)
	if !ok {
		return c, false
	}
	c.value = v1
	if n2 != "" {
		v2, ok2 := e.value(n2, m2)
		shared := m1 == "" && m2 != "" && !e.hasScale(n1)
		if ok2 && shared {
			v := v1 * e.lex.Magnitude(m2)
			if v >= v2 {
				// no range the magnitude could share: "in 2022 - 2
				// billion euros" dates the sum after the dash
				return c, false
			}
			v1 = v
		}
		if !ok2 || !rangeOK(text, start, group(text, loc, 3), v1, v2, shared || e.hasScale(n2), false) {
			return c, false
		}
		c.value, c.max = v1, v2
	}
	return c, true
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
// then the longer. It reuses the memory of cs.
func (e *Extractor) resolve(cs []candidate) []candidate {
	// stable insertion sort: a sentence has few candidates
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && (cs[j].start < cs[j-1].start || cs[j].start == cs[j-1].start && cs[j].end > cs[j-1].end); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	better := func(a, b candidate) bool {
		if a.magnitude != b.magnitude {
			return a.magnitude
		}
		if a.prefix != b.prefix {
			return a.prefix
		}
		return a.end-a.start > b.end-b.start
	}
	out := cs[:0]
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

// qualifierFillers may stand between a qualifier and its amount: "up to an
// additional CZK 400 million", "more than a billion dollars".
var qualifierFillers = [...]string{"an additional", "additional", "a further", "another", "an extra", "a"}

// qualify finds a qualifier phrase right before (or after) the amount, or
// before a filler word right before it.
func (e *Extractor) qualify(text string, c candidate) string {
	q := e.qualifyAt(text, c.start, c.end)
	if q != model.Exact {
		return q
	}
	before := strings.TrimRight(text[:c.start], " ")
	for _, f := range qualifierFillers {
		if f == "a" && c.start < len(text) && !unicode.IsLetter(rune(text[c.start])) {
			// an article before a figure opens a phrase the amount
			// qualifies: "under a $245 million package" is no bound
			continue
		}
		if n := len(before) - len(f); n > 0 && before[n-1] == ' ' && strings.EqualFold(before[n:], f) {
			return e.qualifyAt(text, n, c.end)
		}
	}
	return q
}

// qualifyAt finds a qualifier phrase right before start or after end.
func (e *Extractor) qualifyAt(text string, start, end int) string {
	// Only the words next to the amount matter: fold a window around it
	// long enough for the longest phrase and the rune beside it.
	n := e.maxPhrase + 8
	before, after := strings.TrimRight(text[:start], " "), strings.TrimLeft(text[end:], " ")
	// ASCII windows are folded on the stack (see fold.go). Either way only
	// the last and first maxPhrase+1 bytes of the windows are read (and
	// the rune around a byte outside ASCII, never more than 3 bytes
	// further): any end of the folded text before the amount, and start of
	// the one after it, of n bytes or more, or all of it, give one answer.
	var lb, tb [128]byte
	if lead, ok := foldSuffixASCII(lb[:0], before, n); ok {
		if tail, ok := foldPrefixASCII(tb[:0], after, n); ok {
			return qualifyFolded(e, lead, tail)
		}
	}
	lead, tail := foldSuffix(before, n), foldPrefix(after, n)
	return qualifyFolded(e, lead, tail)
}

// qualifyFolded is qualify given the folded windows before and after the
// amount.
func qualifyFolded[T string | []byte](e *Extractor, lead, tail T) string {
	var before, after []int32
	if len(lead) > 0 {
		before = e.qualByLast[lead[len(lead)-1]]
	}
	if len(tail) > 0 {
		after = e.qualByFirst[tail[0]]
	}
	// the qualifiers of both lists, in order
	for len(before) > 0 || len(after) > 0 {
		var i int32
		if len(after) == 0 || len(before) > 0 && before[0] < after[0] {
			i, before = before[0], before[1:]
		} else {
			i, after = after[0], after[1:]
		}
		q := &e.qualifiers[i]
		if q.after {
			if len(tail) >= len(q.phrase) && string(tail[:len(q.phrase)]) == q.phrase && !isWordByteOf(tail, len(q.phrase)) && !thanAfter(tail[len(q.phrase):]) {
				return q.value
			}
			continue
		}
		if len(lead) >= len(q.phrase) && string(lead[len(lead)-len(q.phrase):]) == q.phrase && !isWordByteOf(lead, len(lead)-len(q.phrase)-1) {
			return q.value
		}
	}
	return model.Exact
}

// thanAfter reports whether rest, the folded text after an "or more"
// phrase, goes on with "than": "$5 million and more than $80 million" is
// a list, not a floor.
func thanAfter[T string | []byte](rest T) bool {
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	return i > 0 && len(rest)-i >= 4 && string(rest[i:i+4]) == "than" && !isWordByteOf(rest, i+4)
}

// pairs are what may stand between an amount and its conversion.
// A bracket may say something else first: "SDR 11.6 billion (577 percent
// of quota or about US$15.6 billion)", or name the dollar before its sign:
// "335 million kroner (U.S. $31 million)", or call it one: "150 million
// Swiss francs, the equivalent of roughly $163 million".
var pairGap = regexp.MustCompile(`^\s*(?:[(\[]\s*(?:or\s+|i\.e\.\s+)?(?:U\.S\.\s+)?` + pairWords + `?|[(\[][^()\[\]]{1,40}?,?\s(?:or|i\.e\.)\s+` + approxWords + `?|,?\s*(?:or|i\.e\.|equivalent to|equal to)\s+` + approxWords + `?|,\s*` + approxWords + `|,\s*(?:the|an?)\s+equivalent\s+of\s+` + approxWords + `?|,\s*which (?:is|was|equals|equates to|amounts to|corresponds to)\s+(?:equivalent to\s+|equal to\s+)?` + approxWords + `?|\s*/\s*|\s+[-–—]\s+` + approxWords + `?|\s*[(\[]\s*(?:[A-Z][A-Za-z.]* ){1,2}dollars,\s*` + approxWords + `?)$`)

// pairWords may open a bracketed conversion: "almost 866 million crowns
// (over €34 million)".
const pairWords = `(?:(?:about|approximately|around|roughly|some|nearly|almost|approx\.|over|more than|up to|at least|less than|under)\s+|~\s*)`

const approxWords = `(?:(?:about|approximately|around|roughly|some|nearly|almost|approx\.)\s+|~\s*)`

// mayPair reports whether pairGap may match gap: after the \s* that
// starts every branch, each branch reads one of ( [ , o i e / first.
func mayPair(gap string) bool {
	i := 0
	for i < len(gap) && isSpaceRune(rune(gap[i])) {
		i++
	}
	if i == len(gap) {
		return false
	}
	switch gap[i] {
	case '(', '[', ',', 'o', 'i', 'e', '/', '-', 0xe2: // 0xe2 opens '–' and '—'
		return true
	}
	return false
}

// comparedWith is a gap whose "with" compares, not includes: "€3 billion
// in 2023, compared with €2 billion the year before".
var comparedWith = regexp.MustCompile(`(?i)\b(?:compared|comparison|compare)\s+with\s*` + listQualifier + `$`)

// comparedTally is a gap that compares the next amount with the one before,
// maybe someone else's: "€132bn in allocated aid compared with America’s
// €114bn".
// gappedTally is the gap before an amount whose verb is left out after a
// tally: "has committed more than $40 billion in security assistance, and
// the United Kingdom £4.6 billion", "It has provided $2.45-billion in
// loans ..., and another $320-million". The giver is a name, in capitals.
var gappedTally = regexp.MustCompile(`,\s+and\s+(?:another|the\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+$`)

var comparedTally = regexp.MustCompile(`(?i)\b(?:compared|comparison)\s+(?:with|to)\s+(?:\S+['’]s\s+)?` + listQualifier + `$`)

// alsoIncluded is the gap before the next item of a list after
// "including": a few words, then "and".
var alsoIncluded = regexp.MustCompile(`(?i)^\s*(?:[^,;.()\[\]]{0,60}?\s)?,?\s*and\s+` + listQualifier + `$`)

// includingWords are the words one of which every match of including
// holds, in lower case.
var includingWords = [...]string{"includ", "of which", "among them", "comprising", "with"}

// mayInclude reports whether including may match gap: it holds one of
// includingWords, ASCII case aside, or a byte outside ASCII (case folding
// reads the long s as "s").
func mayInclude(gap string) bool {
	for i := 0; i < len(gap); i++ {
		b := gap[i]
		if b >= utf8.RuneSelf {
			return true
		}
		switch b | 0x20 {
		case 'i', 'o', 'a', 'c', 'w':
			for _, w := range includingWords {
				if words.HasPrefixFold(gap[i:], w) {
					return true
				}
			}
		}
	}
	return false
}

var including = regexp.MustCompile(`(?i)\b(?:including|includ(?:ed|es)|of which|among them|comprising|with)\s*` + listQualifier + `$`)

// listQualifier is an optional qualifier before an amount of a list,
// with the space after it.
const listQualifier = `(?:(?:some|nearly|about|around|up to|more than|over|almost|roughly|approximately|at least|less than|just over|just under|close to|an estimated)\s+)?`

// inBracketList reports whether amount i opened a bracket after amount
// i-1 and amount i+1 follows it in the same brackets, after a comma or a
// semicolon: "$486 billion (£365 billion; €420 billion)".
func inBracketList(text string, cs []candidate, i int) bool {
	open := strings.TrimLeft(text[cs[i-1].end:cs[i].start], " \t")
	if open == "" || open[0] != '(' && open[0] != '[' {
		return false
	}
	return bracketNext.MatchString(text[cs[i].end:cs[i+1].start])
}

var bracketNext = regexp.MustCompile(`^\s*[,;]\s*` + pairWords + `?$`)

// isRate reports whether the gap between two amounts makes them an
// exchange rate: "=" alone.
func isRate(gap string) bool {
	return strings.TrimSpace(gap) == "="
}

// shareOf matches the end of the gap before one giver's share of the
// amount before it: ", with the Czech Republic contributing ".
var shareOf = regexp.MustCompile(`,\s*with\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:contributing|providing|giving|pledging|allocating|accounting for)\s+` + approxWords + `?$`)

// contributing reports whether gap ends by introducing one giver's share.
func contributing(gap string) bool {
	return strings.Contains(gap, "with ") && shareOf.MatchString(gap)
}

// namedBeside reports whether the amount paired with amount i has its
// dollar named: then amount i is the local one ("Approximately $680
// million (USD $500 million)").
func namedBeside(cands []candidate, money []model.Money, i int) bool {
	// so is one beside an explicit US dollar: in "$26.5 million (US$19.5
	// million)" after Australia, the bare sign is Australia's
	named := func(j int) bool {
		return j >= 0 && j < len(cands) && money[j].Paired && (cands[j].named || cands[j].cur.local == nil && money[j].Currency == "USD")
	}
	return named(i-1) || named(i+1)
}

// codesBefore are the currency codes written before a dollar sign and a
// space: "USD $500 million", "CAD $2 billion" (not "US": "The US $500
// million package" names its giver).
var codesBefore = [...]struct{ code, iso string }{
	{"USD ", "USD"}, {"CAD ", "CAD"}, {"CDN ", "CAD"}, {"AUD ", "AUD"}, {"NZD ", "NZD"},
}

// codeBefore returns the currency a code right before an amount's sign
// names, and its length in bytes; 0 for none.
func codeBefore(lead string) (string, int) {
	for _, c := range codesBefore {
		if strings.HasSuffix(lead, c.code) {
			k := len(lead) - len(c.code)
			if k == 0 || !isAlnum(before(lead, k)) {
				return c.iso, len(c.code)
			}
		}
	}
	return "", 0
}

// percentShare matches the end of the gap before a share given as a
// percentage with its sum in brackets: " and 33 percent (".
var percentShare = regexp.MustCompile(`\band\s+` + approxWords + `?\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s*\(\s*$`)

// yearByYear reports whether the gap between two amounts pairs them
// year by year: " in 2026 and ", " for 2024, and ".
func yearByYear(gap string) bool {
	f := strings.Fields(gap)
	if len(f) != 3 || (f[0] != "in" && f[0] != "for") || f[2] != "and" {
		return false
	}
	return isYear(strings.TrimSuffix(f[1], ","))
}

// ellipticYear reports whether an amount repeats the clause before it for
// another year, its verb left out: "$5.9 billion ... will be spent in
// Fiscal Year (FY) 2024 and $16.3 billion in FY 2025". gap ends in a year
// and "and"; after, the text after the amount, opens with "in" or "for"
// and a year within three words.
func ellipticYear(gap, after string) bool {
	if !strings.HasSuffix(strings.TrimRight(gap, " "), " and") || !strings.HasPrefix(after, " in ") && !strings.HasPrefix(after, " for ") {
		return false // most gaps: no need to split them
	}
	f := strings.Fields(gap)
	if len(f) < 2 || f[len(f)-1] != "and" || !isYear(strings.TrimSuffix(f[len(f)-2], ",")) {
		return false
	}
	g := strings.Fields(after)
	if len(g) < 2 || g[0] != "in" && g[0] != "for" {
		return false
	}
	for _, w := range g[1:min(len(g), 4)] {
		if isYear(strings.TrimRight(w, ",.;:)")) {
			return true
		}
	}
	return false
}

// isYear reports whether w is four digits.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pairAndRole marks side-by-side conversions and decides each amount's
// role. full makes role try every cue, as it must for a sentence the
// scanner could not read.
func (e *Extractor) pairAndRole(text string, cs []candidate, out []model.Mention, full bool, sc *scratch) {
	sc.tailText, sc.tailKept = "", false
	defer func() { sc.tailText, sc.tailKept = "", false }() // let the text go
	for i := 0; i+1 < len(cs); i++ {
		if gap := text[cs[i].end:cs[i+1].start]; (cs[i].cur.iso != cs[i+1].cur.iso || out[i].Money.Currency != out[i+1].Money.Currency) && mayPair(gap) && pairGap.MatchString(gap) {
			out[i].Money.Paired, out[i+1].Money.Paired = true, true
			if out[i+1].Money.Qualifier == model.Exact {
				out[i+1].Money.Qualifier = out[i].Money.Qualifier
			}
		}
	}
	for i := 1; i+1 < len(cs); i++ {
		if out[i].Money.Paired && out[i-1].Money.Paired && inBracketList(text, cs, i) &&
			cs[i+1].cur.iso != cs[i].cur.iso && cs[i+1].cur.iso != cs[i-1].cur.iso {
			// a second conversion in the same brackets: "£225 million
			// ($286 million, €272.85 million)"
			out[i+1].Money.Paired = true
			if out[i+1].Money.Qualifier == model.Exact {
				out[i+1].Money.Qualifier = out[i].Money.Qualifier
			}
		}
	}
	for i := 0; i+1 < len(cs); i++ {
		if isRate(text[cs[i].end:cs[i+1].start]) {
			// an exchange rate, the note of a wire story: "($1 =
			// 1.3419 Canadian dollars)"
			out[i].Money.Role, out[i+1].Money.Role = "other", "other"
		}
	}
	included := -1 // the last amount a list after "including" holds
	for i := range cs {
		if out[i].Money.Role == "other" && (i > 0 && isRate(text[cs[i-1].end:cs[i].start]) || i+1 < len(cs) && isRate(text[cs[i].end:cs[i+1].start])) {
			continue
		}
		if i > 0 && out[i].Money.Paired && out[i-1].Money.Paired && (mayPair(text[cs[i-1].end:cs[i].start]) && pairGap.MatchString(text[cs[i-1].end:cs[i].start]) || i > 1 && inBracketList(text, cs, i-1)) {
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		if i > 0 && mayInclude(text[cs[i-1].end:cs[i].start]) && including.MatchString(text[cs[i-1].end:cs[i].start]) && !comparedWith.MatchString(text[cs[i-1].end:cs[i].start]) {
			out[i].Money.Role = out[i-1].Money.Role
			included = i
			continue
		}
		if i == 0 && mayInclude(text[:cs[0].start]) && including.MatchString(text[:cs[0].start]) {
			included = 0 // the first item of a list whose whole has no amount
		}
		if i > 0 && included == i-1 && alsoIncluded.MatchString(text[cs[i-1].end:cs[i].start]) {
			// the next item of the list is a part too: "including nearly
			// $288 million through the Department of State and more than
			// $80 million through USAID"
			out[i].Money.Role = out[i-1].Money.Role
			included = i
			continue
		}
		if i > 0 && out[i-1].Money.Role == "other" && (otherAlso.MatchString(text[cs[i-1].end:cs[i].start]) || priceAlso.MatchString(text[cs[i-1].end:cs[i].start])) {
			// the next of a pair of spendings is one too: "paid UAH 60.5
			// billion in pensions and UAH 5.3 billion in housing
			// subsidies"
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		if i > 0 && out[i-1].Money.Role == "total" && opensListItem(text[cs[i-1].end:cs[i].start]) {
			// the next item of a list of a tally's parts, set off by
			// semicolons, is one too: "In total, FY2022 appropriations
			// include $12.55 billion to replenish ...; $6.3 billion for
			// USAI; and $4.65 billion for FMF"
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		if i > 0 && out[i-1].Money.Role != "new" && contributing(text[cs[i-1].end:cs[i].start]) {
			// one giver's share of a tally is part of it: "Foreign
			// donors have provided 93.3 billion crowns ..., with the
			// Czech Republic contributing 1.7 billion crowns"
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		if i > 0 && out[i-1].Money.Role == "total" && strings.Contains(text[cs[i-1].end:cs[i].start], "ompar") && comparedTally.MatchString(text[cs[i-1].end:cs[i].start]) {
			// a tally compared with another is one too: "€132bn in
			// allocated aid compared with America’s €114bn"
			out[i].Money.Role = "total"
			continue
		}
		if i > 0 && out[i-1].Money.Role == "total" && strings.Contains(text[cs[i-1].end:cs[i].start], "and") && gappedTally.MatchString(text[cs[i-1].end:cs[i].start]) {
			// the next giver's tally with the verb left out is one too
			out[i].Money.Role = "total"
			continue
		}
		if i > 0 && out[i-1].Money.Role == "total" && percentShare.MatchString(text[cs[i-1].end:cs[i].start]) {
			// the next share of a tally is one too: "about 67 percent
			// ($117.4 billion) is designated for defense and 33 percent
			// ($57.4 billion) for nondefense priorities"
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		if i > 0 && out[i-1].Money.Role != "new" && (yearByYear(text[cs[i-1].end:cs[i].start]) || ellipticYear(text[cs[i-1].end:cs[i].start], text[cs[i].end:])) {
			// the next year's figure of a need or a tally is one too:
			// "needs would reach over €70 billion in 2026 and €64
			// billion in 2027"
			out[i].Money.Role = out[i-1].Money.Role
			continue
		}
		lo, hi := 0, len(text)
		if i > 0 {
			lo = cs[i-1].end
		}
		tailAt := cs[i].end // where the clause after the amount starts
		if i+1 < len(cs) {
			hi = cs[i+1].start
			if out[i+1].Money.Paired && out[i].Money.Paired && mayPair(text[cs[i].end:hi]) && pairGap.MatchString(text[cs[i].end:hi]) {
				// the pair is one amount: its clause goes on after the
				// bracketed other currency ("4.2 billion zlotys ($1.05
				// bln) since the start of the war"; "CHF 5 billion (over
				// €5 billion) is planned to be allocated")
				hi = len(text)
				if i+2 < len(cs) {
					hi = cs[i+2].start
				}
				if k := strings.IndexAny(text[cs[i+1].end:hi], ")]"); k >= 0 {
					tailAt = cs[i+1].end + k + 1
				}
			}
		}
		if k := strings.LastIndexByte(text[lo:cs[i].start], ';'); k >= 0 {
			lo += k + 1
		}
		if k := strings.IndexByte(text[cs[i].end:hi], ';'); k >= 0 {
			hi = cs[i].end + k
		}
		tailAt = min(tailAt, hi)
		out[i].Money.Role = e.role(text[lo:cs[i].start], text[tailAt:hi], out[i].Money.Qualifier, full, sc)
		if out[i].Money.Role == "new" && yearSum(text[lo:cs[i].start], text[tailAt:hi]) {
			out[i].Money.Role = "total"
		}
		if out[i].Money.Role == "new" && out[i].Money.Currency == "UAH" && !out[i].Money.Paired && homeSpending.MatchString(text) {
			out[i].Money.Role = "other"
		}
	}
	// a list of named amounts in brackets is one ranking or breakdown: a
	// tally in it makes every item one ("followed by EU institutions
	// ($37.2bn), the UK ($7.5bn), Germany ($5.8bn)"; "humanitarian aid
	// ($1.6 billion), financial aid ($26.4 billion), and total military aid
	// ($46.3 billion)")
	// amounts given "respectively" are one statement: "handing out €27.5
	// billion and €22.9 billion, respectively, between Russia's February
	// 2022 invasion and the end of last year"
	for i := 1; i < len(cs); i++ {
		if out[i].Money.Role != out[i-1].Money.Role && (out[i].Money.Role == "total" || out[i-1].Money.Role == "total") &&
			strings.TrimSpace(text[cs[i-1].end:cs[i].start]) == "and" && words.HasPrefixFold(text[cs[i].end:], ", respectively") {
			out[i].Money.Role, out[i-1].Money.Role = "total", "total"
		}
	}
	forBracketRuns(text, cs, func(from, to int) {
		total := false
		for i := from; i < to; i++ {
			switch out[i].Money.Role {
			case "other":
				return
			case "total":
				total = true
			}
		}
		if total {
			for i := from; i < to; i++ {
				out[i].Money.Role = "total"
			}
		}
	})
}

// homeSpending finds what Ukraine's state does with its own money, which no
// donor gives: a sum in hryvnias the government allocates, the budget spends
// or taxes raise ("the Government had allocated UAH 1.5 billion from the
// reserve fund", "increase defence spending by UAH 500 billion"). A gift
// counted in hryvnias ("Kyivstar transferred 100 million hryvnias to the
// Army of Drones") names none of these.
var homeSpending = regexp.MustCompile(`(?i)\b(?:state budget|reserve fund|(?:the|ukraine's|ukrainian) (?:government|cabinet)|cabinet of ministers|taxe?s|tax revenues?|spending|expenditures?|allowances?|pensions?|salaries|wages|(?:defen[cs]e|military) budget|deficit)\b`)

// yearSum reports whether an amount is what was given over a past year,
// told after it: "The EBRD invested a record €2.1 billion in Ukraine in
// 2023", "Ukraine attracted $41.7 billion in international support in
// 2024" (as "In 2022, the Danish government provided €565 million" is;
// but "gave a further $500 million in 2023" is one more gift).
func yearSum(lead, tail string) bool {
	// the tail's test is anchored and short; the lead's reads the whole
	// clause before the amount, so it runs last
	return strings.Contains(tail, " in ") && inYear.MatchString(tail) && pastGiving.MatchString(lead)
}

var (
	pastGiving = regexp.MustCompile(`(?i)\b(?:provided|gave|invested|attracted|received|spent|disbursed|contributed|donated|transferred|delivered|lent|mobili[sz]ed)(?:\s+(?:a|an|the|about|around|some|nearly|almost|over|roughly|approximately|record|total|of|more|than|at|least|support|aid|assistance|worth|military|financial|humanitarian|in))*\s*$`)
	inYear     = regexp.MustCompile(`^[^,;.()]{0,80}?\bin (?:19|20)\d\d\b(?:\s*[,.;]|\s+(?:and|alone)\b|\s*$)`)
)

// otherAlso matches the gap between two amounts of one list, the first
// told what it is for: " in pensions and ".
var otherAlso = regexp.MustCompile(`^\s*(?:in|for|on|of)\s+(?:[a-z]+\s+){0,3}and\s*$`)

// priceAlso matches the gap between a price and the next one told with
// its verb left out: ", up from about ", ", and each interceptor about ".
var priceAlso = regexp.MustCompile(`^\s*,?\s*(?:(?:up|down) from|and (?:each|every|one|a|an|the) [\w-]+(?: [\w-]+)?)\s+(?:about|around|roughly|some|nearly|almost|at|over|under)?\s*$`)

// opensListItem reports whether the gap between two amounts ends with a
// semicolon, and "and" at most, right before the second: it opens an item
// of a list.
func opensListItem(gap string) bool {
	k := strings.LastIndexByte(gap, ';')
	if k < 0 {
		return false
	}
	rest := strings.TrimSpace(gap[k+1:])
	return rest == "" || rest == "and"
}

// bracketItemGap matches the gap between two items of a list of named
// amounts in brackets: "), the UK (", "), and total military aid (about ".
var bracketItemGap = regexp.MustCompile(`^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^()\d;:.$€£¥]{1,60}\(\s*` + approxWords + `?$`)

// forBracketRuns calls f for every run [from, to) of two or more amounts
// that are items of a list of names with their amounts in brackets.
func forBracketRuns(text string, cs []candidate, f func(from, to int)) {
	if len(cs) < 2 || strings.IndexByte(text, '(') < 0 {
		return
	}
	from := 0
	for i := 1; i <= len(cs); i++ {
		if i < len(cs) && bracketItemGap.MatchString(text[cs[i-1].end:cs[i].start]) {
			continue
		}
		if i-from >= 2 {
			f(from, i)
		}
		from = i
	}
}

// role sums the weights of the cues found in the clause around an amount.
// Unless full, it skips the cues that cannot match (see cues.go).
func (e *Extractor) role(lead, tail, qual string, full bool, sc *scratch) string {
	var leadCues, tailCues cueSet
	var leadToks, tailToks []cueToken
	if !full {
		// The clause after one amount is often the clause before the
		// next: clauseCues depends on the clause's text alone, so its
		// answer for the last tail is kept.
		if sc.tailKept && lead == sc.tailText {
			leadCues = sc.tailCues
			sc.toks = append(sc.toks[:0], sc.tailToks...)
		} else {
			leadCues, sc.buf, sc.toks = e.clauseCues(lead, sc.buf, sc.toks[:0])
		}
		tailCues, sc.buf, sc.tailToks = e.clauseCues(tail, sc.buf, sc.tailToks[:0])
		sc.tailText, sc.tailCues, sc.tailKept = tail, tailCues, true
		leadToks, tailToks = sc.toks, sc.tailToks
	}
	var score, near [len(roleOrder)]int
	var seen [len(roleOrder)]bool
	note := func(ri, w, dist int) {
		score[ri] += w
		if !seen[ri] || dist < near[ri] {
			near[ri] = dist
		}
		seen[ri] = true
	}
	if qual == model.MoreThan {
		note(roleIndex("total"), 1, 0) // "more than $40 billion": aggregates are stated as floors
	}
	for i, k := range e.cues {
		filtered := !full && i < maxFiltered
		if filtered && e.cueFilter.at[i] != nil {
			if k.side <= 0 && leadCues.has(i) {
				if end := e.cueFilter.lastMatchEnd(i, lead, leadToks); end >= 0 {
					if d := wordCount(lead[end:]); d <= k.reach {
						note(k.ri, k.weight, d)
					}
				}
			}
			if k.side >= 0 && tailCues.has(i) {
				if start := e.cueFilter.firstMatchStart(i, tail, tailToks); start >= 0 {
					if d := wordCount(tail[:start]); d <= k.reach {
						note(k.ri, k.weight, d)
					}
				}
			}
			continue
		}
		if k.side <= 0 && !(filtered && !leadCues.has(i)) {
			if ms := k.re.FindAllStringIndex(lead, -1); ms != nil {
				if d := wordCount(lead[ms[len(ms)-1][1]:]); d <= k.reach {
					note(k.ri, k.weight, d)
				}
			}
		}
		if k.side >= 0 && !(filtered && !tailCues.has(i)) {
			if m := k.re.FindStringIndex(tail); m != nil {
				if d := wordCount(tail[:m[0]]); d <= k.reach {
					note(k.ri, k.weight, d)
				}
			}
		}
	}
	best, bestScore, bestNear := "new", 0, 1<<30
	for ri, r := range roleOrder {
		if !seen[ri] {
			continue
		}
		if s := score[ri]; s > bestScore || s == bestScore && near[ri] < bestNear {
			best, bestScore, bestNear = r, s, near[ri]
		}
	}
	return best
}

// wordCount is len(strings.Fields(s)).
func wordCount(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		b := s[i]
		var space bool
		if b < utf8.RuneSelf {
			space = b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}
