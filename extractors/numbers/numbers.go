package numbers

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/aidextract/aidextract/extractors/internal/tsv"
)

//go:embed words.tsv
var wordsTSV []byte

// ErrSyntax reports that the input is not a number expression.
var ErrSyntax = errors.New("invalid number")

// ErrRange reports that the value does not fit a finite float64.
var ErrRange = errors.New("value out of range")

// NumError records a failed conversion, as strconv.NumError does.
type NumError struct {
	Func  string // the failing function ("Parse")
	Input string // the input as given
	Err   error  // ErrSyntax or ErrRange
}

func (e *NumError) Error() string {
	return "numbers." + e.Func + ": parsing " + strconv.Quote(e.Input) + ": " + e.Err.Error()
}

// Unwrap returns ErrSyntax or ErrRange.
func (e *NumError) Unwrap() error { return e.Err }

// DigitsPattern matches a figure: plain digits, digits grouped by commas,
// with an optional decimal part ("75,000", "2.75", "1,234.5", "155").
const DigitsPattern = `(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`

// SpacedDigitsPattern also accepts thousands grouped by single spaces
// ("1 000 000"). Use it only where a cue such as a currency sign already
// says a figure follows: in running text "16 105 mm" is two numbers.
const SpacedDigitsPattern = `(?:\d{1,3}(?: \d{3})+(?:\.\d+)?\b|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`

// Kind is the grammatical kind of a number word.
type Kind uint8

// Kinds of number words, as named in the kind column of words.tsv.
const (
	Unit     Kind = iota + 1 // zero .. nineteen
	Tens                     // twenty .. ninety
	Hundred                  // hundred
	Scale                    // thousand, million, billion, trillion
	Abbrev                   // k, m, bn, tn: magnitudes written after a figure
	Fraction                 // half
	Dozen                    // dozen
)

var kindNames = map[string]Kind{
	"unit": Unit, "tens": Tens, "hundred": Hundred, "scale": Scale,
	"abbrev": Abbrev, "fraction": Fraction, "dozen": Dozen,
}

type entry struct {
	value float64
	kind  Kind
}

// Lexicon is a loaded table of number words. It is read-only after loading
// and safe for concurrent use.
type Lexicon struct {
	words map[string]entry
	lead  *regexp.Regexp
}

// Load reads the embedded words.tsv.
func Load() (*Lexicon, error) { return ParseLexicon("words.tsv", wordsTSV) }

var defaultLexicon = sync.OnceValues(Load)

// Default returns the lexicon of the embedded words.tsv, loaded once.
func Default() (*Lexicon, error) { return defaultLexicon() }

// ParseLexicon reads a lexicon in the words.tsv format: a header line
// "word<TAB>value<TAB>kind", then one word a line; blank lines and lines
// starting with '#' are skipped. name is used in error messages, which
// have the form "name:line: why".
func ParseLexicon(name string, data []byte) (*Lexicon, error) {
	l := &Lexicon{words: map[string]entry{}}
	err := tsv.Read(name, data, []string{"word", "value", "kind"}, func(_ int, cols []string) error {
		w := strings.ToLower(cols[0])
		if w == "" || strings.ContainsAny(w, " -") {
			return fmt.Errorf("word must be one token, got %q", cols[0])
		}
		v, err := strconv.ParseFloat(cols[1], 64)
		if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return fmt.Errorf("bad value %q", cols[1])
		}
		k, ok := kindNames[cols[2]]
		if !ok {
			return fmt.Errorf("unknown kind %q", cols[2])
		}
		if _, dup := l.words[w]; dup {
			return fmt.Errorf("duplicate word %q", w)
		}
		l.words[w] = entry{v, k}
		return nil
	}, tsv.Loose)
	if err != nil {
		return nil, err
	}
	l.lead = regexp.MustCompile(`^(?:` + SpacedDigitsPattern + `|\.\d+)`)
	return l, nil
}

// alternation returns the words of the given kinds as a regexp alternation,
// longest first so that "million" wins over "m".
func (l *Lexicon) alternation(kinds ...Kind) string {
	var ws []string
	for w, e := range l.words {
		for _, k := range kinds {
			if e.kind == k {
				ws = append(ws, regexp.QuoteMeta(w))
			}
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	return strings.Join(ws, "|")
}

// WordsPattern matches a run of number words, case-insensitively: "one",
// "twenty-one", "one hundred", "one million", "half-billion", "one and a
// half billion", "half a billion", "a dozen" without the leading article
// ("dozen"). It never starts with "a" or "an"; callers that want "a
// billion" add the article themselves.
func (l *Lexicon) WordsPattern() string {
	w := `\b(?:` + l.alternation(Unit, Tens, Hundred, Scale, Fraction, Dozen) + `)\b`
	return `(?i:` + w + `(?:(?:\s+|\s*-\s*)(?:and\s+)?(?:an?\s+)?` + w + `)*)`
}

// ArticleScalePattern matches a scale word after the article that counts
// one of it, case-insensitively: "a billion", "a hundred million" ("a
// billion dollars" is a sum; "a" before other number words is not a figure).
func (l *Lexicon) ArticleScalePattern() string {
	return `(?i:\ba\s+(?:` + l.alternation(Hundred, Scale) + `)\b(?:\s+(?:` + l.alternation(Scale) + `)\b)*)`
}

// MagnitudePattern matches one magnitude, a scale word or an abbreviation
// ("million", "bn", "m"), and the scale words that multiply it further
// ("lakh crore", "thousand million"), case-insensitively and ending at a
// word boundary.
func (l *Lexicon) MagnitudePattern() string {
	return `(?i:(?:` + l.alternation(Scale, Abbrev) + `)\b(?:\s+(?:` + l.alternation(Scale) + `)\b)*)`
}

// Magnitude returns the multiplier of a magnitude word ("million" 1e6,
// "bn" 1e9, "K" 1e3), or 0 when word is not one.
func (l *Lexicon) Magnitude(word string) float64 {
	e, ok := l.words[strings.ToLower(strings.TrimSpace(word))]
	if !ok || e.kind != Scale && e.kind != Abbrev {
		return 0
	}
	return e.value
}

// Parse returns the value of a number expression: a figure optionally
// followed by magnitudes ("75,000", "2.8bn", "400-million", "1 000"), or
// number words ("twenty-one", "one hundred", "half a billion", "a dozen").
// Surrounding space is ignored. On failure it returns 0 and a *NumError
// wrapping ErrSyntax, or ErrRange when the value overflows.
func (l *Lexicon) Parse(s string) (float64, error) {
	fail := func(err error) (float64, error) { return 0, &NumError{Func: "Parse", Input: s, Err: err} }
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return fail(ErrSyntax)
	}
	var v float64
	if lead := l.lead.FindString(t); lead != "" {
		f, err := strconv.ParseFloat(groupSeparators.Replace(lead), 64)
		if errors.Is(err, strconv.ErrRange) {
			return fail(ErrRange)
		}
		if err != nil {
			return fail(ErrSyntax)
		}
		v = f
		for _, w := range tokens(t[len(lead):]) {
			m := l.Magnitude(w)
			e := l.words[w]
			switch {
			case m > 0:
				v *= m
			case e.kind == Hundred || e.kind == Dozen:
				v *= e.value
			default:
				return fail(ErrSyntax)
			}
		}
	} else {
		f, ok := l.words2num(tokens(t))
		if !ok {
			return fail(ErrSyntax)
		}
		v = f
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return fail(ErrRange)
	}
	return v, nil
}

// groupSeparators removes the commas and spaces that group thousands.
var groupSeparators = strings.NewReplacer(",", "", " ", "")

// tokens splits number words at spaces and hyphens.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' })
}

// words2num evaluates number words left to right. A group is built from
// units, tens, "hundred", "half" and "dozen"; a scale word closes the group
// and multiplies it. The article "a" stands for one when it opens a group
// ("a billion", "a dozen") and is ignored inside one ("one and a half").
func (l *Lexicon) words2num(toks []string) (float64, bool) {
	var total, cur float64
	numeric := false     // a word other than an article or "and" was seen
	articleOnly := false // cur is 1 only because of an article
	var last Kind        // kind of the previous number word in the group
	for i, w := range toks {
		if w == "and" {
			if i == 0 || i == len(toks)-1 {
				return 0, false
			}
			continue
		}
		if w == "a" || w == "an" {
			if cur == 0 {
				cur, articleOnly = 1, true
			}
			continue
		}
		e, ok := l.words[w]
		if !ok || e.kind == Abbrev {
			return 0, false
		}
		numeric = true
		switch e.kind {
		case Unit:
			if last == Unit {
				return 0, false
			}
			if last == Tens && e.value >= 10 {
				return 0, false
			}
			if articleOnly {
				return 0, false // "a five"
			}
			cur += e.value
		case Tens:
			if last == Unit || last == Tens {
				return 0, false
			}
			if articleOnly {
				return 0, false
			}
			cur += e.value
		case Hundred, Dozen:
			if cur == 0 {
				cur = 1
			}
			cur *= e.value
		case Fraction:
			if articleOnly {
				cur = e.value
			} else {
				cur += e.value
			}
		case Scale:
			switch {
			case cur == 0 && total > 0:
				total *= e.value // "a thousand million"
			case cur == 0:
				total += e.value
			default:
				total += cur * e.value
			}
			cur = 0
		}
		articleOnly = false
		last = e.kind
		if e.kind == Scale {
			last = 0
		}
	}
	if !numeric {
		return 0, false
	}
	return total + cur, true
}

// Parse parses s with the default lexicon; see Lexicon.Parse.
func Parse(s string) (float64, error) {
	l, err := Default()
	if err != nil {
		return 0, err
	}
	return l.Parse(s)
}

// Magnitude returns the multiplier of a magnitude word with the default
// lexicon; see Lexicon.Magnitude.
func Magnitude(word string) float64 {
	l, err := Default()
	if err != nil {
		return 0
	}
	return l.Magnitude(word)
}
