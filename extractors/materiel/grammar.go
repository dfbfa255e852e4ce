package materiel

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/aidextract/aidextract/extractors/internal/cuewin"
)

//go:embed grammar.tsv
var grammarTSV string

//go:embed roles.tsv
var rolesTSV string

// File names of the grammar tables, used in errors.
const (
	GrammarFile = "grammar.tsv"
	RolesFile   = "roles.tsv"
)

var grammarKinds = map[string]bool{"measure": true, "generic": true, "single": true, "stop": true, "modifier": true, "article": true, "prefix": true, "person": true}

// grammar is the parsed grammar.tsv: kind -> word -> value.
type grammar map[string]map[string]string

func (g grammar) is(kind, word string) bool {
	_, ok := g[kind][word]
	return ok
}

// wordClass holds a bit for each kind of grammar.tsv that a word is of:
// one look-up answers every question about a word.
type wordClass uint8

const (
	classMeasure wordClass = 1 << iota
	classGeneric
	classSingle
	classStop
	classModifier
	classArticle
	classPrefix
	classPerson
)

var classKinds = map[string]wordClass{
	"measure": classMeasure, "generic": classGeneric, "single": classSingle, "stop": classStop,
	"modifier": classModifier, "article": classArticle, "prefix": classPrefix, "person": classPerson,
}

// wordClasses is the words of a grammar with their classes, behind a gate
// of a bit for each first byte and length of a word, which most words
// fail.
type wordClasses struct {
	words map[string]wordClass
	lens  [256]uint64
}

func newWordClasses(g grammar) *wordClasses {
	wc := &wordClasses{words: map[string]wordClass{}}
	for kind, words := range g {
		for w := range words {
			wc.words[w] |= classKinds[kind]
			wc.lens[w[0]] |= lenBit(len(w)) // words are not empty (parseGrammar)
		}
	}
	return wc
}

// of returns the classes of word.
func (wc *wordClasses) of(word string) wordClass {
	if word == "" || wc.lens[word[0]]&lenBit(len(word)) == 0 {
		return 0
	}
	return wc.words[word]
}

// is reports whether word is of a class of k.
func (wc *wordClasses) is(k wordClass, word string) bool { return wc.of(word)&k != 0 }

// parseGrammar reads a grammar table. name is the file name used in errors.
func parseGrammar(data, name string) (grammar, error) {
	t, errs := readTable(strings.NewReader(data), name, []string{"word", "kind", "value"}, nil)
	if t == nil {
		return nil, joinErrs(errs)
	}
	g := grammar{}
	for k := range grammarKinds {
		g[k] = map[string]string{}
	}
	seen := map[string]int{}
	for _, row := range t.rows {
		word, kind, value := t.get(row, "word"), t.get(row, "kind"), t.get(row, "value")
		bad := func(format string, args ...any) {
			errs = append(errs, &LoadError{name, row.line, fmt.Sprintf(format, args...)})
		}
		switch {
		case word == "" || word != strings.ToLower(word) || strings.ContainsAny(word, " \t"):
			bad("word %q: want one lower-case token", word)
		case !grammarKinds[kind]:
			bad("unknown kind %q", kind)
		case kind == "measure" && (value == "" || value == "-"):
			bad("measure %q needs its unit", word)
		case kind != "measure" && value != "-":
			bad("kind %s takes value \"-\", got %q", kind, value)
		default:
			key := word + "\t" + kind
			if first, dup := seen[key]; dup {
				bad("%s %q already listed at line %d", kind, word, first)
				continue
			}
			seen[key] = row.line
			g[kind][word] = value
		}
	}
	if len(errs) > 0 {
		return nil, joinErrs(errs)
	}
	return g, nil
}

// cue is one row of roles.tsv: words near a count that make it "other",
// or, for a cue of role "aid", that name where aid comes from and keep it
// aid whatever other cue is near ("from DoD stocks").
type cue struct {
	re    *cuewin.Cue // (?i)\b(?:cue)\b
	side  int         // -1 before, 1 after, 0 any
	reach int
	aid   bool
	line  int
}

func parseCues(data, name string) ([]cue, error) {
	t, errs := readTable(strings.NewReader(data), name, []string{"cue", "side", "reach"}, []string{"role"})
	if t == nil {
		return nil, joinErrs(errs)
	}
	var out []cue
	for _, row := range t.rows {
		bad := func(format string, args ...any) {
			errs = append(errs, &LoadError{name, row.line, fmt.Sprintf(format, args...)})
		}
		re, err := cuewin.Compile(t.get(row, "cue"))
		if err != nil {
			bad("bad cue: %v", err)
			continue
		}
		c := cue{re: re, line: row.line}
		if c.side, err = cuewin.ParseSide(t.get(row, "side")); err != nil {
			bad("%v", err)
			continue
		}
		if c.reach, err = strconv.Atoi(t.get(row, "reach")); err != nil || c.reach < 0 || c.reach > 30 {
			bad("reach %q is not a number of words 0-30", t.get(row, "reach"))
			continue
		}
		switch r := t.get(row, "role"); r {
		case "", "other":
		case "aid":
			c.aid = true
		default:
			bad("role %q is not other or aid", r)
			continue
		}
		out = append(out, c)
	}
	if len(errs) > 0 {
		return nil, joinErrs(errs)
	}
	return out, nil
}

func joinErrs(errs []error) error { return errors.Join(errs...) }
